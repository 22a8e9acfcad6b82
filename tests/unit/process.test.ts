import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/build/load';
import { describeState } from '../../src/lib/format';
import { graphicState } from '../../src/lib/state';
import type { Story } from '../../src/lib/types';
import { dataErrorOf, fixtureFiles, fixtureStory } from '../fixtures';

/** The fixture's copy with a `[processes]` block after its steps (the fixture itself has none). */
const withProcesses = (block: string) =>
  fixtureFiles('en', { story: (text) => text.replace('\n[]\n\nmethodology:', `\n[]\n\n[processes]\n${block}\n[]\n\nmethodology:`) });

const TWO_STAGES = 'title: The office, stage by stage\noffice-2010: The office opens\ntender-2014: The tender';
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.startsWith(needle)) + 1;

describe('[processes] in the copy', () => {
  it('reads each process: its title and its stages in the order written, with their names', () => {
    const story = loadStory(withProcesses(`${TWO_STAGES}\n\ntitle: The count\ncount-2021: Residents count\nreview-2018: The audit`));
    expect(story.processes).toEqual([
      { title: 'The office, stage by stage', stages: [{ event: 'office-2010', label: 'The office opens' }, { event: 'tender-2014', label: 'The tender' }] },
      { title: 'The count', stages: [{ event: 'count-2021', label: 'Residents count' }, { event: 'review-2018', label: 'The audit' }] },
    ]);
  });

  it('is optional: a story without it has none', () => {
    expect(fixtureStory().processes).toEqual([]);
  });

  it('lets a step that shows a process go without a graphic note', () => {
    const files = withProcesses(TWO_STAGES);
    files.story.text = files.story.text.replace(/graphicNote: [^\n]*\n/, '');
    expect(() => loadStory(files)).not.toThrow();
  });

  it('still wants the note of a step with neither figures nor a process', () => {
    const files = fixtureFiles('en', { story: (text) => text.replace(/graphicNote: [^\n]*\n/, '') });
    expect(dataErrorOf(() => loadStory(files)).message).toMatch(/step "first-office": "graphicNote" is missing/);
  });

  const rejected = [
    ['a stage that is no event', `${TWO_STAGES}\nmeeting-2015: A meeting`, 'meeting-2015:', /"meeting-2015" is not an event id/],
    ['an event staged in two processes', `${TWO_STAGES}\n\ntitle: Again\noffice-2010: Opens again\ncount-2021: Count`, 'office-2010: Opens again', /event "office-2010" is a stage of another process too/],
    ['a process of one stage', 'title: Alone\noffice-2010: The office opens', 'title: Alone', /has 1 stage\(s\); a process needs two at least/],
    ['a process without a title', 'office-2010: The office opens\ntender-2014: The tender', 'office-2010:', /process 1 has no title/],
  ] as const;
  for (const [what, block, at, problem] of rejected) {
    it(`rejects ${what}, naming the file and line`, () => {
      const files = withProcesses(block);
      const error = dataErrorOf(() => loadStory(files));
      expect(error.message).toMatch(problem);
      expect(error.file).toBe('data/story.aml');
      expect(error.line).toBe(lineOf(files.story.text, at));
    });
  }

  it('rejects a stage that no step highlights, at its line', () => {
    // review-2018 is highlighted by the "contract" step: drop it there to leave its stage unreached.
    const files = withProcesses('title: Audit\nreview-2018: The audit\ncount-2021: The count');
    files.story.text = files.story.text.replace('events: review-2018, contract-2018', 'events: contract-2018');
    const error = dataErrorOf(() => loadStory(files));
    expect(error.message).toMatch(/process "Audit": no step highlights its stage "review-2018"/);
    expect(error.line).toBe(lineOf(files.story.text, 'review-2018:'));
  });
});

describe('the process a step shows', () => {
  const base = fixtureStory();
  // Three steps without figures reach the stages in turn: first-office (office-2010), pilot (tender-2014), and contract.
  const story: Story = {
    ...base,
    processes: [{ title: 'The office, stage by stage', stages: [
      { event: 'office-2010', label: 'Opens' },
      { event: 'tender-2014', label: 'Tender' },
      { event: 'contract-2018', label: 'Contract' },
    ] }],
    steps: base.steps.map((step) => (['pilot', 'contract'].includes(step.id) ? { ...step, figures: [] } : step)),
  };
  const stateAt = (id: string) => graphicState(story, story.steps.find((s) => s.id === id)!);
  const statuses = (id: string) => stateAt(id).process?.stages.map((s) => [s.event.id, s.status]);

  it('marks stages done once an earlier step reached them, current at the step, ahead after', () => {
    expect(statuses('first-office')).toEqual([['office-2010', 'current'], ['tender-2014', 'ahead'], ['contract-2018', 'ahead']]);
    expect(statuses('pilot')).toEqual([['office-2010', 'done'], ['tender-2014', 'current'], ['contract-2018', 'ahead']]);
    expect(statuses('contract')).toEqual([['office-2010', 'done'], ['tender-2014', 'done'], ['contract-2018', 'current']]);
  });

  it('is shown only where the step has no figures, and only by a step that reaches one of its stages', () => {
    expect(graphicState({ ...story, steps: base.steps }, base.steps.find((s) => s.id === 'pilot')!).process).toBeNull();
    expect(stateAt('phases').process).toBeNull();
  });

  it('is the same whichever step was drawn before: a pure function of the step', () => {
    const direct = stateAt('pilot');
    for (const step of story.steps) graphicState(story, step);
    expect(stateAt('pilot')).toEqual(direct);
  });

  it('is described for screen readers by the stages reached so far, not those ahead', () => {
    const text = describeState(stateAt('pilot'), story.locale, story.ui);
    expect(text).toContain('The office, stage by stage');
    expect(text).toContain('Opens');
    expect(text).toContain('Tender');
    expect(text).not.toContain('Contract');
  });
});
