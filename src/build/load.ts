/**
 * Reads and checks the copy and data files. Runs at build and test time only (it is never
 * shipped to readers): every problem is reported with its file, line and what is wrong.
 */
import archieml from 'archieml';
import { csvParse } from 'd3-dsv';
import { parseFuzzyDate } from '../lib/dates.ts';
import { citedSources, parseRichText, unsourcedFigures } from '../lib/richtext.ts';
import { UI_KEYS, type UiStrings } from '../lib/ui-strings.ts';
import type {
  CameraFigure,
  FigureKind,
  Paragraph,
  Process,
  Qualifier,
  Section,
  Source,
  SourceDateFrom,
  Step,
  Story,
  TimelineEvent,
  Unit,
  Zoom,
} from '../lib/types.ts';

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'DataError';
  }
}

export interface TextFile {
  /** Path as shown in error messages, e.g. `data/events.csv`. */
  name: string;
  text: string;
}

export interface StoryFiles {
  story: TextFile;
  events: TextFile;
  cameras: TextFile;
  sources: TextFile;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KINDS: readonly FigureKind[] = ['vendor', 'official', 'announced', 'planned', 'crowd-verified', 'activist-reported'];
const QUALIFIERS: readonly Qualifier[] = ['exact', 'about', 'at least', 'more than'];
const UNITS: readonly Unit[] = ['cameras', 'locations', 'cameras or locations'];
const ZOOMS: readonly Zoom[] = ['overview', 'close', 'epilogue'];
const SECTIONS: readonly Section[] = ['story', 'epilogue'];
const CERTAINTIES = ['confirmed', 'unconfirmed'] as const;

/** Loads all four files into one checked story. */
export function loadStory(files: StoryFiles): Story {
  const sources = parseSources(files.sources);
  const events = parseEvents(files.events, sources);
  const figures = parseFigures(files.cameras, sources);
  // Labels are translated by id, so an id names one thing across both files.
  const shared = figures.find((f) => events.some((e) => e.id === f.id));
  if (shared) {
    const line = files.cameras.text.split('\n').findIndex((l) => l.startsWith(`${shared.id},`)) + 1;
    throw new DataError(files.cameras.name, line, `id "${shared.id}" is also an event id in ${files.events.name}`);
  }
  const story = parseStory(files.story, { sources, events, figures });
  return inLanguageOf(story, sources);
}

/**
 * The sources as the edition lists them: a Serbian edition (locale `sr-…`) gives each source's
 * publisher and, where it is ours (a description in brackets) or a Serbian original, its title in
 * Serbian, from the `_sr` columns; titles of English-language sources stay as published.
 */
function inLanguageOf(story: Story, sources: CheckedSource[]): Story {
  const language = story.locale.split('-')[0].toLowerCase();
  const listed = new Map<string, Source>(
    sources.map(({ titleSr, publisherSr, ...source }) => [
      source.id,
      language === 'sr' ? { ...source, title: titleSr, publisher: publisherSr } : source,
    ]),
  );
  const of = (source: Source) => listed.get(source.id)!;
  return {
    ...story,
    sources: [...listed.values()],
    events: story.events.map((e) => ({ ...e, sources: e.sources.map(of) })),
    figures: story.figures.map((f) => ({ ...f, source: of(f.source) })),
  };
}

// ---- CSV ---------------------------------------------------------------------------------

interface CsvRow {
  line: number;
  get(column: string): string;
}

/** Parses a CSV with exactly the expected columns; rows carry their line number. */
function readCsv(file: TextFile, columns: readonly string[]): CsvRow[] {
  const text = file.text.replace(/^\uFEFF/, '');
  const header = text.split('\n', 1)[0].trim();
  const found = header.split(',').map((c) => c.trim());
  const missing = columns.filter((c) => !found.includes(c));
  const unknown = found.filter((c) => !columns.includes(c));
  if (missing.length || unknown.length) {
    const parts = [
      missing.length ? `missing column(s) ${missing.join(', ')}` : '',
      unknown.length ? `unknown column(s) ${unknown.join(', ')}` : '',
    ].filter(Boolean);
    throw new DataError(file.name, 1, `${parts.join('; ')} (expected: ${columns.join(',')})`);
  }
  // Each record must sit on one line, so that the line numbers in messages are right.
  const lines = text.split('\n');
  const records = csvParse(text);
  const rows: CsvRow[] = [];
  let line = 1;
  for (const record of records) {
    line += 1;
    while (line <= lines.length && lines[line - 1].trim() === '') line += 1;
    const rowLine = line;
    for (const column of columns) {
      const value = record[column] ?? '';
      if (value.includes('\n')) throw new DataError(file.name, rowLine, `${column} holds a line break; keep each row on one line`);
    }
    const filled = columns.filter((c) => (record[c] ?? '') !== '').length;
    if (filled === 0) continue;
    rows.push({ line: rowLine, get: (column) => (record[column] ?? '').trim() });
  }
  return rows;
}

function checkId(file: TextFile, row: CsvRow, seen: Set<string>): string {
  const id = row.get('id');
  if (!ID.test(id)) throw new DataError(file.name, row.line, `id "${id}" must be lower-case words joined by hyphens`);
  if (seen.has(id)) throw new DataError(file.name, row.line, `id "${id}" is used twice`);
  seen.add(id);
  return id;
}

function oneOf<T extends string>(file: TextFile, row: CsvRow, column: string, allowed: readonly T[]): T {
  const value = row.get(column);
  if (!allowed.includes(value as T)) {
    const what = value === '' ? `${column} is missing` : `${column} "${value}" is not known`;
    throw new DataError(file.name, row.line, `${what} (expected one of: ${allowed.join(', ')})`);
  }
  return value as T;
}

function required(file: TextFile, row: CsvRow, column: string): string {
  const value = row.get(column);
  if (value === '') throw new DataError(file.name, row.line, `${column} is missing`);
  return value;
}

function dateOf(file: TextFile, row: CsvRow) {
  const certainty = oneOf(file, row, 'date_certainty', CERTAINTIES);
  try {
    return parseFuzzyDate(row.get('date'), row.get('precision'), certainty === 'confirmed');
  } catch (error) {
    throw new DataError(file.name, row.line, (error as Error).message);
  }
}

function sourceFor(file: TextFile, row: CsvRow, url: string, sources: Source[]): Source {
  const source = sources.find((s) => s.url === url);
  if (!source) throw new DataError(file.name, row.line, `source ${url} is not listed in data/sources.csv`);
  return source;
}

/** A source as listed, with its Serbian fields (see `inLanguageOf`). */
export interface CheckedSource extends Source {
  titleSr: string;
  publisherSr: string;
}

export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'date', 'date_from', 'lang', 'url', 'title_sr', 'publisher_sr'] as const;
const DATE_FROM: readonly SourceDateFrom[] = ['page', 'address', 'archive'];
const LANGS = ['en', 'sr'] as const;

