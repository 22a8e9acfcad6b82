import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { storyPlugin } from './src/build/story-plugin.ts';

export default defineConfig({
  // Relative base: dist/ works from any static host, under any sub-path.
  base: './',
  publicDir: 'static',
  plugins: [svelte(), storyPlugin()],
  build: {
    target: 'es2020',
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'jsdom',
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
});
