import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin } from 'vite';
import { EDITIONS, type Edition, type EditionId } from '../lib/editions.ts';
import type { CardFonts } from '../lib/palette.ts';
import type { Story } from '../lib/types.ts';
import { escapeHtml } from '../lib/html.ts';
import { dataFiles, jsonLdTag, newsArticle, oembed, oembedLink } from './publishing.ts';
import { cardFonts, cardPng, pieceCardTags, sharePage, wholeSentences } from './share-pages.ts';
import { cardFaceFor, displayFaceCss, displayFaceFor, type DisplayFace } from './display-face.ts';
import { storyPlugin } from './story-plugin.ts';
import { afterPageBuild } from './after-page-build.ts';
import { withFirstScriptAfterPaint } from './first-script.ts';

const SSR_OUT = 'node_modules/.cache/ssr';

interface ServerEntry {
  STORIES: Record<EditionId, Story>;
  render(edition: EditionId): { head: string; body: string };
  renderGraphic(edition: EditionId): string;
  renderCard(edition: EditionId, stepId: string | null, fonts: CardFonts): string;
}

/**
 * After the client build, renders every edition with Svelte's server renderer and writes it as a
 * page of its own (`index.html`, `sr/index.html`, `sr-cyrl/index.html`), where the client then
 * adds the behaviour and hydrates the graphic. No SvelteKit needed. Each step also gets a share
 * page, `s/<id>/`, with a preview card drawn from its graphic state.
 */
export function prerenderPlugin(): Plugin {
  return afterPageBuild('thousands-of-cameras:prerender', async ({ root, outDir, info }) => {
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
    // The display face holds the characters of every edition's headings, so it is cut from the rendered pages first.
    const pages = new Map(EDITIONS.map((edition) => [edition.id, server.render(edition.id)]));
    const face = await displayFaceFor(root, [...pages.values()].map((page) => page.body));
    write(resolve(outDir, face.fileName), face.woff2);
    info(`display face: ${face.fileName}, ${face.glyphs} glyphs, ${face.woff2.length} bytes${face.missing ? `; not in the font: ${JSON.stringify(face.missing)}` : ''}`);
    // The share cards' title and headline in the same face, as a file the card renderer reads.
    const cardFace = await cardFaceFor(root, EDITIONS.flatMap(({ id }) => [server.STORIES[id].title, server.STORIES[id].standfirst, ...server.STORIES[id].steps.map((step) => step.headline)]));
    const cardFaceFile = resolve(root, SSR_OUT, 'card-display.ttf');
    writeFileSync(cardFaceFile, cardFace.ttf);
    const card = (edition: EditionId, stepId: string | null) => cardPng(server.renderCard(edition, stepId, cardFonts(cardFace.family)), [cardFaceFile]);
    const templateFile = resolve(outDir, 'index.html');
    const template = withFirstScriptAfterPaint(withDisplayFace(inlineStylesheet(readFileSync(templateFile, 'utf8'), outDir), face), templateFile);
    if (!template.includes('<!--app-->')) throw new Error(`${templateFile}: no <!--app--> placeholder to prerender into`);
    const base = server.STORIES.en.url;
    if (!base) throw new Error('data/story.aml: "url" (the published address of the piece) is needed to build the pages');
    for (const edition of EDITIONS) {
      const story = server.STORIES[edition.id];
      write(resolve(outDir, edition.path, 'index.html'), withStyleHash(editionPage(template, edition, pages.get(edition.id)!, server, base)));
      write(resolve(outDir, edition.path, 'card.png'), card(edition.id, null));
      write(resolve(outDir, edition.path, 'oembed.json'), JSON.stringify(oembed(story, edition, base)));
      for (const [name, csv] of Object.entries(dataFiles(story))) write(resolve(outDir, edition.path, 'data', name), `${csv}\n`);
      for (const step of story.steps) {
        const folder = resolve(outDir, edition.path, 's', step.id);
        const pageUrl = `${base}${edition.path}s/${step.id}/`;
        const publishing = [oembedLink(pageUrl, `${step.headline} | ${story.title}`), jsonLdTag(newsArticle(story, edition, base, step))];
        write(resolve(folder, 'index.html'), sharePage(story, step, edition, base, publishing));
        write(resolve(folder, 'card.png'), card(edition.id, step.id));
        write(resolve(folder, 'oembed.json'), JSON.stringify(oembed(story, edition, base, step)));
      }
    }
  });
}