export function parseSources(file: TextFile): CheckedSource[] {
  const seen = new Set<string>();
  const urls = new Set<string>();
  return readCsv(file, SOURCE_COLUMNS).map((row) => {
    const id = checkId(file, row, seen);
    const url = required(file, row, 'url');
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new DataError(file.name, row.line, `url "${url}" is not a web address`);
    if (urls.has(url)) throw new DataError(file.name, row.line, `url ${url} is listed twice`);
    urls.add(url);
    const date = row.get('date');
    let dateFrom: SourceDateFrom = '';
    if (date !== '') {
      const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
      try {
        parseFuzzyDate(date, precision);
      } catch (error) {
        throw new DataError(file.name, row.line, (error as Error).message);
      }
      dateFrom = oneOf(file, row, 'date_from', DATE_FROM);
      if (dateFrom === 'address' && !date.split('-').every((part) => addressHasDatePart(url, part))) {
        throw new DataError(file.name, row.line, `date ${date} is said to come from the address, but the address does not carry it`);
      }
    } else if (row.get('date_from') !== '') {
      throw new DataError(file.name, row.line, 'date_from is given, but there is no date');
    }
    const title = required(file, row, 'title');
    const publisher = required(file, row, 'publisher');
    const titleSr = required(file, row, 'title_sr');
    // A Serbian reader gets the title as published, not an English gloss after it.
    if (/\([^()]*\)\s*$/.test(titleSr) && /\([^()]*[a-z]{3,} (the|of|a|an|and|in)\b[^()]*\)\s*$/i.test(titleSr)) {
      throw new DataError(file.name, row.line, 'title_sr ends with an English gloss in brackets; give the title as published');
    }
    for (const column of ['publisher', 'publisher_sr']) {
      if (/\b(19|20)\d\d\b/.test(row.get(column))) {
        throw new DataError(file.name, row.line, `${column} holds a date; a date (an archived copy's too) goes in date, with date_from`);
      }
    }
    return {
      id,
      title,
      publisher,
      date,
      dateFrom,
      lang: oneOf(file, row, 'lang', LANGS),
      url,
      titleSr,
      publisherSr: required(file, row, 'publisher_sr'),
    };
  });
}

