import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readStory, STORY_FILES } from './story-files.ts';

const ID = 'virtual:story';
const RESOLVED = '\0' + ID;

/**
 * Serves the checked story as the module `virtual:story`. Copy and data are parsed here, at build
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
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of Object.values(STORY_FILES)) this.addWatchFile(resolve(root, file));
      return `export default ${JSON.stringify(readStory(root))};`;
    },
    handleHotUpdate({ file, server }) {
      if (Object.values(STORY_FILES).some((name) => resolve(root, name) === file)) {
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}
