import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeStep, openPage, SIZES, startHarness, stepIds, type Harness } from './page';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Runs in the page: scrolls a step to 40% down the viewport, past the trigger line. */
const scrollToStep = (stepId: string) => {
  const step = document.querySelector(`[data-step-id="${stepId}"]`)!;
  window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4);
};

describe.each(SIZES)('at %s size', (_name, viewport) => {
  it('without JavaScript, shows every step in order, each with a still of its graphic, and the sources', async () => {
    const { page } = await openPage(harness, viewport, { javaScriptEnabled: false });
    await page.goto(harness.server.url);
    const steps = await page.$$eval('[data-step-id]', (elements) =>
      elements.map((el) => {
        const box = el.getBoundingClientRect();
        const still = el.querySelector('.still figure');
        const stillBox = still?.getBoundingClientRect();
        return {
          id: el.getAttribute('data-step-id'),
          top: box.top,
          text: el.querySelector('h2')?.textContent ?? '',
          still: still?.getAttribute('data-graphic-step'),
          stillHeight: stillBox?.height ?? 0,
        };
      }),
    );
    expect(steps.length).toBeGreaterThanOrEqual(13);
    steps.forEach((step, i) => {
      expect(step.text.length).toBeGreaterThan(5);
      expect(step.still).toBe(step.id);
      expect(step.stillHeight).toBeGreaterThan(200);
      if (i > 0) expect(step.top).toBeGreaterThan(steps[i - 1].top);
    });
    // The sticky graphic, which nothing would drive, is not shown at all.
    expect(await page.$eval('.graphic-wrap', (el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.locator('#sources').isVisible()).toBe(true);
    await page.context().close();
  });

  it('takes over the prerendered page without redrawing its text or its graphic, or moving anything', async () => {
    const { page, errors } = await openPage(harness, viewport);
    await page.addInitScript(watchTakeOver);
    await page.goto(harness.server.url);
    // The page comes with the first step's graphic, hidden until the script runs it.
    const prerendered = await page.evaluateHandle(() => document.querySelector('.graphic-frame figure[data-graphic-step]'));
    expect(await prerendered.evaluate((figure) => figure?.getAttribute('data-graphic-step'))).toBe(await page.$eval('.step', (step) => step.id));
    // The script has started (the first step is marked active) and shown the graphic: the same one,
    // hydrated, not drawn again.
    await page.waitForSelector('.step.active');
    await page.waitForSelector('.graphic-frame.drawn figure[data-graphic-step]');
    expect(await prerendered.evaluate((figure) => figure?.isConnected && getComputedStyle(figure).visibility)).toBe('visible');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { seen: object }).seen)).toEqual({ removedFromSteps: 0, graphicsRemoved: 0, layoutShift: 0 });
    expect(errors).toEqual([]);
    await page.context().close();

    // The control: opened on a later step, the page's graphic is the wrong one, and is drawn afresh.
    const linked = await openPage(harness, viewport);
    await linked.page.addInitScript(watchTakeOver);
    await linked.page.goto(`${harness.server.url}#memorandum`);
    await linked.page.waitForSelector('.graphic-frame.drawn figure[data-graphic-step="memorandum"]');
    expect(await linked.page.evaluate(() => (window as unknown as { seen: { graphicsRemoved: number } }).seen.graphicsRemoved)).toBe(1);
    expect(linked.errors).toEqual([]);
    await linked.page.context().close();
  });

  it('requests nothing from another host, satisfies its CSP, and stores nothing', async () => {
    const { page, errors } = await openPage(harness, viewport);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(harness.server.url);
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, viewport.height * 2);
      await page.waitForTimeout(80);
    }
    const origin = new URL(harness.server.url).origin;
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content'))).toContain("script-src 'self'");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('changes state instantly, with no running animation, when the reader prefers reduced motion', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page } = await openPage(harness, viewport, { reducedMotion });
      await page.goto(`${harness.server.url}#strategic-partnership`);
      await page.waitForTimeout(300);
      // The next step zooms the timeline from the overview to the close-up.
      await page.evaluate(scrollToStep, 'cameras-appear');
      await page.waitForFunction(() => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === 'cameras-appear');
      const ticksSoon = await page.$$eval('.tick-label', (ticks) => ticks.map((t) => t.getAttribute('x')).join());
      const animations = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
      await page.waitForTimeout(700);
      const ticksLater = await page.$$eval('.tick-label', (ticks) => ticks.map((t) => t.getAttribute('x')).join());
      if (reducedMotion === 'reduce') {
        expect(ticksSoon).toBe(ticksLater);
        expect(animations).toBe(0);
      } else {
        // The control: with motion allowed, the zoom is still moving a moment after the change.
        expect(ticksSoon).not.toBe(ticksLater);
      }
      await page.context().close();
    }
  });

  // The chunk's failure may arrive before the graphic is wanted (at once) or after (a slow network).
  it.each([0, 800])("reads, and follows the reader, when the graphic's code fails to load (after %i ms)", async (delay) => {
    const { page, errors } = await openPage(harness, viewport);
    await page.route(/\/assets\/graphic-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.abort();
    });
    await page.goto(harness.server.url);
    for (const id of ['memorandum', 'phased-plan']) {
      await page.evaluate(scrollToStep, id);
      await page.waitForFunction((stepId) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === stepId, id);
      expect(await page.locator(`[data-step-id="${id}"] h2`).isVisible()).toBe(true);
    }
    await page.waitForTimeout(delay);
    // The page's own graphic, of the first step, stays hidden rather than stand beside the wrong text.
    expect(await page.$eval('.graphic-frame figure', (figure) => getComputedStyle(figure).visibility)).toBe('hidden');
    // The failure is reported once, by the story (the browser also logs the failed fetch).
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([
      expect.stringContaining('Thousands of Cameras: the graphic could not load'),
    ]);
    await page.context().close();
  });

  it('keeps the story readable when the graphic throws, and says so once', async () => {
    const { page, errors } = await openPage(harness, viewport);
    await page.goto(harness.server.url);
    await page.waitForSelector('figure[data-graphic-step]');
    // Then break the chart as a bug in it would: from now on, laying out the camera marks throws
    // (on this page only the unit layout calls Array.prototype.every, on steps with figures).
    await page.evaluate(() => {
      (Array.prototype as unknown as { every: () => never }).every = () => {
        throw new Error('chart bug');
      };
    });
    const ids = await stepIds(page);
    for (const id of ['commissioner-finding', 'phased-plan', 'draft-laws']) {
      await page.evaluate(scrollToStep, id);
      await page.waitForTimeout(150);
      expect(await activeStep(page)).toBe(id);
      expect(await page.locator(`[data-step-id="${id}"] h2`).isVisible()).toBe(true);
    }
    expect(ids.length).toBeGreaterThanOrEqual(13);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(errors.filter((e) => e.includes('the graphic failed'))).toHaveLength(1);
    expect(errors.every((e) => e.includes('the graphic failed'))).toBe(true);
    await page.context().close();
  });
});

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
