import { describe, expect, it } from 'vitest';
import { activeIndex } from '../../src/lib/active-step';
import { glyphOf } from '../../src/lib/glyphs';
import { parseFuzzyDate } from '../../src/lib/dates';
import { layoutTimeline } from '../../src/lib/timeline-layout';
import type { TimelineEvent } from '../../src/lib/types';
import { layoutUnits, MAX_CELL } from '../../src/lib/unit-layout';

describe('layoutUnits', () => {
  it.each([
    [[9], 300, 300],
    [[9, 100], 343, 200],
    [[107, 1000], 600, 400],
    [[10, 50, 200, 400, 800], 343, 180],
    [[1200, 8000], 343, 120],
  ])('fits every mark of %j in %ipx × %ipx, one cell per unit', (values, width, height) => {
    const layout = layoutUnits(values, width, height);
    values.forEach((value, i) => {
      const column = layout.columns[i];
      expect(column.fullRows * column.perRow + column.remainder).toBe(value);
      const rows = column.fullRows + (column.remainder > 0 ? 1 : 0);
      expect(rows * layout.cell).toBeLessThanOrEqual(height);
      expect(column.perRow * layout.cell).toBeLessThanOrEqual(layout.columnWidth + 1e-9);
    });
    expect(Number.isInteger(layout.cell)).toBe(true);
  });

  it('draws few marks big and many marks small', () => {
    expect(layoutUnits([9], 300, 300).cell).toBe(MAX_CELL);
    expect(layoutUnits([8000], 300, 300).cell).toBeLessThan(4);
  });

  it('uses one cell size for every column, so columns compare fairly', () => {
    const layout = layoutUnits([107, 1000], 600, 400);
    const [small, big] = layout.columns;
    expect(small.perRow).toBe(big.perRow);
    expect(big.x).toBeGreaterThan(small.x + layout.columnWidth);
  });
});

function event(id: string, date: string, precision: string): TimelineEvent {
  return { id, date: parseFuzzyDate(date, precision), label: id, sources: [], note: '' };
}

describe('layoutTimeline', () => {
  const domain: [Date, Date] = [new Date(Date.UTC(2009, 0, 1)), new Date(Date.UTC(2020, 0, 1))];
  const events = [
    event('year', '2011', 'year'),
    event('half', '2017-H2', 'half'),
    event('month', '2014-12', 'month'),
    event('day', '2019-08-21', 'day'),
    event('later', '2021-09-23', 'day'),
  ];
  const layout = layoutTimeline(events, domain, 1100, ['month'], new Date(Date.UTC(2020, 0, 1)));
  const mark = (id: string) => layout.marks.find((m) => m.event.id === id)!;

  it('draws a year as a span of a year, a month as a month, a day as a point', () => {
    expect(mark('year').x1 - mark('year').x0).toBeCloseTo(100, 0);
    expect(mark('month').x1 - mark('month').x0).toBeCloseTo(8.5, 0);
    expect(mark('day').point).toBe(true);
    expect(mark('day').x1).toBe(mark('day').x0);
  });

  it('puts each precision on its own row (a half-year with the years)', () => {
    expect([mark('year').row, mark('half').row, mark('month').row, mark('day').row]).toEqual(['year', 'year', 'month', 'day']);
  });

  it('leaves out events outside the axis and draws highlighted ones last', () => {
    expect(layout.marks.some((m) => m.event.id === 'later')).toBe(false);
    expect(layout.marks.at(-1)?.event.id).toBe('month');
    expect(mark('month').highlighted).toBe(true);
  });

  it('labels January ticks as years', () => {
    expect(layout.ticks.filter((t) => t.isYear).map((t) => t.date.getUTCFullYear())).toContain(2015);
    expect(layout.periodEndX).toBeNull();
  });

  it('marks where the story period ends when the axis runs past it', () => {
    const wide = layoutTimeline(events, [domain[0], new Date(Date.UTC(2023, 0, 1))], 1400, [], new Date(Date.UTC(2020, 0, 1)));
    expect(wide.periodEndX).toBeCloseTo(1100, 0);
    expect(wide.marks.some((m) => m.event.id === 'later')).toBe(true);
  });
});

describe('activeIndex', () => {
  it.each([
    [[100, 900, 1700], 480, 0],
    [[-800, 300, 1100], 480, 1],
    [[-2000, -1200, -400], 480, 2],
    [[600, 1400], 480, -1],
  ])('with step tops %j and the line at %i, step %i is active', (tops, line, expected) => {
    expect(activeIndex(tops, line)).toBe(expected);
  });
});

describe('glyphOf', () => {
  it('draws plans as rings, locations as open squares and counted cameras by kind', () => {
    expect(glyphOf({ kind: 'planned', unit: 'cameras or locations' })).toBe('ring');
    expect(glyphOf({ kind: 'announced', unit: 'cameras' })).toBe('ring');
    expect(glyphOf({ kind: 'official', unit: 'locations' })).toBe('frame');
    expect(glyphOf({ kind: 'official', unit: 'cameras' })).toBe('circle');
    expect(glyphOf({ kind: 'vendor', unit: 'cameras' })).toBe('square');
    expect(glyphOf({ kind: 'crowd-verified', unit: 'cameras' })).toBe('diamond');
  });
});
