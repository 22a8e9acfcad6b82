import { Resvg } from '@resvg/resvg-js';
import type { Edition } from '../lib/editions.ts';
import { escapeHtml } from '../lib/html.ts';
import { plainText } from '../lib/richtext.ts';
import { cardFigure, endSentence, fill } from '../lib/format.ts';
import { numberFormat } from '../lib/intl.ts';
import { graphicState } from '../lib/state.ts';
import type { CameraFigure, Step, Story } from '../lib/types.ts';
import type { UiStrings } from '../lib/ui-strings.ts';
import type { CardFonts } from '../lib/palette.ts';

/** The cards' text face, from the system (Debian's fonts-dejavu-core comes with Chromium's fontconfig). */
const CARD_TEXT_FONTS = "'DejaVu Sans', 'Liberation Sans', sans-serif";

/** The cards' faces: the text's from the system; the title and headline in the display face (`family`, from its file), else DejaVu Serif. */
export function cardFonts(displayFamily: string): CardFonts {
  return { text: CARD_TEXT_FONTS, display: `'${displayFamily}', 'DejaVu Serif', serif` };
}
export const CARD_SIZE = { width: 1200, height: 630 } as const;


/** A card's SVG as PNG, 1200×630, with the system's fonts and those in `fontFiles` (the display face). */
export function cardPng(svg: string, fontFiles: string[] = []): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_SIZE.width },
    font: { loadSystemFonts: true, fontFiles, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** How long a description may be: platforms show about this much. Whole sentences are kept below it. */
export const DESCRIPTION_MAX = 300;

/**
 * Splits text into sentences: a full stop, question or exclamation mark (and any closing quote or
 * bracket) followed by a space and a capital, a digit or an opening quote. A Serbian ordinal ("31. januara",
 * "2019. godine") or an abbreviation before a lower-case word ("br. 87") does not end a sentence.
 */
export function sentences(text: string): string[] {
  const parts = text.trim().split(/(?<=[.!?…][”“»"')\]]*)\s+(?=[\p{Lu}\p{N}„“"«(\[])/u);
  // A digit after "no." or "br." is still the same sentence ("no. 87/2018").
  const merged: string[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last !== undefined && /(\b(no|br|nos|str|čl|tj|npr|itd|Sl)\.|\d\.)$/.test(last) && /^\p{N}/u.test(part)) merged[merged.length - 1] = `${last} ${part}`;
    else merged.push(part);
  }
  return merged.filter(Boolean);
}

/**
 * A description of at most `max` characters made of whole sentences: never cut mid-claim, and not
 * ending on a question. When the first sentence alone is longer, it is kept whole: a long true
 * sentence beats a short cut one.
 */
export function wholeSentences(text: string, max = DESCRIPTION_MAX): string {
  let out = '';
  for (const sentence of sentences(text)) {
    const next = out ? `${out} ${sentence}` : sentence;
    if (out && next.length > max) break;
    out = next;
  }
  // A question that the next sentence answers ("Ten of what?") is not the place to stop.
  const kept = sentences(out);
  while (kept.length > 1 && /\?[”“»"')\]]*$/.test(kept.at(-1)!)) kept.pop();
  return kept.join(' ');
}

/** The text of a preview: the step's copy, in whole sentences up to DESCRIPTION_MAX characters. */
export function previewText(step: Step): string {
  return wholeSentences(plainText(step.body));
}

/** The number of a figure as the copy writes it ("1,000", "1.000"), found only as a whole number. */
function mentions(text: string, figure: CameraFigure, locale: string): boolean {
  const number = numberFormat(locale).format(figure.value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{N}]|\\p{N}[.,])${number}(?![\\p{N}]|[.,]\\p{N})`, 'u').test(text);
}

/**
 * The kinds a description must name in words: those of the announced and planned figures whose
 * number it mentions. `hedge-announced` and `hedge-planned` in the copy's {ui} list, comma-separated,
 * the words (or beginnings of words) that say so in the edition's language.
 */
export function unnamedKinds(text: string, figures: CameraFigure[], locale: string, ui: Pick<UiStrings, 'hedge-announced' | 'hedge-planned'>): CameraFigure[] {
  const lower = text.toLowerCase();
  return figures.filter((figure) => {
    if (figure.kind !== 'announced' && figure.kind !== 'planned') return false;
    if (!mentions(text, figure, locale)) return false;
    const words = ui[figure.kind === 'announced' ? 'hedge-announced' : 'hedge-planned'].split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
    return !words.some((word) => lower.includes(word));
  });
}

/** A description that names the kind of every announced or planned figure it mentions; the build stops otherwise. */
export function checkedDescription(text: string, figures: CameraFigure[], locale: string, ui: Pick<UiStrings, 'hedge-announced' | 'hedge-planned'>, where: string): string {
  const unnamed = unnamedKinds(text, figures, locale, ui);
  if (unnamed.length) {
    throw new Error(
      `${where}: the share description mentions ${unnamed.map((f) => `${f.value} (${f.kind})`).join(', ')} without saying so in words` +
        ` (one of the {ui} hedge-${unnamed[0].kind} words): "${text}"`,
    );
  }
  return text;
}

/** Open Graph's locale for an edition: `en_GB`; both Serbian scripts are `sr_RS`. */
export function ogLocale(lang: string): string {
  const [language, second] = lang.split('-');
  if (language === 'sr') return 'sr_RS';
  return second && /^[A-Z]{2}$/.test(second) ? `${language}_${second}` : language;
}

/** Open Graph and Twitter tags for a page with a preview card. */
export function cardTags(page: { title: string; description: string; url: string; image: string; imageAlt: string; lang: string }): string[] {
  return [
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${escapeHtml(page.title)}">`,
    `<meta property="og:description" content="${escapeHtml(page.description)}">`,
    `<meta property="og:url" content="${page.url}">`,
    `<meta property="og:locale" content="${ogLocale(page.lang)}">`,
    `<meta property="og:image" content="${page.image}">`,
    `<meta property="og:image:width" content="${CARD_SIZE.width}">`,
    `<meta property="og:image:height" content="${CARD_SIZE.height}">`,
    `<meta property="og:image:alt" content="${escapeHtml(page.imageAlt)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="twitter:image:alt" content="${escapeHtml(page.imageAlt)}">`,
  ];
}

/** The title of a share page: the step's headline, then the piece's ("Headline | Thousands of Cameras"). */
export function shareTitle(story: Pick<Story, 'title'>, step: Pick<Step, 'headline'>): string {
  return `${step.headline} | ${story.title}`;
}

/** What a card shows, in words, for its alt text: the headline and every figure with its kind. */
export function cardAlt(story: Story, step: Step, headline: string): string {
  const state = graphicState(story, step);
  const figures = state.figures.map((figure) => {
    const { count, unit, kind } = cardFigure(figure, story.locale, story.ui);
    return fill(story.ui['card-figure'], { value: count, unit, kind });
  });
  const chart = figures.length ? fill(story.ui['cameras-description'], { figures: figures.join('; ') }) : story.ui['no-figures-description'];
  return `${story.title}: ${endSentence(headline)} ${chart}`;
}

/** The preview tags of an edition's own page: the whole piece's card, drawn from the `cardStep`. */
export function pieceCardTags(story: Story, edition: Edition, base: string): string[] {
  const step = story.steps.find((s) => s.id === story.cardStep)!;
  return cardTags({
    title: story.title,
    description: checkedDescription(wholeSentences(story.standfirst), graphicState(story, step).figures, story.locale, story.ui, `${edition.id} standfirst`),
    url: `${base}${edition.path}`,
    image: `${base}${edition.path}card.png`,
    imageAlt: cardAlt(story, step, story.standfirst),
    lang: edition.lang,
  });
}

/**
 * The share page of one step, at `s/<id>/`: what social platforms read (they run no script and
 * never see a hash), which sends people on to the story at `#<id>`, with or without JavaScript.
 * `publishing`: the page's oEmbed link and structured data.
 */
export function sharePage(story: Story, step: Step, edition: Edition, base: string, publishing: string[]): string {
  const editionUrl = `${base}${edition.path}`;
  const target = `../../#${step.id}`;
  const title = shareTitle(story, step);
  const description = checkedDescription(previewText(step), graphicState(story, step).figures, story.locale, story.ui, `${edition.id} step "${step.id}"`);
  return `<!doctype html>
<html lang="${edition.lang}">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="icon" href="../../${edition.path ? '../' : ''}favicon.png" type="image/png">
    <title>${escapeHtml(title)}</title>
    <meta name="description" content="${escapeHtml(description)}">
    <link rel="canonical" href="${editionUrl}#${step.id}">
    <meta name="robots" content="noindex">
    ${cardTags({
      title,
      description,
      url: `${editionUrl}s/${step.id}/`,
      image: `${editionUrl}s/${step.id}/card.png`,
      imageAlt: cardAlt(story, step, step.headline),
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
