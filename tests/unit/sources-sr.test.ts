import { describe, expect, it } from 'vitest';
import { loadStory, parseSources, SOURCE_COLUMNS } from '../../src/build/load';
import { UI_KEYS } from '../../src/lib/ui-strings';
import { dataErrorOf } from '../fixtures';

const header = SOURCE_COLUMNS.join(',');
const row = (fields: Partial<Record<(typeof SOURCE_COLUMNS)[number], string>>) =>
  SOURCE_COLUMNS.map((c) => {
    const value = fields[c] ?? '';
    return /[,"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(',');
const base = {
  id: 'kurir-2017', title: 'Rešena misterija (Mystery solved)', publisher: 'Kurir', lang: 'sr',
  url: 'https://kurir.rs/a', title_sr: 'Rešena misterija', publisher_sr: 'Kurir',
};
const sources = (...rows: string[]) => ({ name: 'data/sources.csv', text: [header, ...rows].join('\n') });
const problem = (text: { name: string; text: string }): string => dataErrorOf(() => parseSources(text)).message;

describe('the Serbian fields of the sources', () => {
  it('are columns the file must have', () => {
    const text = { name: 'data/sources.csv', text: 'id,title,publisher,date,url\nx,T,P,,https://x.rs/' };
    expect(problem(text)).toMatch(/^data\/sources.csv:1: missing column\(s\) date_from, lang, title_sr, publisher_sr/);
  });

  it('must be filled in, with the line named', () => {
    expect(problem(sources(row({ ...base, title_sr: '' })))).toBe('data/sources.csv:2: title_sr is missing');
    expect(problem(sources(row({ ...base, publisher_sr: '' })))).toBe('data/sources.csv:2: publisher_sr is missing');
  });

  it('give a Serbian title as published, without an English gloss', () => {
    expect(problem(sources(row({ ...base, title_sr: 'Rešena misterija (Mystery of the cameras solved)' })))).toMatch(/English gloss/);
  });

  it('say where a date was read, and keep an archive date out of the publisher', () => {
    expect(problem(sources(row({ ...base, date: '2017-12-27' })))).toMatch(/date_from is missing/);
    expect(problem(sources(row({ ...base, date: '2017-12-27', date_from: 'address' })))).toMatch(/address does not carry it/);
    expect(problem(sources(row({ ...base, date_from: 'page' })))).toMatch(/there is no date/);
    expect(problem(sources(row({ ...base, publisher: 'Huawei (Internet Archive copy of 13 March 2019)' })))).toMatch(/holds a date/);
    const ok = parseSources(sources(row({ ...base, date: '2018-03-21', date_from: 'address', url: 'https://naslovi.net/2018-03-21/x' })));
    expect(ok[0]).toMatchObject({ date: '2018-03-21', dateFrom: 'address', titleSr: 'Rešena misterija', lang: 'sr' });
  });

  it('name the source’s language', () => {
    expect(problem(sources(row({ ...base, lang: 'de' })))).toMatch(/lang "de" is not known/);
  });
});

describe('a Serbian edition lists its sources in Serbian', () => {
  const ui = UI_KEYS.map((key) => `${key}: x`).join('\n');
  const copy = (locale: string) => ({
    name: 'data/story.aml',
    text: `cardStep: a\nlocale: ${locale}\ntitle: T\nstandfirst: S\nbyline: B\ncredits: C\npublisher: P\nintro: I\nmethodology: M\nunknowns: U\n` +
      `[steps]\nid: a\nsection: story\nzoom: close\nkicker: K\nheadline: H\nevents: e\nbody: [Tekst](source:s)\n:end\ngraphicNote: N\n[]\n{ui}\n${ui}\n{}\n`,
  });
  const files = (locale: string) => ({
    story: copy(locale),
    events: { name: 'data/events.csv', text: 'id,date,precision,date_certainty,label,source_urls,note\ne,2019,year,confirmed,L,https://x.rs/,' },
    cameras: { name: 'data/cameras.csv', text: 'id,date,precision,date_certainty,kind,qualifier,value,unit,label,source_url,note' },
    sources: sources(row({ id: 's', title: '[Press release]', publisher: 'Commissioner', lang: 'sr', url: 'https://x.rs/', title_sr: '[Saopštenje]', publisher_sr: 'Poverenik' })),
  });

  it('publisher and title from the _sr columns, in the list and under every event', () => {
    const sr = loadStory(files('sr-Latn'));
    expect(sr.sources[0]).toMatchObject({ title: '[Saopštenje]', publisher: 'Poverenik' });
    expect(sr.events[0].sources[0]).toMatchObject({ publisher: 'Poverenik' });
    expect(sr.sources[0]).not.toHaveProperty('titleSr');
    const en = loadStory(files('en-GB'));
    expect(en.sources[0]).toMatchObject({ title: '[Press release]', publisher: 'Commissioner' });
  });
});
