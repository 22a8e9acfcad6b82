import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { importedBy } from './src/build/chunks.ts';
import { compileHintPlugin } from './src/build/compile-hint-plugin.ts';
import { devCspPlugin } from './src/build/dev-csp-plugin.ts';
import { devDisplayFacePlugin } from './src/build/dev-display-face-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { storyPlugin } from './src/build/story-plugin.ts';
import { embedPlugin } from './src/build/embed-plugin.ts';

export default defineConfig({
  // Relative base: dist/ works from any static host, under any sub-path.
  base: './',
  publicDir: 'static',
  plugins: [svelte(), storyPlugin(), prerenderPlugin(), embedPlugin(), devCspPlugin(), devDisplayFacePlugin(), compileHintPlugin()],
  build: {
    // Browsers from 2022 on (iOS 16, Chrome 98). They run Svelte's class fields and private
    // methods natively: for older targets these are rewritten as WeakMap lookups (10 kB more, and
    // slower). Older browsers get the prerendered text, without the live graphic. Firefox
    // from 92 on has `system-ui`: for older targets the CSS minifier spells it out as eight font
    // names, each one a font lookup in the first layout. CSS takes this list too.
    target: ['chrome98', 'edge98', 'firefox93', 'safari16', 'ios16'],
    modulePreload: { polyfill: false },
    // One stylesheet, which the prerendered page carries inline: no chunk's code then fetches its own.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              debugName: 'graphic',
              // What draws the graphic (Svelte, D3, the components) in one chunk, rather than in the
              // first script (marking the active step needs none of it) or in several chunks shared
              // with the embed's code.
              name: (id, chunking) => {
                const info = (moduleId: string) => chunking.getModuleInfo(moduleId);
                return importedBy(id, '/src/behaviour/graphic.svelte.ts', info) && !importedBy(id, '/src/main.ts', info) ? 'graphic' : null;
              },
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Without its auto-cleanup set-up file, which would load Testing Library into every test
        // file: the component tests load it themselves (tests/component/jsdom-setup.ts).
        plugins: [svelteTesting({ autoCleanup: false })],
        test: {
          // One project, so that `vitest run --project unit` runs both folders. Pure tests run in
          // Node, fast; each component test file asks for jsdom itself (`@vitest-environment jsdom`).
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
