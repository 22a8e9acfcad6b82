import { describe, expect, it } from 'vitest';
import { place, settle, SIZES, steps, useHarness, waitForActive, waitForStart, withPage } from './page';

const harness = useHarness();
const { all, ids, second, middle, firstWithFigures, mostFigures, last, zoomChange } = steps();

describe.each(SIZES)('at %s size', (_name, viewport) => {
  it('without JavaScript, shows every step in order, each with a still of its graphic, and the sources', async () => {
    await withPage(harness, viewport, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(harness.server.url);
      const shown = await page.$$eval('[data-step-id]', (elements) =>
        elements.map((el) => {
          const box = el.getBoundingClientRect();
          const still = el.querySelector('.still figure');
          const stillBox = still?.getBoundingClientRect();
          return {
            id: el.getAttribute('data-step-id'),
            top: box.top,
            text: el.querySelector('h2')?.textContent?.trim() ?? '',
            still: still?.getAttribute('data-graphic-step'),
            stillHeight: stillBox?.height ?? 0,
          };
        }),
      );
      expect(shown.map((step) => step.id)).toEqual(ids);
      shown.forEach((step, i) => {
        expect(step.text).toBe(all[i].headline.trim());
        expect(step.still).toBe(step.id);
        expect(step.stillHeight).toBeGreaterThan(200);
        if (i > 0) expect(step.top).toBeGreaterThan(shown[i - 1].top);
      });
      // The sticky graphic, which nothing would drive, is not shown at all.
      expect(await page.$eval('.graphic-wrap', (el) => getComputedStyle(el).display)).toBe('none');
      expect(await page.locator('#sources').isVisible()).toBe(true);
    });
  });

  it('takes over the prerendered page without redrawing its text or its graphic, or moving anything', async () => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.addInitScript(watchTakeOver);
      await page.goto(harness.server.url);
      // The page comes with the first step's graphic, hidden until the script runs it.
      const prerendered = await page.evaluateHandle(() => document.querySelector('.graphic-frame figure[data-graphic-step]'));
      expect(await prerendered.evaluate((figure) => figure?.getAttribute('data-graphic-step'))).toBe(ids[0]);
      // The script has started and shown the graphic: the same one, hydrated, not drawn again.
      await waitForActive(page, ids[0]);
      expect(await prerendered.evaluate((figure) => figure?.isConnected && getComputedStyle(figure).visibility)).toBe('visible');
      await settle(page);
      expect(await page.evaluate(() => (window as unknown as { seen: object }).seen)).toEqual({ removedFromSteps: 0, graphicsRemoved: 0, layoutShift: 0 });
      expect(errors).toEqual([]);
    });

    // The control: opened on a later step, the page's graphic is the wrong one, and is drawn afresh.
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.addInitScript(watchTakeOver);
      await page.goto(`${harness.server.url}#${middle.id}`);
      await waitForActive(page, middle.id);
      expect(await page.evaluate(() => (window as unknown as { seen: { graphicsRemoved: number } }).seen.graphicsRemoved)).toBe(1);
      expect(errors).toEqual([]);
    });
  });

  it('fetches its first script only once the first screen is shown, then starts', async () => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.goto(harness.server.url);
      await waitForActive(page, ids[0]);
      const { firstPaint, firstScript } = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        // The one script the page names (src/build/first-script.ts); the others are its imports.
        firstScript: performance.getEntriesByName(new URL(document.querySelector<HTMLScriptElement>('script[data-src]')!.dataset.src!, location.href).href)[0]?.startTime,
      }));
      expect(firstPaint).toBeGreaterThan(0);
      expect(firstScript).toBeGreaterThan(firstPaint!);
      expect(errors).toEqual([]);
    });
  });

  it('requests nothing from another host, satisfies its CSP, and stores nothing', async () => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = violations;
        document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(harness.server.url);
      await waitForStart(page);
      // Down to the end, where the last of what loads as the reader nears it is: the embed panel's live code.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('[data-embed-code="script"]')?.value.includes(location.host));
      await settle(page);
      const origin = new URL(harness.server.url).origin;
      expect(requests.length).toBeGreaterThan(1);
      expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content'))).toContain("script-src 'self'");
      expect(errors).toEqual([]);
    });
  });

  it('changes state instantly, with no running animation, when the reader prefers reduced motion', async () => {
    // From the step before a zoom change to it: the timeline's axis changes span.
    const before = all[all.indexOf(zoomChange) - 1];
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      await withPage(harness, viewport, { reducedMotion }, async ({ page }) => {
        await page.goto(`${harness.server.url}#${before.id}`);
        // Scroll on only once the script has started and landed on the linked step: starting
        // later, it would bring the page back to the linked step.
        await waitForActive(page, before.id);
        await page.evaluate(RECORD_AXIS, zoomChange.id);
        await place(page, zoomChange.id);
        await waitForActive(page, zoomChange.id);
        // Settled: the axis has not moved for ten frames.
        await page.waitForFunction(() => (window as unknown as { axis: AxisLog }).axis.stillFrames >= 10);
        const axis = await page.evaluate(() => (window as unknown as { axis: AxisLog }).axis);
        if (reducedMotion === 'reduce') {
          expect(axis.positions, 'axis positions while showing the new step').toHaveLength(1);
          expect(axis.mostRunning, 'animations running at once').toBe(0);
        } else {
          // The control: with motion allowed, the axis moves through positions on its way.
          expect(axis.positions.length).toBeGreaterThan(1);
        }
      });
    }
  });

  // The chunk's failure may arrive before the graphic is wanted (at once) or after (a slow network).
  it.each([0, 800])("reads, and follows the reader, when the graphic's code fails to load (after %i ms)", async (delay) => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.route(/\/assets\/graphic-[^/]*\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await route.abort();
      });
      await page.goto(harness.server.url);
      await waitForStart(page);
      for (const id of [second.id, middle.id]) {
        await place(page, id);
        await waitForActive(page, id, { drawn: false });
        expect(await page.locator(`[data-step-id="${id}"] h2`).isVisible()).toBe(true);
      }
      // The failure is reported once, by the story (the browser also logs the failed fetch).
      const reported = () => errors.filter((e) => !e.startsWith('Failed to load resource'));
      await expect.poll(reported).toHaveLength(1);
      expect(reported()).toEqual([expect.stringContaining('Thousands of Cameras: the graphic could not load')]);
      // The page's own graphic, of the first step, stays hidden rather than stand beside the wrong text.
      expect(await page.$eval('.graphic-frame figure', (figure) => getComputedStyle(figure).visibility)).toBe('hidden');
    });
  });

  it('keeps the story readable when the graphic throws, and says so once', async () => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.goto(harness.server.url);
      await waitForActive(page, ids[0]);
      // Then break the chart as a bug in it would: from now on, laying out the camera marks throws
      // (on this page only the unit chart's layout calls Math.sqrt, on steps with camera figures).
      await page.evaluate(() => {
        Math.sqrt = () => {
          throw new Error('chart bug');
        };
      });
      const failed = () => errors.filter((e) => e.includes('the graphic failed'));
      await place(page, firstWithFigures.id);
      await waitForActive(page, firstWithFigures.id, { drawn: false });
      await expect.poll(failed).toHaveLength(1);
      for (const id of [...new Set([mostFigures.id, last.id])]) {
        await place(page, id);
        await waitForActive(page, id, { drawn: false });
        expect(await page.locator(`[data-step-id="${id}"] h2`).isVisible()).toBe(true);
      }
      await settle(page);
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(failed()).toHaveLength(1);
      expect(errors.every((e) => e.includes('the graphic failed'))).toBe(true);
    });
  });
});

