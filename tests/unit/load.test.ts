import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/build/story-files';
import { DataError, loadStory, type StoryFiles } from '../../src/build/load';
import { readFileSync } from 'node:fs';

const root = process.cwd() + '/';
const read = (name: string) => ({ name, text: readFileSync(root + name, 'utf8') });
const realFiles = (): StoryFiles => ({
  story: read('data/story.aml'),
  events: read('data/events.csv'),
  cameras: read('data/cameras.csv'),
  sources: read('data/sources.csv'),
});

/** Loads the real files with one of them changed, and returns the error it raises. */
function errorWith(key: keyof StoryFiles, change: (text: string) => string): DataError {
  const files = realFiles();
  files[key] = { ...files[key], text: change(files[key].text) };
  try {
    loadStory(files);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected the change to be rejected');
}

function lineNumberOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('the real copy and data', () => {
  const story = readStory(root);

  it('load, with every step in the order the story tells it', () => {
    expect(story.title).toBe('Thousands of Cameras');
    expect(story.steps.map((s) => s.id).slice(0, 4)).toEqual([
      'infrastructure-agreement',
      'huawei-talks',
      'memorandum',
      'strategic-partnership',
    ]);
    expect(story.steps.at(-1)?.section).toBe('epilogue');
  });

  it('give every camera figure a kind, a unit and a listed source', () => {
    for (const figure of story.figures) {
      expect(figure.kind).toMatch(/^(vendor|official|announced|planned|crowd-verified)$/);
      expect(story.sources).toContain(figure.source);
    }
  });

  it('keep the figures the research gives, unrounded', () => {
    const value = (id: string) => story.figures.find((f) => f.id === id)?.value;
    expect(value('working-2019')).toBe(107);
    expect(value('verified-2020')).toBe(689);
    expect(value('official-list')).toBe(661);
    expect(story.figures.find((f) => f.id === 'activists-2021')?.qualifier).toBe('at least');
  });

  it('cite only listed sources in the copy', () => {
    const ids = new Set(story.sources.map((s) => s.id));
    const cited = story.steps.flatMap((s) => s.body.flat()).flatMap((run) => (run.sourceId ? [run.sourceId] : []));
    expect(cited.length).toBeGreaterThan(10);
    for (const id of cited) expect(ids.has(id)).toBe(true);
  });
});

describe('bad input fails with file, line and problem', () => {
  it('a bad date in events.csv', () => {
    const error = errorWith('events', (t) => t.replace('memorandum-2014,2014-12,month', 'memorandum-2014,2014-13,month'));
    expect(error.file).toBe('data/events.csv');
    expect(error.line).toBe(lineNumberOf(realFiles().events.text, 'memorandum-2014'));
    expect(error.message).toMatch(/2014-13.*no month 13/);
  });

  it('a date that does not match its precision', () => {
    const error = errorWith('events', (t) => t.replace('talks-2011,2011,year', 'talks-2011,2011-05,year'));
    expect(error.message).toMatch(/data\/events\.csv:\d+: date "2011-05" does not match precision "year"/);
  });

  it('an unknown precision', () => {
    const error = errorWith('events', (t) => t.replace('talks-2011,2011,year', 'talks-2011,2011,decade'));
    expect(error.problem).toMatch(/unknown date precision "decade"/);
  });

  it('a figure without a kind', () => {
    const error = errorWith('cameras', (t) => t.replace('confirmed,official,exact,107', 'confirmed,,exact,107'));
    expect(error.file).toBe('data/cameras.csv');
    expect(error.line).toBe(lineNumberOf(realFiles().cameras.text, 'working-2019'));
    expect(error.problem).toMatch(/kind is missing/);
  });

  it('a figure that is not a whole number', () => {
    const error = errorWith('cameras', (t) => t.replace('exact,107,', 'exact,"1,07",'));
    expect(error.problem).toMatch(/value "1,07" must be a whole number/);
  });

  it('a row whose source is not in the sources list', () => {
    const error = errorWith('cameras', (t) => t.replace('https://www.euronews.com/2021/08/10/', 'https://example.org/'));
    expect(error.problem).toMatch(/source https:\/\/example\.org\/.* is not listed in data\/sources\.csv/);
  });

  it('a source without a url', () => {
    const error = errorWith('sources', (t) => t.replace(',https://www.euronews.com/2021/08/10/are-smart-surveillance-cameras-protecting-citizens-in-belgrade-or-are-they-tracking-them', ','));
    expect(error.file).toBe('data/sources.csv');
    expect(error.problem).toBe('url is missing');
  });

  it('a missing column', () => {
    const error = errorWith('cameras', (t) => t.replace('id,date,precision,', 'id,when,precision,'));
    expect(error.line).toBe(1);
    expect(error.problem).toMatch(/missing column\(s\) date; unknown column\(s\) when/);
  });

  it('a step that refers to an unknown event', () => {
    const error = errorWith('story', (t) => t.replace('events: memorandum-2014', 'events: memorandum-2015'));
    expect(error.file).toBe('data/story.aml');
    expect(error.line).toBe(lineNumberOf(realFiles().story.text, 'events: memorandum-2014'));
    expect(error.problem).toBe('step "memorandum": unknown event "memorandum-2015"');
  });

  it('a step that refers to an unknown figure', () => {
    const error = errorWith('story', (t) => t.replace('figures: announced-2019\n', 'figures: announced-2091\n'));
    expect(error.problem).toMatch(/unknown figure "announced-2091"/);
  });

  it('a duplicated step id', () => {
    const error = errorWith('story', (t) => t.replace('id: huawei-talks', 'id: memorandum'));
    expect(error.problem).toMatch(/step id "memorandum" is used twice/);
  });

  it('a step id that cannot be a link', () => {
    const error = errorWith('story', (t) => t.replace('id: huawei-talks', 'id: Huawei Talks'));
    expect(error.line).toBe(lineNumberOf(realFiles().story.text, 'id: huawei-talks'));
    expect(error.problem).toMatch(/step id "Huawei Talks" must be lower-case/);
  });

  it('a misspelt key in a step', () => {
    const error = errorWith('story', (t) => t.replace('headline: A memorandum', 'headlin: A memorandum'));
    expect(error.line).toBe(lineNumberOf(realFiles().story.text, 'A memorandum on'));
    expect(error.problem).toMatch(/unknown key "headlin"/);
  });

  it('a figure in the copy without a source', () => {
    const error = errorWith('story', (t) => t.replace('[61 locations](source:insajder-2018)', '61 locations'));
    expect(error.problem).toMatch(/figure\(s\) 61 not linked to a source/);
  });

  it('a citation of an unknown source', () => {
    const error = errorWith('story', (t) => t.replace('(source:insajder-2018)', '(source:insider)'));
    expect(error.problem).toMatch(/cites source "insider"/);
  });

  it('a broken citation', () => {
    const error = errorWith('story', (t) => t.replace('[61 locations](source:insajder-2018)', '[61 locations](insajder-2018)'));
    expect(error.problem).toMatch(/cannot read the citation/);
  });
});

describe('interface strings', () => {
  it('must all be given, so that a translation cannot leave a label blank', () => {
    const error = errorWith('story', (t) => t.replace(/^unit-locations: .*$/m, ''));
    expect(error.line).toBe(lineNumberOf(realFiles().story.text, '{ui}'));
    expect(error.problem).toBe('"{ui}" lacks unit-locations');
  });
});

describe('ids across files', () => {
  it('may not name an event and a figure alike, since translations label them by id', () => {
    const error = errorWith('cameras', (t) => t.replace('\nworking-2019,', '\nphases-2019,'));
    expect(error.file).toBe('data/cameras.csv');
    expect(error.problem).toBe('id "phases-2019" is also an event id in data/events.csv');
  });
});

describe('the preview card step', () => {
  it('must be a step of the story', () => {
    const error = errorWith('story', (t) => t.replace('cardStep: already-working', 'cardStep: already-wroking'));
    expect(error.line).toBe(lineNumberOf(realFiles().story.text, 'cardStep:'));
    expect(error.problem).toBe('cardStep "already-wroking" is not a step id');
  });
});
