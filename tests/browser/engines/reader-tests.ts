/**
 * The core reader tests, for an engine other than Chromium: scrolling activates every step in
 * order, a link to a step lands on it with its graphic, the page reads without JavaScript, and
 * both embeds activate every step in a host page on another origin. At phone and desktop sizes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedCode } from '../../../src/embed/code';
import { TRIGGER } from '../../../src/lib/active-step';
import { serveHost, type HostServer } from '../host';
import { frameTop, isShowing, readPositions, readStepIds, scrollDown } from '../in-page';
import { serveStatic, type StaticServer } from '../server';
import { waitFor, type Engine, type Tab, type Viewport } from './engine';

/** Runs in the page: brings step `id` into view and returns the height of its still. */
const STILL_IN_VIEW = (id: string) => {
  const step = document.querySelector(`[data-step-id="${CSS.escape(id)}"]`)!;
  step.scrollIntoView();
  return step.querySelector('.still figure[data-graphic-step]')?.getBoundingClientRect().height ?? 0;
};

const SIZES = [
  ['phone', { width: 375, height: 812 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;

type Positions = ReturnType<typeof readPositions>;

/** The step the reader's position makes active: the last whose top has passed the trigger line, else the first. */
function expectedStep({ ids, tops, height }: Positions): string | undefined {
  let index = 0;
  tops.forEach((top, i) => {
    if (top <= height * TRIGGER) index = i;
  });
  return ids[index];
}

/** A step's top within 3 px of the trigger line: which step is active there is a matter of rounding. */
const onTheLine = ({ tops, height }: Positions) => tops.some((top) => Math.abs(top - height * TRIGGER) < 3);

/**
 * Scrolls `tab` from the top to the bottom by a fifth of the viewport at a time, waits each time
 * until the active step is the one for that position (`read` gives the steps' tops in the
 * reader's viewport), and returns the active steps in the order they came, and the steps' ids.
 */
async function scrollTopToBottom(tab: Tab, viewport: Viewport, read: () => Promise<Positions>) {
  await tab.evaluate(() => window.scrollTo(0, 0));
  const seen: string[] = [];
  let now: Positions = { ids: [], tops: [], active: null, height: viewport.height };
  for (let moves = 0; moves < 5000; moves++) {
    await waitFor(
      async () => {
        now = await read();
        // Off the line first (unless the page is at its bottom), then wait there.
        if (onTheLine(now) && (await tab.evaluate(scrollDown, 6))) return false;
        return now.ids.length === 0 || now.active === expectedStep(now);
      },
      () => `after ${moves} scrolls, ${now.active} is active where ${expectedStep(now)} should be`,
    );
    if (now.active && now.active !== seen.at(-1)) seen.push(now.active);
    if (!(await tab.evaluate(scrollDown, viewport.height / 5))) break;
  }
  return { seen, ids: now.ids };
}

export function readerTests(label: string, launch: (options: { javaScript: boolean }) => Promise<Engine>): void {
  let engine: Engine;
  let noScript: Engine;
  let server: StaticServer;
  let host: HostServer;
  let storyOrigin: string;
  let pages = 0;

  beforeAll(async () => {
    // Both browsers at once (their start is the slow part); servers meanwhile.
    const started = await Promise.allSettled([launch({ javaScript: true }), launch({ javaScript: false }), serveStatic('dist'), serveHost()] as const);
    if (started[0].status === 'fulfilled') engine = started[0].value;
    if (started[1].status === 'fulfilled') noScript = started[1].value;
    if (started[2].status === 'fulfilled') server = started[2].value;
    if (started[3].status === 'fulfilled') host = started[3].value;
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    storyOrigin = new URL(server.url).origin;
    console.log(`${engine.label}: browser started`);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([engine?.close(), noScript?.close(), server?.close(), host?.close()]);
  }, 120_000);

  /** Opens a tab, runs `body` with it, and closes it even when `body` fails. */
  async function withTab(browser: Engine, url: string, viewport: Viewport, body: (tab: Tab) => Promise<void>) {
    const tab = await browser.open(url, viewport);
    try {
      await body(tab);
    } finally {
      await tab.close();
    }
  }

  const hostCsp = () => `default-src 'self'; script-src 'self' ${storyOrigin}; frame-src ${storyOrigin}; style-src 'self'; img-src 'self'`;
  const hostPage = (mode: 'script' | 'frame') =>
    host.add(`/article-${++pages}.html`, {
      embed: embedCode(mode, { root: server.url, edition: 'en', editionPath: '', title: 'Thousands of Cameras', options: { chrome: false, start: null } }),
      csp: hostCsp(),
    });

  describe.each(SIZES)(`${label} at %s size`, (_name, viewport) => {
    it('activates every step in order as the reader scrolls top to bottom', async () => {
      await withTab(engine, server.url, viewport, async (tab) => {
        const ids = await tab.evaluate(readStepIds);
        expect(ids.length).toBeGreaterThan(2);
        const result = await scrollTopToBottom(tab, viewport, () => tab.evaluate(readPositions));
        expect(result.seen).toEqual(ids);
        expect(tab.errors()).toEqual([]);
      });
    });

    it('lands on the step a #id link names, with its graphic (the middle and the last step)', async () => {
      const ids = await withIds(engine, server.url, viewport);
      for (const id of [ids[Math.floor(ids.length / 2)], ids.at(-1)!]) {
        await withTab(engine, `${server.url}#${id}`, viewport, async (tab) => {
          await waitFor(
            () => tab.evaluate(isShowing, id),
            async () => `#${id}: active ${(await tab.evaluate(readPositions)).active}`,
          );
          const top = await tab.evaluate((stepId) => document.querySelector(`[data-step-id="${stepId}"]`)!.getBoundingClientRect().top, id);
          expect(top, `#${id}: the step's top in the viewport`).toBeGreaterThanOrEqual(0);
          expect(top).toBeLessThan(viewport.height);
          expect(tab.errors()).toEqual([]);
        });
      }
    });

    it('reads without JavaScript: every step in order with a still of its graphic, and the sources', async () => {
      await withTab(noScript, server.url, viewport, async (tab) => {
        const page = await tab.evaluate(() => ({
          steps: Array.from(document.querySelectorAll('[data-step-id]'), (el) => {
            const still = el.querySelector('.still figure[data-graphic-step]');
            return {
              id: el.getAttribute('data-step-id'),
              top: el.getBoundingClientRect().top,
              text: el.querySelector('h2')?.textContent ?? '',
              still: still?.getAttribute('data-graphic-step') ?? null,
                        };
          }),
          // Nothing ran: the script would have drawn the live graphic.
          drawn: document.querySelectorAll('.graphic-frame.drawn').length,
          graphic: getComputedStyle(document.querySelector('.graphic-wrap')!).display,
          sources: (() => {
            const sources = document.querySelector('#sources');
            const box = sources?.getBoundingClientRect();
            return !!sources && !!box && box.height > 0 && getComputedStyle(sources).visibility === 'visible';
          })(),
        }));
        expect(page.steps.length).toBeGreaterThan(2);
        page.steps.forEach((step, i) => {
          expect(step.text.length, `${step.id}: headline`).toBeGreaterThan(5);
          expect(step.still, `${step.id}: still`).toBe(step.id);
          if (i > 0) expect(step.top, `${step.id}: below ${page.steps[i - 1].id}`).toBeGreaterThan(page.steps[i - 1].top);
        });
        // Each still as the reader reaches it (step cards are laid out only as they near the
        // viewport: `content-visibility: auto`).
        for (const step of page.steps) {
          let height = 0;
          await waitFor(
            async () => (height = await tab.evaluate(STILL_IN_VIEW, step.id!)) > 200,
            () => `${step.id}: its still is ${height}px tall`,
            10_000,
          );
        }
        expect(page.drawn).toBe(0);
        expect(page.graphic).toBe('none');
        expect(page.sources).toBe(true);
      });
    });

    it('the script embed activates every step in order as the host page scrolls', async () => {
      await withTab(engine, hostPage('script'), viewport, async (tab) => {
        const result = await scrollTopToBottom(tab, viewport, () => tab.evaluate(readPositions));
        expect(result.ids.length).toBeGreaterThan(2);
        expect(result.seen).toEqual(result.ids);
        expect(tab.errors()).toEqual([]);
      });
    });

    it('the iframe with its parent script activates every step in order as the host page scrolls', async () => {
      const frame = `iframe[src^="${storyOrigin}"]`;
      await withTab(engine, hostPage('frame'), viewport, async (tab) => {
        // The parent script makes the frame as tall as the story: then the host page scrolls it.
        await waitFor(
          async () => (await tab.evaluateInFrame(frame, () => document.readyState === 'complete' && document.documentElement.scrollHeight - innerHeight)) === 0,
          () => 'the frame never became as tall as the story',
          30_000,
        ).catch(async () => {
          // A pixel of rounding is fine.
          expect(await tab.evaluateInFrame(frame, () => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
        });
        const result = await scrollTopToBottom(tab, viewport, async () => {
          const box = await tab.evaluate(frameTop, frame);
          const inFrame = await tab.evaluateInFrame(frame, readPositions);
          return { ...inFrame, tops: inFrame.tops.map((top) => box.top + top), height: box.height };
        });
        expect(result.ids.length).toBeGreaterThan(2);
        expect(result.seen).toEqual(result.ids);
        expect(tab.errors()).toEqual([]);
      });
    });
  });

  /** The page's step ids, in order. */
  async function withIds(browser: Engine, url: string, viewport: Viewport): Promise<string[]> {
    let ids: string[] = [];
    await withTab(browser, url, viewport, async (tab) => {
      ids = await tab.evaluate(readStepIds);
    });
    expect(ids.length).toBeGreaterThan(2);
    return ids;
  }
}
