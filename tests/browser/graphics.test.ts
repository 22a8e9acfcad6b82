/**
 * What the graphic shows a reader, at phone and desktop size, whatever the copy: one scale for the
 * camera marks, counts and event labels in view and uncovered while their step is active, chart
 * text large enough to read, nothing jumping between steps, and the graphic in place to the end.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { place, SIZES, steps, story, useHarness, waitForActive, waitForStillGraphic, withPage } from './page';

const harness = useHarness();

/** In the page: each camera figure's marks box, and whether each count and event label is in view and on top. */
function readGraphic() {
  const frame = document.querySelector('.graphic-frame.drawn figure[data-graphic-step]')!;
  const inView = (el: Element) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    // On top: what is under the label's centre is the label, or the graphic around it, never a step's text.
    return hit !== null && frame.contains(hit);
  };
  return {
    marks: Object.fromEntries(
      [...frame.querySelectorAll('[data-figure-id]')].map((el) => {
        const box = el.getBoundingClientRect();
        return [el.getAttribute('data-figure-id')!, { x: box.x, y: box.y, width: box.width, height: box.height, inset: el.classList.contains('inset') }];
      }),
    ),
    counts: [...frame.querySelectorAll('[data-figure-count]')].map((el) => ({ id: el.getAttribute('data-figure-count')!, shown: inView(el) })),
    events: [...frame.querySelectorAll('[data-event-label]')].map((el) => ({ id: el.getAttribute('data-event-label')!, shown: inView(el) })),
    // A process's stages: whether each is named (its words visible); in view, uncovered and not cut
    // off by the panel, whole or at least its first line (its date, and its name's first line).
    stages: [...frame.querySelectorAll<HTMLElement>('[data-stage]')].map((el) => {
      const panel = el.closest('.process')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      const what = el.querySelector('.what')!;
      const firstLine = parseFloat(getComputedStyle(el).minHeight);
      const lineCentre = document.elementFromPoint(box.left + 1, box.top + firstLine / 2);
      return {
        id: el.dataset.stage!,
        current: el.getAttribute('aria-current') === 'step',
        named: getComputedStyle(what).visibility === 'visible',
        shown: inView(el) && what.getBoundingClientRect().bottom <= panel.bottom + 0.5 && el.scrollHeight <= el.clientHeight + 0.5,
        firstLineShown: firstLine > 0 && box.top >= panel.top - 0.5 && box.top + firstLine <= Math.min(panel.bottom, innerHeight) + 0.5 && lineCentre !== null && el.contains(lineCentre),
      };
    }),
    smallestText: Math.min(
      ...[...frame.querySelectorAll('text, tspan, p, li, span, strong')]
        .filter((el) => (el.textContent ?? '').trim() !== '' && el.getClientRects().length > 0)
        .map((el) => parseFloat(getComputedStyle(el).fontSize)),
    ),
  };
}
type Shown = ReturnType<typeof readGraphic>;

/** Places each step in turn, waits for its graphic to settle, and reads it. */
async function readEveryStep(page: Page): Promise<Map<string, Shown>> {
  const shown = new Map<string, Shown>();
  for (const id of steps().ids) {
    await place(page, id);
    await waitForActive(page, id);
    await waitForStillGraphic(page);
    shown.set(id, await page.evaluate(readGraphic));
  }
  return shown;
}

