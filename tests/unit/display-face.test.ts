import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { cardFonts, cardPng } from '../../src/build/share-pages';
import {
  BASE_CHARACTERS,
  cardFaceFor,
  cutDisplayFace,
  DISPLAY_FAMILY,
  DISPLAY_SOURCE,
  DISPLAY_STACK,
  displayFaceCss,
  displayFaceFor,
  displayText,
  fallbackOverrides,
  subsetCharacters,
} from '../../src/build/display-face';

const SOURCE = readFileSync(resolve(DISPLAY_SOURCE));
/** A page of three headings in the three scripts' letters, and text the face does not show. */
const PAGE = `<body><h1 class="x">Fixture &amp; “Title”: Београд</h1><p>Paragraph text: ЖЖЖ qqq</p>
<section><h2 id="a">Ђурђевдан у <em>Љубљани</em></h2><h3>Not a display heading: Ћ</h3>
<h2>Šta je čiji đak → 中</h2></section></body>`;

const fontOf = (buffer: Buffer) => create(buffer) as Font;
const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!);

describe('the display face: which characters go in', () => {
  it('takes the text of the h1 and h2 elements only, without their markup, entities decoded', () => {
    expect(displayText(PAGE).split('\n')).toEqual(['Fixture & “Title”: Београд', 'Ђурђевдан у Љубљани', 'Šta je čiji đak → 中']);
  });

  it('holds ASCII and the headings’ characters within Latin, Latin Extended-A, Cyrillic and punctuation, each once, in order', () => {
    const characters = subsetCharacters(displayText(PAGE));
    for (const c of 'ЂурђевданЉубљаниБеоградŠčđ“”&') expect(characters).toContain(c);
    expect(characters.startsWith(BASE_CHARACTERS)).toBe(true);
    // Outside the ranges (an arrow, a Chinese character), or only in text the face does not show.
    for (const c of ['→', '中', 'Ж', 'Ћ']) expect(characters).not.toContain(c);
    expect(new Set(characters).size).toBe([...characters].length);
    expect(codePoints(characters)).toEqual([...codePoints(characters)].sort((a, b) => a - b));
  });
});

describe('the display face: cutting it', () => {
  it('makes one static woff2 file with a glyph for each character asked for, and the Serbian forms', async () => {
    const characters = subsetCharacters(displayText(PAGE));
    const face = await cutDisplayFace(SOURCE, DISPLAY_SOURCE, characters);
    expect(face.fileName).toMatch(/^assets\/display-[0-9a-f]{8}\.woff2$/);
    expect(face.woff2.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(face.missing).toBe('');
    const font = fontOf(face.woff2);
    for (const codePoint of codePoints(characters)) expect(font.hasGlyphForCodePoint(codePoint), String.fromCodePoint(codePoint)).toBe(true);
    expect(font.hasGlyphForCodePoint('Ж'.codePointAt(0)!)).toBe(false);
    expect(font.numGlyphs).toBe(face.glyphs);
    // The instance is pinned: nothing varies any more.
    expect(Object.keys(font.variationAxes ?? {})).toEqual([]);
    // Serbian Cyrillic keeps its localized forms (lang sr): the Serbian б, substituted by locl.
    type LangSys = { tag: string; langSys: { featureIndexes: number[] } };
    type Lookup = { subTables: { coverage: { glyphs?: number[] } }[] };
    const gsub = (font as unknown as {
      GSUB: { scriptList: { tag: string; script: { langSysRecords: LangSys[] } }[]; featureList: { tag: string; feature: { lookupListIndexes: number[] } }[]; lookupList: { get(i: number): Lookup } };
    }).GSUB;
    const serbian = gsub.scriptList.find((s) => s.tag === 'cyrl')?.script.langSysRecords.find((l) => l.tag.trim() === 'SRB');
    expect(serbian).toBeDefined();
    const locl = serbian!.langSys.featureIndexes.map((i) => gsub.featureList[i]).filter((f) => f.tag === 'locl');
    const substituted = locl.flatMap((f) => f.feature.lookupListIndexes.flatMap((i) => gsub.lookupList.get(i).subTables.flatMap((t) => t.coverage.glyphs ?? [])));
    expect(substituted).toContain(font.glyphForCodePoint('б'.codePointAt(0)!).id);
    // Metrics come from the cut face itself.
    expect(face.metrics.unitsPerEm).toBe(font.unitsPerEm);
    expect(face.metrics.xWidthAvg).toBeGreaterThan(0);
  });

  it('names the characters the font has no glyph for', async () => {
    const face = await cutDisplayFace(SOURCE, DISPLAY_SOURCE, `${BASE_CHARACTERS}\u04a8`);
    expect(face.missing).toBe('\u04a8');
  });

  it.each([
    ['bytes that are not a font', () => Buffer.from('<!doctype html><title>404</title>'), /fixture\.ttf: not a font file that can be read/],
    ['a font cut off after its first kilobyte', () => SOURCE.subarray(0, 1024), /fixture\.ttf: /],
    ['an empty file', () => Buffer.alloc(0), /fixture\.ttf: /],
  ])('fails on %s, naming the file', async (_what, bytes, message) => {
    await expect(cutDisplayFace(bytes(), 'fixture.ttf', BASE_CHARACTERS)).rejects.toThrow(message);
  });

  it('fails on a font that is not variable, naming the file and the axis', async () => {
    const file = 'node_modules/source-serif/TTF/SourceSerif4Display-Semibold.ttf';
    await expect(cutDisplayFace(readFileSync(file), file, BASE_CHARACTERS)).rejects.toThrow(`${file}: no wght axis reaching 600`);
  });

  it('fails when the font file is missing, naming it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'display-face-'));
    await expect(displayFaceFor(empty, [PAGE])).rejects.toThrow(`${DISPLAY_SOURCE}: the display face's font is missing`);
  });
});

