import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/build/load';
import { citedSources, plainText } from '../../src/lib/richtext';
import { CYRILLIC_EXCEPTIONS, transliterateStory } from '../../src/build/transliterate';
import type { Paragraph, Step } from '../../src/lib/types';

const read = (name: string) => ({ name, text: readFileSync(process.cwd() + '/' + name, 'utf8') });
const load = (story: string) =>
  loadStory({ story: read(story), events: read('data/events.csv'), cameras: read('data/cameras.csv'), sources: read('data/sources.csv') });

const en = load('data/story.aml');
const sr = load('data/story.sr.aml');

/** Numbers as values, whatever the thousands separator: "1,000" and "1.000" are both 1000. */
function numbers(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d{3})*/g) ?? []).map((n) => n.replace(/[.,]/g, '')).sort();
}

const stepNumbers = (step: Step) => numbers([step.kicker, step.headline, plainText(step.body), step.graphicNote].join(' '));
const citations = (paragraphs: Paragraph[]) => citedSources(paragraphs).sort();
const placeholders = (text: string) => (text.match(/\{[a-z-]+\}/g) ?? []).sort();

describe('the Serbian copy', () => {
  it('loads, in Serbian Latin', () => {
    expect(sr.locale).toBe('sr-Latn');
    expect(sr.title).toBe('Hiljade kamera');
  });

  it('tells the same steps, with the same ids, sections, zooms, events and figures', () => {
    const skeleton = (s: Step) => ({ id: s.id, section: s.section, zoom: s.zoom, events: s.events, figures: s.figures });
    expect(sr.steps.map(skeleton)).toEqual(en.steps.map(skeleton));
  });

  // Counted, not just as a set: a dropped citation would mean a dropped figure.
  it('cites the same sources, step by step', () => {
    en.steps.forEach((step, i) => expect(citations(sr.steps[i].body), step.id).toEqual(citations(step.body)));
    expect(citations(sr.intro)).toEqual(citations(en.intro));
    expect(citations(sr.methodology)).toEqual(citations(en.methodology));
    expect(citations(sr.unknowns)).toEqual(citations(en.unknowns));
  });

  it('keeps every number, step by step', () => {
    en.steps.forEach((step, i) => expect(stepNumbers(sr.steps[i]), step.id).toEqual(stepNumbers(step)));
  });

  it('gives a graphic note wherever the English does', () => {
    en.steps.forEach((step, i) => expect(sr.steps[i].graphicNote !== '', step.id).toBe(step.graphicNote !== ''));
  });

  it('has the same interface strings, with the same placeholders', () => {
    expect(Object.keys(sr.ui).sort()).toEqual(Object.keys(en.ui).sort());
    for (const [key, text] of Object.entries(en.ui)) expect(placeholders(sr.ui[key as keyof typeof sr.ui]), key).toEqual(placeholders(text));
  });

  describe('labels of the timeline events and camera figures', () => {
    type Labelled = { id: string; label: string };
    const rows = (story: typeof en): Labelled[] => [...story.events, ...story.figures];
    const english = rows(en);
    const serbian = rows(sr);
    /** The English label(s) for an id: a few ids are both an event and a figure, and the copy gives them one label. */
    const englishFor = (id: string) => english.filter((row) => row.id === id).map((row) => row.label);

    it('gives every event and figure a label, none empty', () => {
      expect(serbian.map((row) => row.id)).toEqual(english.map((row) => row.id));
      for (const row of serbian) expect(row.label.trim(), row.id).not.toBe('');
    });

    it('gives them in Serbian, not the English labels', () => {
      const same = serbian.filter((row) => englishFor(row.id).includes(row.label)).map((row) => row.id);
      expect(same.length, `same as the English: ${same.join(', ')}`).toBeLessThanOrEqual(Math.floor(serbian.length / 10));
      // English-only words would mean an untranslated label.
      for (const row of serbian) expect(row.label, row.id).not.toMatch(/\b(the|of|and|cameras|locations|phase|draft|Ministry|Commissioner)\b/);
    });

    it('brings in no number the English label lacks', () => {
      for (const row of serbian) {
        const known = new Set(englishFor(row.id).flatMap(numbers));
        for (const n of numbers(row.label)) expect(known.has(n), `${row.id}: ${n}`).toBe(true);
      }
    });

    it('keeps them about as short as the English, for phones', () => {
      for (const row of serbian) {
        const longest = Math.max(...englishFor(row.id).map((label) => label.length));
        expect(row.label.length, `${row.id}: ${row.label}`).toBeLessThanOrEqual(Math.ceil(longest * 1.5));
      }
    });
  });

  it('transliterates to Cyrillic, leaving only the Latin-only names in Latin', () => {
    const cyrillic = transliterateStory(sr);
    const copy = [
      cyrillic.title, cyrillic.standfirst, cyrillic.byline,
      ...[cyrillic.intro, cyrillic.methodology, cyrillic.unknowns].map(plainText),
      ...cyrillic.steps.flatMap((s) => [s.kicker, s.headline, plainText(s.body), s.graphicNote]),
      ...Object.values(cyrillic.ui).map((text) => text.replace(/\{[a-z-]+\}/g, '')),
      ...[...cyrillic.events, ...cyrillic.figures].map((row) => row.label),
    ].join(' ');
    const latin = new Set(copy.match(/#?[\p{L}\p{N}]*[A-Za-z][\p{L}\p{N}]*/gu));
    expect([...latin].filter((word) => !CYRILLIC_EXCEPTIONS.includes(word))).toEqual([]);
  });
});
