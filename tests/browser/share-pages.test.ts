/**
 * The built share pages, whatever the copy: run after `npm run build`. Every page's description is
 * whole sentences that name the kind of any announced or planned figure it mentions, and its card's
 * alt text (Open Graph and Twitter) says what the card shows: every figure, with its kind in words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unnamedKinds } from '../../src/build/share-pages';
import { readStory } from '../../src/build/story-files';
import { EDITIONS } from '../../src/lib/editions';
import { cardFigure } from '../../src/lib/format';
import { graphicState } from '../../src/lib/state';

const root = process.cwd();
const dist = resolve(root, 'dist');
const unescape = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const meta = (html: string, attribute: string, name: string): string | undefined => {
  const match = new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html);
  return match ? unescape(match[1]) : undefined;
};

// In the browser project, which runs after the build (its global setup fails if dist/ is missing).
describe('the built share pages', () => {
  for (const edition of EDITIONS) {
    const story = readStory(root, edition.id);
    const pages = [
      { file: resolve(dist, edition.path, 'index.html'), step: story.steps.find((s) => s.id === story.cardStep)!, whole: true },
      ...story.steps.map((step) => ({ file: resolve(dist, edition.path, 's', step.id, 'index.html'), step, whole: false })),
    ];
    for (const { file, step, whole } of pages) {
      const name = `${edition.id} ${whole ? 'whole piece' : step.id}`;
      const html = readFileSync(file, 'utf8');
      const figures = graphicState(story, step).figures;

      it(`${name}: description is whole sentences and names the kinds it mentions`, () => {
        const description = meta(html, 'property', 'og:description')!;
        expect(description).toBeTruthy();
        expect(description).not.toContain('…');
        expect(description).toMatch(/[.!”“»"')]$/);
        expect(meta(html, 'name', 'description')).toBe(description);
        expect(unnamedKinds(description, figures, story.locale, story.ui)).toEqual([]);
      });

      it(`${name}: card alt text names every figure it shows, with its kind`, () => {
        const alt = meta(html, 'property', 'og:image:alt')!;
        expect(alt).toBeTruthy();
        expect(meta(html, 'name', 'twitter:image:alt')).toBe(alt);
        for (const figure of figures) {
          const shown = cardFigure(figure, story.locale, story.ui);
          expect(alt, figure.id).toContain(`${shown.count} ${shown.unit} (${shown.kind})`);
        }
      });

      it(`${name}: locale and title`, () => {
        expect(meta(html, 'property', 'og:locale')).toBe(edition.id === 'en' ? 'en_GB' : 'sr_RS');
        if (!whole) expect(html).toContain(`<title>${step.headline} | ${story.title}</title>`);
      });
    }
  }
});
