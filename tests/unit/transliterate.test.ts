import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/build/load';
import { citedSources, plainText } from '../../src/lib/richtext';
import { CYRILLIC_EXCEPTIONS, toCyrillic, transliterateStory } from '../../src/build/transliterate';
import type { Step } from '../../src/lib/types';
import { fixtureFiles } from '../fixtures';

const cases = (table: [string, string][]) => table.map(([latin, cyrillic]) => ({ latin, cyrillic }));

describe('toCyrillic', () => {
  it.each(cases([
    ['abcčćddžđefghijklljmnnjoprsštuvzž', 'абцчћдџђефгхијклљмнњопрсштувзж'],
    ['ABCČĆDDŽĐEFGHIJKLLJMNNJOPRSŠTUVZŽ', 'АБЦЧЋДЏЂЕФГХИЈКЛЉМНЊОПРСШТУВЗЖ'],
    ['Beograđani, ćevapi, čaša, šuma, žena', 'Београђани, ћевапи, чаша, шума, жена'],
  ]))('maps every letter: $latin', ({ latin, cyrillic }) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  it.each(cases([
    ['ljudi', 'људи'],
    ['Ljudi', 'Људи'],
    ['LJUDI', 'ЉУДИ'],
    ['njegov', 'његов'],
    ['Njegov', 'Његов'],
    ['NJEGOV', 'ЊЕГОВ'],
    ['džak', 'џак'],
    ['Džak', 'Џак'],
    ['DŽAK', 'ЏАК'],
    ['ličnosti, Nedeljnik, unutrašnjih, odžak', 'личности, Недељник, унутрашњих, оџак'],
    ['Ministarstvo unutrašnjih poslova', 'Министарство унутрашњих послова'],
    ['Nebojša Stefanović, Rodoljub Šabić, Vladimir Rebić, Aleksandar Vulin', 'Небојша Стефановић, Родољуб Шабић, Владимир Ребић, Александар Вулин'],
  ]))('takes lj, nj and dž as one letter in every case: $latin', ({ latin, cyrillic }) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  it('takes a decomposed letter (c + combining caron) as the letter it spells', () => {
    expect(toCyrillic('c\u030Casa')).toBe('часа');
  });

  it.each(cases([
    ['konjunkcija', 'конјункција'],
    ['Konjunktura', 'Конјунктура'],
    ['KONJUGACIJA', 'КОНЈУГАЦИЈА'],
    ['injekcija', 'инјекција'],
    ['vanjezički', 'ванјезички'],
    ['nadživeti', 'надживети'],
    ['Nadživela', 'Надживела'],
    ['nadžnjeti', 'наджњети'],
    ['podžupan', 'поджупан'],
    ['podžanr', 'поджанр'],
    ['konj i džak', 'коњ и џак'],
  ]))('splits nj and dž where they are two letters: $latin', ({ latin, cyrillic }) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  it.each(cases([
    ['MUP i RTS', 'МУП и РТС'],
    ['Huawei i eLTE', 'Хуавеј и eLTE'],
    ['SHARE Fondacija i EDRi', 'SHARE фондација и EDRi'],
    ['procena (DPIA)', 'процена (DPIA)'],
    ['N1 i Euronews', 'Н1 и Јуроњуз'],
    ['BCSP, BCBP', 'BCSP, БЦБП'],
    ['100 HD kamera', '100 HD камера'],
    ['kompanije Huawei-ja', 'компаније Хуавеј-ја'],
    ['HDMI', 'ХДМИ'],
  ]))('keeps the default exceptions, as whole words, and writes known names as Cyrillic papers do: $latin', ({ latin, cyrillic }) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  it('takes its own exceptions, replacing the default ones', () => {
    expect(toCyrillic('Internet Archive i DPIA', ['Internet Archive'])).toBe('Internet Archive и ДПИА');
    // The names Cyrillic papers write their own way (Хуавеј) are not exceptions: they hold without the list.
    expect(toCyrillic('Huawei i DPIA', [])).toBe('Хуавеј и ДПИА');
  });

  it('keeps words that cannot be Serbian (with q, w, x or y)', () => {
    expect(toCyrillic('Wi-Fi i Xiaomi, XXI vek')).toBe('Wi-Фи и Xiaomi, XXI век');
  });

  it.each(cases([
    ['vidi https://hiljade.kamera.rs/en/timeline/ ovde', 'види https://hiljade.kamera.rs/en/timeline/ овде'],
    ['na www.sharefoundation.info.', 'на www.sharefoundation.info.'],
    ['(http://www.novosti.rs/vesti/beograd.74.html:776388-Rebic)', '(http://www.novosti.rs/vesti/beograd.74.html:776388-Rebic)'],
    ['pišite na info@share.rs, hvala', 'пишите на info@share.rs, хвала'],
  ]))('keeps web and e-mail addresses: $latin', ({ latin, cyrillic }) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  it.each(cases([
    ['prva polovina {year}.', 'прва половина {year}.'],
    ['{value} {unit}: {label} ({kind}, {date})', '{value} {unit}: {label} ({kind}, {date})'],
    ['Vremenska linija od {from} do {to}.', 'Временска линија од {from} до {to}.'],
  ]))('keeps placeholders: $latin', ({ latin, cyrillic }) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  it.each(cases([
    ['[oko 1.500 kamera](source:town-gazette)', '[око 1.500 камера](source:town-gazette)'],
    ['vidi [Gradske novine](source:town-gazette) i [N1](source:n1-report).', 'види [Градске новине](source:town-gazette) и [Н1](source:n1-report).'],
  ]))('transliterates the words of a citation but not its target: $latin', ({ latin, cyrillic }) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  it.each(cases([
    ['kampanja #hiljadekamera', 'кампања #hiljadekamera'],
    ['#bezbedangrad i #čuvajmo', '#bezbedangrad и #čuvajmo'],
  ]))('keeps hashtags: $latin', ({ latin, cyrillic }) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
  });

  it('keeps #hiljadekamera even without the default list', () => {
    expect(CYRILLIC_EXCEPTIONS).toContain('#hiljadekamera');
    expect(toCyrillic('#hiljadekamera', [])).toBe('#hiljadekamera');
  });

  it('leaves text with nothing to transliterate as it is', () => {
    expect(toCyrillic('')).toBe('');
    expect(toCyrillic('„2010–2022“, 012-34-5678/2020-01')).toBe('„2010–2022“, 012-34-5678/2020-01');
    expect(toCyrillic('Већ ћирилица')).toBe('Већ ћирилица');
  });
});

describe('transliterateStory', () => {
  const source = { id: 'town-gazette', title: 'Čije su kamere na ulicama grada', publisher: 'Gradske novine', date: '2018-03-15', url: 'https://fixture.example/gazette/' };
  const date = { text: '2017-H2', precision: 'half', confirmed: true, start: 1498867200000, end: 1514764800000 };
  const story = {
    locale: 'sr-Latn',
    title: 'Kamere Probnog grada',
    steps: [
      {
        id: 'first-office',
        section: 'story',
        zoom: 'overview',
        kicker: 'Decembar 2014.',
        body: [[{ text: 'Početkom 2019. godine, ' }, { text: 'oko 1.500 kamera', sourceId: 'town-gazette' }]],
        events: ['office-2010'],
        figures: [],
      },
    ],
    events: [{ id: 'review-2018', date, label: 'Gradonačelnik: kamere pripadaju gradu', sources: [source], note: 'Datum izveštaja' }],
    figures: [
      {
        id: 'office-sites',
        date,
        kind: 'official',
        qualifier: 'exact',
        value: 34,
        unit: 'locations',
        label: 'lokacije na kojima su kamere u upotrebi',
        source,
        note: 'Nalaz revizije',
      },
    ],
    sources: [source, { id: 'vendor-brochure', title: 'The vendor knows everything', publisher: 'SHARE Fondacija', date: '', url: 'https://fixture.example/vendor/' }],
    ui: { 'first-half': 'prva polovina {year}.', 'kind-crowd-verified': 'potvrdili građani', sources: 'Izvori', source: 'izvor' },
  };

  it('transliterates every reader-facing string, deep in objects and arrays', () => {
    const cyrillic = transliterateStory(story);
    expect(cyrillic.title).toBe('Камере Пробног града');
    expect(cyrillic.steps[0].kicker).toBe('Децембар 2014.');
    expect(cyrillic.steps[0].body).toEqual([[{ text: 'Почетком 2019. године, ' }, { text: 'око 1.500 камера', sourceId: 'town-gazette' }]]);
    expect(cyrillic.ui).toEqual({ 'first-half': 'прва половина {year}.', 'kind-crowd-verified': 'потврдили грађани', sources: 'Извори', source: 'извор' });
  });

  it('transliterates the labels of the timeline events and camera figures, but not the data notes (the desk writes them in English)', () => {
    const cyrillic = transliterateStory(story);
    expect(cyrillic.events[0]).toMatchObject({ label: 'Градоначелник: камере припадају граду', note: 'Datum izveštaja' });
    expect(cyrillic.figures[0]).toMatchObject({ label: 'локације на којима су камере у употреби', note: 'Nalaz revizije' });
  });

  it('leaves ids, codes, dates and non-strings as they are', () => {
    const cyrillic = transliterateStory(story);
    expect(cyrillic.locale).toBe('sr-Latn');
    expect(cyrillic.steps[0]).toMatchObject({ id: 'first-office', section: 'story', zoom: 'overview', events: ['office-2010'], figures: [] });
    expect(cyrillic.events[0]).toMatchObject({ id: 'review-2018', date });
    expect(cyrillic.figures[0]).toMatchObject({ id: 'office-sites', date, kind: 'official', qualifier: 'exact', value: 34, unit: 'locations' });
  });

  it("writes a source's publisher in the edition's script, and its title as published (a Serbian one in Cyrillic), wherever it appears", () => {
    const cyrillic = transliterateStory(story);
    const [gazette, brochure] = cyrillic.sources;
    // Neither source says its language: the title stays as published; the publisher is the edition's words.
    expect(gazette).toMatchObject({ title: source.title, publisher: 'Градске новине', url: source.url });
    expect(brochure).toMatchObject({ title: 'The vendor knows everything', publisher: 'SHARE фондација' });
    expect(cyrillic.events[0].sources).toEqual([gazette]);
    expect(cyrillic.figures[0].source).toEqual(gazette);
  });

  it('keeps a list of ids under a skipped key, but walks a list of objects', () => {
    const value = { events: ['nije-prevod'], figures: [{ label: 'prva faza' }], id: ['a-b'], date: { text: 'H2' } };
    expect(transliterateStory(value)).toEqual({ events: ['nije-prevod'], figures: [{ label: 'прва фаза' }], id: ['a-b'], date: { text: 'H2' } });
  });

  it('does not change its input', () => {
    const before = structuredClone(story);
    transliterateStory(story);
    expect(story).toEqual(before);
  });

  it('takes its own keys to skip, its own keys to keep and its own exceptions', () => {
    const value = { title: 'Kamere Probnog grada', note: 'DPIA', count: 3, flag: false, none: null };
    expect(transliterateStory(value, [], new Set(['title']))).toEqual({ title: 'Kamere Probnog grada', note: 'ДПИА', count: 3, flag: false, none: null });
    const record = { sources: [{ title: 'Hronologija' }], items: [{ label: 'lokacija' }], item: 'lokacija' };
    expect(transliterateStory(record, [], new Set(), new Set(['items', 'item']))).toEqual({
      sources: [{ title: 'Хронологија' }],
      items: [{ label: 'lokacija' }],
      item: 'локација',
    });
  });
});

describe('transliterateStory on a Serbian story', () => {
  const latin = loadStory(fixtureFiles('sr'));
  const cyrillic = transliterateStory(latin);
  /** No Latin letters other than those of the names and acronyms kept in Latin (and placeholders). */
  const noLatin = (text: string) => {
    let rest = text.replace(/\{[a-z-]+\}/g, '');
    for (const word of [...CYRILLIC_EXCEPTIONS].sort((a, b) => b.length - a.length)) rest = rest.split(word).join('');
    return !/[A-Za-zČĆĐŠŽčćđšž]/.test(rest);
  };
  /** Written in Cyrillic: some Cyrillic letters, and no Latin ones but the exceptions. */
  const isCyrillic = (text: string) => /\p{Script=Cyrillic}/u.test(text) && noLatin(text);

  it('gives a Cyrillic headline, body runs and interface strings', () => {
    expect(cyrillic.title).toBe('Камере Пробног града');
    expect(cyrillic.steps[2].headline).toBe('Уговор и прво бројање');
    expect(cyrillic.steps[2].body[0][2]).toEqual({ text: '250 камера које раде', sourceId: 'town-gazette' });
    for (const step of cyrillic.steps) {
      expect(isCyrillic(step.headline), step.id).toBe(true);
      expect(isCyrillic(plainText(step.body)), step.id).toBe(true);
      for (const run of step.body.flat()) expect(noLatin(run.text), `${step.id}: ${run.text}`).toBe(true);
    }
    for (const [key, text] of Object.entries(cyrillic.ui)) {
      // "{value} {unit}: {label} ({kind}, {date})" has no words of its own.
      const words = /\p{L}/u.test(text.replace(/\{[a-z-]+\}/g, ''));
      expect(words ? isCyrillic(text) : noLatin(text), key).toBe(true);
    }
    expect(cyrillic.ui.sources).toBe('Извори');
  });

  it('gives Cyrillic labels to the timeline events and camera figures, keeping the names in Latin', () => {
    for (const item of [...cyrillic.events, ...cyrillic.figures]) expect(isCyrillic(item.label), `${item.id}: ${item.label}`).toBe(true);
    expect(cyrillic.events.find((e) => e.id === 'contract-2018')?.label).toBe('Потписан уговор са добављачем');
    expect(cyrillic.figures.find((f) => f.id === 'vendor-pilot')?.label).toBe('пробне HD камере из брошуре');
  });

  it('leaves only the Latin-only names in Latin, in every part of the copy', () => {
    const copy = [
      cyrillic.title, cyrillic.standfirst, cyrillic.byline,
      ...[cyrillic.intro, cyrillic.methodology, cyrillic.unknowns].map(plainText),
      ...cyrillic.steps.flatMap((s) => [s.kicker, s.headline, plainText(s.body), s.graphicNote]),
      ...Object.values(cyrillic.ui).map((text) => text.replace(/\{[a-z-]+\}/g, '')),
      ...[...cyrillic.events, ...cyrillic.figures].map((row) => row.label),
    ].join(' ');
    const latin = new Set(copy.match(/#?[\p{L}\p{N}]*[A-Za-z][\p{L}\p{N}]*/gu));
    // HD, and the embed panel's words for code (CSS, iframe), stay Latin.
    expect([...latin].sort()).toEqual(['CSS', 'HD', 'Iframe', 'iframe']);
  });

  it('leaves ids, source ids, addresses and source titles as they are', () => {
    const skeleton = (s: Step) => ({ id: s.id, section: s.section, zoom: s.zoom, events: s.events, figures: s.figures });
    expect(cyrillic.locale).toBe('sr-Latn');
    expect(cyrillic.steps.map(skeleton)).toEqual(latin.steps.map(skeleton));
    expect(cyrillic.steps.map((s) => citedSources(s.body))).toEqual(latin.steps.map((s) => citedSources(s.body)));
    const ids = (sources: { id: string; url: string }[]) => sources.map((s) => [s.id, s.url]);
    expect(cyrillic.events.map((e) => [e.id, e.date, ids(e.sources)])).toEqual(latin.events.map((e) => [e.id, e.date, ids(e.sources)]));
    expect(cyrillic.figures.map((f) => [f.id, f.date, f.kind, f.unit, f.value, f.source.id])).toEqual(
      latin.figures.map((f) => [f.id, f.date, f.kind, f.unit, f.value, f.source.id]),
    );
    expect(ids(cyrillic.sources)).toEqual(ids(latin.sources));
    expect(cyrillic.sources.find((s) => s.id === 'town-gazette')?.title).toBe('Contract signed, cameras counted');
  });
});
