import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activeStep, PHONE, SIZES, steps, story, useHarness, waitForActive, waitForStart, withPage } from './page';

const harness = useHarness();
const { ids, second, firstWithFigures, epilogue, middle } = steps();

const EDITION_PATHS = ['', 'sr/', 'sr-cyrl/'];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString()).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function meta(html: string, property: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
}

describe('share pages in the build', () => {
  it('exist for every step of every edition, each with its card, tags and a way on to the story', () => {
    expect(readdirSync('dist/s').sort()).toEqual([...ids].sort());
    for (const path of EDITION_PATHS) {
      for (const id of ids) {
        const html = readFileSync(`dist/${path}s/${id}/index.html`, 'utf8');
        expect(meta(html, 'og:title'), `${path}${id}`).toBeTruthy();
        expect(meta(html, 'og:description')).toBeTruthy();
        expect(meta(html, 'og:image')).toMatch(new RegExp(`^https://.+/${path}s/${id}/card\\.png$`));
        expect(meta(html, 'og:image:width')).toBe('1200');
        expect(meta(html, 'og:image:height')).toBe('630');
        expect(meta(html, 'twitter:card')).toBe('summary_large_image');
        expect(html).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+/${path}#${id}">`));
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=../../#${id}">`);
        expect(html).toContain(`<a href="../../#${id}">`);
        expect(pngSize(`dist/${path}s/${id}/card.png`)).toEqual({ width: 1200, height: 630 });
      }
    }
  });

  it('give each edition page its own card', () => {
    for (const path of EDITION_PATHS) {
      const html = readFileSync(`dist/${path}index.html`, 'utf8');
      expect(meta(html, 'og:image')).toMatch(new RegExp(`^https://.+/${path}card\\.png$`));
      expect(pngSize(`dist/${path}card.png`)).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe.each(SIZES)('share links at %s size', (_name, viewport) => {
  it.each([...new Set([second.id, firstWithFigures.id, epilogue.id])])('the share page s/%s/ opens the story on that step', async (id) => {
    await withPage(harness, viewport, {}, async ({ page, errors }) => {
      await page.goto(`${harness.server.url}s/${id}/`);
      await page.waitForURL(new RegExp(`/#${id}$`));
      await waitForActive(page, id);
      expect(await activeStep(page)).toBe(id);
      const box = await page.$eval(`[data-step-id="${id}"] h2`, (el) => el.getBoundingClientRect().toJSON());
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(viewport.height);
      expect(errors).toEqual([]);
    });
  });
});

describe('the share control', () => {
  const shareLink = `[data-step-id="${middle.id}"] .share a`;

  /** Opens the page and waits for its script to start: before that, a share link is a plain link to the share page. */
  async function openStarted(page: Page, url: string): Promise<void> {
    await page.goto(url);
    await waitForStart(page);
  }

  it('copies the section link and says so, to screen readers too, from the keyboard', async () => {
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await openStarted(page, `${harness.server.url}#${middle.id}`);
      await page.focus(shareLink);
      await page.keyboard.press('Enter');
      const status = page.locator(`[data-step-id="${middle.id}"] [role="status"]`);
      await expect.poll(() => status.textContent()).toBe(story().ui['link-copied']);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${harness.server.url}s/${middle.id}/`);
      expect(await page.evaluate(() => location.hash)).toBe(`#${middle.id}`);
    });
  });

  it('opens the native share sheet where the browser has one', async () => {
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.addInitScript(() => {
        const shared: ShareData[] = [];
        (window as unknown as { shared: ShareData[] }).shared = shared;
        navigator.share = async (data?: ShareData) => {
          shared.push(data ?? {});
        };
      });
      await openStarted(page, `${harness.server.url}sr/#${middle.id}`);
      await page.click(shareLink);
      const read = () => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
      await expect.poll(read).toHaveLength(1);
      const shared = await read();
      expect(shared[0].url).toBe(`${harness.server.url}sr/s/${middle.id}/`);
      expect(shared[0].title).toBe(`${steps('sr').middle.headline}: ${story('sr').title}`);
    });
  });

  it('shows the link selected, to copy by hand, when there is no clipboard', async () => {
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      });
      await openStarted(page, `${harness.server.url}#${middle.id}`);
      await page.click(shareLink);
      const field = page.locator(`[data-step-id="${middle.id}"] input.manual`);
      await expect.poll(() => field.inputValue()).toBe(`${harness.server.url}s/${middle.id}/`);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('manual'))).toBe(true);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).selectionEnd)).toBeGreaterThan(10);
    });
  });
});
