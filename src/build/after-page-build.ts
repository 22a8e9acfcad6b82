import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** What such a plugin runs with: the project's root and the page build's output folder, as Vite resolved them, and Vite's logger. */
export interface PageBuild {
  root: string;
  outDir: string;
  info(message: string): void;
}

/**
 * A build-only plugin that runs `run` once the page's own build has written its files (not in the
 * server-side builds it starts itself): the prerendering and the embed scripts both build on it.
 */
export function afterPageBuild(name: string, run: (build: PageBuild) => Promise<void>): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name,
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      outDir = resolve(root, config.build.outDir);
    },
    async closeBundle() {
      await run({ root, outDir, info: (message) => this.info?.(message) });
    },
  };
}
