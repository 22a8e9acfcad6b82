// The real copy and data (data/): only what must hold for any copy an editor writes, so that a
// correction never turns the tests red. What the code does is tested on the fixture story; the
// real copy rendered is in tests/component/real-copy.test.ts.
import { describe, expect, it } from 'vitest';
import { shareTitle, sharePage } from '../../src/build/share-pages';
import { EDITIONS } from '../../src/lib/editions';
import { escapeHtml } from '../../src/lib/html';
import { citedSources, unsourcedFigures } from '../../src/lib/richtext';
import type { Paragraph, Story } from '../../src/lib/types';
import { realStory } from '../fixtures';

/** Every piece of rich text in a story, named for messages. */
const richTexts = (story: Story): [string, Paragraph[]][] => [
  ['intro', story.intro],
  ...story.steps.map((step): [string, Paragraph[]] => [`step "${step.id}"`, step.body]),
  ['methodology', story.methodology],
  ['unknowns', story.unknowns],
];

describe.each(EDITIONS)('the real copy, $id edition', (edition) => {
  // Reading it runs every check of the loader: a problem fails this file with its file and line.
  const story = realStory(edition.id);

  it('has steps, the story before the epilogue, and a preview card step among them', () => {
    expect(story.steps.length).toBeGreaterThan(0);
    const sections = story.steps.map((s) => s.section);
    const epilogue = sections.indexOf('epilogue');
    expect(epilogue === -1 ? [] : sections.slice(epilogue)).not.toContain('story');
    expect(story.steps.map((s) => s.id)).toContain(story.cardStep);
  });

  it('resolves every event and figure a step names, and every source a row names', () => {
    const eventIds = new Set(story.events.map((e) => e.id));
    const figureIds = new Set(story.figures.map((f) => f.id));
    for (const step of story.steps) {
      for (const id of step.events) expect(eventIds.has(id), `${step.id}: event ${id}`).toBe(true);
      for (const id of step.figures) expect(figureIds.has(id), `${step.id}: figure ${id}`).toBe(true);
    }
    for (const source of [...story.events.flatMap((e) => e.sources), ...story.figures.map((f) => f.source)]) {
      expect(story.sources, source.url).toContainEqual(source);
    }
  });

  it('cites only listed sources, and no number outside a citation but years', () => {
    const sourceIds = new Set(story.sources.map((s) => s.id));
    for (const [where, paragraphs] of richTexts(story)) {
      for (const id of citedSources(paragraphs)) expect(sourceIds.has(id), `${where} cites ${id}`).toBe(true);
      expect(unsourcedFigures(paragraphs), where).toEqual([]);
    }
  });

  it('has a share page for every step, titled and pointing to it', () => {
    for (const step of story.steps) {
      const page = sharePage(story, step, edition, story.url, []);
      expect(page, step.id).toContain(`<title>${escapeHtml(shareTitle(story, step))}</title>`);
      expect(page, step.id).toContain(`<meta property="og:image" content="${story.url}${edition.path}s/${step.id}/card.png">`);
      expect(page, step.id).toContain(`<meta http-equiv="refresh" content="0; url=../../#${step.id}">`);
    }
  });
});
