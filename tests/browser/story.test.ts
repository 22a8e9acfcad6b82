import { describe, expect, it } from 'vitest';
import { activeStep, place, settle, SIZES, steps, useHarness, waitForActive, waitForStart, waitForStillGraphic, withPage } from './page';

const harness = useHarness();
const { ids, second, middle, mostFigures, last } = steps();

describe.each(SIZES)('the story at %s size', (_name, viewport) => {
  it('activates every step in order as the reader scrolls top to bottom, and the graphic changes with each', async () => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.goto(harness.server.url);
      await waitForStart(page);
      const seen: string[] = [];
      const graphics = new Map<string, string>();
      const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      for (let y = 0; y <= bottom + viewport.height && seen.length < ids.length; y += viewport.height / 5) {
        // A fifth of the screen at a time, each scroll handled (and the observers' reports) before the next.
        if (y > 0) await page.mouse.wheel(0, viewport.height / 5);
        await settle(page);
        const active = await activeStep(page);
        if (active && active !== seen.at(-1)) {
          seen.push(active);
          // Keep what the graphic shows for this step, once its transition is over.
          await waitForActive(page, active);
          await waitForStillGraphic(page);
          graphics.set(active, await page.$eval('.graphic-frame.drawn figure[data-graphic-step]', (figure) => figure.innerHTML));
        }
      }
      expect(seen).toEqual(ids);
      const drawn = ids.map((id) => graphics.get(id));
      drawn.slice(1).forEach((html, i) => expect(html, `${ids[i + 1]} looks like ${ids[i]}`).not.toBe(drawn[i]));
      expect(errors).toEqual([]);
    });
  });

  it('activates the right step when the page loads mid-way (scroll restored on reload)', async () => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.goto(harness.server.url);
      await place(page, middle.id);
      await page.reload();
      // The page's own graphic is the first step's, hidden until the script shows the active one.
      await waitForActive(page, middle.id);
      expect(errors).toEqual([]);
    });
  });

  it('activates the right step when the reader scrolls while the script is still busy starting', async () => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      // A busy phone: intersection reports arrive late, several to a callback (as browsers queue them).
      await page.addInitScript(() => {
        const Native = window.IntersectionObserver;
        window.IntersectionObserver = class extends Native {
          constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
            let queued: IntersectionObserverEntry[] = [];
            super((entries, observer) => {
              if (!queued.length) setTimeout(() => callback(queued.splice(0), observer), 300);
              queued.push(...entries);
            }, options);
          }
        };
      });
      await page.goto(harness.server.url);
      await waitForStart(page);
      await place(page, second.id);
      await waitForActive(page, second.id);
      expect(errors).toEqual([]);
    });
  });

  it("keeps a step's headline clear of the graphic as the step becomes active", async () => {
    await withPage(harness, viewport, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      await waitForStart(page);
      for (const id of [...new Set([second.id, mostFigures.id, last.id])]) {
        // Just past the trigger line (60% down), where scrolling makes it active.
        await page.evaluate((stepId) => {
          const step = document.querySelector(`[data-step-id="${stepId}"]`)!;
          window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.58);
        }, id);
        await waitForActive(page, id);
        // The element on top at the middle of the step's text is the text itself, not the chart.
        const onTop = await page.evaluate((stepId) => {
          const text = document.querySelector(`[data-step-id="${stepId}"] h2`)!;
          const box = text.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return text.contains(hit);
        }, id);
        expect(onTop, `${id} headline is covered`).toBe(true);
      }
    });
  });
});