type AxisLog = { positions: string[]; stillFrames: number; mostRunning: number };
/**
 * In the page: every frame while the graphic shows step `id`, records the axis's tick positions
 * (each new set once), how many frames they have not moved for, and the most animations running at once.
 */
function RECORD_AXIS(id: string): void {
  const axis: AxisLog = { positions: [], stillFrames: 0, mostRunning: 0 };
  Object.assign(window, { axis });
  const record = () => {
    if (document.querySelector('.graphic-frame.drawn figure[data-graphic-step]')?.getAttribute('data-graphic-step') === id) {
      const ticks = Array.from(document.querySelectorAll('.graphic-frame .tick-label'), (t) => t.getAttribute('x')).join();
      if (ticks === axis.positions.at(-1)) axis.stillFrames += 1;
      else {
        axis.positions.push(ticks);
        axis.stillFrames = 0;
      }
      axis.mostRunning = Math.max(axis.mostRunning, document.getAnimations().filter((a) => a.playState === 'running').length);
    }
    requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
}

/** In the page, before its scripts: counts nodes removed from the steps, graphics removed, and layout shifts. */
function watchTakeOver(): void {
  const seen = { removedFromSteps: 0, graphicsRemoved: 0, layoutShift: 0 };
  Object.assign(window, { seen });
  new MutationObserver((records) => {
    for (const record of records) {
      if ((record.target as Element).closest?.('.steps')) seen.removedFromSteps += record.removedNodes.length;
      for (const node of record.removedNodes) if (node instanceof Element && node.matches('figure[data-graphic-step]')) seen.graphicsRemoved += 1;
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.layoutShift += (entry as PerformanceEntry & { value: number }).value;
  }).observe({ type: 'layout-shift', buffered: true });
}
