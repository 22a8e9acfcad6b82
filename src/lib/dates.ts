import { dateFormat } from './intl.ts';
import type { FuzzyDate, Precision } from './types.ts';
import type { UiStrings } from './ui-strings.ts';

const PATTERNS: Record<Exclude<Precision, 'unknown'>, RegExp> = {
  year: /^(\d{4})$/,
  half: /^(\d{4})-H([12])$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

export const PRECISIONS: readonly Precision[] = ['year', 'half', 'month', 'day', 'unknown'];

/**
 * Reads a date written at a stated precision into the interval it covers.
 * A year is all of that year, not its first day. Throws a message that says what is wrong.
 */
export function parseFuzzyDate(text: string, precision: string, confirmed = true): FuzzyDate {
  if (!PRECISIONS.includes(precision as Precision)) {
    throw new Error(`unknown date precision "${precision}" (expected one of ${PRECISIONS.join(', ')})`);
  }
  const p = precision as Precision;
  if (p === 'unknown') {
    if (text !== '') throw new Error(`date "${text}" is given but its precision is "unknown"`);
    return { text, precision: p, confirmed: false, start: null, end: null };
  }
  const match = PATTERNS[p].exec(text);
  if (!match) throw new Error(`date "${text}" does not match precision "${p}" (expected ${example(p)})`);
  const year = Number(match[1]);
  let start: number;
  let end: number;
  if (p === 'year') {
    start = utc(year, 0, 1);
    end = utc(year + 1, 0, 1);
  } else if (p === 'half') {
    const firstMonth = match[2] === '1' ? 0 : 6;
    start = utc(year, firstMonth, 1);
    end = utc(year, firstMonth + 6, 1);
  } else {
    const month = Number(match[2]) - 1;
    if (month < 0 || month > 11) throw new Error(`date "${text}" has no month ${match[2]}`);
    if (p === 'month') {
      start = utc(year, month, 1);
      end = utc(year, month + 1, 1);
    } else {
      const day = Number(match[3]);
      start = utc(year, month, day);
      if (new Date(start).getUTCMonth() !== month || day < 1) throw new Error(`date "${text}" is not a calendar day`);
      end = utc(year, month, day + 1);
    }
  }
  return { text, precision: p, confirmed, start, end };
}

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day);
}

function example(p: Precision): string {
  return { year: '2011', half: '2017-H2', month: '2014-12', day: '2019-08-21', unknown: 'an empty date' }[p];
}

/** The date as a reader should see it, at exactly its precision ("December 2014", not "1 December 2014"). */
export function formatFuzzyDate(date: FuzzyDate, locale: string, ui: Pick<UiStrings, 'date-unknown' | 'first-half' | 'second-half'>): string {
  if (date.label) return date.label;
  if (date.start === null || date.precision === 'unknown') return ui['date-unknown'];
  const start = new Date(date.start);
  switch (date.precision) {
    case 'year':
      return String(start.getUTCFullYear());
    case 'half': {
      const key = start.getUTCMonth() === 0 ? 'first-half' : 'second-half';
      return ui[key].replace('{year}', String(start.getUTCFullYear()));
    }
    case 'month':
      return dateFormat(locale, { month: 'long', year: 'numeric' }).format(start);
    case 'day':
      return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(start);
  }
}

/** A source's publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as readers see it, or "undated". */
export function formatSourceDate(date: string, locale: string, ui: Pick<UiStrings, 'undated'>): string {
  if (!date) return ui.undated;
  const [year, month, day] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return dateFormat(locale, options).format(new Date(Date.UTC(year, (month || 1) - 1, day || 1)));
}
