import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin } from 'vite';
import { storyPlugin } from './story-plugin.ts';

const SSR_OUT = 'node_modules/.cache/ssr';

/**
 * After the client build, renders the story with Svelte's server renderer and writes the HTML
 * into dist/index.html, where the client then hydrates it. No SvelteKit needed.
 */
export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'thousands-of-cameras:prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      outDir = resolve(root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        plugins: [svelte(), storyPlugin()],
        build: {
          ssr: 'src/render.ts',
          outDir: resolve(root, SSR_OUT),
          emptyOutDir: true,
          rollupOptions: { output: { entryFileNames: 'render.js' } },
        },
      });
      const module = (await import(`${pathToFileURL(resolve(root, SSR_OUT, 'render.js')).href}?${Date.now()}`)) as {
        render: () => { head: string; body: string };
      };
      const { head, body } = module.render();
      const file = resolve(outDir, 'index.html');
      const html = inlineStylesheet(readFileSync(file, 'utf8'), outDir);
      if (!html.includes('<!--app-->')) throw new Error(`${file}: no <!--app--> placeholder to prerender into`);
      writeFileSync(file, html.replace('<!--app-->', () => body).replace('</head>', () => `${head}</head>`));
    },
  };
}

/**
 * Moves the (small) stylesheet into the page, saving a render-blocking request on slow networks,
 * and allows exactly that style block in the Content-Security-Policy by its hash.
 */
function inlineStylesheet(html: string, outDir: string): string {
  const link = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(html);
  if (!link) return html;
  const css = readFileSync(resolve(outDir, link[1]), 'utf8');
  rmSync(resolve(outDir, link[1]));
  const hash = createHash('sha256').update(css).digest('base64');
  return html
    .replace(link[0], () => `<style>${css}</style>`)
    .replace("style-src 'self'", () => `style-src 'self' 'sha256-${hash}'`);
}
