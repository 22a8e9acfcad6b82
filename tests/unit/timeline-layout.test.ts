// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Timeline from '../../src/components/Timeline.svelte';
import { parseFuzzyDate } from '../../src/lib/dates';
import {
  domainCaption,
  labelShift,
  labelSlots,
  layoutTimeline,
  shortDate,
  splitLabel,
  timelineTicks,
  yearLabels,
} from '../../src/lib/timeline-layout';
import type { TimelineEvent } from '../../src/lib/types';
import type { UiStrings } from '../../src/lib/ui-strings';

function event(id: string, date: string, precision: string, confirmed = true): TimelineEvent {
  return { id, date: parseFuzzyDate(date, precision, confirmed), label: `${id} happened`, sources: [], note: '' };
}

const utc = (y: number, m = 0, d = 1) => new Date(Date.UTC(y, m, d));
const OVERVIEW: [Date, Date] = [utc(2009), utc(2020)];
const CLOSE: [Date, Date] = [utc(2017), utc(2020, 3)];
const EPILOGUE: [Date, Date] = [utc(2009), utc(2023)];
const PERIOD_END = utc(2020);

const events = [
  event('year', '2011', 'year', false),
  event('half', '2017-H2', 'half'),
  event('month', '2014-12', 'month'),
  event('day', '2019-08-21', 'day'),
  event('later', '2021-09-23', 'day'),
];

describe('layoutTimeline', () => {
  const layout = layoutTimeline(events, OVERVIEW, ['month'], PERIOD_END);
  const mark = (id: string) => layout.marks.find((m) => m.event.id === id)!;

  it('draws a day as a point and a month, half-year or year as a band over its period, in % of the width', () => {
    expect(mark('day')).toMatchObject({ kind: 'point', width: 0 });
    expect(mark('day').x).toBeCloseTo(((Date.UTC(2019, 7, 21) - Date.UTC(2009, 0, 1)) / (Date.UTC(2020, 0, 1) - Date.UTC(2009, 0, 1))) * 100, 1);
    expect(mark('year')).toMatchObject({ kind: 'band' });
    expect(mark('year').width).toBeCloseTo(100 / 11, 1);
    expect(mark('half').width).toBeCloseTo(100 / 22, 1);
    expect(mark('month').width).toBeCloseTo(100 / 132, 1);
  });

  it('keeps whether a date is confirmed, for the dashed outline', () => {
    expect(mark('year').confirmed).toBe(false);
    expect(mark('month').confirmed).toBe(true);
  });

  it('leaves out events outside the axis, and draws the highlighted ones last', () => {
    expect(layout.marks.some((m) => m.event.id === 'later')).toBe(false);
    expect(layout.marks.at(-1)?.event.id).toBe('month');
    expect(layout.marks.filter((m) => m.highlighted).map((m) => m.event.id)).toEqual(['month']);
  });

  it('cuts a period at the edge of the axis', () => {
    const close = layoutTimeline([event('long', '2016', 'year'), event('half', '2019-H2', 'half')], [utc(2016, 6), utc(2019, 9)], [], PERIOD_END);
    for (const m of close.marks) {
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x + m.width).toBeLessThanOrEqual(100);
    }
  });

  it('labels each highlighted event at the middle of its period, held inside the chart', () => {
    const l = layoutTimeline(events, OVERVIEW, ['year', 'day'], PERIOD_END).labels;
    expect(l.map((x) => x.event.id)).toEqual(['year', 'day']);
    expect(l[0].x).toBeCloseTo((2.5 / 11) * 100, 1);
    for (const label of l) expect(Math.abs(label.shift - label.x)).toBeLessThanOrEqual(2.5);
  });

  it('marks where the story period ends when the axis runs past it', () => {
    expect(layout.periodEndX).toBeNull();
    const wide = layoutTimeline(events, EPILOGUE, [], PERIOD_END);
    expect(wide.periodEndX).toBeCloseTo((11 / 14) * 100, 1);
    expect(wide.marks.some((m) => m.event.id === 'later')).toBe(true);
  });

  it('says the span on the chart, from the domain', () => {
    expect(layout.caption).toBe('2009–2019');
    expect(layoutTimeline(events, CLOSE, [], PERIOD_END).caption).toBe('2017–2020');
  });
});

describe('domainCaption', () => {
  it.each([
    [OVERVIEW, '2009–2019'],
    [CLOSE, '2017–2020'],
    [EPILOGUE, '2009–2022'],
    [[utc(2019), utc(2020)] as [Date, Date], '2019'],
  ])('says %j as %s', (domain, caption) => expect(domainCaption(domain)).toBe(caption));
});

describe('labelSlots', () => {
  it.each([
    [1, [['above', 0, 2]]],
    [2, [['above', 0, 2], ['below', 0, 2]]],
    [3, [['above', 1, 1], ['above', 0, 1], ['below', 0, 2]]],
    [4, [['above', 1, 1], ['above', 0, 1], ['below', 0, 1], ['below', 1, 1]]],
  ])('gives %i labels places that do not collide, in date order top to bottom', (count, expected) => {
    const slots = labelSlots(count).map((s) => [s.side, s.row, s.lines]);
    expect(slots).toEqual(expected);
    // No two labels share a side and a line.
    expect(new Set(slots.map(([side, row]) => `${side}${row}`)).size).toBe(count);
  });
});