/** Whether a date part (`2018`, `03`, `21`) is in the address, as it is in `/2018-03-21/` or, two-digit, in `/270319/`. */
function addressHasDatePart(url: string, part: string): boolean {
  return url.includes(part) || url.includes(part.slice(-2));
}

export function parseEvents(file: TextFile, sources: Source[]): TimelineEvent[] {
  const seen = new Set<string>();
  const columns = ['id', 'date', 'precision', 'date_certainty', 'label', 'source_urls', 'note'];
  return readCsv(file, columns).map((row) => {
    const id = checkId(file, row, seen);
    const date = dateOf(file, row);
    if (date.precision === 'unknown') throw new DataError(file.name, row.line, 'an event on the timeline needs a date');
    const urls = required(file, row, 'source_urls').split(/\s+/);
    return {
      id,
      date,
      label: required(file, row, 'label'),
      sources: urls.map((url) => sourceFor(file, row, url, sources)),
      note: row.get('note'),
    };
  });
}

export function parseFigures(file: TextFile, sources: Source[]): CameraFigure[] {
  const seen = new Set<string>();
  const columns = ['id', 'date', 'precision', 'date_certainty', 'kind', 'qualifier', 'value', 'unit', 'label', 'source_url', 'note'];
  return readCsv(file, columns).map((row) => {
    const id = checkId(file, row, seen);
    const raw = required(file, row, 'value');
    if (!/^\d+$/.test(raw) || Number(raw) < 1) {
      throw new DataError(file.name, row.line, `value "${raw}" must be a whole number above 0, without separators`);
    }
    return {
      id,
      date: dateOf(file, row),
      kind: oneOf(file, row, 'kind', KINDS),
      qualifier: oneOf(file, row, 'qualifier', QUALIFIERS),
      value: Number(raw),
      unit: oneOf(file, row, 'unit', UNITS),
      label: required(file, row, 'label'),
      source: sourceFor(file, row, required(file, row, 'source_url'), sources),
      note: row.get('note'),
    };
  });
}

// ---- ArchieML ----------------------------------------------------------------------------

const STORY_KEYS = [
  'url', 'cardstep', 'locale', 'title', 'standfirst', 'byline', 'published', 'credits', 'publisher', 'publisherurl', 'intro', 'steps', 'processes',
  'methodology', 'unknowns', 'corrections', 'ui', 'labels',
];
/** How many events a step may highlight: the timeline labels each on the chart. */
const MAX_HIGHLIGHTED = 4;
const STEP_KEYS = ['id', 'section', 'zoom', 'kicker', 'headline', 'body', 'events', 'figures', 'graphicnote'];

/** Finds the line of `key:` in the copy, searching from a line on (1-based). */
function lineOf(text: string, key: string, fromLine = 1, value?: string): number {
  const lines = text.split('\n');
  const pattern = new RegExp(`^\\s*${key}\\s*:${value === undefined ? '' : `\\s*${escapeRegExp(value)}\\s*$`}`, 'i');
  for (let i = fromLine - 1; i < lines.length; i++) if (pattern.test(lines[i])) return i + 1;
  return fromLine;
}

