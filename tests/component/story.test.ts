// @vitest-environment jsdom
import { placeStepsBelowTheLine } from './jsdom-setup';
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { graphicState } from '../../src/lib/state';
import App from '../../src/App.svelte';
import Graphic from '../../src/components/Graphic.svelte';
import StepText from '../../src/components/StepText.svelte';
import { fixtureStory } from '../fixtures';

const story = fixtureStory();
const step = (id: string) => story.steps.find((s) => s.id === id)!;

describe('App', () => {
  it('renders every step from the copy, in order, each with its data-step-id', () => {
    const { container } = render(App, { story, edition: 'en' });
    const ids = [...container.querySelectorAll('[data-step-id]')].map((el) => el.getAttribute('data-step-id'));
    expect(ids).toEqual(['first-office', 'pilot', 'contract', 'phases', 'residents-count']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fixture Town Cameras');
    expect(screen.getByRole('heading', { name: 'A contract, and a count' })).toBeTruthy();
  });

  it('marks the root with the active step, the first one while no step has reached the trigger line', () => {
    placeStepsBelowTheLine();
    const { container } = render(App, { story, edition: 'en' });
    expect(container.querySelector('[data-active-step]')?.getAttribute('data-active-step')).toBe('first-office');
  });

  it('lists every source with its address, each a target for the citations', () => {
    const { container } = render(App, { story, edition: 'en' });
    expect(container.querySelector('#source-residents-map')?.textContent).toContain('http://fixture.example/residents/map');
    for (const source of story.sources) {
      expect(container.querySelector(`#source-${source.id}`)?.textContent).toContain(source.url);
    }
    const citations = [...container.querySelectorAll<HTMLAnchorElement>('a.cite')];
    expect(citations.map((link) => link.getAttribute('href'))).toContain('#source-review-report');
    for (const link of citations) expect(container.querySelector(link.getAttribute('href')!)).not.toBeNull();
  });

  it('marks where the epilogue starts, and only there', () => {
    render(App, { story, edition: 'en' });
    const epilogue = document.querySelector('[data-step-id="residents-count"]') as HTMLElement;
    expect(within(epilogue).getByText('Epilogue: later years')).toBeTruthy();
    expect(screen.getAllByText('Epilogue: later years')).toHaveLength(1);
  });
});

describe('StepText', () => {
  it('renders the copy with cited figures linked to their sources', () => {
    render(StepText, { step: step('contract'), sources: [], ui: story.ui, translations: [] });
    const link = screen.getByRole('link', { name: '34 locations' });
    expect(link.getAttribute('href')).toBe('#source-review-report');
    expect(screen.getByRole('link', { name: 'about 1,500 cameras' }).getAttribute('href')).toBe('#source-town-gazette');
    expect(screen.getByText('March 2018')).toBeTruthy();
  });
});

describe('Graphic', () => {
  const renderStep = (id: string) =>
    render(Graphic, {
      props: { view: graphicState(story, step(id)), events: story.events, locale: story.locale, ui: story.ui, still: true },
    });

  it('draws one column per figure, with its count and the unit the source gives', () => {
    const { container } = renderStep('phases');
    const counts = [...container.querySelectorAll('.count')].map((el) => el.textContent);
    expect(counts).toEqual(['20', '60']);
    expect(container.querySelectorAll('.unit')[0].textContent).toBe('cameras or locations');
    expect(container.querySelector('figure')?.getAttribute('data-graphic-step')).toBe('phases');
  });

  it('shows counts with their qualifier', () => {
    const { container } = renderStep('residents-count');
    expect([...container.querySelectorAll('.count')].map((el) => el.textContent)).toEqual(['at least 2,400', 'more than 5,000']);
  });

  it('labels the step events on the timeline at their own precision, saying when a date is unconfirmed', () => {
    const { container } = renderStep('first-office');
    const labels = [...container.querySelectorAll('.highlights li')].map((el) => el.textContent?.trim());
    expect(labels).toEqual(['2010 Council opens a camera office', 'first half of 2012, date unconfirmed Council drafts a camera plan']);
    // Both highlighted on the timeline, the unconfirmed one drawn as such.
    const highlighted = [...container.querySelectorAll('.mark.highlighted')].map((path) => ({
      unconfirmed: path.classList.contains('unconfirmed'),
      marks: path.getAttribute('d')?.match(/M/g)?.length,
    }));
    expect(highlighted).toEqual([
      { unconfirmed: false, marks: 1 },
      { unconfirmed: true, marks: 1 },
    ]);
  });

  it('says when there are no figures yet, and describes the chart in words', () => {
    const { container } = renderStep('first-office');
    expect(container.querySelector('.count')).toBeNull();
    expect(screen.getByText('No camera figures yet: the office had only a plan.')).toBeTruthy();
    const description = container.querySelector('figcaption')?.textContent ?? '';
    expect(description).toContain('first half of 2012, date unconfirmed: Council drafts a camera plan');
    expect(description).toContain('No camera figures at this step.');
  });

  it('shows a legend entry for each kind of mark on screen', () => {
    const legend = (id: string) => [...renderStep(id).container.querySelectorAll('.legend li')].map((el) => el.textContent?.trim());
    expect(legend('contract')).toEqual(['location (not a camera)', 'camera, official count', 'announced or planned, not counted']);
    expect(legend('pilot')).toEqual(["camera, the vendor's figure"]);
    expect(legend('residents-count')).toEqual(['camera, counted by residents', 'announced or planned, not counted']);
  });
});
