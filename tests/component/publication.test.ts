// @vitest-environment jsdom
import './jsdom-setup';
import { render, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import type { EmbedContext } from '../../src/embed/options';
import { fixtureStory } from '../fixtures';

const story = fixtureStory();

describe('publication: dates, corrections, credits and landmarks', () => {
  it('says when the piece was published and, once corrected, when it was updated, linking to the corrections note', () => {
    const { container } = render(App, { story, edition: 'en' });
    const byline = container.querySelector('.byline')!;
    const times = [...byline.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual([story.published, story.corrections.at(-1)!.date]);
    const updated = byline.querySelector('a')!;
    expect(updated.getAttribute('href')).toBe('#corrections');
    const note = container.querySelector('#corrections')!.closest('section')!;
    expect(within(note).getAllByRole('listitem')).toHaveLength(story.corrections.length);
    expect(note.querySelector('time')?.getAttribute('datetime')).toBe(story.corrections[0].date);
  });

  it('says nothing of updates, and has no corrections note, while there are none', () => {
    const { container } = render(App, { story: { ...story, corrections: [] }, edition: 'en' });
    expect(container.querySelectorAll('.byline time')).toHaveLength(1);
    expect(container.querySelector('#corrections')).toBeNull();
  });

  it('puts every part of the page in a landmark: the title block, the story, the end', () => {
    const { container } = render(App, { story, edition: 'en' });
    const root = container.querySelector('[data-active-step]')!;
    expect([...root.children].map((el) => el.tagName.toLowerCase())).toEqual(['header', 'main', 'footer']);
    expect(root.querySelector('main [data-step-id]')).not.toBeNull();
    expect(root.querySelector('footer')?.textContent).toContain(story.credits);
  });

  it('adds no landmarks of its own inside a host page (the script embed)', () => {
    const embed = { mode: 'script', options: { chrome: false, start: null, theme: {} }, home: 'https://fixture.example/cameras/' } as EmbedContext;
    const { container } = render(App, { story, edition: 'en', embed });
    expect(container.querySelectorAll('header, main, footer, nav')).toHaveLength(0);
    expect(container.querySelector('[data-step-id]')).not.toBeNull();
  });

  it('links the data behind the charts as files, from the methodology and the data tables', () => {
    const { container } = render(App, { story, edition: 'en' });
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.downloads a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([...Array(2)].flatMap(() => ['./data/events.csv', './data/figures.csv', './data/sources.csv', './data/README.md']));
  });
});