describe.each(SIZES)('the graphic at %s size', (_name, viewport) => {
  it('draws every camera count at one scale, keeps the counts and event labels in view and uncovered, and text of 12 px or more', async () => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.goto(harness.server.url);
      const shown = await readEveryStep(page);
      const figures = new Map(story().figures.map((f) => [f.id, f]));
      const perCamera: { id: string; step: string; area: number; value: number }[] = [];
      for (const step of steps().all) {
        const graphic = shown.get(step.id)!;
        // Every figure of the step has its count on screen, and every highlighted event its label.
        expect(graphic.counts.map((c) => c.id).sort(), step.id).toEqual([...step.figures].sort());
        expect(graphic.events.map((e) => e.id).sort(), step.id).toEqual([...step.events].sort());
        for (const label of [...graphic.counts, ...graphic.events]) expect(label.shown, `${step.id}: ${label.id} in view, uncovered`).toBe(true);
        // A step without figures that reaches a stage of a process shows that process: its own stages
        // current and in view, whole; every stage reached before named, at least its first line in
        // view (the list gives up room to the current stage where names are long); none ahead named.
        const process = step.figures.length ? undefined : story().processes.find((p) => p.stages.some((stage) => step.events.includes(stage.event)));
        expect(graphic.stages.map((s) => s.id), step.id).toEqual(process?.stages.map((stage) => stage.event) ?? []);
        const before = new Set(steps().all.slice(0, steps().ids.indexOf(step.id)).flatMap((s) => s.events));
        for (const stage of graphic.stages) {
          expect(stage.current, `${step.id}: stage ${stage.id} current`).toBe(step.events.includes(stage.id));
          expect(stage.named, `${step.id}: stage ${stage.id} named`).toBe(stage.current || before.has(stage.id));
          if (stage.current) expect(stage.shown, `${step.id}: stage ${stage.id} in view, uncovered, whole`).toBe(true);
          else if (stage.named) expect(stage.firstLineShown, `${step.id}: stage ${stage.id}'s first line in view, uncovered`).toBe(true);
        }
        expect(graphic.smallestText, step.id).toBeGreaterThanOrEqual(12);
        for (const [id, box] of Object.entries(graphic.marks)) perCamera.push({ id, step: step.id, area: box.width * box.height, value: figures.get(id)!.value });
      }
      expect(perCamera.length).toBeGreaterThan(0);
      // One mark, one camera, the same size everywhere: a block's area over its count is the area of
      // one mark, give or take its partial top row (at most one row in √(count) of the block).
      const mark = Math.min(...perCamera.map((p) => p.area / p.value));
      for (const p of perCamera) expect(p.area / p.value / mark, `${p.step}: ${p.id}`).toBeLessThanOrEqual(1 + 2 / Math.sqrt(p.value) + 0.02);
      expect(errors).toEqual([]);
    });
  });

  it("keeps a process's current stages in view, whole, however long the stages' names", async () => {
    await withPage(harness, viewport, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      // The hardest case the copy has: the step showing a process with the most stages reached before
      // its own (steps with camera figures show those instead).
      const shown = steps().all.flatMap((step) => {
        const process = step.figures.length ? undefined : story().processes.find((p) => p.stages.some((stage) => step.events.includes(stage.event)));
        if (!process) return [];
        const at = process.stages.reduce((last, stage, i) => (step.events.includes(stage.event) ? i : last), -1);
        return [{ step, process, lastStage: process.stages[at].event, reached: at }];
      });
      expect(shown.length, 'the copy shows a process at some step').toBeGreaterThan(0);
      const { step, process: shownProcess, lastStage } = shown.sort((a, b) => b.reached - a.reached)[0];
      await place(page, step.id);
      await waitForActive(page, step.id);
      await waitForStillGraphic(page);
      // Names of 130 characters, twice what the README asks for, as a careless edit might make them.
      await page.$$eval('.graphic-frame [data-stage] .what', (names) => {
        for (const name of names) name.textContent = 'A stage named at great length, '.repeat(5).slice(0, 130);
      });
      const stages = (await page.evaluate(readGraphic)).stages;
      expect(stages.map((s) => s.id)).toEqual(shownProcess.stages.map((s) => s.event));
      // A step may reach more than one stage: all of them are its own.
      const current = stages.filter((s) => s.current);
      expect(current.map((s) => s.id)).toContain(lastStage);
      for (const stage of current) expect(stage.shown, `current stage ${stage.id} in view, uncovered, whole`).toBe(true);
      for (const stage of stages.filter((s) => s.named && !s.current)) expect(stage.firstLineShown, `stage ${stage.id}'s first line in view`).toBe(true);
    });
  });

  it('keeps a figure shown at consecutive steps in its place and size', async () => {
    await withPage(harness, viewport, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      const shown = await readEveryStep(page);
      const ids = steps().ids;
      let compared = 0;
      ids.slice(1).forEach((id, i) => {
        const before = shown.get(ids[i])!.marks;
        const after = shown.get(id)!.marks;
        for (const figure of Object.keys(after).filter((f) => f in before)) {
          // Where a step's blocks no longer fit one above another, the smaller ones are drawn inside
          // the largest: the one change of place the chart allows.
          if (before[figure].inset !== after[figure].inset) continue;
          compared += 1;
          for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(after[figure][key] - before[figure][key]), `${ids[i]} → ${id}: ${figure} ${key}`).toBeLessThan(1.5);
        }
      });
      expect(compared).toBeGreaterThan(0);
    });
  });

  it('keeps the graphic in place through the last step, and shows the first step again after a jump to the top', async () => {
    await withPage(harness, viewport, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      const { first, last } = steps();
      await place(page, last.id);
      await waitForActive(page, last.id);
      // The reader reaches the end of the last step's text: it is just above the screen's bottom edge.
      await page.evaluate((id) => {
        const step = document.querySelector(`[data-step-id="${id}"]`)!;
        window.scrollBy(0, step.getBoundingClientRect().bottom - innerHeight * 0.9);
      }, last.id);
      await waitForActive(page, last.id);
      const wrap = await page.$eval('.graphic-wrap', (el) => el.getBoundingClientRect().top);
      expect(Math.abs(wrap)).toBeLessThan(1);
      // Then the scrollbar is dragged to the top, past every step at once.
      await page.evaluate(() => window.scrollTo(0, 0));
      await waitForActive(page, first.id);
    });
  });
});
