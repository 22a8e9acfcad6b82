import { describe, expect, it } from 'vitest';
import { activeStep, SIZES, steps, useHarness, waitForActive, waitForStart, withPage } from './page';

const harness = useHarness();
const { first, second, middle, firstWithFigures, mostFigures, last } = steps();

/** Records, every frame from the first, which step the graphic shows while it is visible. */
const RECORD_GRAPHIC_FRAMES = () => {
  const frames: string[] = [];
  (window as unknown as { graphicFrames: string[] }).graphicFrames = frames;
  const record = () => {
    const figure = document.querySelector('figure[data-graphic-step]');
    if (figure && getComputedStyle(figure).visibility === 'visible') frames.push(figure.getAttribute('data-graphic-step') ?? '');
    requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
};

describe.each(SIZES)('links to a section at %s size', (_name, viewport) => {
  it.each([...new Set([second.id, firstWithFigures.id, mostFigures.id, last.id])])(
    'opening #%s lands on that step with its graphic, without showing another step first',
    async (id) => {
      await withPage(harness, viewport, {}, async ({ page, errors }) => {
        await page.addInitScript(RECORD_GRAPHIC_FRAMES);
        await page.goto(`${harness.server.url}#${id}`);
        await waitForActive(page, id);
        // A few frames with the graphic shown are recorded (not only the one that first showed it).
        await page.waitForFunction(() => (window as unknown as { graphicFrames: string[] }).graphicFrames.length >= 3);
        const box = await page.$eval(`[data-step-id="${id}"] h2`, (el) => el.getBoundingClientRect().toJSON());
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(viewport.height);
        const frames = await page.evaluate(() => (window as unknown as { graphicFrames: string[] }).graphicFrames);
        expect(new Set(frames)).toEqual(new Set([id]));
        expect(await activeStep(page)).toBe(id);
        expect(errors).toEqual([]);
      });
    },
  );

  it('lands on the linked step again after a reload', async () => {
    await withPage(harness, viewport, {}, async ({ page }) => {
      await page.goto(`${harness.server.url}#${middle.id}`);
      await waitForActive(page, middle.id);
      // The reader scrolls a little within the step; the browser restores that scroll on reload.
      await page.evaluate(() => window.scrollBy(0, 100));
      await page.reload();
      await waitForActive(page, middle.id);
      expect(await page.evaluate(() => location.hash)).toBe(`#${middle.id}`);
    });
  });

  it('keeps the hash on the active step as the reader scrolls, without adding history entries', async () => {
    await withPage(harness, viewport, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      await waitForStart(page);
      const before = await page.evaluate(() => history.length);
      expect(await page.evaluate(() => location.hash)).toBe('');
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, viewport.height / 2);
      // Past the first step, the address names the active step.
      await page.waitForFunction((firstId) => {
        const active = document.querySelector('[data-active-step]')?.getAttribute('data-active-step');
        return active !== firstId && location.hash === `#${active}`;
      }, first.id);
      expect(await page.evaluate(() => history.length)).toBe(before);
    });
  });

  it("takes the reader from a step's source to that source in the list, with the address", async () => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.goto(`${harness.server.url}#${middle.id}`);
      await waitForActive(page, middle.id);
      const link = page.locator(`[data-step-id="${middle.id}"] .step-sources a`).last();
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await page.waitForFunction((hash) => location.hash === hash, href);
      // The list is laid out only when the reader nears it (content-visibility): the jump still lands.
      // Wait for the scroll to land there, then check it stays put with the page settled.
      const inView = (id: string) => {
        const box = document.getElementById(id)!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      };
      await page.waitForFunction(inView, href.slice(1));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(inView, href.slice(1))).toBe(true);
      expect(await page.$eval(`[id="${href.slice(1)}"]`, (li) => li.matches(':target'))).toBe(true);
      expect(errors).toEqual([]);
    });
  });

  it.each([
    '#<img src=x onerror="window.pwned=1">',
    '#%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E',
    '#no-such-step',
    '#%E0%A4%A',
  ])('opens at the top, harmlessly, with the hash %s', async (hash) => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.goto(`${harness.server.url}${hash}`);
      // The script has read the hash by the time it has started and drawn the graphic.
      await waitForActive(page, first.id);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.$$('img[src="x"]')).toHaveLength(0);
      // The one inline script is the page's own starter of its first script (src/build/first-script.ts).
      expect(await page.$$eval('script:not([src]):not([type="application/ld+json"])', (scripts) => scripts.map((s) => s.hasAttribute('data-src')))).toEqual([true]);
      expect(errors).toEqual([]);
    });
  });
});
