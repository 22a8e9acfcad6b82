import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeStep, openPage, SIZES, startHarness, stepIds, type Harness } from './page';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe.each(SIZES)('the story at %s size', (_name, viewport) => {
  it('activates every step in order as the reader scrolls top to bottom, and the graphic changes with each', async () => {
    const { page, errors } = await openPage(harness, viewport);
    await page.goto(harness.server.url);
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(13);

    const seen: string[] = [];
    const graphics = new Map<string, string>();
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    for (let y = 0; y <= bottom + viewport.height; y += viewport.height / 5) {
      await page.mouse.wheel(0, viewport.height / 5);
      await page.waitForTimeout(40);
      const active = await activeStep(page);
      if (active && active !== seen.at(-1)) {
        seen.push(active);
        // Let the transition settle, then keep what the graphic shows for this step.
        await page.waitForTimeout(500);
        const shown = await page.$eval('.drawn figure[data-graphic-step]', (figure) => ({
          step: figure.getAttribute('data-graphic-step'),
          html: figure.innerHTML,
        }));
        expect(shown.step).toBe(active);
        graphics.set(active, shown.html);
      }
    }
    expect(seen).toEqual(ids);
    const drawn = ids.map((id) => graphics.get(id));
    drawn.slice(1).forEach((html, i) => expect(html, `${ids[i + 1]} looks like ${ids[i]}`).not.toBe(drawn[i]));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('activates the right step when the page loads mid-way (scroll restored on reload)', async () => {
    const { page, errors } = await openPage(harness, viewport);
    await page.goto(harness.server.url);
    const target = 'impact-assessment';
    await page.evaluate((id) => {
      const step = document.querySelector(`[data-step-id="${id}"]`)!;
      window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4);
    }, target);
    await page.reload();
    await page.waitForFunction((id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id, target, {
      timeout: 3000,
    });
    // The page's own graphic is the first step's, hidden until the script shows the active one.
    await page.waitForSelector('.graphic-frame.drawn');
    expect(await page.$eval('.drawn figure[data-graphic-step]', (f) => f.getAttribute('data-graphic-step'))).toBe(target);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('activates the right step when the reader scrolls while the script is still busy starting', async () => {
    const { page, errors } = await openPage(harness, viewport);
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
    await page.waitForSelector('.step.active');
    const target = 'memorandum';
    await page.evaluate((id) => {
      const step = document.querySelector(`[data-step-id="${id}"]`)!;
      window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5);
    }, target);
    await page.waitForFunction((id) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id, target, {
      timeout: 3000,
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the active step text clear of the graphic', async () => {
    const { page } = await openPage(harness, viewport);
    await page.goto(harness.server.url);
    for (const id of ['memorandum', 'phased-plan', 'draft-laws']) {
      await page.evaluate((stepId) => {
        const step = document.querySelector(`[data-step-id="${stepId}"]`)!;
        window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.5);
      }, id);
      await page.waitForFunction((stepId) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === stepId, id, { timeout: 3000 });
      // The element on top at the middle of the step's text is the text itself, not the chart.
      const onTop = await page.evaluate((stepId) => {
        const text = document.querySelector(`[data-step-id="${stepId}"] h2`)!;
        const box = text.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return text.contains(hit);
      }, id);
      expect(onTop, `${id} headline is covered`).toBe(true);
    }
    await page.context().close();
  });
});
