import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, parseFuzzyDate } from '../../src/lib/dates';

const ui = { 'first-half': 'first half of {year}', 'second-half': 'second half of {year}', 'date-unknown': 'date not known' };
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('parseFuzzyDate', () => {
  it.each([
    ['2011', 'year', day(2011, 1, 1), day(2012, 1, 1)],
    ['2017-H1', 'half', day(2017, 1, 1), day(2017, 7, 1)],
    ['2017-H2', 'half', day(2017, 7, 1), day(2018, 1, 1)],
    ['2014-12', 'month', day(2014, 12, 1), day(2015, 1, 1)],
    ['2019-08-21', 'day', day(2019, 8, 21), day(2019, 8, 22)],
    ['2020-02-29', 'day', day(2020, 2, 29), day(2020, 3, 1)],
  ])('reads %s (%s) as the whole interval it covers', (text, precision, start, end) => {
    expect(parseFuzzyDate(text, precision)).toMatchObject({ text, precision, start, end, confirmed: true });
  });

  it('keeps an unknown date unknown', () => {
    expect(parseFuzzyDate('', 'unknown')).toMatchObject({ start: null, end: null, confirmed: false });
  });

  it.each([
    ['2011-01-01', 'year', /does not match precision "year"/],
    ['2014', 'month', /does not match precision "month"/],
    ['2017-H3', 'half', /does not match/],
    ['2014-13', 'month', /no month 13/],
    ['2019-02-30', 'day', /not a calendar day/],
    ['2019', 'decade', /unknown date precision "decade"/],
    ['2019', 'unknown', /given but its precision is "unknown"/],
  ])('rejects %s as %s', (text, precision, message) => {
    expect(() => parseFuzzyDate(text, precision)).toThrow(message);
  });
});

describe('formatFuzzyDate', () => {
  it.each([
    ['2011', 'year', '2011'],
    ['2017-H2', 'half', 'second half of 2017'],
    ['2014-12', 'month', 'December 2014'],
    ['2019-08-21', 'day', '21 August 2019'],
    ['', 'unknown', 'date not known'],
  ])('shows %s (%s) at its own precision: %s', (text, precision, shown) => {
    expect(formatFuzzyDate(parseFuzzyDate(text, precision), 'en-GB', ui)).toBe(shown);
  });

  it('uses the locale for month names', () => {
    expect(formatFuzzyDate(parseFuzzyDate('2014-12', 'month'), 'sr-Latn', ui)).toMatch(/decembar 2014/);
  });
});
