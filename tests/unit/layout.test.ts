import { describe, expect, it } from 'vitest';
import { activeIndex } from '../../src/lib/active-step';
import { glyphOf } from '../../src/lib/glyphs';
import { parseFuzzyDate } from '../../src/lib/dates';
import { layoutTimeline, markPaths, type TimelineMark } from '../../src/lib/timeline-layout';
import type { TimelineEvent } from '../../src/lib/types';
import { layoutUnits, MAX_CELL } from '../../src/lib/unit-layout';

describe('layoutUnits', () => {
  it.each([
    [[12], 300, 300],
    [[12, 120], 343, 200],
    [[250, 1500], 600, 400],
    [[20, 60, 250, 500, 900], 343, 180],
    [[2400, 5000], 343, 120],
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
    expect(layoutUnits([12], 300, 300).cell).toBe(MAX_CELL);
    expect(layoutUnits([8500], 300, 300).cell).toBeLessThan(4);
  });

  it('uses one cell size for every column, so columns compare fairly', () => {
    const layout = layoutUnits([250, 1500], 600, 400);
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

  it('leaves out events outside the axis, and marks the highlighted ones', () => {
    expect(layout.marks.some((m) => m.event.id === 'later')).toBe(false);
    expect(layout.marks.filter((m) => m.highlighted).map((m) => m.event.id)).toEqual(['month']);
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

describe('markPaths', () => {
  const rowY = { year: 10, month: 30, day: 50 } as const;
  const at = (id: string, row: TimelineMark['row'], x0: number, x1: number, highlighted = false, confirmed = true): TimelineMark => ({
    event: { ...event(id, '2019', 'year'), date: { ...parseFuzzyDate('2019', 'year'), confirmed } },
    row,
    x0,
    x1,
    point: x0 === x1,
    highlighted,
  });

  it('draws a span as a box on its row and a day as a circle at its date', () => {
    const [group] = markPaths([at('span', 'year', 20, 120)], rowY);
    expect(group.d).toBe('M20,5.5h100v9h-100z');
    expect(markPaths([at('day', 'day', 40, 40)], rowY)[0].d).toBe('M36.5,50a3.5,3.5 0 1,0 7,0a3.5,3.5 0 1,0 -7,0');
  });

  it('keeps a span visible however short, and draws highlighted marks bigger', () => {
    expect(markPaths([at('short', 'month', 20, 20.5)], rowY)[0].d).toBe('M20,25.5h2v9h-2z');
    expect(markPaths([at('day', 'day', 40, 40, true)], rowY)[0].d).toContain('a5.5,5.5');
  });

  it('draws one path per look, highlighted marks last so that they are on top', () => {
    const groups = markPaths([at('h', 'year', 0, 10, true), at('u', 'year', 20, 30, false, false), at('p', 'year', 40, 50), at('p2', 'day', 60, 60)], rowY);
    expect(groups.map((g) => [g.highlighted, g.unconfirmed, (g.d.match(/M/g) ?? []).length])).toEqual([
      [false, false, 2],
      [false, true, 1],
      [true, false, 1],
    ]);
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
