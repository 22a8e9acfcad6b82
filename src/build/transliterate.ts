/**
 * Serbian Latin to Serbian Cyrillic, so that the Cyrillic edition is made from the Latin copy
 * rather than kept by hand. Serbian spelling maps letter to letter, except that lj, nj and dž
 * are one letter each in Cyrillic (љ, њ, џ). Some text must stay as written: web and e-mail
 * addresses, `{placeholders}`, citation targets `(source:id)`, hashtags, foreign words, and the
 * exceptions (Latin-only names and acronyms).
 */

const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х',
  i: 'и', j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш',
  t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
};
const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };

const SINGLE = new Map<string, string>();
for (const [latin, cyrillic] of Object.entries(LETTERS)) {
  SINGLE.set(latin, cyrillic);
  SINGLE.set(latin.toUpperCase(), cyrillic.toUpperCase());
}
/** "LJ" in capitals and "Lj" at the start of a capitalised word are both Љ. */
const DOUBLE = new Map<string, string>();
for (const [latin, cyrillic] of Object.entries(DIGRAPHS)) {
  const capital = cyrillic.toUpperCase();
  DOUBLE.set(latin, cyrillic);
  DOUBLE.set(latin.toUpperCase(), capital);
  DOUBLE.set(latin[0].toUpperCase() + latin[1], capital);
}

/**
 * Stems in which nj or dž are two letters, not one: a prefix ending in n or d meets a root
 * starting with j or ž (kon|junkcija, in|jekcija, nad|živeti, pod|župan). Spelling alone cannot
 * tell these from real digraphs, so, as transliteration tools usually do, we keep a list; `|`
 * marks the split. A stem matches anywhere in a word, so it covers inflected forms and compounds.
 */
const SPLIT_STEMS = ['kon|jug', 'kon|junk', 'in|jek', 'van|jez', 'nad|živ', 'nad|žnj', 'pod|žup', 'pod|žanr'];

/** Latin-only names and acronyms that Serbian Cyrillic text keeps in Latin. MUP and RTS are Serbian, so they become МУП and РТС. */
export const CYRILLIC_EXCEPTIONS: readonly string[] = [
  'eLTE', 'DPIA', 'SHARE', 'EDRi', 'BCSP', 'HD', '#hiljadekamera', 'Re:Code', 'Exposing the Invisible', 'CSS', 'iframe', 'Iframe',
];

/**
 * Names that Serbian Cyrillic papers write their own way, not letter by letter: foreign companies
 * and outlets as they are pronounced (Хуавеј, Јуроњуз), and Serbian outlets in Cyrillic. Each
 * form is matched as a whole word, case-sensitively; give every inflected form the copy uses.
 * Checked before the exceptions, so "SHARE Fondacija" is "SHARE фондација" while "SHARE" alone stays.
 */
export const CYRILLIC_NAMES: Readonly<Record<string, string>> = {
  Huawei: 'Хуавеј',
  N1: 'Н1',
  Euronews: 'Јуроњуз',
  Kurir: 'Курир',
  Kurira: 'Курира',
  'Večernje novosti': 'Вечерње новости',
  'Večernjih novosti': 'Вечерњих новости',
  Insajder: 'Инсајдер',
  Danas: 'Данас',
  'SHARE Fondacija': 'SHARE фондација',
  'SHARE Fondacije': 'SHARE фондације',
  'SHARE Fondaciji': 'SHARE фондацији',
  'SHARE Fondaciju': 'SHARE фондацију',
  'SHARE Fondacijom': 'SHARE фондацијом',
};

/**
 * Keys whose values are identifiers, codes or dates, never reader-facing words. Such a value is
 * left whole when it is a string, a list of strings or a single object (a date), but a list of
 * objects under one of these keys is still walked: in a step, `events` and `figures` list ids,
 * while the story's own `events` and `figures` are timeline events and camera figures whose
 * labels and notes readers see.
 */
export const DEFAULT_SKIP_KEYS: ReadonlySet<string> = new Set([
  'id', 'sourceId', 'url', 'locale', 'section', 'zoom', 'event', 'events', 'figures', 'kind', 'unit',
  'qualifier', 'precision', 'date', 'start', 'end', 'confirmed', 'dateFrom', 'lang',
  // The data's notes are the desk's, in English: never transliterated letter by letter ("Сигнед ин…").
  'note',
]);

/**
 * Keys whose records are sources. A source's publisher is the edition's words, and so is a title in
 * square brackets (our description of the page); a title as published is transliterated only when
 * the source is Serbian (`lang: 'sr'`): an English title stays as published. Only objects and lists
 * are treated so: a string under one of these keys is words, such as the `sources` heading ("Izvori").
 */
export const DEFAULT_KEEP_KEYS: ReadonlySet<string> = new Set(['sources', 'source']);

