import { describe, expect, it } from 'vitest';
import { describeState, formatCount } from '../../src/lib/format';
import { graphicState, ZOOM_DOMAINS } from '../../src/lib/state';
import { fixtureStory } from '../fixtures';

const story = fixtureStory();
const stateOf = (id: string) => graphicState(story, story.steps.find((s) => s.id === id)!);

describe('graphicState', () => {
  it('is a pure function of the step: the same step gives the same state, whatever came before', () => {
    const direct = stateOf('phases');
    for (const step of story.steps) graphicState(story, step);
    expect(stateOf('phases')).toEqual(direct);
  });

  it('zooms from the 2009–2019 overview to the close-up and out again for the epilogue', () => {
    expect(stateOf('first-office').domain).toEqual(ZOOM_DOMAINS.overview);
    expect(stateOf('contract').domain).toEqual(ZOOM_DOMAINS.close);
    expect(stateOf('residents-count').domain).toEqual(ZOOM_DOMAINS.epilogue);
    expect(ZOOM_DOMAINS.overview[0].getUTCFullYear()).toBe(2009);
    expect(ZOOM_DOMAINS.close[0].getUTCFullYear()).toBe(2017);
  });

  it('draws the step figures in the order the copy lists them', () => {
    const values = (id: string) => stateOf(id).figures.map((f) => f.value);
    expect(values('pilot')).toEqual([12]);
    expect(values('contract')).toEqual([34, 250, 1500]);
    expect(values('phases')).toEqual([20, 60]);
    expect(values('residents-count')).toEqual([2400, 5000]);
  });

  it('highlights the step events in date order, whatever order the copy lists them in', () => {
    expect(stateOf('first-office').highlighted.map((e) => e.id)).toEqual(['office-2010', 'plan-2012']);
    expect(stateOf('contract').highlighted.map((e) => e.id)).toEqual(['contract-2018', 'review-2018']);
  });

  it('keeps the note for steps without figures', () => {
    expect(stateOf('first-office').figures).toEqual([]);
    expect(stateOf('first-office').note).toBe('No camera figures yet: the office had only a plan.');
  });
});

describe('describeState', () => {
  it('says in words what the chart shows, qualifiers and kinds included', () => {
    const text = describeState(stateOf('contract'), 'en-GB', story.ui);
    expect(text).toContain('Timeline from 2017 to 2020');
    expect(text).toContain('15 March 2018: Contract signed with the vendor; second half of 2018: Audit office reviews camera sites');
    expect(text).toContain('34 locations: locations in use (official figure, second half of 2018)');
    expect(text).toContain('250 cameras: working cameras counted by the office (official figure, 15 March 2018)');
    expect(text).toContain('about 1,500 cameras: cameras announced, none yet installed (announced, 15 March 2018)');
  });

  it('says when a figure has no known date or an unconfirmed one', () => {
    expect(describeState(stateOf('pilot'), 'en-GB', story.ui)).toContain('12 cameras: pilot HD cameras in the brochure (vendor figure, date not known)');
    expect(describeState(stateOf('residents-count'), 'en-GB', story.ui)).toContain('at least 2,400 cameras: cameras mapped by residents (crowd-verified, May 2021, date unconfirmed)');
    expect(describeState(stateOf('first-office'), 'en-GB', story.ui)).toContain('first half of 2012, date unconfirmed: Council drafts a camera plan');
  });

  it('says when a step has no figures', () => {
    expect(describeState(stateOf('first-office'), 'en-GB', story.ui)).toMatch(/Timeline from 2009 to 2019\. .*\. No camera figures at this step\.$/);
  });

  it('formats counts with their qualifier', () => {
    const figure = story.figures.find((f) => f.id === 'target-2022')!;
    expect(figure.count).toBe('more than 5,000');
    expect(formatCount({ ...figure, count: undefined }, 'sr-Latn', story.ui)).toBe('more than 5.000');
  });

  it('are formatted at build time for each edition, so no Intl date formatting runs in the browser', () => {
    const cyrillic = fixtureStory('sr-cyrl');
    expect(cyrillic.events.find((e) => e.id === 'tender-2014')?.date.label).toBe('јун 2014.');
    expect(cyrillic.events.find((e) => e.id === 'plan-2012')?.date.label).toBe('прва половина 2012.');
    expect(cyrillic.figures.find((f) => f.id === 'announced-2018')?.count).toBe('око 1.500');
    expect(cyrillic.ui['month-3']).toBe('мар');
    expect(cyrillic.sources.find((s) => s.id === 'town-gazette')?.dateLabel).toBe('15. март 2018.');
    expect(story.sources.find((s) => s.id === 'vendor-brochure')?.dateLabel).toBe('undated');
  });
});
