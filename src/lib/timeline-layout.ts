import { utcTicks } from 'd3-time';
import type { Precision, TimelineEvent } from './types.ts';

/** Timeline rows by how precisely a date is known: coarse dates are spans, days are points. */
export type TimelineRow = 'year' | 'month' | 'day';
export const TIMELINE_ROWS: readonly TimelineRow[] = ['year', 'month', 'day'];

const ROW_OF: Record<Exclude<Precision, 'unknown'>, TimelineRow> = {
  year: 'year',
  half: 'year',
  month: 'month',
  day: 'day',
};

export interface TimelineMark {
  event: TimelineEvent;
  row: TimelineRow;
  /** Start and end of the drawn span, px; equal for a point. */
  x0: number;
  x1: number;
  point: boolean;
  highlighted: boolean;
}

export interface TimelineTick {
  x: number;
  date: Date;
  /** True on 1 January: labelled with the year; otherwise with the month. */
  isYear: boolean;
}

export interface TimelineLayout {
  marks: TimelineMark[];
  ticks: TimelineTick[];
  /** x of the end of the story's period, or null when outside the domain. */
  periodEndX: number | null;
}

/** Places events on a time axis of the given width. Marks wholly outside the domain are left out. */
export function layoutTimeline(
  events: TimelineEvent[],
  domain: [Date, Date],
  width: number,
  highlightedIds: string[],
  periodEnd: Date,
): TimelineLayout {
  // A time axis is a linear map from ms to px. d3-scale's scaleUtc would add about 11 kB gzipped
  // (colour interpolation, date formatting) to the page for it; d3-time gives the ticks.
  const [d0, d1] = [domain[0].getTime(), domain[1].getTime()];
  const x = (date: Date | number) => ((+date - d0) / (d1 - d0)) * width;
  const marks: TimelineMark[] = [];
  for (const event of events) {
    const { start, end, precision } = event.date;
    if (start === null || end === null || precision === 'unknown') continue;
    if (end <= domain[0].getTime() || start >= domain[1].getTime()) continue;
    const point = precision === 'day';
    const x0 = Math.max(0, x(start));
    const x1 = point ? x0 : Math.min(width, x(end));
    marks.push({ event, row: ROW_OF[precision], x0, x1, point, highlighted: highlightedIds.includes(event.id) });
  }
  const ticks = utcTicks(domain[0], domain[1], Math.max(2, Math.floor(width / 80))).map((date) => ({
    x: x(date),
    date,
    isYear: date.getUTCMonth() === 0 && date.getUTCDate() === 1,
  }));
  const periodEndX = periodEnd > domain[0] && periodEnd < domain[1] ? x(periodEnd) : null;
  return { marks, ticks, periodEndX };
}

/** Marks that look alike, drawn as one SVG path. */
export interface MarkGroup {
  highlighted: boolean;
  unconfirmed: boolean;
  d: string;
}

/** Radius of a day's point and height of a span, px, by whether the mark is highlighted. */
const MARK_SIZE = { point: { plain: 3.5, highlighted: 5.5 }, span: { plain: 9, highlighted: 13 } };

const px = (value: number) => Math.round(value * 10) / 10;

/**
 * The marks as one path per look (plain or highlighted, confirmed or not), highlighted ones last so
 * that they are drawn on top. An element per mark, each with attributes to keep up to date, made the
 * timeline the costliest part of drawing the graphic, at load and in every frame of a zoom.
 */
export function markPaths(marks: TimelineMark[], rowY: Record<TimelineRow, number>): MarkGroup[] {
  const groups: MarkGroup[] = [];
  for (const highlighted of [false, true]) {
    for (const unconfirmed of [false, true]) {
      const look = highlighted ? 'highlighted' : 'plain';
      const d = marks
        .filter((mark) => mark.highlighted === highlighted && !mark.event.date.confirmed === unconfirmed)
        .map((mark) => {
          const y = rowY[mark.row];
          if (mark.point) {
            const r = MARK_SIZE.point[look];
            return `M${px(mark.x0 - r)},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
          }
          const h = MARK_SIZE.span[look];
          const w = px(Math.max(2, mark.x1 - mark.x0));
          return `M${px(mark.x0)},${px(y - h / 2)}h${w}v${h}h${-w}z`;
        })
        .join('');
      if (d) groups.push({ highlighted, unconfirmed, d });
    }
  }
  return groups;
}
