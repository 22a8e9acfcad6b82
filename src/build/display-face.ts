/**
 * The display face of the title and headlines: Source Serif 4 (Adobe's release), one static
 * instance of its variable font (semibold, at a display optical size), subset at build time to the
 * characters the headings of all three editions show, as ONE woff2 file for every edition. Beside
 * it, fallback faces of Georgia, Times New Roman (or its metric twin Liberation Serif) and Noto
 * Serif, scaled to the face's metrics, so that text shown before the face arrives takes the same
 * room and the swap moves nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromBuffer } from '@capsizecss/unpack';
import georgiaBold from '@capsizecss/metrics/georgia/700';
import notoSerifBold from '@capsizecss/metrics/notoSerif/700';
import timesNewRomanBold from '@capsizecss/metrics/timesNewRoman/700';
import { create, type Font } from 'fontkitten';
import subsetFont from 'subset-font';

/** The variable font it is cut from: opsz 8–60, wght 200–900, Latin, Greek and Cyrillic with Serbian forms. */
export const DISPLAY_SOURCE = 'node_modules/source-serif/VAR/SourceSerif4Variable-Roman.ttf';
/**
 * The instance: semibold, and the optical size of a 40 px setting, between the title (35–58 px)
 * and the headlines (21 px): display proportions for the title, hairlines that still hold at
 * headline size.
 */
export const DISPLAY_INSTANCE = { wght: 600, opsz: 40 } as const;
export const DISPLAY_WEIGHT = DISPLAY_INSTANCE.wght;
export const DISPLAY_FAMILY = 'Cameras Display';
/**
 * OpenType features kept: the Cyrillic edition (lang sr) needs `locl` for the Serbian forms of
 * б, г, д, п, т; the rest is what a heading's ordinary shaping uses. Headlines use no tabular
 * figures (the charts' counts are in the interface face), so `tnum` and the rest are left out.
 */
export const DISPLAY_FEATURES = ['ccmp', 'locl', 'kern', 'liga', 'mark', 'mkmk'];

/**
 * What the subset may hold: Basic Latin and Latin-1, Latin Extended-A (č ć đ š ž), Cyrillic, and
 * the quotes, dashes and ellipsis of General Punctuation (which the usual `latin` subset holds too).
 * A heading's character outside these is drawn in the fallback face.
 */
export const DISPLAY_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x00ff],
  [0x0100, 0x017f],
  [0x0400, 0x04ff],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
];

/** Always in the subset, whatever the copy: basic Latin letters, digits and punctuation (ASCII). */
export const BASE_CHARACTERS = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** The elements that the stylesheet sets in the display face (src/app.css). */
const DISPLAY_ELEMENTS = /<(h1|h2)\b[^>]*>([\s\S]*?)<\/\1>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of the headings (h1, h2) of a rendered page, which the display face shows. */
export function displayText(html: string): string {
  return [...html.matchAll(DISPLAY_ELEMENTS)].map((match) => decodeEntities(match[2].replace(/<[^>]*>/g, ''))).join('\n');
}

const inRanges = (codePoint: number) => DISPLAY_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);

/** The characters of the subset: the base set and those of `text`, within the ranges; sorted, each once. */
export function subsetCharacters(text: string): string {
  const codePoints = new Set<number>();
  for (const character of BASE_CHARACTERS + text) {
    const codePoint = character.codePointAt(0)!;
    if (inRanges(codePoint)) codePoints.add(codePoint);
  }
  return String.fromCodePoint(...[...codePoints].sort((a, b) => a - b));
}

/** A font file parsed, or an error that names it. */
function parsedFont(buffer: Buffer, file: string): Font {
  let font: ReturnType<typeof create>;
  try {
    font = create(buffer);
  } catch (error) {
    throw new Error(`${file}: not a font file that can be read (${(error as Error).message})`, { cause: error });
  }
  if (!('numGlyphs' in font) || !font.numGlyphs) throw new Error(`${file}: not a single font with glyphs (a collection, or empty)`);
  return font;
}

export interface DisplayFace {
  /** The face as woff2. */
  woff2: Buffer;
  /** Its file name under the build's assets/, with a hash of its content. */
  fileName: string;
  glyphs: number;
  /** The characters asked for that the face has no glyph for (drawn in the fallback). */
  missing: string;
  metrics: FaceMetrics;
}

/** The instance, pinned, with only `characters` (and the glyphs their kept features reach), in `format`. */
async function cutInstance(source: Buffer, file: string, characters: string, format: 'woff2' | 'sfnt'): Promise<Buffer> {
  try {
    return await subsetFont(source, characters, { targetFormat: format, variationAxes: { ...DISPLAY_INSTANCE }, keepFeatures: DISPLAY_FEATURES });
  } catch (error) {
    throw new Error(`${file}: subsetting failed (${(error as Error).message})`, { cause: error });
  }
}

/**
 * Cuts the display face from the variable font `source` (read from `file`, named in errors):
 * the instance pinned, only `characters` and the glyphs their kept features reach, as woff2.
 * A file that is not a font, lacks the instance's axes or comes out empty fails the build.
 */
