import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { devCspPlugin } from './src/build/dev-csp-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { storyPlugin } from './src/build/story-plugin.ts';
import { embedPlugin } from './src/embed/build-plugin.ts';

export default defineConfig({
  // Relative base: dist/ works from any static host, under any sub-path.
  base: './',
  publicDir: 'static',
  plugins: [svelte(), storyPlugin(), prerenderPlugin(), embedPlugin(), devCspPlugin()],
  build: {
    target: 'es2020',
    modulePreload: { polyfill: false },
  },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/component/jsdom-setup.ts'],
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
