/**
 * What newsrooms and platforms read around the story, written at build time: structured data
 * (schema.org NewsArticle, as JSON-LD), oEmbed (a JSON file per page, since a static host serves
 * no query strings), and the data behind the charts as CSV files.
 */
import { csvFormat } from 'd3-dsv';
import type { NewsArticle, WebPageElement, WithContext } from 'schema-dts';
import { embedCode } from '../embed/code.ts';
import type { Edition } from '../lib/editions.ts';
import { escapeHtml } from '../lib/html.ts';
import { DATA_FILES } from '../lib/data-files.ts';
import type { Step, Story } from '../lib/types.ts';
import { CARD_SIZE } from './share-pages.ts';

/** The day of the last correction, or of publication. */
export function lastModified(story: Story): string {
  return story.corrections.at(-1)?.date ?? story.published;
}

/** The edition page's NewsArticle; on a share page, `step` names the section shared. */
export function newsArticle(story: Story, edition: Edition, base: string, step?: Step): WithContext<NewsArticle> {
  const url = `${base}${edition.path}`;
  const organisation = { '@type': 'Organization', name: story.publisher, url: story.publisherUrl } as const;
  const section: WebPageElement | undefined = step && { '@type': 'WebPageElement', name: step.headline, url: `${url}#${step.id}` };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.standfirst,
    inLanguage: edition.lang,
    datePublished: story.published,
    dateModified: lastModified(story),
    author: { '@type': 'Organization', name: story.byline, url: story.publisherUrl },
    publisher: organisation,
    image: { '@type': 'ImageObject', url: `${url}${step ? `s/${step.id}/` : ''}card.png`, width: `${CARD_SIZE.width}`, height: `${CARD_SIZE.height}` },
    mainEntityOfPage: url,
    isAccessibleForFree: true,
    ...(section ? { hasPart: section } : {}),
  };
}

/**
 * A JSON-LD block. It is data, not script: browsers do not run it, so the page's strict CSP
 * (no inline script) does not apply to it. `<` is escaped so no text can close the element.
 */
export function jsonLdTag(data: object): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** Where a page's oEmbed file is: beside the page, as `oembed.json`. */
export const oembedUrl = (pageUrl: string) => `${pageUrl}oembed.json`;

/** The `<link>` by which a CMS finds a page's oEmbed file. */
export function oembedLink(pageUrl: string, title: string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${oembedUrl(pageUrl)}" title="${escapeHtml(title)}">`;
}

/** The iframe embed's size in the code below: the height holds until the parent script measures the story. */
const EMBED_SIZE = { width: 640, height: 700 };

/**
 * oEmbed 1.0 for an edition's page or (with `step`) a step's share page: the iframe embed in that
 * edition, starting at that step, with our parent script as an optional second element (a CMS
 * that strips scripts keeps a working iframe).
 */
export function oembed(story: Story, edition: Edition, base: string, step?: Step) {
  const url = `${base}${edition.path}`;
  const title = step ? `${step.headline} | ${story.title}` : story.title;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: story.publisher,
    provider_url: story.publisherUrl,
    html: embedCode('frame', { root: base, edition: edition.id, editionPath: edition.path, title, options: { chrome: false, start: step?.id ?? null } }),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    thumbnail_url: `${url}${step ? `s/${step.id}/` : ''}card.png`,
    thumbnail_width: CARD_SIZE.width,
    thumbnail_height: CARD_SIZE.height,
  };
}

/** A row's date as the data files write it: as known, with its precision and certainty beside it. */
const dateColumns = (date: Story['events'][number]['date']) => ({
  date: date.text,
  precision: date.precision,
  date_certainty: date.confirmed ? 'confirmed' : 'unconfirmed',
});

/** The events, camera figures and sources the page shows, as CSV files (named as in DATA_FILES). */
export function dataFiles(story: Story): Record<(typeof DATA_FILES)[number]['name'], string> {
  return {
    'events.csv': csvFormat(
      story.events.map((e) => ({ id: e.id, ...dateColumns(e.date), label: e.label, source_urls: e.sources.map((s) => s.url).join(' '), note: e.note })),
    ),
    'figures.csv': csvFormat(
      story.figures.map((f) => ({
        id: f.id,
        ...dateColumns(f.date),
        kind: f.kind,
        qualifier: f.qualifier,
        value: String(f.value),
        unit: f.unit,
        label: f.label,
        source_url: f.source.url,
        note: f.note,
      })),
    ),
    'sources.csv': csvFormat(story.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, date: s.date, url: s.url }))),
  };
}
