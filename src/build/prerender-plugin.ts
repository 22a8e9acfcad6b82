import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type Rollup } from 'vite';
import { EDITIONS, type Edition, type EditionId } from '../lib/editions.ts';
import type { Story } from '../lib/types.ts';
import { escapeHtml } from '../lib/html.ts';
import { cardPng, cardTags, CARD_FONTS, sharePage } from './share-pages.ts';
import { storyPlugin } from './story-plugin.ts';

const SSR_OUT = 'node_modules/.cache/ssr';

interface ServerEntry {
  STORIES: Record<EditionId, Story>;
  render(edition: EditionId): { head: string; body: string };
  renderCard(edition: EditionId, stepId: string | null, fontFamily: string): string;
}

/**
 * After the client build, renders every edition with Svelte's server renderer and writes it as a
 * page of its own (`index.html`, `sr/index.html`, `sr-cyrl/index.html`), where the client then
 * hydrates it. No SvelteKit needed. Each step also gets a share page, `s/<id>/`, with a preview
 * card drawn from its graphic state.
 */
export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  /** The stylesheets of App's chunk (the page loads App's code only in frames; its HTML always). */
  let storyCss: string[] = [];
  return {
    name: 'thousands-of-cameras:prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
      outDir = resolve(root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.facadeModuleId?.endsWith('/src/App.svelte')) storyCss = importedCss(bundle, file.fileName);
      }
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
      const server = (await import(`${pathToFileURL(resolve(root, SSR_OUT, 'render.js')).href}?${Date.now()}`)) as ServerEntry;
      const template = inlineStylesheet(readFileSync(resolve(outDir, 'index.html'), 'utf8'), outDir, storyCss);
      if (!template.includes('<!--app-->')) throw new Error(`${outDir}/index.html: no <!--app--> placeholder to prerender into`);
      const base = server.STORIES.en.url;
      if (!base) throw new Error('data/story.aml: "url" (the published address of the piece) is needed to build the pages');
      for (const edition of EDITIONS) {
        const story = server.STORIES[edition.id];
        write(resolve(outDir, edition.path, 'index.html'), editionPage(template, edition, server, base));
        write(resolve(outDir, edition.path, 'card.png'), cardPng(server.renderCard(edition.id, null, CARD_FONTS)));
        for (const step of story.steps) {
          const folder = resolve(outDir, edition.path, 's', step.id);
          write(resolve(folder, 'index.html'), sharePage(story, step, edition, base));
          write(resolve(folder, 'card.png'), cardPng(server.renderCard(edition.id, step.id, CARD_FONTS)));
        }
      }
    },
  };
}

/** One edition's page: the template with its language, head tags and prerendered story. */
function editionPage(template: string, edition: Edition, server: ServerEntry, base: string): string {
  const story = server.STORIES[edition.id];
  const { head, body } = server.render(edition.id);
  const up = edition.path === '' ? './' : '../';
  const tags = [
    `<link rel="canonical" href="${base}${edition.path}">`,
    ...EDITIONS.map((e) => `<link rel="alternate" hreflang="${e.lang}" href="${base}${e.path}">`),
    `<link rel="alternate" hreflang="x-default" href="${base}">`,
    ...cardTags({
      title: story.title,
      description: story.standfirst,
      url: `${base}${edition.path}`,
      image: `${base}${edition.path}card.png`,
      imageAlt: story.title,
      lang: edition.lang,
    }),
  ];
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${edition.lang}">`)
    .replace(/(href|src)="\.\//g, (_whole, attribute: string) => `${attribute}="${up}`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(story.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, () => `<meta name="description" content="${escapeHtml(story.standfirst)}" />`)
    .replace('</head>', () => `${tags.join('\n    ')}\n    ${head}</head>`)
    .replace('<!--app-->', () => withoutHydrationMarkers(body));
}

/** The stylesheets a chunk and the chunks it imports statically bring in. */
function importedCss(bundle: Rollup.OutputBundle, fileName: string, seen = new Set<string>()): string[] {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') return [];
  seen.add(fileName);
  return [...(chunk.viteMetadata?.importedCss ?? []), ...chunk.imports.flatMap((imported: string) => importedCss(bundle, imported, seen))];
}

/**
 * The page is not hydrated (main.ts adds the behaviour to the static HTML), so the comments Svelte
 * leaves for hydration (<!--[-->, <!--]-->, <!---->, <!--[0-->, <!--$s1-->...) are dead weight.
 */
export function withoutHydrationMarkers(html: string): string {
  return html.replace(/<!--(\[-?\d*|\]|\$s\d+)?-->/g, '');
}

function write(file: string, content: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/**
 * Moves the (small) stylesheets into the page, saving render-blocking requests on slow networks,
 * and allows exactly that style block in the Content-Security-Policy by its hash. `extra` are
 * further stylesheets the prerendered HTML needs (left in place too, for the code that loads them).
 */
function inlineStylesheet(html: string, outDir: string, extra: string[]): string {
  const link = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(html);
  if (!link) return html;
  const css = [...new Set([link[1], ...extra])].map((file) => readFileSync(resolve(outDir, file), 'utf8')).join('\n');
  rmSync(resolve(outDir, link[1]));
  const hash = createHash('sha256').update(css).digest('base64');
  return html
    .replace(link[0], () => `<style>${css}</style>`)
    .replace("style-src 'self'", () => `style-src 'self' 'sha256-${hash}'`);
}