describe("the display face on the share cards", () => {
  const TEXTS = ['Fixture Town Cameras', 'Ђурђевдан у Љубљани'];

  it('is a TrueType file of the same instance, with the cards’ characters, under its own family name', async () => {
    const face = await cardFaceFor(process.cwd(), TEXTS);
    expect(face.ttf.subarray(0, 4).toString('hex'), 'a TrueType header').toBe('00010000');
    const font = fontOf(face.ttf);
    expect(face.family).toBe(font.familyName);
    expect(font['OS/2'].usWeightClass).toBe(600);
    for (const codePoint of codePoints(TEXTS.join(''))) expect(font.hasGlyphForCodePoint(codePoint), String.fromCodePoint(codePoint)).toBe(true);
  });

  it('draws the card’s title and headline: the card differs with the face from the card without it', async () => {
    const face = await cardFaceFor(process.cwd(), TEXTS);
    const file = join(mkdtempSync(join(tmpdir(), 'card-face-')), 'face.ttf');
    writeFileSync(file, face.ttf);
    const fonts = cardFonts(face.family);
    const card = (cls: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><style>text{font-family:${fonts.text}}.display{font-family:${fonts.display}}</style>` +
      `<rect width="1200" height="630" fill="#fff"/><text class="${cls}" x="60" y="200" font-size="60" font-weight="600">${TEXTS[0]}</text></svg>`;
    // The control: text in the text face is drawn alike with or without the file.
    expect(cardPng(card('plain'), [file]).equals(cardPng(card('plain')))).toBe(true);
    expect(cardPng(card('display'), [file]).equals(cardPng(card('display')))).toBe(false);
  });
});

describe('the display face: its CSS', () => {
  const metrics = { ascent: 1000, descent: -250, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 500 };

  it('scales a fallback so that its average letter is as wide and its lines as tall as the face’s', () => {
    expect(fallbackOverrides(metrics, metrics)).toEqual({ 'size-adjust': '100.00%', 'ascent-override': '100.00%', 'descent-override': '25.00%', 'line-gap-override': '0.00%' });
    // A fallback twice as wide is drawn at half size; its ascent is then twice the face's, in its own em.
    const wide = { ...metrics, unitsPerEm: 2048, xWidthAvg: 2048 };
    expect(fallbackOverrides(metrics, wide)).toEqual({ 'size-adjust': '50.00%', 'ascent-override': '200.00%', 'descent-override': '50.00%', 'line-gap-override': '0.00%' });
  });

  it('declares the face (swap, relative address) and a scaled local fallback for each family of the stack', () => {
    const css = displayFaceCss({ fileName: 'assets/display-0123abcd.woff2', metrics });
    expect(css).toContain(`@font-face{font-family:"${DISPLAY_FAMILY}";src:url(./assets/display-0123abcd.woff2) format("woff2");`);
    expect(css).toContain('font-display:swap');
    for (const family of DISPLAY_STACK.slice(1)) expect(css).toMatch(new RegExp(`font-family:"${family}";src:local\\([^;]+;font-weight:600;font-style:normal;size-adjust:`));
    expect(css.match(/url\(/g)).toHaveLength(1);
  });

  it('is the headings’ font in the page’s stylesheet, after the host’s --cameras-font', () => {
    const css = readFileSync('src/app.css', 'utf8');
    const stack = DISPLAY_STACK.map((family) => `'${family}'`).join(', ');
    expect(css).toMatch(new RegExp(`h1,\\s*h2 \\{\\s*font-family: var\\(--cameras-font, ${stack}, Georgia, serif\\);`));
  });
});
