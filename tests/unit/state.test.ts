import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/build/story-files';
import { describeState, formatCount } from '../../src/lib/format';
import { graphicState, ZOOM_DOMAINS } from '../../src/lib/state';

const story = readStory(process.cwd());
const stateOf = (id: string) => graphicState(story, story.steps.find((s) => s.id === id)!);

describe('graphicState', () => {
  it('is a pure function of the step: the same step gives the same state, whatever came before', () => {
    const direct = stateOf('impact-assessment');
    for (const step of story.steps) graphicState(story, step);
    expect(stateOf('impact-assessment')).toEqual(direct);
  });

  it('zooms from the 2009–2019 overview to the close-up and out again for the epilogue', () => {
    expect(stateOf('infrastructure-agreement').domain).toEqual(ZOOM_DOMAINS.overview);
    expect(stateOf('thousand-cameras').domain).toEqual(ZOOM_DOMAINS.close);
    expect(stateOf('draft-laws').domain).toEqual(ZOOM_DOMAINS.epilogue);
    expect(ZOOM_DOMAINS.overview[0].getUTCFullYear()).toBe(2009);
    expect(ZOOM_DOMAINS.close[0].getUTCFullYear()).toBe(2017);
  });

  it('grows through the figures: 9 test cameras, 107 and 1,000, the five phases, 8,000 planned', () => {
    const values = (id: string) => stateOf(id).figures.map((f) => f.value);
    expect(values('case-study')).toEqual([9, 100]);
    expect(values('already-working')).toEqual([107, 1000]);
    expect(values('phased-plan')).toEqual([10, 50, 200, 400, 800]);
    expect(values('crowd-map')).toEqual([689, 661]);
    expect(values('draft-laws')).toEqual([1200, 8000]);
  });

  it('highlights the step events in date order', () => {
    expect(stateOf('draft-laws').highlighted.map((e) => e.id)).toEqual(['draft-2021', 'withdrawn-2021', 'draft-2022', 'withdrawn-2022']);
  });

  it('keeps the note for steps without figures', () => {
    expect(stateOf('memorandum').figures).toEqual([]);
    expect(stateOf('memorandum').note).toMatch(/memorandum/i);
  });
});

describe('describeState', () => {
  it('says in words what the chart shows, qualifiers and kinds included', () => {
    const text = describeState(stateOf('already-working'), 'en-GB', story.ui);
    expect(text).toContain('Timeline from 2017 to 2020');
    expect(text).toContain('9 February 2019: Police director sets out the phased plan');
    expect(text).toContain('107 cameras: upgraded cameras already working at 61 locations (official figure, 9 February 2019)');
    expect(text).toContain('about 1,000 cameras');
    expect(text).toContain('(announced, 31 January 2019)');
  });

  it('says when a figure has no known date or an unconfirmed one', () => {
    expect(describeState(stateOf('case-study'), 'en-GB', story.ui)).toContain('vendor figure, date not known');
    expect(describeState(stateOf('crowd-map'), 'en-GB', story.ui)).toContain('July 2020, date unconfirmed');
  });

  it('formats counts with their qualifier', () => {
    const figure = story.figures.find((f) => f.id === 'planned-2021')!;
    expect(figure.count).toBe('more than 8,000');
    expect(formatCount({ ...figure, count: undefined }, 'sr-Latn', story.ui)).toBe('more than 8.000');
  });

  it('are formatted at build time for each edition, so no Intl date formatting runs in the browser', () => {
    const cyrillic = readStory(process.cwd(), 'sr-cyrl');
    expect(cyrillic.events.find((e) => e.id === 'memorandum-2014')?.date.label).toBe('децембар 2014.');
    expect(cyrillic.figures.find((f) => f.id === 'announced-2019')?.count).toBe('око 1.000');
    expect(cyrillic.ui['month-3']).toBe('мар');
    expect(cyrillic.sources.find((s) => s.id === 'euronews-2021')?.dateLabel).toBe('10. август 2021.');
    expect(story.sources.find((s) => s.id === 'kurir-2017')?.dateLabel).toBe('undated');
  });
});
