import { utcMonth, utcYear } from 'd3-time';
import type { FuzzyDate, TimelineEvent } from './types.ts';

/*
 * The timeline's geometry, in percentages of the chart's width: one track, read left to right,
 * every event at its date as precisely as it is known. Nothing here needs the chart's width in
 * pixels, so the prerendered chart is right at any width and the script has nothing to redraw.
 */

export interface TimelineMark {
  event: TimelineEvent;
  /** A day is a point; a month, half-year or year a band over its period. */
  kind: 'point' | 'band';
  /** Start and width of the visible part of the period, % of the chart's width; width 0 for a point. */
  x: number;
  width: number;
  highlighted: boolean;
  confirmed: boolean;
}

export interface TimelineTick {
  x: number;
  date: Date;
  /** 1 January: a longer tick; otherwise (the close-up's quarters) a short one. */
  isYear: boolean;
}

/** A year's label, in the middle of the year (or of the part of it the axis shows). */
export interface YearLabel {
  x: number;
  year: number;
  /** Shown on narrow charts too; the others only where there is room (see Timeline.svelte). */
  major: boolean;
  /** How it hangs from x: a year cut by the axis's edge is labelled flush with that edge. */
  anchor: 'start' | 'middle' | 'end';
}

export type LabelSide = 'above' | 'below';

/** Where a highlighted event's label goes. */
export interface TimelineLabel {
  event: TimelineEvent;
  side: LabelSide;
  /** 0 next to the track; 1 the outer line, when a side holds two labels. */
  row: 0 | 1;
  /** A label alone on its side takes two lines (date, then what happened); two labels share a side one line each. */
  lines: 1 | 2;
  /** What happened, on one line or, when long, two (for a two-line label; see splitLabel). */
  text: string[];
  /** The point the label refers to (a day, or the middle of a period's visible part), % of the width. */
  x: number;
  /**
   * How far the label is moved left, in % of its own width (Timeline.svelte sets it by class, in steps
   * of LABEL_SHIFT_STEP): about x, so that the label holds the point it refers to and stays inside the
   * chart, at the left edge at 0 %, at the right edge at 100 %, whatever the widths.
   */
  shift: number;
}

export interface TimelineLayout {
  marks: TimelineMark[];
  labels: TimelineLabel[];
  ticks: TimelineTick[];
  years: YearLabel[];
  /** Where the story's period ends, %, or null when that is outside the axis. */
  periodEndX: number | null;
  /** The span the axis shows, in years, for the caption: "2009–2019". */
  caption: string;
}

export const LABEL_SHIFT_STEP = 5;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const round = (value: number) => Math.round(value * 100) / 100;

/** The years an axis shows, as a reader says them: the last year is the one its last day falls in. */
export function domainCaption(domain: [Date, Date]): string {
  const from = domain[0].getUTCFullYear();
  const to = new Date(domain[1].getTime() - 1).getUTCFullYear();
  return from === to ? String(from) : `${from}–${to}`;
}

/** Ticks at the start of every year; on an axis of under five years, at every quarter as well. */
export function timelineTicks(domain: [Date, Date]): TimelineTick[] {
  const [d0, d1] = [domain[0].getTime(), domain[1].getTime()];
  const years = (d1 - d0) / YEAR_MS;
  const dates = years < 5 ? utcMonth.every(3)!.range(domain[0], new Date(d1 + 1)) : utcYear.range(domain[0], new Date(d1 + 1));
  return dates.map((date) => ({ x: round(((date.getTime() - d0) / (d1 - d0)) * 100), date, isYear: date.getUTCMonth() === 0 }));
}

const YEAR_MS = 365.25 * 864e5;

/**
 * Each year the axis shows at least a fifth of, labelled in its middle; on an axis of more than
 * eight years every other year is major (the ones labelled on a narrow chart), from the first.
 */
export function yearLabels(domain: [Date, Date]): YearLabel[] {
  const [d0, d1] = [domain[0].getTime(), domain[1].getTime()];
  const x = (ms: number) => ((ms - d0) / (d1 - d0)) * 100;
  const many = (d1 - d0) / YEAR_MS > 8;
  const first = domain[0].getUTCFullYear();
  const labels: YearLabel[] = [];
  for (const start of utcYear.range(utcYear.floor(domain[0]), domain[1])) {
    const end = utcYear.offset(start, 1).getTime();
    const [from, to] = [Math.max(d0, start.getTime()), Math.min(d1, end)];
    if ((to - from) / (end - start.getTime()) < 0.2) continue;
    const year = start.getUTCFullYear();
    const anchor = from > start.getTime() ? 'start' : to < end ? 'end' : 'middle';
    labels.push({
      x: round(anchor === 'start' ? 0 : anchor === 'end' ? 100 : x((from + to) / 2)),
      year,
      major: !many || (year - first) % 2 === 0 || anchor !== 'middle',
      anchor,
    });
  }
  return labels;
}

