import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { activeStep, place, PHONE, SIZES, stepIds, story, useHarness, waitForActive, waitForStart, withPage } from './page';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const harness = useHarness();

type Axe = { run: (context: object, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };

/**
 * Runs axe with its default rules (WCAG 2.2 A and AA, and its best practices: landmarks, heading
 * order…) on the page, or on the parts matching `include`; returns one line per violation.
 */
async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE};0`);
  const results = await page.evaluate(
    (selectors) =>
      (window as unknown as { axe: Axe }).axe.run(selectors ? { include: selectors.map((s) => [s]) } : document, {}),
    include,
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe.each(['', 'sr/', 'sr-cyrl/'])('accessibility of /%s', (path) => {
  describe.each(SIZES)('at %s size', (_name, viewport) => {
    it.each(['light', 'dark'] as const)('axe finds no violation at any step, in the %s theme', async (colorScheme) => {
      await withPage(harness, viewport, { colorScheme }, async ({ page }) => {
        await page.goto(`${harness.server.url}${path}`);
        const found: string[] = (await axeViolations(page)).map((v) => `top: ${v}`);
        for (const id of await stepIds(page)) {
          await place(page, id);
          await waitForActive(page, id);
          // The whole page was checked above; at each step, what changes: the graphic and the active step.
          found.push(...(await axeViolations(page, ['.graphic-wrap', `[data-step-id="${id}"]`])).map((v) => `${id}: ${v}`));
        }
        await page.evaluate(() => document.querySelector('details.data')?.setAttribute('open', ''));
        found.push(...(await axeViolations(page)).map((v) => `data tables: ${v}`));
        expect(found).toEqual([]);
      });
    });
  });
});

describe('the axe check itself', () => {
  it('reports a violation when there is one', async () => {
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      await page.evaluate(() => document.querySelector('.share a')?.replaceChildren());
      expect((await axeViolations(page)).join()).toMatch(/link-name/);
    });
  });

  it('reports content outside the landmarks, a best practice', async () => {
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      await page.evaluate(() => {
        const main = document.querySelector('main')!;
        main.replaceWith(...main.childNodes);
      });
      expect((await axeViolations(page)).join()).toMatch(/landmark-one-main/);
    });
  });
});

describe('keyboard', () => {
  it('moves step to step with Tab, and the graphic follows', async () => {
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      // Once the script has started: it is what brings a focused step into place.
      await waitForStart(page);
      const ids = await stepIds(page);
      const reached: string[] = [];
      for (let i = 0; i < 200 && reached.length < ids.length; i++) {
        await page.keyboard.press('Tab');
        const focusedStep = await page.evaluate(() => document.activeElement?.closest('[data-step-id]')?.getAttribute('data-step-id'));
        if (focusedStep && focusedStep !== reached.at(-1)) {
          await waitForActive(page, focusedStep);
          expect(await activeStep(page)).toBe(focusedStep);
          reached.push(focusedStep);
        }
      }
      expect(reached).toEqual(ids);
    });
  });

  it('has a skip link to the story that is visible when focused', async () => {
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
      const box = await page.$eval('.skip-link', (el) => el.getBoundingClientRect().toJSON());
      expect(box.top).toBeGreaterThanOrEqual(0);
    });
  });
});

describe('print', () => {
  it('prints a linear document: every step with its graphic, in order, and the sources with their addresses', async () => {
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      await waitForStart(page);
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction(() => document.querySelectorAll('.step .still figure').length === document.querySelectorAll('.step').length);
      const steps = await page.$$eval('[data-step-id]', (elements) =>
        elements.map((el) => ({ id: el.getAttribute('data-step-id'), still: el.querySelector('.still figure')?.getAttribute('data-graphic-step'), top: el.getBoundingClientRect().top })),
      );
      expect(steps.map((s) => s.id)).toEqual(story().steps.map((s) => s.id));
      expect(steps.every((s) => s.still === s.id)).toBe(true);
      expect(steps.every((s, i) => i === 0 || s.top > steps[i - 1].top)).toBe(true);
      expect(await page.$eval('.graphic-wrap', (el) => getComputedStyle(el).display)).toBe('none');
      // Each source's address is written after its title (a link cannot be followed on paper).
      const written = await page.$$eval('#sources ~ ol a.title', (links) =>
        links.map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })),
      );
      expect(written.map((w) => w.href)).toEqual(story().sources.map((source) => source.url));
      for (const { after } of written) expect(after).toMatch(/attr\(href\)|https?:/);
    });
  });
});