/** Finds the line that opens `{name}` or `[name]` in the copy; 1 when absent. */
function lineOfBlock(text: string, name: string): number {
  const pattern = new RegExp(`^\\s*[[{]\\s*${escapeRegExp(name)}\\s*[\\]}]`, 'i');
  return text.split('\n').findIndex((line) => pattern.test(line)) + 1 || 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Raw = Record<string, unknown>;

export function parseStory(
  file: TextFile,
  data: { sources: Source[]; events: TimelineEvent[]; figures: CameraFigure[] },
): Story {
  const { text } = file;
  const fail = (line: number, problem: string): never => {
    throw new DataError(file.name, line, problem);
  };
  let doc: Raw;
  try {
    doc = archieml.load(text) as Raw;
  } catch (error) {
    return fail(1, `cannot read the ArchieML: ${(error as Error).message}`);
  }
  for (const key of Object.keys(doc)) {
    if (!STORY_KEYS.includes(key.toLowerCase())) fail(Math.max(lineOfBlock(text, key), lineOf(text, escapeRegExp(key))), `unknown key "${key}"`);
  }
  const field = (key: string): string => {
    const value = doc[key];
    if (typeof value !== 'string' || value.trim() === '') fail(lineOf(text, key), `"${key}" is missing`);
    return (value as string).trim();
  };
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const richText = (raw: string, line: number, what: string): Paragraph[] => {
    let paragraphs: Paragraph[] = [];
    try {
      paragraphs = parseRichText(raw);
    } catch (error) {
      fail(line, `${what}: ${(error as Error).message}`);
    }
    for (const id of citedSources(paragraphs)) {
      if (!sourceIds.has(id)) fail(line, `${what} cites source "${id}", which is not in data/sources.csv`);
    }
    const bare = unsourcedFigures(paragraphs);
    if (bare.length) fail(line, `${what} has figure(s) ${bare.join(', ')} not linked to a source (write [words](source:id))`);
    return paragraphs;
  };

  const ui = doc.ui;
  if (!ui || typeof ui !== 'object' || Array.isArray(ui)) fail(lineOfBlock(text, 'ui'), '"{ui}" block is missing');
  const missingUi = UI_KEYS.filter((key) => typeof (ui as Raw)[key] !== 'string' || (ui as Raw)[key] === '');
  if (missingUi.length) fail(lineOfBlock(text, 'ui'), `"{ui}" lacks ${missingUi.join(', ')}`);
  const unknownUi = Object.keys(ui as Raw).find((key) => !(UI_KEYS as readonly string[]).includes(key));
  if (unknownUi) fail(lineOf(text, escapeRegExp(unknownUi), lineOfBlock(text, 'ui')), `"{ui}" has an unknown key "${unknownUi}"`);
  const rawSteps = doc.steps;
  if (!Array.isArray(rawSteps) || rawSteps.length === 0) fail(lineOfBlock(text, 'steps'), '"[steps]" list is missing or empty');

  const eventIds = new Set(data.events.map((e) => e.id));
  const figureIds = new Set(data.figures.map((f) => f.id));
  const processes = parseProcesses(doc.processes, text, eventIds, fail);
  const stepIds = new Set<string>();
  let stepLine = lineOfBlock(text, 'steps');
  let seenEpilogue = false;
  const steps = (rawSteps as Raw[]).map((raw, index): Step => {
    const id = typeof raw.id === 'string' ? raw.id.trim() : '';
    stepLine = id ? lineOf(text, 'id', stepLine, id) : lineOf(text, 'id', stepLine + 1);
    const here = (key: string) => lineOf(text, key, stepLine);
    if (!id) fail(stepLine, `step ${index + 1} has no id`);
    if (!ID.test(id)) fail(stepLine, `step id "${id}" must be lower-case words joined by hyphens`);
    if (stepIds.has(id)) fail(stepLine, `step id "${id}" is used twice`);
    stepIds.add(id);
    for (const key of Object.keys(raw)) {
      if (!STEP_KEYS.includes(key.toLowerCase())) fail(here(escapeRegExp(key)), `step "${id}": unknown key "${key}"`);
    }
    const str = (key: string, optional = false): string => {
      const value = typeof raw[key] === 'string' ? (raw[key] as string).trim() : '';
      if (!value && !optional) fail(here(key), `step "${id}": "${key}" is missing`);
      return value;
    };
    const choice = <T extends string>(key: string, allowed: readonly T[]): T => {
      const value = str(key);
      if (!allowed.includes(value as T)) fail(here(key), `step "${id}": ${key} "${value}" is not one of ${allowed.join(', ')}`);
      return value as T;
    };
    const list = (key: string, known: Set<string>, what: string): string[] => {
      const ids = str(key, true).split(',').map((s) => s.trim()).filter(Boolean);
      for (const ref of ids) if (!known.has(ref)) fail(here(key), `step "${id}": unknown ${what} "${ref}"`);
      return ids;
    };
    // The timeline labels a step's events on the chart itself: a phone has room for four.
    const highlighted = (ids: string[]) => {
      if (ids.length > MAX_HIGHLIGHTED) fail(here('events'), `step "${id}": ${ids.length} events; the timeline can label ${MAX_HIGHLIGHTED} at most`);
      return ids;
    };
    const section = choice('section', SECTIONS);
    if (section === 'epilogue') seenEpilogue = true;
    else if (seenEpilogue) fail(here('section'), `step "${id}": story steps must come before the epilogue`);
    const figures = list('figures', figureIds, 'figure');
    const events = highlighted(list('events', eventIds, 'event'));
    // The chart's place shows the figures, else a process the step reaches, else this note.
    const showsProcess = processes.some((p) => p.stages.some((stage) => events.includes(stage.event)));
    const graphicNote = str('graphicNote', figures.length > 0 || showsProcess);
    return {
      id,
      section,
      zoom: choice('zoom', ZOOMS),
      kicker: str('kicker'),
      headline: str('headline'),
      body: richText(str('body'), here('body'), `step "${id}" body`),
      events,
      figures,
      graphicNote,
    };
  });
  // A stage no step highlights would never be drawn as reached.
  for (const process of processes) {
    const unreached = process.stages.find((stage) => !steps.some((step) => step.events.includes(stage.event)));
    if (unreached) fail(lineOf(text, escapeRegExp(unreached.event), lineOfBlock(text, 'processes')), `process "${process.title}": no step highlights its stage "${unreached.event}"`);
  }

  // A translation gives the timeline's and the chart's labels in its own language, for every id.
  let { events, figures } = data;
  if (doc.labels !== undefined) {
    const labels = doc.labels as Raw;
    const line = lineOfBlock(text, 'labels');
    const ids = [...data.events.map((e) => e.id), ...data.figures.map((f) => f.id)];
    const missing = ids.filter((id) => typeof labels[id] !== 'string' || labels[id] === '');
    if (missing.length) fail(line, `"{labels}" lacks ${missing.join(', ')}`);
    const unknown = Object.keys(labels).filter((id) => !ids.includes(id));
    if (unknown.length) fail(line, `"{labels}" has unknown id(s) ${unknown.join(', ')}`);
    const label = (id: string) => String(labels[id]).trim();
    events = events.map((e) => ({ ...e, label: label(e.id) }));
    figures = figures.map((f) => ({ ...f, label: label(f.id) }));
  }

  const url = typeof doc.url === 'string' ? doc.url.trim() : '';
  if (url && !/^https?:\/\/[^\s]+\/$/.test(url)) fail(lineOf(text, 'url'), `url "${url}" must be a web address ending in "/"`);

  const publication = parsePublication(doc, text, fail, richText);
  const cardStep = field('cardStep');
  if (!stepIds.has(cardStep)) fail(lineOf(text, 'cardStep'), `cardStep "${cardStep}" is not a step id`);

  return {
    url,
    cardStep,
    locale: field('locale'),
    title: field('title'),
    standfirst: field('standfirst'),
    byline: field('byline'),
    credits: field('credits'),
    publisher: field('publisher'),
    ...publication,
    intro: richText(field('intro'), lineOf(text, 'intro'), 'intro'),
    steps,
    processes,
    methodology: richText(field('methodology'), lineOf(text, 'methodology'), 'methodology'),
    unknowns: richText(field('unknowns'), lineOf(text, 'unknowns'), 'unknowns'),
    ui: Object.fromEntries(Object.entries(ui as Raw).map(([k, v]) => [k, String(v).trim()])) as UiStrings,
    events,
    figures,
    sources: data.sources,
  };
}

/**
 * `[processes]`: each item a `title:` and then its stages, one line each, `event-id: short name`,
 * in the order they are told. Optional: a story without processes shows notes where it has no figures.
 */
function parseProcesses(raw: unknown, text: string, eventIds: Set<string>, fail: (line: number, problem: string) => never): Process[] {
  if (raw === undefined) return [];
  const start = lineOfBlock(text, 'processes');
  if (!Array.isArray(raw)) return fail(start, '"[processes]" must be a list, each item a "title:" and its stages');
  const staged = new Set<string>();
  let line = start;
  return (raw as Raw[]).map((item, index) => {
    const title = typeof item.title === 'string' ? item.title.trim() : '';
    line = lineOf(text, 'title', line + 1);
    if (!title) fail(line, `process ${index + 1} has no title`);
    const stages = Object.entries(item)
      .filter(([key]) => key !== 'title')
      .map(([event, label]) => {
        const here = lineOf(text, escapeRegExp(event), line);
        if (!eventIds.has(event)) fail(here, `process "${title}": "${event}" is not an event id in data/events.csv`);
        if (staged.has(event)) fail(here, `process "${title}": event "${event}" is a stage of another process too`);
        if (typeof label !== 'string' || !label.trim()) fail(here, `process "${title}": stage "${event}" has no name`);
        staged.add(event);
        return { event, label: (label as string).trim() };
      });
    if (stages.length < 2) fail(line, `process "${title}" has ${stages.length} stage(s); a process needs two at least`);
    return { title, stages };
  });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a real day, `YYYY-MM-DD`. */
function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * When and by whom the piece is published, and what changed since. `published` and `publisherUrl`
 * belong to the English copy (translations take them from it, as they take `url`); each edition
 * has its own `[corrections]`, dated, oldest first.
 */
function parsePublication(
  doc: Raw,
  text: string,
  fail: (line: number, problem: string) => never,
  richText: (raw: string, line: number, what: string) => Paragraph[],
): Pick<Story, 'published' | 'publisherUrl' | 'corrections'> {
  const optional = (key: string) => (typeof doc[key] === 'string' ? (doc[key] as string).trim() : '');
  const published = optional('published');
  if (published && !isDay(published)) fail(lineOf(text, 'published'), `published "${published}" must be a day, YYYY-MM-DD`);
  const publisherUrl = optional('publisherUrl');
  if (publisherUrl && !/^https?:\/\/\S+$/.test(publisherUrl)) fail(lineOf(text, 'publisherUrl'), `publisherUrl "${publisherUrl}" is not a web address`);
  const raw = doc.corrections ?? [];
  let line = lineOfBlock(text, 'corrections');
  if (!Array.isArray(raw)) return fail(line, '"corrections" must be a [corrections] list');
  let previous = published;
  const corrections = (raw as Raw[]).map((entry, index) => {
    const date = typeof entry.date === 'string' ? entry.date.trim() : '';
    line = lineOf(text, 'date', line + 1);
    if (!isDay(date)) fail(line, `correction ${index + 1}: date "${date}" must be a day, YYYY-MM-DD`);
    if (previous && date < previous) fail(line, `correction ${index + 1}: ${date} is before ${index ? 'the one above it' : 'the publication day'}`);
    previous = date;
    const body = typeof entry.text === 'string' ? entry.text.trim() : '';
    if (!body) fail(line, `correction ${index + 1}: "text" is missing`);
    return { date, text: richText(body, line, `correction ${index + 1}`) };
  });
  return { published, publisherUrl, corrections };
}

/**
 * A translation's corrections match the English ones, one for one and on the same days: a
 * correction made in one language is made in all. Throws a DataError naming the translation's file.
 */
export function checkTranslatedCorrections(translation: Story, file: TextFile, english: Story): void {
  const line = lineOfBlock(file.text, 'corrections');
  const dates = (story: Story) => story.corrections.map((c) => c.date).join(', ') || 'none';
  if (dates(translation) !== dates(english)) {
    throw new DataError(file.name, line, `[corrections] on ${dates(translation)}, but the English copy has them on ${dates(english)}`);
  }
}
