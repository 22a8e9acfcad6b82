import type { UiStrings } from './ui-strings.ts';

/** How precisely a date is known. `unknown` means the source gives no date. */
export type Precision = 'year' | 'half' | 'month' | 'day' | 'unknown';

/** A date as known: the interval it may fall in, and how precisely it is known. */
export interface FuzzyDate {
  /** The date as written in the data file, e.g. `2014-12` or `2017-H2`. */
  text: string;
  precision: Precision;
  /** Whether the source confirms the date; unconfirmed dates are said to be so. */
  confirmed: boolean;
  /** Start of the interval, ms since 1970 UTC, inclusive; null when unknown. (Numbers, not Dates, so the story serialises as JSON.) */
  start: number | null;
  /** End of the interval, ms since 1970 UTC, exclusive; null when unknown. */
  end: number | null;
  /** The date as readers see it, in the edition's language: set at build time (see build/labels.ts). */
  label?: string;
}

export type SourceDateFrom = 'page' | 'address' | 'archive' | '';

export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** Publication date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when the source shows none. */
  date: string;
  /**
   * Where the date was read: on the page itself, from the page's web address only (naslovi.net/2018-03-21/…),
   * or, for an archived copy, the day the archive took it. Empty when there is no date.
   */
  dateFrom: SourceDateFrom;
  /** The language the source is published in (`en`, `sr`): a Serbian title is transliterated in the Cyrillic edition, an English one never. */
  lang: string;
  /** That date as readers see it: set at build time. */
  dateLabel?: string;
  url: string;
}

export interface TimelineEvent {
  id: string;
  date: FuzzyDate;
  label: string;
  sources: Source[];
  note: string;
}

/**
 * What kind of figure a count is. `activist-reported` is a count that digital-rights activists gave a
 * newspaper: neither official nor verified by citizens on the campaign's map.
 */
export type FigureKind = 'vendor' | 'official' | 'announced' | 'planned' | 'crowd-verified' | 'activist-reported';
export type Qualifier = 'exact' | 'about' | 'at least' | 'more than';
export type Unit = 'cameras' | 'locations' | 'cameras or locations';

/** A figure about cameras: one count, of one kind, from one source. */
export interface CameraFigure {
  id: string;
  date: FuzzyDate;
  kind: FigureKind;
  qualifier: Qualifier;
  value: number;
  unit: Unit;
  label: string;
  source: Source;
  note: string;
  /** The count as readers see it, qualifier included ("about 1,000"): set at build time. */
  count?: string;
}

/** A run of text in a paragraph; `source` makes it a link to that source. */
export interface TextRun {
  text: string;
  sourceId?: string;
}
export type Paragraph = TextRun[];

export type Zoom = 'overview' | 'close' | 'epilogue';
export type Section = 'story' | 'epilogue';

export interface Step {
  /** Stable id used in links, `data-step-id` and share pages. */
  id: string;
  section: Section;
  /** Short date line above the headline, e.g. "December 2014". */
  kicker: string;
  headline: string;
  body: Paragraph[];
  /** Events highlighted on the timeline at this step. */
  events: string[];
  /** Camera figures drawn at this step, in order. */
  figures: string[];
  zoom: Zoom;
  /** Said in the camera panel when the step has neither figures nor a process to show. */
  graphicNote: string;
}

/**
 * A procedure the story tells over several steps (how the deal was made, the impact assessment):
 * its stages are events, each with a short name. A step without camera figures that highlights one
 * of its stages shows the process in the chart's place.
 */
export interface Process {
  title: string;
  /** In the copy's order: `event` is an id from events.csv. */
  stages: { event: string; label: string }[];
}


/** A correction or update made after publication, dated, in the edition's language. */
export interface Correction {
  /** `YYYY-MM-DD`. */
  date: string;
  /** That date as readers see it: set at build time. */
  dateLabel?: string;
  text: Paragraph[];
}

export interface Story {
  /** The piece's public address (its English edition), ending in '/'; the other editions and the share pages hang off it. */
  url: string;
  locale: string;
  /** The step whose chart the whole piece's preview card shows. */
  cardStep: string;
  title: string;
  standfirst: string;
  byline: string;
  /** Publication day, `YYYY-MM-DD` (the English edition's: translations take it from there). */
  published: string;
  /** That day as readers see it: set at build time. */
  publishedLabel?: string;
  /** Who made the piece, for the end matter. */
  credits: string;
  /** Who publishes it (oEmbed's provider, structured data's publisher), and the publisher's address. */
  publisher: string;
  publisherUrl: string;
  /** Corrections and updates since publication, oldest first; dateModified follows the last. */
  corrections: Correction[];
  intro: Paragraph[];
  steps: Step[];
  processes: Process[];
  methodology: Paragraph[];
  unknowns: Paragraph[];
  ui: UiStrings;
  events: TimelineEvent[];
  figures: CameraFigure[];
  sources: Source[];
}
