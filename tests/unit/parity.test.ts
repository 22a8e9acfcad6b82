// The translation checks of story-sr.test.ts, on the fixture: each passes a faithful translation
// and catches the mistake it is for.
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/build/load';
import { fixtureFiles, fixtureStory } from '../fixtures';
import { numbers, PARITY_CHECKS } from './parity';

const en = fixtureStory('en');
/** The fixture's Serbian translation with its copy changed. */
const translation = (change: (text: string) => string) => {
  const files = fixtureFiles('sr', { story: change });
  // A replacement that matches nothing would test the faithful translation.
  expect(files.story.text).not.toBe(fixtureFiles('sr').story.text);
  return loadStory(files);
};

describe('numbers', () => {
  it('reads numbers as values, whatever the thousands separator', () => {
    expect(numbers('oko 1.500 kamera, 2018. godine, 34 lokacije')).toEqual(numbers('about 1,500 cameras in 2018 at 34 locations'));
    expect(numbers('1.500 i 15')).not.toEqual(numbers('1,500 and 150'));
  });
});

describe('translation checks', () => {
  it.each(Object.keys(PARITY_CHECKS))('pass a faithful translation: %s', (name) => {
    expect(PARITY_CHECKS[name](en, fixtureStory('sr'))).toEqual([]);
  });

  it.each([
    ['tells the same steps, with the same ids, sections, zooms, events and figures', 'the steps differ', (t: string) => t.replace('figures: phase-one, phase-two', 'figures: phase-one')],
    ['stages the same processes, in the same order', 'the processes differ', (t: string) => t.replace('\n[]\n\nmethodology:', '\n[]\n\n[processes]\ntitle: Kancelarija\noffice-2010: Otvara se\ntender-2014: Tender\n[]\n\nmethodology:')],
    ['cites the same sources, step by step and in the intro and end matter', 'step "contract": other citations', (t: string) => t.replace('(source:review-report)', '(source:town-gazette)')],
    ['cites the same sources, step by step and in the intro and end matter', 'unknowns: other citations', (t: string) => t.replace('[njegovog budžeta](source:council-minutes)', 'njegovog budžeta')],
    ['keeps every number, step by step', 'step "contract": other numbers', (t: string) => t.replace('[250 kamera', '[205 kamera')],
    ['keeps every number, step by step', 'step "phases": other numbers', (t: string) => t.replace('kicker: 2019.', 'kicker: 2020.')],
    ['gives a graphic note wherever the English does', 'step "pilot": a graphic note where the English has none, or none where it has one', (t: string) => t.replace('figures: vendor-pilot\n', 'figures: vendor-pilot\ngraphicNote: Beleška.\n')],
    ['has the same interface strings, with the same placeholders', 'ui "first-half": other placeholders', (t: string) => t.replace('prva polovina {year}.', 'prva polovina godine')],
    ['labels them in the translation, not in English', 'phase-one: the English label', (t: string) => t.replace('phase-one: prva faza', 'phase-one: first phase').replace('phase-two: druga faza', 'phase-two: second phase')],
    ['labels them in the translation, not in English', 'office-sites: English words in "locations u upotrebi"', (t: string) => t.replace('lokacije u upotrebi', 'locations u upotrebi')],
    ['brings in no number the English label lacks', 'phase-two: 2', (t: string) => t.replace('phase-two: druga faza', 'phase-two: druga faza, 2 dela')],
    ['keeps labels about as short as the English, for phones', 'phase-one: "prva faza plana kancelarije" is too long', (t: string) => t.replace('phase-one: prva faza', 'phase-one: prva faza plana kancelarije')],
  ])('catch a translation that breaks "%s": %s', (name, problem, change) => {
    expect(PARITY_CHECKS[name](en, translation(change))).toContain(problem);
  });
});
