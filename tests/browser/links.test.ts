import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeStep, openPage, SIZES, startHarness, type Harness } from './page';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/**
 * Records, every frame from the first, which step the graphic shows while it is visible, and when
 * (ms after navigation started, by the page's own clock) the story's active step last changed.
 */
const RECORD_GRAPHIC_FRAMES = () => {
  const log = { frames: [] as string[], activatedAt: 0, active: '' };
  (window as unknown as { graphicLog: typeof log }).graphicLog = log;
  const record = () => {
    const figure = document.querySelector('figure[data-graphic-step]');
    if (figure && getComputedStyle(figure).visibility === 'visible') log.frames.push(figure.getAttribute('data-graphic-step') ?? '');
    const active = document.querySelector('[data-active-step]')?.getAttribute('data-active-step') ?? '';
    if (active !== log.active) {
      log.active = active;
      log.activatedAt = performance.now();
    }
    requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
};
type GraphicLog = { frames: string[]; activatedAt: number; active: string };

describe.each(SIZES)('links to a section at %s size', (_name, viewport) => {
  it.each(['memorandum', 'phased-plan', 'impact-assessment', 'draft-laws'])(
    'opening #%s lands on that step with its graphic, without showing another step first',
    async (id) => {
      const { page, errors } = await openPage(harness, viewport);
      await page.addInitScript(RECORD_GRAPHIC_FRAMES);
      await page.goto(`${harness.server.url}#${id}`);
      await page.waitForFunction((stepId) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === stepId, id);
      const box = await page.$eval(`[data-step-id="${id}"] h2`, (el) => el.getBoundingClientRect().toJSON());
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(viewport.height);
      await page.waitForTimeout(300);
      const log = await page.evaluate(() => (window as unknown as { graphicLog: GraphicLog }).graphicLog);
      expect(log.frames.length).toBeGreaterThan(0);
      expect(new Set(log.frames)).toEqual(new Set([id]));
      expect(log.active).toBe(id);
      expect(log.activatedAt, 'ms from navigation to the linked step').toBeLessThan(1000);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('lands on the linked step again after a reload', async () => {
    const { page } = await openPage(harness, viewport);
    await page.goto(`${harness.server.url}#already-working`);
    await page.waitForTimeout(200);
    await page.evaluate(() => window.scrollBy(0, 200));
    await page.reload();
    await page.waitForTimeout(300);
    expect(await activeStep(page)).toBe('already-working');
    await page.context().close();
  });

  it('keeps the hash on the active step as the reader scrolls, without adding history entries', async () => {
    const { page } = await openPage(harness, viewport);
    await page.goto(harness.server.url);
    const before = await page.evaluate(() => history.length);
    expect(await page.evaluate(() => location.hash)).toBe('');
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, viewport.height / 2);
      await page.waitForTimeout(60);
    }
    const active = await activeStep(page);
    expect(active).not.toBe('infrastructure-agreement');
    expect(await page.evaluate(() => location.hash)).toBe(`#${active}`);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.context().close();
  });

  it("takes the reader from a step's source to that source in the list, with the address", async () => {
    const { page, errors } = await openPage(harness, viewport);
    await page.goto(`${harness.server.url}#memorandum`);
    await page.waitForFunction(() => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === 'memorandum');
    const link = page.locator('[data-step-id="memorandum"] .step-sources a').last();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForFunction((hash) => location.hash === hash, href);
    await page.waitForTimeout(200);
    // The list is laid out only when the reader nears it (content-visibility): the jump still lands.
    const source = await page.$eval(`[id="${href.slice(1)}"]`, (li) => {
      const box = li.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, target: li.matches(':target') };
    });
    expect(source.target).toBe(true);
    expect(source.top).toBeGreaterThanOrEqual(0);
    expect(source.bottom).toBeLessThanOrEqual(viewport.height);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    '#<img src=x onerror="window.pwned=1">',
    '#%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E',
    '#no-such-step',
    '#%E0%A4%A',
  ])('opens at the top, harmlessly, with the hash %s', async (hash) => {
    const { page, errors } = await openPage(harness, viewport);
    await page.goto(`${harness.server.url}${hash}`);
    await page.waitForTimeout(300);
    expect(await activeStep(page)).toBe('infrastructure-agreement');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.$$('img[src="x"], script:not([src])')).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
