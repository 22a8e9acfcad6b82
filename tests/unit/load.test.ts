import { describe, expect, it } from 'vitest';
import { DataError, loadStory, type StoryFiles } from '../../src/build/load';
import type { EditionId } from '../../src/lib/editions';
import { fixtureFiles, fixtureStory } from '../fixtures';

/** Loads the fixture with one file changed, and returns the error it raises. */
function errorWith(key: keyof StoryFiles, change: (text: string) => string, edition: EditionId = 'en'): DataError {
  const files = fixtureFiles(edition, { [key]: change });
  // A replacement that matches nothing would test the unchanged fixture.
  expect(files[key].text, 'the change must apply').not.toBe(fixtureFiles(edition)[key].text);
  try {
    loadStory(files);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected the change to be rejected');
}

/** The line of the fixture file holding `needle`, searching from line `from` on. */
function lineNumberOf(key: keyof StoryFiles, needle: string, from = 1): number {
  return fixtureFiles()[key].text.split('\n').findIndex((line, i) => i >= from - 1 && line.includes(needle)) + 1;
}

describe('loadStory', () => {
  const story = fixtureStory();

  it('reads the copy: steps in order, each with its section, zoom, events and figures', () => {
    expect(story.title).toBe('Fixture Town Cameras');
    expect(story.steps.map((s) => [s.id, s.section, s.zoom])).toEqual([
      ['first-office', 'story', 'overview'],
      ['pilot', 'story', 'overview'],
      ['contract', 'story', 'close'],
      ['phases', 'story', 'close'],
      ['residents-count', 'epilogue', 'epilogue'],
    ]);
    expect(story.steps[2]).toMatchObject({ events: ['review-2018', 'contract-2018'], figures: ['office-sites', 'office-count', 'announced-2018'], graphicNote: '' });
    expect(story.steps[0].graphicNote).toBe('No camera figures yet: the office had only a plan.');
  });

  it('reads each event with its date at its precision, its certainty and every source it lists', () => {
    const event = (id: string) => story.events.find((e) => e.id === id)!;
    expect(event('plan-2012').date).toMatchObject({ text: '2012-H1', precision: 'half', confirmed: false });
    expect(event('contract-2018').date).toMatchObject({ text: '2018-03-15', precision: 'day', confirmed: true });
    expect(event('tender-2014').sources.map((s) => s.id)).toEqual(['council-minutes', 'vendor-brochure']);
  });

  it('keeps each figure as its source gives it: kind, qualifier, unit and the unrounded value', () => {
    const figure = (id: string) => story.figures.find((f) => f.id === id)!;
    expect(figure('announced-2018')).toMatchObject({ kind: 'announced', qualifier: 'about', value: 1500, unit: 'cameras', label: 'cameras announced, none yet installed' });
    expect(figure('phase-one')).toMatchObject({ kind: 'planned', unit: 'cameras or locations', value: 20 });
    expect(figure('vendor-pilot').date).toMatchObject({ precision: 'unknown', start: null });
    expect(figure('crowd-2021').source.id).toBe('residents-map');
  });

  it('reads the copy as paragraphs with citations', () => {
    expect(story.steps[3].body).toEqual([
      [{ text: 'The planning office planned ' }, { text: '20 in April 2019 and 60 by the end of the year', sourceId: 'planning-office' }, { text: '.' }],
      [{ text: 'The plan does not say whether it counts cameras or locations, so the chart labels them as either.' }],
    ]);
  });
});

describe('bad input fails with file, line and problem', () => {
  it('a bad date in events.csv', () => {
    const error = errorWith('events', (t) => t.replace('tender-2014,2014-06,month', 'tender-2014,2014-13,month'));
    expect(error.file).toBe('data/events.csv');
    expect(error.line).toBe(lineNumberOf('events', 'tender-2014'));
    expect(error.message).toMatch(/2014-13.*no month 13/);
  });

  it('a date that does not match its precision', () => {
    const error = errorWith('events', (t) => t.replace('office-2010,2010,year', 'office-2010,2010-05,year'));
    expect(error.message).toMatch(/^data\/events\.csv:2: date "2010-05" does not match precision "year"/);
  });

  it('an unknown precision', () => {
    const error = errorWith('events', (t) => t.replace('office-2010,2010,year', 'office-2010,2010,decade'));
    expect(error.problem).toMatch(/unknown date precision "decade"/);
  });

  it('an event without a date', () => {
    const error = errorWith('events', (t) => t.replace('office-2010,2010,year', 'office-2010,,unknown'));
    expect(error.problem).toBe('an event on the timeline needs a date');
  });

  it('a figure without a kind', () => {
    const error = errorWith('cameras', (t) => t.replace('confirmed,official,exact,250', 'confirmed,,exact,250'));
    expect(error.file).toBe('data/cameras.csv');
    expect(error.line).toBe(lineNumberOf('cameras', 'office-count'));
    expect(error.problem).toMatch(/kind is missing/);
  });

  it('a figure that is not a whole number', () => {
    const error = errorWith('cameras', (t) => t.replace('exact,250,', 'exact,"2,50",'));
    expect(error.problem).toMatch(/value "2,50" must be a whole number/);
  });

  it('a row whose source is not in the sources list', () => {
    const error = errorWith('cameras', (t) => t.replace('https://fixture.example/audit/review', 'https://example.org/'));
    expect(error.problem).toMatch(/source https:\/\/example\.org\/.* is not listed in data\/sources\.csv/);
  });

  it('a source without a url', () => {
    const error = errorWith('sources', (t) => t.replace(',https://fixture.example/audit/review', ','));
    expect(error.file).toBe('data/sources.csv');
    expect(error.line).toBe(lineNumberOf('sources', 'review-report'));
    expect(error.problem).toBe('url is missing');
  });

  it('a missing column', () => {
    const error = errorWith('cameras', (t) => t.replace('id,date,precision,', 'id,when,precision,'));
    expect(error.line).toBe(1);
    expect(error.problem).toMatch(/missing column\(s\) date; unknown column\(s\) when/);
  });

  it('a step that refers to an unknown event', () => {
    const error = errorWith('story', (t) => t.replace('events: tender-2014', 'events: tender-2015'));
    expect(error.file).toBe('data/story.aml');
    expect(error.line).toBe(lineNumberOf('story', 'events: tender-2014'));
    expect(error.problem).toBe('step "pilot": unknown event "tender-2015"');
  });

  it('a step that refers to an unknown figure', () => {
    const error = errorWith('story', (t) => t.replace('figures: vendor-pilot\n', 'figures: vendor-pilots\n'));
    expect(error.problem).toMatch(/unknown figure "vendor-pilots"/);
  });

  it('a step without figures and without a note for the chart', () => {
    const error = errorWith('story', (t) => t.replace(/^graphicNote: .*$/m, ''));
    expect(error.problem).toBe('step "first-office": "graphicNote" is missing');
  });

  it('a duplicated step id', () => {
    const error = errorWith('story', (t) => t.replace('id: pilot', 'id: first-office'));
    expect(error.problem).toMatch(/step id "first-office" is used twice/);
  });

  it('a step id that cannot be a link', () => {
    const error = errorWith('story', (t) => t.replace('id: pilot', 'id: The Pilot'));
    expect(error.line).toBe(lineNumberOf('story', 'id: pilot'));
    expect(error.problem).toMatch(/step id "The Pilot" must be lower-case/);
  });

  it('a misspelt key in a step', () => {
    const error = errorWith('story', (t) => t.replace('headline: A pilot', 'headlin: A pilot'));
    expect(error.line).toBe(lineNumberOf('story', 'A pilot from the vendor'));
    expect(error.problem).toMatch(/unknown key "headlin"/);
  });

  it('a story step after the epilogue has begun', () => {
    const error = errorWith('story', (t) => t.replace('section: epilogue', 'section: story').replace('id: phases\nsection: story', 'id: phases\nsection: epilogue'));
    expect(error.problem).toBe('step "residents-count": story steps must come before the epilogue');
  });

  it('a figure in the copy without a source', () => {
    const error = errorWith('story', (t) => t.replace('[34 locations](source:review-report)', '34 locations'));
    expect(error.line).toBe(lineNumberOf('story', 'body:', lineNumberOf('story', 'id: contract')));
    expect(error.problem).toMatch(/step "contract" body has figure\(s\) 34 not linked to a source/);
  });

  it('a citation of an unknown source', () => {
    const error = errorWith('story', (t) => t.replace('(source:review-report)', '(source:review)'));
    expect(error.problem).toMatch(/cites source "review"/);
  });

  it('a broken citation', () => {
    const error = errorWith('story', (t) => t.replace('[34 locations](source:review-report)', '[34 locations](review-report)'));
    expect(error.problem).toMatch(/cannot read the citation/);
  });
});

describe('interface strings', () => {
  it('must all be given, so that a translation cannot leave a label blank', () => {
    const error = errorWith('story', (t) => t.replace(/^unit-locations: .*$/m, ''));
    expect(error.line).toBe(lineNumberOf('story', '{ui}'));
    expect(error.problem).toBe('"{ui}" lacks unit-locations');
  });
});

describe('labels of a translation', () => {
  it('must give every event and figure a label, and only those', () => {
    const missing = errorWith('story', (t) => t.replace(/^phase-two: .*$/m, ''), 'sr');
    expect(missing.file).toBe('data/story.sr.aml');
    expect(missing.problem).toBe('"{labels}" lacks phase-two');
    expect(errorWith('story', (t) => t.replace('{labels}\n', '{labels}\nphase-three: treća faza\n'), 'sr').problem).toBe('"{labels}" has unknown id(s) phase-three');
  });

  it('replace the English labels', () => {
    const sr = loadStory(fixtureFiles('sr'));
    expect(sr.figures.find((f) => f.id === 'phase-two')?.label).toBe('druga faza');
    expect(sr.events.find((e) => e.id === 'office-2010')?.label).toBe('Veće otvara kancelariju za kamere');
  });
});

describe('ids across files', () => {
  it('may not name an event and a figure alike, since translations label them by id', () => {
    const error = errorWith('cameras', (t) => t.replace('\noffice-count,', '\ncontract-2018,'));
    expect(error.file).toBe('data/cameras.csv');
    expect(error.line).toBe(lineNumberOf('cameras', 'office-count'));
    expect(error.problem).toBe('id "contract-2018" is also an event id in data/events.csv');
  });
});

describe('the preview card step', () => {
  it('must be a step of the story', () => {
    const error = errorWith('story', (t) => t.replace('cardStep: contract', 'cardStep: contrat'));
    expect(error.line).toBe(lineNumberOf('story', 'cardStep:'));
    expect(error.problem).toBe('cardStep "contrat" is not a step id');
  });
});
