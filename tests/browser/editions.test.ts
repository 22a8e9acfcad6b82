import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CYRILLIC_EXCEPTIONS } from '../../src/build/transliterate';
import { activeStep, PHONE, steps, story, useHarness, waitForActive, waitForStart, withPage } from './page';

const harness = useHarness();
const EDITIONS = [
  ['', 'en', 'en-GB'],
  ['sr/', 'sr', 'sr-Latn'],
  ['sr-cyrl/', 'sr-cyrl', 'sr-Cyrl'],
] as const;

describe('editions', () => {
  it.each(EDITIONS)('/%s is the %s edition, in %s, with its own title and local number format', async (path, edition, lang) => {
    const { title, figures } = story(edition);
    const step = steps(edition).firstWithFigures;
    // The count as the build formats it for the edition's locale ("about 1,000", "oko 1.000").
    const count = figures.find((f) => f.id === step.figures[0])!.count;
    await withPage(harness, PHONE, {}, async ({ page, errors }) => {
      await page.goto(`${harness.server.url}${path}#${step.id}`);
      await waitForActive(page, step.id);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('h1')).toBe(title);
      expect(await page.textContent(`.graphic-frame.drawn figure[data-graphic-step] [data-figure-count="${step.figures[0]}"]`)).toBe(count);
      const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) => links.map((l) => l.getAttribute('hreflang')));
      expect(alternates).toEqual(['en-GB', 'sr-Latn', 'sr-Cyrl', 'x-default']);
      expect(errors).toEqual([]);
    });
  });

  it('writes the Cyrillic edition in Cyrillic, keeping Latin-only names', async () => {
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.goto(`${harness.server.url}sr-cyrl/`);
      const texts = await page.$$eval('[data-step-id]', (stepElements) =>
        stepElements.map((s) => [...s.querySelectorAll(':is(h2, .kicker, .card > p:not(.step-sources))')].map((e) => e.textContent).join(' ')),
      );
      expect(texts).toHaveLength(steps().ids.length);
      const latinCopy = steps('sr').all.map((s) => [s.kicker, s.headline, ...s.body.flat().map((run) => run.text)].join(' '));
      texts.forEach((text, i) => {
        expect(text).toMatch(/[а-шђјљњћџ]/);
        // Latin-only names stay as the Latin copy has them; nothing else is left in Latin.
        const kept = CYRILLIC_EXCEPTIONS.filter((name) => latinCopy[i].includes(name));
        for (const name of kept) expect(text).toContain(name);
        // So do web addresses and domain names (Pink.rs), which the transliteration leaves alone.
        const rest = CYRILLIC_EXCEPTIONS.reduce((t, name) => t.split(name).join(' '), text).replace(/[\w-]+(\.[\w-]+)*\.[a-z]{2,}\b/g, ' ');
        expect(rest, `step ${i + 1}`).not.toMatch(/[a-zA-ZčćšžđČĆŠŽĐ]/);
      });
    });
  });

  it('switches language on the step the reader is at', async () => {
    const { id } = steps().middle;
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.goto(`${harness.server.url}#${id}`);
      await waitForActive(page, id);
      await page.click(`[data-step-id="${id}"] .step-tools a[hreflang="sr-Cyrl"]`);
      await page.waitForURL(new RegExp(`/sr-cyrl/#${id}$`));
      await waitForActive(page, id);
      expect(await activeStep(page)).toBe(id);
    });
  });
});

describe('the data to take away', () => {
  it.each(EDITIONS)('/%s: the CSV files hold exactly the rows the data tables show', async (path) => {
    await withPage(harness, PHONE, {}, async ({ page }) => {
      await page.goto(`${harness.server.url}${path}`);
      await waitForStart(page);
      const tables = await page.$$eval('details.data table', (elements) =>
        elements.map((table) => [...table.querySelectorAll('tbody tr')].map((row) => row.querySelectorAll('td')[1]?.textContent?.trim() ?? '')),
      );
      const [events, figures] = ['events.csv', 'figures.csv'].map((name) => csvParse(readFileSync(`dist/${path}data/${name}`, 'utf8')));
      expect(tables).toHaveLength(2);
      // The events table gives each event's label; the figures table each figure's kind.
      expect([...tables[0]].sort()).toEqual(events.map((row) => row.label).sort());
      expect(tables[1]).toHaveLength(figures.length);
      const links = await page.$$eval('.downloads a', (anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const name of ['events.csv', 'figures.csv', 'sources.csv']) expect(links).toContain(new URL(`${path}data/${name}`, harness.server.url).pathname);
    });
  });
});
