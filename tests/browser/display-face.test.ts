import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DISPLAY_FAMILY, DISPLAY_STACK } from '../../src/build/display-face';
import { settle, SIZES, useHarness, withPage } from './page';

const harness = useHarness();
const EDITIONS = [
  ['', 'en'],
  ['sr/', 'sr'],
  ['sr-cyrl/', 'sr-cyrl'],
] as const;
const HEADINGS = 'h1, h2';

/** Opens an edition's page with the requests it makes and its CSP violations recorded, and waits until its fonts are in. */
async function open(page: Page, path: string) {
  const requests: { url: string; type: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${harness.server.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await settle(page);
  return requests;
}

/** The fonts that Chromium drew each heading with, and how many glyphs in each (DevTools protocol). */
async function renderedFonts(page: Page): Promise<{ text: string; fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[] }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: HEADINGS });
  const texts = await page.$$eval(HEADINGS, (headings) => headings.map((h) => h.textContent ?? ''));
  expect(nodeIds).toHaveLength(texts.length);
  return Promise.all(nodeIds.map(async (nodeId, i) => ({ text: texts[i], fonts: (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts })));
}

describe('the display face', () => {
  it.each(EDITIONS)('/%s: sets every heading in the face, every glyph from it, with one font request and nothing against the CSP', async (path) => {
    await withPage(harness, SIZES[0][1], {}, async ({ page, errors }) => {
      const requests = await open(page, path);
      const fonts = requests.filter((r) => r.type === 'font');
      expect(fonts).toHaveLength(1);
      expect(new URL(fonts[0].url).pathname).toMatch(/^\/assets\/display-[0-9a-f]{8}\.woff2$/);
      // The page's budget: the page, three scripts, the face and the favicon.
      expect(requests.length).toBeLessThanOrEqual(6);
      const faces = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status })));
      expect(faces.find((f) => f.family === DISPLAY_FAMILY)?.status).toBe('loaded');
      expect(await page.$eval('h1', (h) => getComputedStyle(h).fontFamily.split(',')[0].replace(/["']/g, '').trim())).toBe(DISPLAY_FAMILY);
      // Each heading drawn in one font, ours, glyph for glyph: no character fell back to another.
      for (const heading of await renderedFonts(page)) {
        expect(heading.fonts, heading.text).toHaveLength(1);
        expect(heading.fonts[0], heading.text).toMatchObject({ familyName: expect.stringMatching(/^Source Serif 4/), isCustomFont: true });
      }
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it.each(SIZES)('keeps every heading’s height when drawn in the fallback, at %s size (the swap shifts nothing)', async (_name, viewport) => {
    await withPage(harness, viewport, {}, async ({ page }) => {
      for (const [path] of EDITIONS) {
        await open(page, path);
        const measure = () => page.$$eval(HEADINGS, (headings) => headings.map((h) => ({ text: h.textContent, height: h.getBoundingClientRect().height })));
        const inFace = await measure();
        // The stack as a reader sees it before the face arrives (CSSOM, which the CSP allows).
        const fallbackStack = DISPLAY_STACK.slice(1).map((family) => `"${family}"`).join(', ') + ', Georgia, serif';
        await page.evaluate(([selector, stack]) => document.querySelectorAll<HTMLElement>(selector).forEach((h) => (h.style.fontFamily = stack)), [HEADINGS, fallbackStack]);
        const inFallback = await measure();
        const drawnIn = (await renderedFonts(page)).map((h) => h.fonts[0].familyName);
        expect(drawnIn.every((name) => !name.startsWith('Source Serif')), drawnIn.join()).toBe(true);
        expect(inFallback, `/${path}`).toEqual(inFace);
      }
    });
  });

  it('gives way to a host page’s --cameras-font', async () => {
    await withPage(harness, SIZES[0][1], {}, async ({ page }) => {
      await open(page, '');
      await page.evaluate(() => document.documentElement.style.setProperty('--cameras-font', 'monospace'));
      expect(await page.$eval('h1', (h) => getComputedStyle(h).fontFamily)).toBe('monospace');
    });
  });
});
