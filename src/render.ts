/** Server entry: renders each edition to HTML at build time, so the words arrive before any JavaScript. */
import { render as renderSvelte } from 'svelte/server';
import en from 'virtual:story/en';
import sr from 'virtual:story/sr';
import srCyrl from 'virtual:story/sr-cyrl';
import type { EditionId } from './lib/editions';
import type { CardFonts } from './lib/palette';
import type { Story } from './lib/types';
import App from './App.svelte';
import LiveGraphic from './components/LiveGraphic.svelte';
import ShareCard from './components/ShareCard.svelte';
import { graphicState } from './lib/state';

export const STORIES: Record<EditionId, Story> = { en, sr, 'sr-cyrl': srCyrl };

export function render(edition: EditionId): { head: string; body: string } {
  return renderSvelte(App, { props: { story: STORIES[edition], edition } });
}

/**
 * The sticky graphic as it stands at the first step, for the page's graphic frame: the script
 * takes it over (hydrates it) rather than drawing it afresh at load.
 */
export function renderGraphic(edition: EditionId): string {
  const story = STORIES[edition];
  // Prefixed: its ids must not repeat those of the stills in the page's copy.
  return renderSvelte(LiveGraphic, { props: { story, activeId: story.steps[0].id }, idPrefix: 'graphic' }).body;
}

/** The share card of a step (or, with null, of the whole piece) as an SVG document. */
export function renderCard(edition: EditionId, stepId: string | null, fonts: CardFonts): string {
  const story = STORIES[edition];
  const step = story.steps.find((s) => s.id === (stepId ?? story.cardStep))!;
  const props = {
    title: story.title,
    kicker: stepId ? step.kicker : '',
    headline: stepId ? step.headline : story.standfirst,
    view: graphicState(story, step),
    events: story.events,
    locale: story.locale,
    ui: story.ui,
    fonts,
  };
  return renderSvelte(ShareCard, { props }).body;
}
