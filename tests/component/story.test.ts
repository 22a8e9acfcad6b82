import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readStory } from '../../src/build/story-files';
import { graphicState } from '../../src/lib/state';
import App from '../../src/App.svelte';
import Graphic from '../../src/components/Graphic.svelte';
import StepText from '../../src/components/StepText.svelte';

const story = readStory(process.cwd());
const step = (id: string) => story.steps.find((s) => s.id === id)!;

describe('App', () => {
  it('renders every step from the copy, in order, each with its data-step-id', () => {
    const { container } = render(App, { story, edition: 'en' });
    const ids = [...container.querySelectorAll('[data-step-id]')].map((el) => el.getAttribute('data-step-id'));
    expect(ids).toEqual(story.steps.map((s) => s.id));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Thousands of Cameras');
    expect(screen.getByRole('heading', { name: 'A memorandum on “Safe Society”' })).toBeTruthy();
  });

  it('marks the root with the active step, the first one while no step has reached the trigger line', () => {
    // jsdom has no layout: place every step below the line, as at the top of the page.
    const below = { top: 5000, bottom: 5100, left: 0, right: 0, width: 0, height: 100, x: 0, y: 5000 };
    const original = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = () => ({ ...below, toJSON: () => below });
    onTestFinished(() => {
      Element.prototype.getBoundingClientRect = original;
    });
    const { container } = render(App, { story, edition: 'en' });
    expect(container.querySelector('[data-active-step]')?.getAttribute('data-active-step')).toBe('infrastructure-agreement');
  });

  it('lists every source with its address, each a target for the citations', () => {
    const { container } = render(App, { story, edition: 'en' });
    for (const source of story.sources) {
      const item = container.querySelector(`#source-${source.id}`);
      expect(item?.textContent).toContain(source.url);
    }
    for (const link of container.querySelectorAll<HTMLAnchorElement>('a.cite')) {
      expect(container.querySelector(link.getAttribute('href')!)).not.toBeNull();
    }
  });

  it('marks where the epilogue starts', () => {
    render(App, { story, edition: 'en' });
    const crowd = document.querySelector('[data-step-id="crowd-map"]') as HTMLElement;
    expect(within(crowd).getByText('Epilogue: after 2019')).toBeTruthy();
  });
});

describe('StepText', () => {
  it('renders the copy with cited figures linked to their sources', () => {
    render(StepText, { step: step('commissioner-finding'), sources: [], ui: story.ui, translations: [] });
    const link = screen.getByRole('link', { name: '61 locations' });
    expect(link.getAttribute('href')).toBe('#source-insajder-2018');
    expect(screen.getByText('March 2018')).toBeTruthy();
  });
});

describe('Graphic', () => {
  const renderStep = (id: string) =>
    render(Graphic, {
      props: { view: graphicState(story, step(id)), events: story.events, locale: story.locale, ui: story.ui, still: true },
    });

  it('says when there are no figures yet, and describes the chart in words', () => {
    const { container } = renderStep('memorandum');
    expect(container.querySelector('.count')).toBeNull();
    expect(screen.getByText(/No camera figures were published with the memorandum/)).toBeTruthy();
    const description = container.querySelector('figcaption')?.textContent ?? '';
    expect(description).toContain('December 2014, date unconfirmed: Memorandum on “Safe Society”');
    expect(description).toContain('No camera figures at this step.');
  });

});
