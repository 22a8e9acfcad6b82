/**
 * Builds the embed scripts after the page's own build: `embed/<edition>.js` (the script embed, one
 * per edition) and `embed/frame.js` (the iframe embed's parent script). They are classic scripts
 * (IIFE) with fixed names, as newsrooms paste them into articles: a classic script from another
 * origin needs no CORS, and one file each means no chunks to find. The script embed carries its
 * stylesheet as a string (see shadowCss), since a Shadow DOM cannot use the page's.
 */
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin } from 'vite';
import { storyPlugin } from './story-plugin.ts';
import { afterPageBuild } from './after-page-build.ts';
import { EDITIONS, type EditionId } from '../lib/editions.ts';
import { embedScript, FRAME_SCRIPT } from '../embed/code.ts';
import { shadowCss } from './embed-css.ts';

const CSS_PLACEHOLDER = '__THOUSANDS_OF_CAMERAS_EMBED_CSS__';
const EDITION_MODULE = 'virtual:embed-edition';

export function embedPlugin(): Plugin {
  return afterPageBuild('thousands-of-cameras:embed', async ({ root, outDir }) => {
    await Promise.all([
      ...EDITIONS.map((edition) => buildScript(root, outDir, 'src/embed/script.ts', embedScript(edition.id), edition.id)),
      buildScript(root, outDir, 'src/embed/frame-parent.ts', FRAME_SCRIPT),
    ]);
  });
}

function buildScript(root: string, outDir: string, entry: string, fileName: string, edition?: EditionId) {
  return build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    plugins: [svelte(), storyPlugin(), ...(edition ? [editionModule(edition), inlineStylesheet()] : [])],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2020',
      lib: { entry: resolve(root, entry), formats: ['iife'], name: 'thousandsOfCameras', fileName: () => fileName },
    },
  });
}

/** `virtual:embed-edition`: the story and id of the edition being built. */
function editionModule(edition: EditionId): Plugin {
  return {
    name: 'thousands-of-cameras:embed-edition',
    resolveId: (id) => (id === EDITION_MODULE ? '\0' + id : undefined),
    load: (id) =>
      id === '\0' + EDITION_MODULE ? `export { default as story } from 'virtual:story/${edition}';\nexport const edition = ${JSON.stringify(edition)};` : undefined,
  };
}

/** Moves the built stylesheet, rewritten for the Shadow DOM, into the script, in place of the placeholder. */
function inlineStylesheet(): Plugin {
  return {
    name: 'thousands-of-cameras:embed-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
      const css = sheets.map((file) => (file.type === 'asset' ? String(file.source) : '')).join('');
      for (const file of sheets) delete bundle[file.fileName];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        // The minifier may have put the placeholder in any kind of quotes.
        const placeholder = new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`);
        if (!placeholder.test(file.code)) this.error(`${file.fileName}: no stylesheet placeholder to fill`);
        file.code = file.code.replace(placeholder, () => JSON.stringify(shadowCss(css)));
      }
    },
  };
}