describe('labelShift', () => {
  it.each([
    [0, 0],
    [1.2, 0],
    [48, 50],
    [97.6, 100],
    [100, 100],
    [-3, 0],
    [104, 100],
  ])('shifts a label at x = %s by %s (%% of its own width)', (x, shift) => expect(labelShift(x)).toBe(shift));
});

describe('splitLabel', () => {
  it('keeps a short label on one line', () => expect(splitLabel('Strategic partnership signed')).toEqual(['Strategic partnership signed']));
  it('breaks a long one at the space nearest its middle', () => {
    expect(splitLabel('Commissioner: the public was not told')).toEqual(['Commissioner: the', 'public was not told']);
    const [a, b] = splitLabel("SHARE publishes an analysis of Huawei's case study");
    expect(Math.abs(a.length - b.length)).toBeLessThanOrEqual(8);
  });
});

describe('ticks', () => {
  it('ticks every year on a long axis, every quarter on the close-up', () => {
    expect(timelineTicks(OVERVIEW).map((t) => t.date.getUTCFullYear())).toEqual([2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    const close = timelineTicks(CLOSE);
    expect(close.length).toBe(14);
    expect(close.filter((t) => t.isYear).map((t) => t.x)).toEqual([0, expect.closeTo(30.77, 1), expect.closeTo(61.54, 1), expect.closeTo(92.31, 1)]);
  });

  it('labels each year in its middle, every other one major on a long axis, an edge year flush with the edge', () => {
    const years = yearLabels(OVERVIEW);
    expect(years.map((y) => y.year)).toEqual([2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]);
    expect(years[0].x).toBeCloseTo(50 / 11, 1);
    expect(years.filter((y) => y.major).map((y) => y.year)).toEqual([2009, 2011, 2013, 2015, 2017, 2019]);
    const close = yearLabels(CLOSE);
    expect(close.map((y) => [y.year, y.anchor, y.major])).toEqual([
      [2017, 'middle', true],
      [2018, 'middle', true],
      [2019, 'middle', true],
      [2020, 'end', true],
    ]);
    expect(close[3].x).toBe(100);
    // A sliver of a year (under a fifth) is not labelled.
    expect(yearLabels([utc(2017), utc(2020, 1)]).map((y) => y.year)).toEqual([2017, 2018, 2019]);
  });
});

describe('shortDate', () => {
  const short = (m: number) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  const labelled = (text: string, precision: string, label: string) => ({ ...parseFuzzyDate(text, precision), label });
  it.each([
    [labelled('2021-09-23', 'day', '23 September 2021'), '23 Sep 2021'],
    [labelled('2021-09', 'month', 'September 2021'), 'Sep 2021'],
    [labelled('2021-09-23', 'day', '23. septembar 2021.'), '23. Sep 2021.'],
    [labelled('2017-H2', 'half', 'second half of 2017'), 'second half of 2017'],
    [labelled('2011', 'year', '2011'), '2011'],
  ])('shortens $0.label to $1', (date, expected) => expect(shortDate(date, short)).toBe(expected));
});

describe('Timeline', () => {
  const ui = {
    'after-period': 'after 2019',
    'date-unconfirmed': 'date unconfirmed',
    'date-unknown': 'date not known',
    'first-half': 'first half of {year}',
    'second-half': 'second half of {year}',
    ...Object.fromEntries(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m, i) => [`month-${i + 1}`, m])),
  } as unknown as UiStrings;
  const drawn = [
    { ...event('consent', '2016-12', 'month', false), label: 'Government consents' },
    { ...event('signed', '2017-02', 'month'), label: 'Partnership signed' },
    { ...event('law', '2019-08-21', 'day'), label: 'Law applies' },
  ];
  const renderTimeline = (highlightedIds: string[], width?: number) =>
    render(Timeline, { props: { events: drawn, domain: [OVERVIEW[0].getTime(), OVERVIEW[1].getTime()] as [number, number], highlightedIds, periodEnd: PERIOD_END, ui, width } }).container;

  it('labels each highlighted event on the chart with its date, saying when it is unconfirmed', () => {
    const container = renderTimeline(['consent', 'signed']);
    const labels = [...container.querySelectorAll('[data-event-label]')].map((el) => [el.getAttribute('data-event-label'), el.textContent?.replace(/\s+/g, ' ').trim()]);
    expect(labels).toEqual([
      ['consent', 'December 2016, date unconfirmed Government consents'],
      ['signed', 'February 2017 Partnership signed'],
    ]);
    const highlighted = [...container.querySelectorAll('.mark.highlighted')].map((m) => [m.tagName, m.classList.contains('unconfirmed')]);
    expect(highlighted).toEqual([
      ['rect', true],
      ['rect', false],
    ]);
    // A day is a point; the faded marks are there too.
    expect(container.querySelector('circle.mark:not(.highlighted)')).not.toBeNull();
  });

  it('lays out in percentages, and says the span', () => {
    const container = renderTimeline(['law']);
    expect(container.querySelector('circle.mark.highlighted')?.getAttribute('cx')).toMatch(/%$/);
    expect(container.querySelector('.zoom-caption')?.textContent).toBe('2009–2019');
    expect([...container.querySelectorAll('.tick-label')].every((t) => t.getAttribute('x')?.endsWith('%'))).toBe(true);
  });

  it('in the share card (a fixed width), draws the bare chart, without labels', () => {
    const container = renderTimeline(['law'], 1080);
    expect(container.querySelector('div.timeline')).toBeNull();
    expect(container.querySelector('svg.timeline-chart')).not.toBeNull();
    expect(container.querySelector('[data-event-label]')).toBeNull();
  });
});
