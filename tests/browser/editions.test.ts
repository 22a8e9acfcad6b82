import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeStep, openPage, PHONE, startHarness, type Harness } from './page';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('editions', () => {
  it.each([
    ['', 'en-GB', 'Thousands of Cameras', 'about 1,000'],
    ['sr/', 'sr-Latn', 'Hiljade kamera', 'oko 1.000'],
    ['sr-cyrl/', 'sr-Cyrl', 'Хиљаде камера', 'око 1.000'],
  ])('/%s is in %s, with its own title and local number format', async (path, lang, title, count) => {
    const { page, errors } = await openPage(harness, PHONE);
    await page.goto(`${harness.server.url}${path}#thousand-cameras`);
    await page.waitForFunction(() => document.querySelector('figure[data-graphic-step="thousand-cameras"]'));
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.textContent('h1')).toBe(title);
    expect(await page.textContent('figure[data-graphic-step] .count')).toBe(count);
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) => links.map((l) => l.getAttribute('hreflang')));
    expect(alternates).toEqual(['en-GB', 'sr-Latn', 'sr-Cyrl', 'x-default']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes the Cyrillic edition in Cyrillic, keeping Latin-only names', async () => {
    const { page } = await openPage(harness, PHONE);
    await page.goto(`${harness.server.url}sr-cyrl/`);
    const text = (await page.$$eval('[data-step-id="memorandum"] :is(h2, .kicker, .card > p:not(.step-sources))', (els) => els.map((e) => e.textContent).join(' '))) ?? '';
    expect(text).toMatch(/децембр/);
    expect(text).toContain('Huawei');
    expect(text).not.toMatch(/\b(decembr|memorandum)/i);
    await page.context().close();
  });

  it('switches language on the step the reader is at', async () => {
    const { page } = await openPage(harness, PHONE);
    await page.goto(`${harness.server.url}#phased-plan`);
    await page.waitForFunction(() => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === 'phased-plan');
    await page.click('[data-step-id="phased-plan"] .step-tools a[hreflang="sr-Cyrl"]');
    await page.waitForURL(/\/sr-cyrl\/#phased-plan$/);
    await page.waitForFunction(() => document.querySelector('.drawn figure[data-graphic-step]')?.getAttribute('data-graphic-step') === 'phased-plan');
    expect(await activeStep(page)).toBe('phased-plan');
    await page.context().close();
  });
});
