import { formatFuzzyDate } from './dates.ts';
import { numberFormat } from './intl.ts';
import { shortDate } from './timeline-layout.ts';
import type { GraphicState, ProcessView } from './state.ts';
import type { CameraFigure, FuzzyDate } from './types.ts';
import { uiKey, type FigureWords, type UiStrings } from './ui-strings.ts';

/** What kind of figure it is and when, for a chart's label: "announced · 31 January 2019". */
export function kindAndDate(figure: CameraFigure, locale: string, ui: UiStrings): string {
  return `${ui[uiKey('kind', figure.kind)]} · ${formatSourcedDate(figure.date, locale, ui)}`;
}

/** Fills `{name}` placeholders in an interface string. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z-]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A figure's count as a reader should see it, qualifier included: "about 1,000". */
export function formatCount(figure: CameraFigure, locale: string, ui: FigureWords): string {
  if (figure.count) return figure.count;
  const number = numberFormat(locale).format(figure.value);
  return figure.qualifier === 'exact' ? number : `${ui[uiKey('qualifier', figure.qualifier)]} ${number}`;
}

/** An event's or a figure's date as readers see it, saying so when the source does not confirm it. */
export function formatSourcedDate(date: FuzzyDate, locale: string, ui: UiStrings): string {
  const shown = formatFuzzyDate(date, locale, ui);
  return date.confirmed || date.precision === 'unknown' ? shown : `${shown}, ${ui['date-unconfirmed']}`;
}

/** What the graphic shows at a step, in words: the text alternative to the chart. */
export function describeState(state: GraphicState, locale: string, ui: UiStrings): string {
  const lastYear = new Date(state.domain[1].getTime() - 1);
  const events = state.highlighted
    .map((e) => `${formatSourcedDate(e.date, locale, ui)}: ${e.label}`)
    .join('; ');
  const timeline = fill(ui['timeline-description'], {
    from: formatYear(state.domain[0].getUTCFullYear(), locale),
    to: formatYear(lastYear.getUTCFullYear(), locale),
    events,
  });
  const figures = state.figures
    .map((f) =>
      fill(ui['figure-description'], {
        value: formatCount(f, locale, ui),
        unit: ui[uiKey('unit', f.unit)],
        label: f.label,
        kind: ui[uiKey('kind', f.kind)],
        date: formatSourcedDate(f.date, locale, ui),
      }),
    )
    .join('; ');
  const cameras = state.figures.length
    ? fill(ui['cameras-description'], { figures })
    : state.process
      ? fill(ui['process-description'], { title: state.process.title, stages: reachedStages(state.process, locale, ui) })
      : ui['no-figures-description'];
  return `${timeline} ${cameras}`;
}

/** A process's stages reached so far, for a screen reader: date and name of each, those ahead left out. */
function reachedStages(process: ProcessView, locale: string, ui: UiStrings): string {
  return process.stages
    .filter((stage) => stage.status !== 'ahead')
    .map((stage) => `${formatSourcedDate(stage.event.date, locale, ui)}: ${stage.label}`)
    .join('; ');
}

/** A date on one short line (a month's name shortened, as on the axis), still saying when it is unconfirmed. */
export function oneLineDate(date: FuzzyDate, locale: string, ui: UiStrings): string {
  const short = date.label ? shortDate(date, (month) => ui[`month-${month}`]) : formatSourcedDate(date, locale, ui);
  return date.confirmed || !date.label ? short : `${short}, ${ui['date-unconfirmed']}`;
}

/** Ends a sentence with a full stop, unless it already ends with one (a Serbian date does: "21. mart 2018."). */
export function endSentence(text: string): string {
  return /[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** A year as the edition writes it: Serbian writes the ordinal full stop ("od 2009. do 2019."). */
export function formatYear(year: number, locale: string): string {
  return locale.toLowerCase().startsWith('sr') ? `${year}.` : String(year);
}

/** A figure as a share card shows it: the count, what it counts and, always in words, its kind. */
export function cardFigure(figure: CameraFigure, locale: string, ui: FigureWords): { count: string; unit: string; kind: string } {
  return { count: formatCount(figure, locale, ui), unit: ui[uiKey('unit', figure.unit)], kind: ui[uiKey('kind', figure.kind)] };
}
