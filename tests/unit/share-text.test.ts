import { describe, expect, it } from 'vitest';
import { checkedDescription, ogLocale, sentences, shareTitle, unnamedKinds, wholeSentences } from '../../src/build/share-pages';
import { cardFigure, endSentence, formatYear } from '../../src/lib/format';
import type { CameraFigure } from '../../src/lib/types';

const date = { text: '2019', precision: 'year' as const, confirmed: true, start: 0, end: 1 };
const source = { id: 's', title: 'T', publisher: 'P', date: '', dateFrom: '' as const, lang: 'en', url: 'https://x.org/' };
const figure = (kind: CameraFigure['kind'], value: number, qualifier: CameraFigure['qualifier'] = 'exact'): CameraFigure => ({
  id: `f-${value}`, date, kind, qualifier, value, unit: 'cameras', label: 'l', source, note: '',
});
const ui = {
  'qualifier-about': 'about', 'qualifier-at-least': 'at least', 'qualifier-more-than': 'more than',
  'unit-cameras': 'cameras', 'unit-locations': 'locations', 'unit-cameras-or-locations': 'cameras or locations',
  'kind-vendor': 'vendor figure', 'kind-crowd-verified': 'crowd-verified', 'kind-planned': 'planned', 'kind-announced': 'announced', 'kind-official': 'official figure',
  'kind-activist-reported': 'reported by activists',
  'hedge-announced': 'announc, promis', 'hedge-planned': 'plan, were to be',
};

describe('sentences', () => {
  it('splits at a full stop, question or exclamation mark before a capital, digit or quote', () => {
    expect(sentences('One is here. Two? “Three!” 4 is last.')).toEqual(['One is here.', 'Two?', '“Three!”', '4 is last.']);
  });
  it('does not split Serbian ordinals or abbreviations before lower-case words', () => {
    expect(sentences('Ministar je 31. januara 2019. godine rekao da. Drugo.')).toEqual(['Ministar je 31. januara 2019. godine rekao da.', 'Drugo.']);
    expect(sentences('Objavljen u „Službenom glasniku RS“ br. 87/2018, kaže. Kraj.')).toEqual(['Objavljen u „Službenom glasniku RS“ br. 87/2018, kaže.', 'Kraj.']);
    expect(sentences('Opinion no. 073-15 was given. Then.')).toEqual(['Opinion no. 073-15 was given.', 'Then.']);
  });
});

describe('wholeSentences', () => {
  const text = 'According to the plans, more than 8,000 cameras were to be installed. The draft was withdrawn. A third sentence follows.';
  it('keeps whole sentences up to the limit, never a cut one and never an ellipsis', () => {
    expect(wholeSentences(text, 100)).toBe('According to the plans, more than 8,000 cameras were to be installed. The draft was withdrawn.');
    expect(wholeSentences(text, 500)).toBe(text);
    expect(wholeSentences(text, 100)).not.toContain('…');
  });
  it('keeps a first sentence longer than the limit whole', () => {
    expect(wholeSentences(text, 10)).toBe('According to the plans, more than 8,000 cameras were to be installed.');
  });
  it('does not end on a question the next sentence answers', () => {
    expect(wholeSentences('Five phases were planned. Ten of what? The reports differ on it.', 40)).toBe('Five phases were planned.');
  });
});

describe('the kinds a description names', () => {
  const planned = figure('planned', 8000, 'more than');
  const announced = figure('announced', 1000, 'about');
  it('asks for a kind word where an announced or planned figure is mentioned', () => {
    expect(unnamedKinds('Belgrade would get more than 8,000 cameras.', [planned], 'en-GB', ui)).toEqual([planned]);
    expect(unnamedKinds('Under the plans, more than 8,000 cameras.', [planned], 'en-GB', ui)).toEqual([]);
    expect(unnamedKinds('The Minister announced about 1,000 cameras.', [announced], 'en-GB', ui)).toEqual([]);
  });
  it('matches the number whole, in the locale’s form, and leaves other kinds alone', () => {
    expect(unnamedKinds('In 2010 and 10,000 and 1.000', [announced], 'en-GB', ui)).toEqual([]);
    expect(unnamedKinds('oko 1.000 kamera', [announced], 'sr-Latn', ui)).toEqual([announced]);
    expect(unnamedKinds('107 cameras work.', [figure('official', 107)], 'en-GB', ui)).toEqual([]);
  });
  it('stops the build, naming the page, when a kind is not named', () => {
    expect(() => checkedDescription('more than 8,000 cameras.', [planned], 'en-GB', ui, 'en step "x"')).toThrow(/en step "x".*8000 \(planned\)/);
    expect(checkedDescription('No figure here.', [planned], 'en-GB', ui, 'x')).toBe('No figure here.');
  });
});

describe('card text', () => {
  it('gives every figure its count, unit and kind in words', () => {
    expect(cardFigure(figure('activist-reported', 1200, 'at least'), 'en-GB', ui)).toEqual({ count: 'at least 1,200', unit: 'cameras', kind: 'reported by activists' });
    expect(cardFigure(figure('announced', 1000, 'about'), 'en-GB', ui).kind).toBe('announced');
  });
  it('titles share pages "headline | piece" and gives Serbian pages sr_RS', () => {
    expect(shareTitle({ title: 'Hiljade kamera' }, { headline: 'Plan u pet faza' })).toBe('Plan u pet faza | Hiljade kamera');
    expect(ogLocale('sr-Latn')).toBe('sr_RS');
    expect(ogLocale('sr-Cyrl')).toBe('sr_RS');
    expect(ogLocale('en-GB')).toBe('en_GB');
  });
  it('writes no double full stop after a Serbian date, and Serbian years with the ordinal stop', () => {
    expect(endSentence('21. mart 2018.')).toBe('21. mart 2018.');
    expect(endSentence('21 March 2018')).toBe('21 March 2018.');
    expect(formatYear(2009, 'sr-Latn')).toBe('2009.');
    expect(formatYear(2009, 'en-GB')).toBe('2009');
  });
});
