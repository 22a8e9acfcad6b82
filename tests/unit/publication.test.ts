import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { checkTranslatedCorrections, loadStory } from '../../src/build/load';
import { dataFiles, jsonLdTag, lastModified, newsArticle, oembed } from '../../src/build/publishing';
import { EDITIONS } from '../../src/lib/editions';
import { dataErrorOf, fixtureFiles, fixtureStory } from '../fixtures';

const problem = (run: () => unknown): string => dataErrorOf(run).message;

describe('the publication fields in the copy', () => {
  it('reads the day of publication and the corrections, oldest first', () => {
    const story = fixtureStory();
    expect(story.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(story.corrections.map((c) => c.date)).toEqual([...story.corrections.map((c) => c.date)].sort());
    expect(story.corrections[0].dateLabel).toBeTruthy();
    expect(lastModified(story)).toBe(story.corrections.at(-1)!.date);
  });

  it.each([
    ['a publication day that is not a day', (t: string) => t.replace(/^published: .*$/m, 'published: 2022-06'), /published "2022-06" must be a day/],
    ['a correction on a day that does not exist', (t: string) => t.replace(/^date: 2022-07-01$/m, 'date: 2022-02-30'), /correction 1: date "2022-02-30" must be a day/],
    ['a correction before publication', (t: string) => t.replace(/^date: 2022-07-01$/m, 'date: 2021-01-01'), /correction 1: 2021-01-01 is before the publication day/],
    ['a correction without its text', (t: string) => t.replace(/^text: .*$/m, 'text:'), /correction 1: "text" is missing/],
  ])('rejects %s, naming the file and line', (_what, change, message) => {
    const text = problem(() => loadStory(fixtureFiles('en', { story: change })));
    expect(text).toMatch(/^data\/story\.aml:\d+: /);
    expect(text).toMatch(message);
  });

  it('requires a translation to list the same corrections, on the same days', () => {
    const english = fixtureStory();
    const files = fixtureFiles('sr', { story: (t) => t.replace(/^date: 2022-07-01$/m, 'date: 2022-07-02') });
    const text = problem(() => checkTranslatedCorrections(loadStory(files), files.story, english));
    expect(text).toMatch(/^data\/story\.sr\.aml:\d+: \[corrections\] on 2022-07-02, but the English copy has them on 2022-07-01/);
    expect(() => checkTranslatedCorrections(fixtureStory('sr'), fixtureFiles('sr').story, english)).not.toThrow();
  });
});

describe('what the build publishes around the story', () => {
  const story = fixtureStory();
  const [en] = EDITIONS;

  it('writes the rows the page shows as CSV, each with its source, kind, precision and certainty', () => {
    const files = dataFiles(story);
    const events = csvParse(files['events.csv']);
    const figures = csvParse(files['figures.csv']);
    const sources = csvParse(files['sources.csv']);
    expect(events.map((e) => e.id)).toEqual(story.events.map((e) => e.id));
    expect(figures.map((f) => f.id)).toEqual(story.figures.map((f) => f.id));
    expect(sources.map((s) => s.url)).toEqual(story.sources.map((s) => s.url));
    expect(events.columns).toEqual(['id', 'date', 'precision', 'date_certainty', 'label', 'source_urls', 'note']);
    expect(figures.columns).toEqual(['id', 'date', 'precision', 'date_certainty', 'kind', 'qualifier', 'value', 'unit', 'label', 'source_url', 'note']);
    for (const [row, figure] of figures.map((row, i) => [row, story.figures[i]] as const)) {
      expect(row).toMatchObject({ kind: figure.kind, value: String(figure.value), precision: figure.date.precision, source_url: figure.source.url });
    }
  });

  it('gives oEmbed 1.0 for a page and for a step, the step one starting there', () => {
    const page = oembed(story, en, story.url);
    expect(page).toMatchObject({ version: '1.0', type: 'rich', title: story.title, provider_name: story.publisher, thumbnail_url: `${story.url}card.png` });
    expect(page.html).toMatch(new RegExp(`^<iframe [^>]*src="${story.url}"`));
    expect(page.html).toContain('<script src="');
    const step = story.steps[1];
    const shared = oembed(story, en, story.url, step);
    expect(shared.html).toContain(`src="${story.url}?start=${step.id}"`);
    expect(shared.thumbnail_url).toBe(`${story.url}s/${step.id}/card.png`);
    for (const file of [page, shared]) expect([file.width, file.height, file.thumbnail_width, file.thumbnail_height].every(Number.isInteger)).toBe(true);
  });

  it('describes the piece as a NewsArticle, a share page naming its section, in a block no text can close', () => {
    const article = newsArticle(story, en, story.url);
    expect(article).toMatchObject({ '@type': 'NewsArticle', headline: story.title, datePublished: story.published, dateModified: lastModified(story), isAccessibleForFree: true });
    expect(article).not.toHaveProperty('hasPart');
    const step = story.steps[2];
    expect(newsArticle(story, en, story.url, step)).toMatchObject({ hasPart: { '@type': 'WebPageElement', name: step.headline, url: `${story.url}#${step.id}` } });
    const tag = jsonLdTag({ headline: '</script><script>alert(1)</script>' });
    expect(tag.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(tag.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
