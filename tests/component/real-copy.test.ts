// @vitest-environment jsdom
// The real copy rendered, in every edition: only what must hold for any copy (every step renders,
// with its graphic and its preview card), never what the copy says.
import { placeStepsBelowTheLine } from './jsdom-setup';
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { cardFonts, cardPng } from '../../src/build/share-pages';
import { EDITIONS } from '../../src/lib/editions';
import { graphicState } from '../../src/lib/state';
import App from '../../src/App.svelte';
import Graphic from '../../src/components/Graphic.svelte';
import ShareCard from '../../src/components/ShareCard.svelte';
import { realStory } from '../fixtures';

describe.each(EDITIONS)('the real copy, $id edition', (edition) => {
  const story = realStory(edition.id);
  const ids = story.steps.map((s) => s.id);

  it('renders every step in order, each with its data-step-id and headline, the first one active', () => {
    placeStepsBelowTheLine();
    const { container } = render(App, { story, edition: edition.id });
    expect([...container.querySelectorAll('[data-step-id]')].map((el) => el.getAttribute('data-step-id'))).toEqual(ids);
    for (const step of story.steps) expect(container.querySelector(`[data-step-id="${step.id}"] h2`)?.textContent, step.id).toBe(step.headline);
    expect(container.querySelector('[data-active-step]')?.getAttribute('data-active-step')).toBe(ids[0]);
    for (const link of container.querySelectorAll<HTMLAnchorElement>('a.cite')) {
      expect(container.querySelector(link.getAttribute('href')!), link.href).not.toBeNull();
    }
  });

  it("draws every step's graphic, one count per figure", () => {
    for (const step of story.steps) {
      const view = graphicState(story, step);
      const { container, unmount } = render(Graphic, { props: { view, events: story.events, locale: story.locale, ui: story.ui, still: true } });
      expect(container.querySelector('figure')?.getAttribute('data-graphic-step')).toBe(step.id);
      expect(container.querySelectorAll('[data-figure-count]'), step.id).toHaveLength(step.figures.length);
      unmount();
    }
  });

  it('draws a 1200×630 preview card for every step, and one for the whole piece', () => {
    const card = (stepId: string | null) => {
      const step = story.steps.find((s) => s.id === (stepId ?? story.cardStep))!;
      const props = { title: story.title, kicker: stepId ? step.kicker : '', headline: stepId ? step.headline : story.standfirst, view: graphicState(story, step), events: story.events, locale: story.locale, ui: story.ui, fonts: cardFonts('Source Serif 4 Variable') };
      const { container, unmount } = render(ShareCard, { props });
      const svg = container.querySelector('svg')!;
      expect([svg.getAttribute('width'), svg.getAttribute('height')], stepId ?? 'the piece').toEqual(['1200', '630']);
      const markup = svg.outerHTML;
      unmount();
      return markup;
    };
    for (const id of ids) card(id);
    // As the build writes it: a PNG, whose header gives its size.
    const png = cardPng(card(null));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
