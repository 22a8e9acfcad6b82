import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { EDITIONS, type EditionId } from '../lib/editions.ts';
import { COPY_FILES, readStory, STORY_FILES } from './story-files.ts';

/** `virtual:story/en`, `virtual:story/sr`, `virtual:story/sr-cyrl`: one module per edition. */
const PREFIX = 'virtual:story/';
const IDS = EDITIONS.map((e) => PREFIX + e.id);
const WATCHED = [...new Set([...Object.values(STORY_FILES), ...Object.values(COPY_FILES)])];

/**
 * Serves each edition of the checked story as a module. Copy and data are parsed here, at build
 * time, so no ArchieML or CSV parser ships to readers; a bad file fails the build with its line.
 */
export function storyPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'thousands-of-cameras:story',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return IDS.includes(id) ? '\0' + id : undefined;
    },
    load(id) {
      if (!id.startsWith('\0' + PREFIX)) return undefined;
      for (const file of WATCHED) this.addWatchFile(resolve(root, file));
      const edition = id.slice(PREFIX.length + 1) as EditionId;
      // As a JSON string: browsers parse JSON much faster than the same data written as a JavaScript
      // literal (and the minifier leaves a string as it is).
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(readStory(root, edition)))});`;
    },
    handleHotUpdate({ file, server }) {
      if (WATCHED.some((name) => resolve(root, name) === file)) {
        for (const id of IDS) {
          const module = server.moduleGraph.getModuleById('\0' + id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
