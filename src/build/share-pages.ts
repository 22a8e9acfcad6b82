import { Resvg } from '@resvg/resvg-js';
import type { Edition } from '../lib/editions.ts';
import { escapeHtml } from '../lib/html.ts';
import { plainText } from '../lib/richtext.ts';
import type { Step, Story } from '../lib/types.ts';

/** Fonts for the cards, from the system (Debian's fonts-dejavu-core comes with Chromium's fontconfig). */
export const CARD_FONTS = "'DejaVu Sans', 'Liberation Sans', sans-serif";
export const CARD_SIZE = { width: 1200, height: 630 } as const;


/** A card's SVG as PNG, 1200×630. */
export function cardPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_SIZE.width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** The text of a preview: the first paragraph of a step, cut at a word near 200 characters. */
export function previewText(step: Step): string {
  const text = plainText(step.body.slice(0, 1));
  return text.length <= 200 ? text : `${text.slice(0, 200).replace(/\s+\S*$/, '')}…`;
}

/** Open Graph and Twitter tags for a page with a preview card. */
export function cardTags(page: { title: string; description: string; url: string; image: string; imageAlt: string; lang: string }): string[] {
  return [
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeHtml(page.title)}">`,
    `<meta property="og:description" content="${escapeHtml(page.description)}">`,
    `<meta property="og:url" content="${page.url}">`,
    `<meta property="og:locale" content="${page.lang.replace('-', '_')}">`,
    `<meta property="og:image" content="${page.image}">`,
    `<meta property="og:image:width" content="${CARD_SIZE.width}">`,
    `<meta property="og:image:height" content="${CARD_SIZE.height}">`,
    `<meta property="og:image:alt" content="${escapeHtml(page.imageAlt)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
  ];
}

/**
 * The share page of one step, at `s/<id>/`: what social platforms read (they run no script and
 * never see a hash), which sends people on to the story at `#<id>`, with or without JavaScript.
 * `publishing`: the page's oEmbed link and structured data.
 */
export function sharePage(story: Story, step: Step, edition: Edition, base: string, publishing: string[]): string {
  const editionUrl = `${base}${edition.path}`;
  const target = `../../#${step.id}`;
  const title = `${step.headline}: ${story.title}`;
  return `<!doctype html>
<html lang="${edition.lang}">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="icon" href="../../${edition.path ? '../' : ''}favicon.png" type="image/png">
    <title>${escapeHtml(title)}</title>
    <meta name="description" content="${escapeHtml(previewText(step))}">
    <link rel="canonical" href="${editionUrl}#${step.id}">
    <meta name="robots" content="noindex">
    ${cardTags({
      title,
      description: previewText(step),
      url: `${editionUrl}s/${step.id}/`,
      image: `${editionUrl}s/${step.id}/card.png`,
      imageAlt: `${story.title}: ${step.headline}`,
      lang: edition.lang,
    }).join('\n    ')}
    ${publishing.join('\n    ')}
    <meta http-equiv="refresh" content="0; url=${target}">
  </head>
  <body>
    <p><a href="${target}">${escapeHtml(title)}</a></p>
  </body>
</html>
`;
}