/** One edition's page: the template with its language, head tags and prerendered story. */
function editionPage(template: string, edition: Edition, { head, body }: { head: string; body: string }, server: ServerEntry, base: string): string {
  const story = server.STORIES[edition.id];
  const up = edition.path === '' ? './' : '../';
  const tags = [
    `<link rel="canonical" href="${base}${edition.path}">`,
    ...EDITIONS.map((e) => `<link rel="alternate" hreflang="${e.lang}" href="${base}${e.path}">`),
    `<link rel="alternate" hreflang="x-default" href="${base}">`,
    oembedLink(`${base}${edition.path}`, story.title),
    jsonLdTag(newsArticle(story, edition, base)),
    ...pieceCardTags(story, edition, base),
  ];
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${edition.lang}">`)
    .replace(/(href|src)="\.\//g, (_whole, attribute: string) => `${attribute}="${up}`)
    // The inlined stylesheet's addresses (the display face) are the page's too.
    .replace(/url\(\.\//g, () => `url(${up}`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(story.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, () => `<meta name="description" content="${escapeHtml(wholeSentences(story.standfirst))}" />`)
    .replace('</head>', () => `${tags.join('\n    ')}\n    ${head}</head>`)
    .replace('<!--app-->', () => withFirstGraphic(withoutHydrationMarkers(body), server.renderGraphic(edition.id)));
}

/** Puts the graphic of the first step in the graphic frame, with the comments its hydration needs. */
function withFirstGraphic(body: string, graphic: string): string {
  const frame = /<div class="graphic-frame[^"]*"><\/div>/.exec(body);
  if (!frame) throw new Error('src/components/Scrolly.svelte: no empty <div class="graphic-frame"> to prerender the graphic into');
  return body.replace(frame[0], () => frame[0].replace('</div>', `${graphic}</div>`));
}

/**
 * The page's copy is not hydrated (main.ts adds the behaviour to the static HTML), so the comments
 * Svelte leaves for hydration (<!--[-->, <!--]-->, <!---->, <!--[0-->, <!--$s1-->...) are dead weight.
 */
export function withoutHydrationMarkers(html: string): string {
  return html.replace(/<!--(\[-?\d*|\]|\$s\d+)?-->/g, '');
}

function write(file: string, content: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/**
 * Moves the (small) stylesheet into the page, saving a render-blocking request on slow networks.
 * Each page's Content-Security-Policy then allows exactly that style block by its hash (withStyleHash).
 */
function inlineStylesheet(html: string, outDir: string): string {
  const link = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(html);
  if (!link) return html;
  const css = readFileSync(resolve(outDir, link[1]), 'utf8');
  rmSync(resolve(outDir, link[1]));
  return html.replace(link[0], () => `<style>${css}</style>`);
}

/**
 * The display face's @font-face rules at the start of the inlined stylesheet. Not preloaded: in
 * Chromium a font preload held the first paint back by about a second (observed in Lighthouse's
 * trace, page and no-JavaScript twin alike; 217 against 1,230 ms without it), while the face,
 * found in the inlined stylesheet, still arrives with the first layout.
 */
function withDisplayFace(html: string, face: DisplayFace): string {
  if (!html.includes('<style>')) throw new Error('index.html: no inlined stylesheet to add the display face to');
  return html.replace('<style>', () => `<style>${displayFaceCss(face)}`);
}

/** Allows the page's one style block, as it is in this page (its addresses differ by folder), in its CSP by hash. */
function withStyleHash(html: string): string {
  const style = /<style>([\s\S]*?)<\/style>/.exec(html);
  if (!style) return html;
  const hash = createHash('sha256').update(style[1]).digest('base64');
  return html.replace("style-src 'self'", () => `style-src 'self' 'sha256-${hash}'`);
}