/** What happened, as one line or, past `maxChars`, two of about equal length (broken at the space nearest the middle). */
export function splitLabel(text: string, maxChars = 36): string[] {
  if (text.length <= maxChars) return [text];
  let best = -1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2)) best = i;
  }
  return best === -1 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

/**
 * A day's or a month's date with the month's short name ("23 Sep 2021", "23. sep 2021."), for a
 * label that shares its side and has one line: the edition's own long form (set at build time)
 * with its month's name swapped for the short one the ticks use. Other dates as they are.
 */
export function shortDate(date: FuzzyDate, shortMonths: (month: number) => string): string {
  if (!date.label || date.start === null || (date.precision !== 'month' && date.precision !== 'day')) return date.label ?? '';
  const month = new Date(date.start).getUTCMonth() + 1;
  return date.label.replace(/\p{L}+/u, shortMonths(month));
}

/**
 * Which side and line each highlighted event's label takes, in date order: one label above the
 * track; two, one above and one below (no leader line crosses a label); three or four, two to a
 * side on one line each, read top to bottom in date order.
 */
export function labelSlots(count: number): Pick<TimelineLabel, 'side' | 'row' | 'lines'>[] {
  if (count <= 0) return [];
  if (count === 1) return [{ side: 'above', row: 0, lines: 2 }];
  if (count === 2) return [{ side: 'above', row: 0, lines: 2 }, { side: 'below', row: 0, lines: 2 }];
  const above = Math.ceil(count / 2);
  return Array.from({ length: count }, (_, i) => {
    const side: LabelSide = i < above ? 'above' : 'below';
    const onSide = side === 'above' ? above : count - above;
    const index = side === 'above' ? i : i - above;
    // Above, the earlier label is the outer (upper) one; below, the inner: top to bottom is date order.
    const row = (onSide === 1 ? 0 : side === 'above' ? 1 - index : index) as 0 | 1;
    return { side, row, lines: onSide === 1 ? 2 : 1 };
  });
}

/** The label's shift, in steps of LABEL_SHIFT_STEP: as close to its x as the steps allow. */
export function labelShift(x: number): number {
  return clamp(Math.round(x / LABEL_SHIFT_STEP) * LABEL_SHIFT_STEP, 0, 100);
}

/** Places events on a time axis, in % of its width. Marks wholly outside the domain are left out. */
export function layoutTimeline(
  events: TimelineEvent[],
  domain: [Date, Date],
  highlightedIds: string[],
  periodEnd: Date,
): TimelineLayout {
  // A time axis is a linear map from ms to %. d3-scale's scaleUtc would add about 11 kB gzipped to
  // the page for it; d3-time gives the ticks.
  const [d0, d1] = [domain[0].getTime(), domain[1].getTime()];
  const x = (ms: number) => ((ms - d0) / (d1 - d0)) * 100;
  const marks: TimelineMark[] = [];
  for (const event of events) {
    const { start, end, precision } = event.date;
    if (start === null || end === null || precision === 'unknown') continue;
    if (end <= d0 || start >= d1) continue;
    const point = precision === 'day';
    const x0 = clamp(x(start), 0, 100);
    const x1 = point ? x0 : clamp(x(end), 0, 100);
    marks.push({
      event,
      kind: point ? 'point' : 'band',
      x: round(x0),
      width: round(x1 - x0),
      highlighted: highlightedIds.includes(event.id),
      confirmed: event.date.confirmed,
    });
  }
  // Highlighted marks last, so that they are drawn on top; each group in date order.
  marks.sort((a, b) => Number(a.highlighted) - Number(b.highlighted) || (a.event.date.start ?? 0) - (b.event.date.start ?? 0));
  const highlighted = marks.filter((m) => m.highlighted);
  const labels = labelSlots(highlighted.length).map((slot, i) => {
    const mark = highlighted[i];
    const at = round(mark.x + mark.width / 2);
    return { event: mark.event, ...slot, text: slot.lines === 2 ? splitLabel(mark.event.label) : [mark.event.label], x: at, shift: labelShift(at) };
  });
  const periodEndX = periodEnd.getTime() > d0 && periodEnd.getTime() < d1 ? round(x(periodEnd.getTime())) : null;
  return { marks, labels, ticks: timelineTicks(domain), years: yearLabels(domain), periodEndX, caption: domainCaption(domain) };
}
