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
    expect(container.querySelector('#source-residents-map a')?.getAttribute('href')).toBe('http://fixture.example/residents/map');
    for (const source of story.sources) {
      const item = container.querySelector(`#source-${source.id}`)!;
      expect(item.querySelector('a')?.getAttribute('href')).toBe(source.url);
      expect(item.textContent).toContain(new URL(source.url).hostname.replace(/^www\./, ''));
    }
    const citations = [...container.querySelectorAll<HTMLAnchorElement>('a.cite')];
    expect(citations.map((link) => link.getAttribute('href'))).toContain('#source-review-report');
    for (const link of citations) expect(container.querySelector(link.getAttribute('href')!)).not.toBeNull();
  });

  it('marks where the epilogue starts, and only there', () => {
    render(App, { story, edition: 'en' });
    const epilogue = document.querySelector('[data-step-id="residents-count"]') as HTMLElement;
    expect(within(epilogue).getByText(story.ui.epilogue)).toBeTruthy();
    expect(screen.getAllByText(story.ui.epilogue)).toHaveLength(1);
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

  it('draws a plan whose unit is disputed as a stepped line of its targets, not as camera marks', () => {
    const { container } = renderStep('phases');
    expect([...container.querySelectorAll('[data-figure-count]')].map((el) => el.textContent)).toEqual(['20', '60']);
    expect(container.querySelectorAll('[data-figure-id]')).toHaveLength(0);
    expect(container.querySelectorAll('.phases .stair')).toHaveLength(3);
    const title = container.querySelector('.phases .title')?.textContent ?? '';
    expect(title.replace(/\s/g, '')).toBe(story.ui['phases-title'].replace(/\s/g, ''));
  });

  it('shows counts with their qualifier', () => {
    const { container } = renderStep('residents-count');
    expect([...container.querySelectorAll('.count')].map((el) => el.textContent)).toEqual(['at least 2,400', 'more than 5,000']);
  });

  it('says when there are no figures yet, and describes the chart in words', () => {
    const { container } = renderStep('first-office');
    expect(container.querySelector('.count')).toBeNull();
    expect(screen.getByText('No camera figures yet: the office had only a plan.')).toBeTruthy();
    const description = container.querySelector('figcaption')?.textContent ?? '';
    expect(description).toContain('first half of 2012, date unconfirmed: Council drafts a camera plan');
    expect(description).toContain('No camera figures at this step.');
  });

  it('draws camera counts as marks, solid when counted and outlined when promised, and locations only in words', () => {
    const { container } = renderStep('contract');
    const marks = [...container.querySelectorAll('[data-figure-id]')];
    const patternOf = (el: Element) => el.querySelector('rect[fill^="url"]')!.getAttribute('fill')!.slice(5, -1);
    const look = (el: Element) => {
      const pattern = [...container.querySelectorAll('pattern')].find((p) => p.id === patternOf(el))!;
      return ['counted', 'promised'].filter((look) => pattern.classList.contains(look)).join();
    };
    expect(Object.fromEntries(marks.map((el) => [el.getAttribute('data-figure-id'), look(el)]))).toEqual({
      'office-count': 'counted',
      'announced-2018': 'promised',
    });
    // Every figure, the locations too, carries its count.
    expect([...container.querySelectorAll('[data-figure-count]')].map((el) => el.getAttribute('data-figure-count')).sort()).toEqual(
      ['announced-2018', 'office-count', 'office-sites'],
    );
  });
});
