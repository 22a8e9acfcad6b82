import { formatFuzzyDate, formatSourceDate } from '../lib/dates.ts';
import { formatCount } from '../lib/format.ts';
import { dateFormat } from '../lib/intl.ts';
import type { FuzzyDate, Source, Story } from '../lib/types.ts';
import type { UiStrings } from '../lib/ui-strings.ts';

/**
 * Formats every date and count of a story for its edition's locale, at build time. Making Intl date
 * formatters is slow on a phone (it loads locale data: hundreds of milliseconds on a cheap one), so
 * readers' browsers get the words, not the work. Also adds the short month names the timeline's
 * ticks use, as `month-1` … `month-12` interface strings.
 */
export function labelStory(story: Story): Story {
  const { locale, ui } = story;
  const label = (date: FuzzyDate): FuzzyDate => ({ ...date, label: formatFuzzyDate(date, locale, ui) });
  const monthFormat = dateFormat(locale, { month: 'short' });
  const months = Object.fromEntries(Array.from({ length: 12 }, (_, m) => [`month-${m + 1}`, monthFormat.format(Date.UTC(2001, m, 1))]));
  const sources = story.sources.map((source) => ({ ...source, dateLabel: sourceDateLabel(source, locale, ui) }));
  const sourceOf = (id: string) => sources.find((s) => s.id === id)!;
  return {
    ...story,
    ui: { ...ui, ...months },
    publishedLabel: formatSourceDate(story.published, locale, ui),
    corrections: story.corrections.map((correction) => ({ ...correction, dateLabel: formatSourceDate(correction.date, locale, ui) })),
    sources,
    events: story.events.map((event) => ({ ...event, date: label(event.date), sources: event.sources.map((s) => sourceOf(s.id)) })),
    figures: story.figures.map((figure) => ({ ...figure, date: label(figure.date), count: formatCount(figure, locale, ui), source: sourceOf(figure.source.id) })),
  };
}

/** A source's date as the list shows it, saying when it was read from the address or is an archived copy's. */
export function sourceDateLabel(source: Pick<Source, 'date' | 'dateFrom'>, locale: string, ui: UiStrings): string {
  const date = formatSourceDate(source.date, locale, ui);
  if (source.dateFrom === 'address') return `${date} (${ui['date-from-address']})`;
  if (source.dateFrom === 'archive') return `${date} (${ui['date-from-archive']})`;
  return date;
}
