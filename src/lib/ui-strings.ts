/**
 * The interface strings: every key the copy's `{ui}` block gives, in each language (the loader
 * requires each and rejects others). Typed, so that code asking for a key the copy does not have
 * fails `npm run check`.
 */
export const UI_KEYS = [
  'skip', 'language', 'data-toggle', 'table-events', 'table-figures', 'col-date', 'col-event', 'col-kind', 'col-figure',
  'col-what', 'source', 'share', 'link-copied', 'share-field', 'epilogue', 'sources', 'methodology', 'unknowns', 'undated',
  'date-unknown', 'first-half', 'second-half', 'date-unconfirmed', 'after-period',
  'timeline-label', 'cameras-label', 'sources-for-step', 'figure-description', 'timeline-description',
  'cameras-description', 'no-figures-description', 'process-description',
  'kind-vendor', 'kind-official', 'kind-announced', 'kind-planned', 'kind-crowd-verified', 'kind-activist-reported',
  'unit-cameras', 'unit-locations', 'unit-cameras-or-locations',
  'qualifier-about', 'qualifier-at-least', 'qualifier-more-than',
  'mark-counted', 'mark-promised', 'phases-title',
  // Sources' dates, the share cards' figures, and the words that must hedge a promised figure in a share description.
  'date-from-address', 'date-from-archive', 'card-figure', 'hedge-announced', 'hedge-planned',
  // Publication: the dates under the byline, the end matter, the data to download.
  'published', 'updated', 'corrections', 'credits', 'data-download', 'data-events', 'data-figures', 'data-sources', 'data-readme',
  // The "Embed this story" panel and the embeds.
  'embed-read-full', 'embed-title', 'embed-intro', 'embed-start', 'embed-start-intro', 'embed-chrome', 'embed-script',
  'embed-script-note', 'embed-frame', 'embed-frame-note', 'embed-plain', 'embed-plain-note', 'embed-theme', 'embed-copy',
  'embed-copied',
] as const;

/** A key of the copy's `{ui}` block, or a month's short name (`month-1` … `month-12`), which the build adds. */
export type UiKey = (typeof UI_KEYS)[number] | `month-${number}`;
export type UiStrings = Record<UiKey, string>;

/** The words for a figure's qualifier, unit and kind. */
export type FigureWords = Pick<UiStrings, Extract<UiKey, `qualifier-${string}` | `unit-${string}` | `kind-${string}`>>;

/** `a b c` as `a-b-c`, as interface-string keys spell values. */
type Hyphenated<S extends string> = S extends `${infer Head} ${infer Tail}` ? `${Head}-${Hyphenated<Tail>}` : S;

/** The interface-string key for a value: `uiKey('unit', 'cameras or locations')` is `unit-cameras-or-locations`. */
export function uiKey<Prefix extends string, Value extends string>(prefix: Prefix, value: Value): `${Prefix}-${Hyphenated<Value>}` {
  return `${prefix}-${value.replace(/ /g, '-')}` as `${Prefix}-${Hyphenated<Value>}`;
}