export async function cutDisplayFace(source: Buffer, file: string, characters: string): Promise<DisplayFace> {
  const font = parsedFont(source, file);
  const axes = font.variationAxes ?? {};
  for (const [axis, value] of Object.entries(DISPLAY_INSTANCE)) {
    const range = axes[axis];
    if (!range || value < range.min || value > range.max) throw new Error(`${file}: no ${axis} axis reaching ${value} (the display face is an instance of a variable font)`);
  }
  const missing = [...characters].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!)).join('');
  const woff2 = await cutInstance(source, file, characters, 'woff2');
  const cut = parsedFont(woff2, `${file} (subset)`);
  if (cut.numGlyphs < 2) throw new Error(`${file}: the subset holds no glyphs for ${JSON.stringify(characters)}`);
  const hash = createHash('sha256').update(woff2).digest('hex').slice(0, 8);
  return { woff2, fileName: `assets/display-${hash}.woff2`, glyphs: cut.numGlyphs, missing, metrics: await fromBuffer(woff2) };
}

/** The metrics that placing text needs, in font units (as @capsizecss/metrics gives them). */
export interface FaceMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  /** Average width of a lower-case letter, weighted by English letter frequency. */
  xWidthAvg: number;
}

/** The fallback faces, in the order the stack tries them, each with the local fonts it may be. */
export const FALLBACKS: readonly { family: string; local: string[]; metrics: FaceMetrics }[] = [
  // Windows, macOS, iOS.
  { family: `${DISPLAY_FAMILY} Georgia`, local: ['Georgia Bold', 'Georgia-Bold'], metrics: georgiaBold },
  // Windows and macOS without Georgia; Liberation Serif (Linux, ChromeOS) has the same metrics.
  { family: `${DISPLAY_FAMILY} Times`, local: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold'], metrics: timesNewRomanBold },
  // Android.
  { family: `${DISPLAY_FAMILY} Noto`, local: ['Noto Serif Bold', 'NotoSerif-Bold'], metrics: notoSerifBold },
];

/** The family list of the headings, after the host's --cameras-font (src/app.css spells it out). */
export const DISPLAY_STACK = [DISPLAY_FAMILY, ...FALLBACKS.map((f) => f.family)];

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

/**
 * The overrides that make `fallback` take the room of `face` (Capsize's method): scaled so that
 * its average letter is as wide, and its ascent, descent and line gap those of the face.
 */
export function fallbackOverrides(face: FaceMetrics, fallback: FaceMetrics) {
  const sizeAdjust = face.xWidthAvg / face.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = face.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': percent(sizeAdjust),
    'ascent-override': percent(face.ascent / em),
    'descent-override': percent(Math.abs(face.descent) / em),
    'line-gap-override': percent(face.lineGap / em),
  };
}

/**
 * The @font-face rules, the face's address relative to the page at the build's root (`./assets/…`).
 *
 * `font-display: swap`: text is never held back, not even for the 100 ms block of `optional` or
 * `fallback`; it is painted at once in a fallback face whose size and vertical metrics are the
 * face's, so lines keep their height and, letters being as wide on average, headings their line
 * breaks when the face swaps in (the page's CLS stays 0). `optional` would avoid any swap but
 * hold text back up to 100 ms, and leave readers on a slow first load with the fallback for the
 * whole visit.
 */
export function displayFaceCss(face: Pick<DisplayFace, 'fileName' | 'metrics'>): string {
  const rules = [
    `@font-face{font-family:"${DISPLAY_FAMILY}";src:url(./${face.fileName}) format("woff2");font-weight:${DISPLAY_WEIGHT};font-style:normal;font-display:swap}`,
    ...FALLBACKS.map((fallback) => {
      const overrides = Object.entries(fallbackOverrides(face.metrics, fallback.metrics)).map(([name, value]) => `${name}:${value}`);
      const src = fallback.local.map((name) => `local("${name}")`).join(',');
      return `@font-face{font-family:"${fallback.family}";src:${src};font-weight:${DISPLAY_WEIGHT};font-style:normal;${overrides.join(';')}}`;
    }),
  ];
  return rules.join('');
}

/** The installed variable font under `root`, or an error that says what is missing. */
export function displaySource(root: string): Buffer {
  try {
    return readFileSync(resolve(root, DISPLAY_SOURCE));
  } catch (error) {
    throw new Error(`${DISPLAY_SOURCE}: the display face's font is missing (is the source-serif package installed?)`, { cause: error });
  }
}

/** The display face for these rendered pages, cut from the installed font under `root`. */
export async function displayFaceFor(root: string, pages: string[]): Promise<DisplayFace> {
  return cutDisplayFace(displaySource(root), DISPLAY_SOURCE, subsetCharacters(pages.map(displayText).join('\n')));
}

/** The display face for the share cards: a TrueType file, and its family as the card renderer finds it. */
export interface CardFace {
  ttf: Buffer;
  /** The family named inside the file (the CSS alias DISPLAY_FAMILY exists only in the page). */
  family: string;
}

/**
 * The same instance for the share cards, as TrueType (the card renderer, resvg, reads no woff2),
 * cut to the characters of `texts`: the cards' titles and headlines.
 */
export async function cardFaceFor(root: string, texts: string[]): Promise<CardFace> {
  const ttf = await cutInstance(displaySource(root), `${DISPLAY_SOURCE} (share cards)`, subsetCharacters(texts.join('\n')), 'sfnt');
  return { ttf, family: parsedFont(ttf, `${DISPLAY_SOURCE} (share cards' subset)`).familyName };
}