/** Text kept as written wherever it appears. */
const ALWAYS_KEPT = [
  // Addresses end before trailing punctuation, so "see www.x.rs." keeps its full stop in the sentence.
  String.raw`(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]*[^\s<>"'()[\]{}.,;:!?]`,
  String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
  // Names that are addresses: Naslovi.net, Pink.rs, rdvode.gov.rs.
  String.raw`[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:rs|net|com|org|info|eu|pw)(?![\p{L}\p{N}])`,
  String.raw`\{[^{}]*\}`,
  String.raw`\(source:[^)]*\)`,
  String.raw`#[\p{L}\p{N}_]+`,
  // Serbian has no q, w, x or y: a word with one is foreign, and half-transliterating it ("Хуаwеи") is worse than leaving it.
  String.raw`[\p{L}\p{N}]*[qwxyQWXY][\p{L}\p{N}]*`,
];

/** Transliterates Serbian Latin text to Cyrillic. Exceptions match whole words, case-sensitively. */
export function toCyrillic(
  text: string,
  exceptions: readonly string[] = CYRILLIC_EXCEPTIONS,
  names: Readonly<Record<string, string>> = CYRILLIC_NAMES,
): string {
  return transliterator(exceptions, names)(text);
}

/**
 * Transliterates every string in a JSON-like value (such as a loaded story), except the values of
 * `skipKeys`, left whole unless they are lists of objects (see DEFAULT_SKIP_KEYS), and those of
 * `keepKeys`, left whole unless they are strings (see DEFAULT_KEEP_KEYS). Numbers, booleans and null are returned as they are.
 * `locale` is skipped: setting it (say, to `sr-Cyrl`) is for the caller.
 */
export function transliterateStory<T>(
  value: T,
  exceptions: readonly string[] = CYRILLIC_EXCEPTIONS,
  skipKeys: ReadonlySet<string> = DEFAULT_SKIP_KEYS,
  keepKeys: ReadonlySet<string> = DEFAULT_KEEP_KEYS,
): T {
  const convert = transliterator(exceptions);
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return convert(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, child]) => {
          if (keepKeys.has(key) && typeof child !== 'string') return [key, sourceRecords(child, convert)];
          const keep = skipKeys.has(key) && !isListOfObjects(child);
          return [key, keep ? child : walk(child)];
        }),
      );
    }
    return node;
  };
  return walk(value) as T;
}

/** Sources (one, or a list) in Cyrillic as DEFAULT_KEEP_KEYS says; anything else under those keys is left whole. */
function sourceRecords(value: unknown, convert: (text: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => sourceRecords(item, convert));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  if (typeof source.publisher !== 'string' || typeof source.title !== 'string') return value;
  const ours = source.title.startsWith('[') || source.lang === 'sr';
  return {
    ...source,
    publisher: convert(source.publisher),
    title: ours ? convert(source.title) : source.title,
    ...(typeof source.dateLabel === 'string' ? { dateLabel: convert(source.dateLabel) } : {}),
  };
}

/** A non-empty list whose every item is an object (not null, not a list): records to walk, not ids to keep. */
function isListOfObjects(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))
  );
}

/** Builds the pattern for the kept text once, so that a whole story is converted with one regular expression. */
function transliterator(exceptions: readonly string[], names: Readonly<Record<string, string>> = CYRILLIC_NAMES): (text: string) => string {
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const nameWords = Object.keys(names).sort((a, b) => b.length - a.length).map(escape);
  const named = nameWords.length ? [`(?<![\\p{L}\\p{N}])(?:${nameWords.join('|')})(?![\\p{L}\\p{N}])`] : [];
  const words = exceptions
    .filter((word) => word !== '')
    .sort((a, b) => b.length - a.length) // longest first, so "SHARE Fondacija" wins over "SHARE"
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // At one position the first pattern that matches wins: addresses and placeholders first (so "Pink.rs" is not
  // taken apart), then the names and the exceptions, and only then the foreign-word rule ("Exposing" has an x).
  const patterns = [
    ...ALWAYS_KEPT.slice(0, 5),
    ...named,
    ...(words.length ? [`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`] : []),
    ...ALWAYS_KEPT.slice(5),
  ];
  const kept = new RegExp(patterns.join('|'), 'gu');
  return (text) => {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(kept)) {
      out += letters(text.slice(last, match.index)) + (Object.hasOwn(names, match[0]) ? names[match[0]] : match[0]);
      last = match.index + match[0].length;
    }
    return out + letters(text.slice(last));
  };
}

/** Converts text with nothing to keep, letter by letter, taking digraphs as one letter unless a stem splits them. */
function letters(latin: string): string {
  const text = latin.normalize('NFC'); // so that a decomposed "c" + caron is still č
  const splits = splitPoints(text);
  let out = '';
  for (let i = 0; i < text.length; ) {
    const pair = DOUBLE.get(text.slice(i, i + 2));
    if (pair && !splits.has(i + 1)) {
      out += pair;
      i += 2;
    } else {
      out += SINGLE.get(text[i]) ?? text[i];
      i += 1;
    }
  }
  return out;
}

/** Positions in the text where a known stem says a digraph is two letters. */
function splitPoints(text: string): Set<number> {
  // Lower-case only the letters stems use: toLowerCase can lengthen some characters and shift every position after them.
  const lower = text.replace(/[A-ZČĆĐŠŽ]/g, (c) => c.toLowerCase());
  const points = new Set<number>();
  for (const stem of SPLIT_STEMS) {
    const word = stem.replace('|', '');
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) points.add(at + stem.indexOf('|'));
  }
  return points;
}
