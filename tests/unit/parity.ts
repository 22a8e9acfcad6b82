/**
 * What a translation must keep of the English copy, as checks that list what differs (empty when
 * nothing does). story-sr.test.ts runs them on the real copy; parity.test.ts on the fixture, with
 * broken translations, to show that each catches what it is for.
 */
import { citedSources, plainText } from '../../src/lib/richtext';
import type { Paragraph, Step, Story } from '../../src/lib/types';

type Check = (en: Story, translation: Story) => string[];

/** Numbers as values, whatever the thousands separator: "1,000" and "1.000" are both 1000. */
export function numbers(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d{3})*/g) ?? []).map((n) => n.replace(/[.,]/g, '')).sort();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const stepNumbers = (step: Step) => numbers([step.kicker, step.headline, plainText(step.body), step.graphicNote].join(' '));
const citations = (paragraphs: Paragraph[]) => citedSources(paragraphs).sort();
const placeholders = (text: string) => (text.match(/\{[a-z-]+\}/g) ?? []).sort();
/** Step by step, the steps of `en` whose `part` the translation does not match. */
const perStep = (what: string, part: (step: Step) => unknown): Check => (en, translation) =>
  en.steps.flatMap((step, i) => (same(part(step), translation.steps[i] && part(translation.steps[i])) ? [] : [`step "${step.id}": ${what}`]));

/** Each translated label of an event or figure with the English one. (The loader has checked that every id has one.) */
const labelPairs = (en: Story, translation: Story) => {
  const english = new Map([...en.events, ...en.figures].map((row) => [row.id, row.label]));
  return [...translation.events, ...translation.figures].map((row) => ({ id: row.id, label: row.label, english: english.get(row.id) ?? '' }));
};

export const PARITY_CHECKS: Record<string, Check> = {
  'tells the same steps, with the same ids, sections, zooms, events and figures': (en, translation) => {
    const skeleton = (s: Step) => ({ id: s.id, section: s.section, zoom: s.zoom, events: s.events, figures: s.figures });
    return same(translation.steps.map(skeleton), en.steps.map(skeleton)) ? [] : ['the steps differ'];
  },

  'stages the same processes, in the same order': (en, translation) => {
    const skeleton = (story: Story) => story.processes.map((p) => p.stages.map((stage) => stage.event));
    return same(skeleton(translation), skeleton(en)) ? [] : ['the processes differ'];
  },

  // Counted, not just as a set: a dropped citation would mean a dropped figure.
  'cites the same sources, step by step and in the intro and end matter': (en, translation) => [
    ...perStep('other citations', (s) => citations(s.body))(en, translation),
    ...(['intro', 'methodology', 'unknowns'] as const).filter((key) => !same(citations(translation[key]), citations(en[key]))).map((key) => `${key}: other citations`),
  ],

  'keeps every number, step by step': perStep('other numbers', stepNumbers),

  'gives a graphic note wherever the English does': perStep('a graphic note where the English has none, or none where it has one', (s) => s.graphicNote !== ''),

  // (The loader requires every interface string and rejects unknown ones: only placeholders can differ.)
  'has the same interface strings, with the same placeholders': (en, translation) => [
    ...Object.entries(en.ui).filter(([key, text]) => !same(placeholders(translation.ui[key as keyof typeof translation.ui] ?? ''), placeholders(text))).map(([key]) => `ui "${key}": other placeholders`),
  ],

  'labels them in the translation, not in English': (en, translation) => {
    const pairs = labelPairs(en, translation);
    const untranslated = pairs.filter((row) => row.label === row.english).map((row) => `${row.id}: the English label`);
    // A few labels may be the same in both languages (a name), no more.
    const problems = untranslated.length > Math.floor(pairs.length / 10) ? untranslated : [];
    // English-only words would mean an untranslated label.
    const english = pairs.filter((row) => /\b(the|of|and|cameras|locations|phase|draft|Ministry|Commissioner)\b/.test(row.label));
    return [...problems, ...english.map((row) => `${row.id}: English words in "${row.label}"`)];
  },

  'brings in no number the English label lacks': (en, translation) =>
    labelPairs(en, translation).flatMap((row) => {
      const known = new Set(numbers(row.english));
      return numbers(row.label).filter((n) => !known.has(n)).map((n) => `${row.id}: ${n}`);
    }),

  'keeps labels about as short as the English, for phones': (en, translation) =>
    labelPairs(en, translation).filter((row) => row.label.length > Math.ceil(row.english.length * 1.5)).map((row) => `${row.id}: "${row.label}" is too long`),
};
