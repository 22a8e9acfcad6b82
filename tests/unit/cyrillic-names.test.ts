import { describe, expect, it } from 'vitest';
import { CYRILLIC_EXCEPTIONS, CYRILLIC_NAMES, toCyrillic, transliterateStory } from '../../src/build/transliterate';

describe('names Serbian Cyrillic papers write their own way', () => {
  it('maps foreign companies and outlets as they are pronounced', () => {
    expect(toCyrillic('kompanija Huawei')).toBe('компанија Хуавеј');
    expect(toCyrillic('N1 i Euronews')).toBe('Н1 и Јуроњуз');
  });

  it('writes Serbian outlets in Cyrillic', () => {
    expect(toCyrillic('Kurir, Večernje novosti, Insajder, Danas')).toBe('Курир, Вечерње новости, Инсајдер, Данас');
  });

  it('has one spelling for SHARE фондација, in every case the copy uses, and keeps SHARE alone in Latin', () => {
    expect(toCyrillic('SHARE Fondacija i SHARE Fondacije')).toBe('SHARE фондација и SHARE фондације');
    expect(toCyrillic('prema SHARE')).toBe('према SHARE');
  });

  it('matches whole words only, case-sensitively', () => {
    expect(toCyrillic('Danasa')).toBe('Данаса');
    expect(toCyrillic('danas')).toBe('данас');
    expect(toCyrillic('Huaweijev')).toBe('Huaweijev'); // a foreign word (w) that the mapping does not list stays whole
  });

  it('takes its own mapping', () => {
    expect(toCyrillic('Huawei', [], { Huawei: 'Хуавеј' })).toBe('Хуавеј');
    expect(toCyrillic('Huawei', [], {})).toBe('Huawei');
  });

  it('keeps names that are addresses, and the exceptions, before the foreign-word rule', () => {
    expect(toCyrillic('Pink.rs, Naslovi.net i rdvode.gov.rs.')).toBe('Pink.rs, Naslovi.net и rdvode.gov.rs.');
    expect(toCyrillic('priručnik Exposing the Invisible', ['Exposing the Invisible'], {})).toBe('приручник Exposing the Invisible');
  });

  it('does not list a name both as mapped and as kept in Latin', () => {
    for (const name of Object.keys(CYRILLIC_NAMES)) expect(CYRILLIC_EXCEPTIONS).not.toContain(name);
  });
});

describe('sources and notes in the Cyrillic edition', () => {
  const sources = [
    { id: 'a', title: 'Rešena misterija kamera', publisher: 'Kurir', lang: 'sr', date: '', dateFrom: '', url: 'https://kurir.rs/x' },
    { id: 'b', title: 'Timeline', publisher: 'inicijativa #hiljadekamera (SHARE Fondacija)', lang: 'en', date: '', dateFrom: '', url: 'https://x.rs/' },
    { id: 'c', title: '[Vest o saopštenju]', publisher: 'Paragraf', lang: 'sr', date: '', dateFrom: '', url: 'https://p.rs/' },
    { id: 'd', title: '[Studija slučaja]', publisher: 'Huawei', lang: 'en', date: '', dateFrom: '', url: 'https://h.com/' },
  ];
  const cyrillic = transliterateStory({ sources, events: [{ id: 'e', label: 'Potpisan sporazum', note: 'Signed in Beijing', sources }] });

  it('gives publishers and our bracketed descriptions in Cyrillic', () => {
    expect(cyrillic.sources.map((s) => s.publisher)).toEqual(['Курир', 'иницијатива #hiljadekamera (SHARE фондација)', 'Параграф', 'Хуавеј']);
    expect(cyrillic.sources[2].title).toBe('[Вест о саопштењу]');
    expect(cyrillic.sources[3].title).toBe('[Студија случаја]');
  });

  it('transliterates a Serbian title but leaves an English one as published', () => {
    expect(cyrillic.sources[0].title).toBe('Решена мистерија камера');
    expect(cyrillic.sources[1].title).toBe('Timeline');
  });

  it('never transliterates the English notes letter by letter', () => {
    expect(cyrillic.events[0]).toMatchObject({ label: 'Потписан споразум', note: 'Signed in Beijing' });
    expect(cyrillic.events[0].sources[0].publisher).toBe('Курир');
  });
});
