/**
 * The three ways of embedding the story, in a news site's article page on another origin with
 * hostile CSS and a strict Content-Security-Policy. The embed code is the one the story's own
 * "Embed this story" panel gives.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EDITIONS } from '../../src/lib/editions';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveHost, type HostPage, type HostServer } from './host';
import { activeStep, DESKTOP, PHONE, settle, SIZES, steps, stepIds, story, useHarness, waitForStart, withPage, type OpenPage, type Viewport } from './page';

const harness = useHarness();
const { middle, second } = steps();
let host: HostServer;
let codes: Record<'script' | 'frame' | 'plain', string>;
let ids: string[];
let storyOrigin: string;
let pages = 0;

beforeAll(async () => {
  host = await serveHost();
  storyOrigin = new URL(harness.server.url).origin;
  // The embed codes, as the story's own panel gives them, and its steps: read once for the file.
  await withPage(harness, DESKTOP, {}, async ({ page }) => {
    await page.goto(harness.server.url);
    await openEmbedPanel(page);
    codes = Object.fromEntries(
      await page.$$eval('[data-embed-code]', (fields) => fields.map((f) => [f.getAttribute('data-embed-code'), (f as HTMLTextAreaElement).value])),
    );
    ids = await stepIds(page);
  });
});
afterAll(async () => {
  await host?.close();
});

/**
 * Scrolls to the embed panel, which the script draws as the reader comes near (in place of its
 * prerendered copy), waits until it is live (its code then names the address it is served from),
 * and unfolds it.
 */
async function openEmbedPanel(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('.embed-panel')!.scrollIntoView());
  await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('[data-embed-code="script"]')?.value.includes(location.host));
  await page.click('.embed-panel summary');
}

/** What the host allows: itself, and our script and frames. No inline styles; inline scripts only by their hash. */
const hostCsp = (...scriptHashes: string[]) =>
  `default-src 'self'; script-src 'self' ${storyOrigin} ${scriptHashes.join(' ')}; frame-src ${storyOrigin}; style-src 'self'; img-src 'self'`;
/** The CSP source that allows one inline script, as a strict host allows its own. */
const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** Runs in every frame: records Content-Security-Policy violations. */
const WATCH_CSP = () => {
  const violations: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
};
const cspViolations = (target: Page | Frame) => target.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Runs `test` on a host article page with the given embed, in a context that closes however the test ends. */
function withHost<T>(viewport: Viewport, spec: Partial<HostPage> & { embed: string }, test: (opened: OpenPage & { url: string }) => Promise<T>): Promise<T> {
  const url = host.add(`/article-${++pages}.html`, { csp: hostCsp(), ...spec });
  return withPage(harness, viewport, {}, async (opened) => {
    await opened.page.addInitScript(WATCH_CSP);
    await opened.page.goto(url);
    return test({ ...opened, url });
  });
}

/** The story's frame in the host page, once its script runs; it then records the viewports its parent sends. */
async function storyFrame(page: Page): Promise<Frame> {
  await page.waitForFunction((origin) => [...document.querySelectorAll('iframe')].some((f) => f.src.startsWith(origin)), storyOrigin);
  const frame = page.frames().find((f) => f.url().startsWith(storyOrigin))!;
  await frame.waitForSelector('[data-active-step]', { state: 'attached' });
  await frame.evaluate(WATCH_VIEWPORT);
  return frame;
}

/**
 * Runs in the story's frame: records the frame's top in the reader's viewport from each viewport
 * message its parent sends, ours or pym.js's. Added after the story's own listener, it hears each
 * message once the story has handled it.
 */
const WATCH_VIEWPORT = () => {
  const seen = { top: NaN };
  (window as unknown as { viewportSeen: typeof seen }).viewportSeen = seen;
  window.addEventListener('message', (event) => {
    const data = event.data as unknown;
    if (typeof data === 'string') {
      const parts = data.split('xPYMx');
      if (parts[2] === 'viewport-iframe-position') seen.top = Number(parts[3].split(' ')[2]);
    } else if (data && typeof data === 'object' && (data as { kind?: string }).kind === 'viewport') seen.top = (data as { top: number }).top;
  });
};

/**
 * Waits until the frame has heard from its parent where it is now in the reader's viewport, and
 * returns that top. Read afresh at each try: on a busy machine the host's or the frame's layout may
 * still move the frame after the scroll (the parent then tells it again), and a top read once
 * would be waited for in vain.
 */
async function waitForViewport(page: Page, frame: Frame): Promise<number> {
  let top = Number.NaN;
  await expect
    .poll(
      async () => {
        top = (await frameBox(page)).top;
        const seen = await frame.evaluate(() => (window as unknown as { viewportSeen: { top: number } }).viewportSeen.top);
        return Math.abs(seen - top);
      },
      { timeout: 30_000 },
    )
    .toBeLessThanOrEqual(1);
  return top;
}

/** Waits until the frame is as tall as its content (within the 2-3 px that whole-pixel heights from pym.js and a fractional layout can differ by). */
const waitForFullHeight = (page: Page, frame: Frame) =>
  expect.poll(async () => Math.abs((await frameBox(page)).height - (await contentHeight(frame))), { timeout: 10_000 }).toBeLessThan(3);

/** The iframe's content box, in the host's viewport. */
const frameBox = (page: Page) =>
  page.$eval(`iframe[src^="${storyOrigin}"]`, (frame) => {
    const style = getComputedStyle(frame);
    const box = frame.getBoundingClientRect();
    const top = box.top + frame.clientTop + parseFloat(style.paddingTop);
    return { top, height: frame.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom), docTop: top + scrollY };
  });

const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/**
 * Scrolls down the page, past each step in turn (`stepTops` reads their tops, in px of the page)
 * from 80% to 40% of the viewport's height in steps of 2.5%, and records which step becomes active
 * next and where its top then is in the reader's viewport.
 */
async function activations(page: Page, viewport: Viewport, stepTops: () => Promise<number[]>, read: () => Promise<{ active: string; top: number }>) {
  // Start with the first step in view (a frame off screen does not run animation frames).
  await page.evaluate((y) => window.scrollTo(0, y), (await stepTops())[0] - viewport.height * 0.8);
  const found = [{ id: (await read()).active, top: NaN }];
  for (let i = 1; i < ids.length; i++) {
    // Read again each time: a card is laid out only as the reader nears it, so the steps below
    // move once it has its real height.
    const stepTop = (await stepTops())[i];
    for (let k = 32; k >= 16; k--) {
      await page.evaluate((y) => window.scrollTo(0, y), stepTop - (k / 40) * viewport.height);
      const { active, top } = await read();
      if (active !== found.at(-1)!.id) {
        found.push({ id: active, top });
        break;
      }
    }
  }
  return found;
}

/** Runs in the story's document: the tops of its steps, in px of the document. */
const STEP_TOPS = () => [...document.querySelectorAll('[data-step-id]')].map((s) => s.getBoundingClientRect().top + scrollY);
/** Runs in the story's document: the active step, and where its top is in the document's viewport. */
const ACTIVE = () => {
  const active = document.querySelector('[data-active-step]')!.getAttribute('data-active-step')!;
  return { active, top: document.querySelector(`[data-step-id="${active}"]`)!.getBoundingClientRect().top };
};

/** The tops of the steps in the frame, in px of the host page. */
async function frameStepTops(page: Page, frame: Frame): Promise<number[]> {
  const { docTop } = await frameBox(page);
  return (await frame.evaluate(STEP_TOPS)).map((top) => docTop + top);
}

/** Reads the active step in the frame, and where it is in the host's viewport, once the scroll has reached the frame. */
const readFrame = (page: Page, frame: Frame) => async () => {
  const top = await waitForViewport(page, frame);
  const inFrame = await frame.evaluate(ACTIVE);
  return { active: inFrame.active, top: top + inFrame.top };
};

type Activations = { id: string; top: number }[];
const references = new Map<Viewport, Promise<Activations>>();
/** The same on the story's own page: the reference, read once per size. */
function standaloneActivations(viewport: Viewport): Promise<Activations> {
  if (!references.has(viewport)) {
    references.set(
      viewport,
      withPage(harness, viewport, {}, async ({ page }) => {
        await page.goto(harness.server.url);
        await waitForStart(page);
        return activations(page, viewport, () => page.evaluate(STEP_TOPS), async () => {
          await settle(page);
          return page.evaluate(ACTIVE);
        });
      }),
    );
  }
  return references.get(viewport)!;
}

/** Every step active in order, each where it is on the story's own page (within 10% of the viewport). */
function expectSamePlaces(found: { id: string; top: number }[], reference: { id: string; top: number }[], viewport: Viewport) {
  expect(found.map((f) => f.id)).toEqual(ids);
  expect(reference.map((f) => f.id)).toEqual(ids);
  // The first step is active from the start; each later one when it reaches the trigger line.
  for (let i = 1; i < ids.length; i++) {
    expect(Math.abs(found[i].top - reference[i].top), `${ids[i]} activates ${found[i].top - reference[i].top}px away`).toBeLessThanOrEqual(viewport.height * 0.1);
  }
}

describe.each(SIZES)('script embed at %s size', (_name, viewport) => {
  /** Runs in the host page: computed styles and sizes of every element of the embedded story. */
  const PIECE_STYLES = () => {
    const root = document.querySelector('[data-thousands-of-cameras]')!.shadowRoot!;
    return [...root.querySelectorAll('*')].map((el) => {
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
      return [el.tagName, s.color, s.fontFamily, s.fontSize, s.lineHeight, s.letterSpacing, s.textTransform, s.textAlign, s.display, s.backgroundColor, s.padding, size].join(' | ');
    });
  };
  const embedded = '[data-thousands-of-cameras] >> ';
  /** The graphic is drawn as the reader comes near: bring the story into view, wait for it, and for the page to settle. */
  const ready = async (page: Page) => {
    await page.evaluate(() => document.querySelector('[data-thousands-of-cameras]')!.scrollIntoView());
    await page.waitForSelector(`${embedded}figure[data-graphic-step]`);
    await settle(page);
  };

  it("is not changed by the host's CSS", async () => {
    await withHost(viewport, { embed: codes.script, hostile: false }, async (clean) => {
      await withHost(viewport, { embed: codes.script }, async (hostile) => {
        await Promise.all([ready(clean.page), ready(hostile.page)]);
        const expected = await clean.page.evaluate(PIECE_STYLES);
        expect(expected.length).toBeGreaterThan(200);
        expect(await hostile.page.evaluate(PIECE_STYLES)).toEqual(expected);
        // And it looks as on the story's own page.
        await withPage(harness, viewport, {}, async ({ page: own }) => {
          await own.goto(harness.server.url);
          const TEXT = (el: Element) => ['color', 'fontFamily', 'fontSize', 'letterSpacing', 'textTransform'].map((p) => getComputedStyle(el)[p as 'color']).join(' | ');
          for (const selector of ['h2', '.kicker', '.card p', '.step-sources a']) {
            const inStep = `[data-step-id="${second.id}"] ${selector}`;
            expect(await hostile.page.$eval(inStep, TEXT), selector).toBe(await own.$eval(inStep, TEXT));
          }
        });
        expect(await cspViolations(hostile.page)).toEqual([]);
        expect([...clean.errors, ...hostile.errors]).toEqual([]);
      });
    });
  });

  it("does not change the host page's styles", async () => {
    const HOST_STYLES = () =>
      [...document.querySelectorAll('body *:not([data-thousands-of-cameras]):not(script)')].map((el) => {
        const s = getComputedStyle(el);
        return [el.tagName, s.color, s.fontFamily, s.fontSize, s.lineHeight, s.display, s.margin, s.backgroundColor, s.width].join(' | ');
      });
    const container = codes.script.split('\n')[0];
    await withHost(viewport, { embed: container }, async (without) => {
      await withHost(viewport, { embed: codes.script }, async (withEmbed) => {
        await ready(withEmbed.page);
        expect(await withEmbed.page.evaluate(HOST_STYLES)).toEqual(await without.page.evaluate(HOST_STYLES));
        // Nothing of ours in the host's document: no stylesheet, no style element.
        expect(await withEmbed.page.evaluate(() => document.adoptedStyleSheets.length + document.querySelectorAll('style').length)).toBe(0);
      });
    });
  });

  it('activates every step in order as the host page scrolls, with the graphic in view', async () => {
    await withHost(viewport, { embed: codes.script }, async ({ page, errors, url }) => {
      await ready(page);
      const seen: string[] = [];
      const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      for (let y = 0; y <= bottom && seen.length < ids.length; y += viewport.height / 5) {
        // A fifth of the screen at a time, each scroll handled before the next.
        await page.mouse.wheel(0, viewport.height / 5);
        await settle(page);
        const active = await activeStep(page);
        if (active && active !== seen.at(-1)) {
          seen.push(active);
          if (seen.length === 1) continue;
          // The sticky graphic is in the viewport, showing the active step.
          await page.waitForSelector(`${embedded}.graphic-frame.drawn figure[data-graphic-step="${active}"]`);
          const figure = await page.$eval(`${embedded}figure[data-graphic-step]`, (f) => ({ top: f.getBoundingClientRect().top, bottom: f.getBoundingClientRect().bottom }));
          expect(figure.top, `${active}: graphic above the viewport`).toBeGreaterThanOrEqual(-1);
          expect(figure.top, `${active}: graphic below the viewport`).toBeLessThan(viewport.height / 2);
        }
      }
      expect(seen).toEqual(ids);
      // The host's address is the host's: the story never wrote its hash there.
      expect(page.url()).toBe(url);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it("scrolls to a cited source within the embed, leaving the host's address alone; links out open a new tab", async () => {
    await withHost(viewport, { embed: codes.script }, async ({ page, url }) => {
      await ready(page);
      const cite = page.locator(`${embedded}[data-step-id] a.cite`).first();
      const target = (await cite.getAttribute('href'))!;
      await cite.scrollIntoViewIfNeeded();
      await cite.click();
      // The source comes into view (the scroll to it may take frames), and stays there.
      const sourceTop = (id: string) => document.querySelector('[data-thousands-of-cameras]')!.shadowRoot!.getElementById(id)!.getBoundingClientRect().top;
      await page.waitForFunction((id) => {
        const top = document.querySelector('[data-thousands-of-cameras]')!.shadowRoot!.getElementById(id)!.getBoundingClientRect().top;
        return top >= 0 && top < innerHeight;
      }, target.slice(1));
      await settle(page);
      const top = await page.evaluate(sourceTop, target.slice(1));
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(viewport.height);
      expect(page.url()).toBe(url);
      const [tab] = await Promise.all([page.context().waitForEvent('page'), page.click(`${embedded}li${target} a.title`)]);
      expect(tab).toBeTruthy();
      expect(page.url()).toBe(url);
    });
  });
});

describe.each(SIZES)('iframe embed with the parent script at %s size', (_name, viewport) => {
  it('is as tall as its content after load, and again after a resize', async () => {
    await withHost(viewport, { embed: codes.frame }, async ({ page, errors }) => {
      const frame = await storyFrame(page);
      await waitForFullHeight(page, frame);
      const before = (await frameBox(page)).height;
      expect(before).toBeGreaterThan(viewport.height * 5);
      // Nothing is cut off: the frame has nothing left to scroll.
      expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
      // The reader reaching the frame's end (its sources) lays nothing out afresh: the frame keeps its height.
      // (Its end in view: a frame off screen runs no animation frames, and hears of no scroll.)
      const { docTop } = await frameBox(page);
      await page.evaluate((y) => window.scrollTo(0, y), docTop + before - viewport.height);
      await waitForViewport(page, frame);
      await settle(frame);
      await settle(page);
      expect((await frameBox(page)).height).toBe(before);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.setViewportSize(viewport === PHONE ? DESKTOP : PHONE);
      await expect.poll(async () => (await frameBox(page)).height, { timeout: 10_000 }).not.toBe(before);
      await waitForFullHeight(page, frame);
      expect(await cspViolations(page)).toEqual([]);
      expect(await cspViolations(frame)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it("activates every step in order as the host page scrolls, where the story's own page does", async () => {
    const reference = await standaloneActivations(viewport);
    await withHost(viewport, { embed: codes.frame }, async ({ page, errors }) => {
      const frame = await storyFrame(page);
      await waitForFullHeight(page, frame);
      const found = await activations(page, viewport, () => frameStepTops(page, frame), readFrame(page, frame));
      expectSamePlaces(found, reference, viewport);
      // Mid-story, the graphic follows the reader's viewport inside the frame, as sticky does on the page.
      const tops = await frameStepTops(page, frame);
      await page.evaluate((y) => window.scrollTo(0, y), tops[ids.indexOf(middle.id)] - viewport.height * 0.4);
      await waitForViewport(page, frame);
      await settle(frame);
      const figure = await frame.$eval('figure[data-graphic-step]', (f) => f.getBoundingClientRect().top);
      const graphicTop = (await frameBox(page)).top + figure;
      expect(graphicTop).toBeGreaterThanOrEqual(-1);
      expect(graphicTop).toBeLessThan(viewport.height / 2);
      expect(errors).toEqual([]);
    });
  });
});

describe('iframe embed messages', () => {
  it('the frame ignores messages that are not in our shape, and writes none of them to the page', async () => {
    await withHost(DESKTOP, { embed: codes.frame }, async ({ page, errors }) => {
      const frame = await storyFrame(page);
      await waitForFullHeight(page, frame);
      const before = { height: (await frameBox(page)).height, active: await activeStep(frame) };
      await frame.evaluate(() => {
        (window as unknown as { heard: boolean }).heard = false;
        window.addEventListener('message', (event) => {
          if (event.data === 'test: last') (window as unknown as { heard: boolean }).heard = true;
        });
      });
      await page.$eval(`iframe[src^="${storyOrigin}"]`, (iframe) => {
        const post = (message: unknown) => (iframe as HTMLIFrameElement).contentWindow!.postMessage(message, '*');
        post('<img src=x onerror="window.pwned=1">');
        post({ tag: 'thousands-of-cameras', kind: 'viewport', top: '<img src=x onerror="window.pwned=1">', height: 800 });
        post({ tag: 'thousands-of-cameras', kind: 'viewport', top: -5000, height: 0 });
        post({ tag: 'thousands-of-cameras', kind: 'viewport', top: Number.NaN, height: 800 });
        post({ tag: 'thousands-of-cameras', kind: 'viewport', top: 1e12, height: 800 });
        post('pymxPYMxotherxPYMxviewport-iframe-positionxPYMx1 1 -99999 0 0 0');
        post(['thousands-of-cameras', 'viewport']);
        post(null);
        // Messages arrive in order: once this one is heard, the story has handled all the others.
        post('test: last');
      });
      await frame.waitForFunction(() => (window as unknown as { heard: boolean }).heard);
      await settle(frame);
      await settle(page);
      expect(await activeStep(frame)).toBe(before.active);
      expect((await frameBox(page)).height).toBe(before.height);
      expect(await frame.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await frame.$$('img[src="x"]')).toHaveLength(0);
      expect(errors).toEqual([]);
    });
  });

  it('the parent script takes heights only from our frames', async () => {
    const rogue = `<iframe id="rogue" srcdoc="<script>parent.postMessage({ tag: 'thousands-of-cameras', kind: 'height', height: 3 }, '*')</script>"></iframe>`;
    // The page's load waits for the rogue frame, whose script has then posted its height.
    await withHost(DESKTOP, { embed: `${codes.frame}\n${rogue}`, csp: undefined }, async ({ page }) => {
      const frame = await storyFrame(page);
      await waitForFullHeight(page, frame);
      // The host page itself, or a frame of any other origin, claiming to be ours; then a message
      // of the test's own, heard once the parent script has handled the one before it.
      await page.evaluate(
        () =>
          new Promise<void>((heard) => {
            window.addEventListener('message', (event) => event.data === 'test: last' && heard());
            window.postMessage({ tag: 'thousands-of-cameras', kind: 'height', height: 5 }, '*');
            window.postMessage('test: last', '*');
          }),
      );
      await settle(page);
      expect(await page.$eval('#rogue', (f) => f.getBoundingClientRect().height)).toBeGreaterThan(100);
      expect((await frameBox(page)).height).toBeGreaterThan(1000);
    });
  });
});

describe.each(SIZES)('iframe embed in a page with pym.js 1.3 at %s size', (_name, viewport) => {
  // A newsroom's two ways: the auto-init markup (here without trackscroll: the frame then asks
  // for its position), and a script of its own making the parent with trackscroll.
  const parentScript = (url: string) => `new pym.Parent('story-embed', '${url}', { trackscroll: true });`;
  it.each([
    ['the data-pym-src markup, without trackscroll', (url: string) => ({ embed: `<div id="story-embed" data-pym-src="${url}"></div>\n<script src="/pym.v1.min.js"></script>` })],
    [
      'new pym.Parent with trackscroll',
      (url: string) => ({
        embed: `<div id="story-embed"></div>\n<script src="/pym.v1.min.js"></script>\n<script>${parentScript(url)}</script>`,
        csp: hostCsp(scriptHash(parentScript(url))),
      }),
    ],
  ])("with %s: takes its height, and activates every step where the story's own page does", async (_way, hostPage) => {
    const reference = await standaloneActivations(viewport);
    // Not the hostile CSS here: pym.js sizes the frame by its height attribute, which a host's
    // `box-sizing: border-box` with a border makes the frame's border box, not its content.
    await withHost(viewport, { ...hostPage(harness.server.url), hostile: false }, async ({ page, errors }) => {
      const frame = await storyFrame(page);
      await page.evaluate(() => document.getElementById('story-embed')!.scrollIntoView());
      await waitForFullHeight(page, frame);
      const found = await activations(page, viewport, () => frameStepTops(page, frame), readFrame(page, frame));
      expectSamePlaces(found, reference, viewport);
      // The height follows the story: the reader's window changes the layout, and the frame's height with it.
      const before = (await frameBox(page)).height;
      await page.setViewportSize(viewport === PHONE ? DESKTOP : PHONE);
      await expect.poll(async () => (await frameBox(page)).height, { timeout: 10_000 }).not.toBe(before);
      await waitForFullHeight(page, frame);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe.each(SIZES)('plain iframe, no script on the host, at %s size', (_name, viewport) => {
  it("reaches every step's text and graphic by scrolling the frame", async () => {
    await withHost(viewport, { embed: codes.plain }, async ({ page, errors }) => {
      const frame = await storyFrame(page);
      await page.$eval(`iframe[src^="${storyOrigin}"]`, (f) => f.scrollIntoView());
      const box = await page.$eval(`iframe[src^="${storyOrigin}"]`, (f) => f.getBoundingClientRect().toJSON());
      expect(box.height).toBeGreaterThan(500);
      await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2);
      const seen: string[] = [];
      /** Steps whose text was on screen in the frame together with their graphic. */
      const reached = new Set<string>();
      const frameHeight = await frame.evaluate(() => innerHeight);
      for (let i = 0; i < 400 && reached.size < ids.length; i++) {
        await page.mouse.wheel(0, frameHeight / 6);
        await settle(frame);
        const shown = await frame.evaluate(() => {
          const inView = (el: Element | null) => {
            const r = el?.getBoundingClientRect();
            return !!r && r.bottom > 0 && r.top < innerHeight && r.height > 0;
          };
          const active = document.querySelector('[data-active-step]')!.getAttribute('data-active-step')!;
          const figure = document.querySelector(`figure[data-graphic-step="${active}"]`);
          return { active, both: inView(document.querySelector(`[data-step-id="${active}"] h2`)) && inView(figure) };
        });
        if (shown.active !== seen.at(-1)) seen.push(shown.active);
        if (shown.both) reached.add(shown.active);
      }
      expect(seen).toEqual(ids);
      expect([...reached].sort()).toEqual([...ids].sort());
      expect(await cspViolations(frame)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('embed options', () => {
  it('the panel gives code for the chosen start section and title block', async () => {
    await withPage(harness, DESKTOP, {}, async ({ page }) => {
      await page.goto(harness.server.url);
      await openEmbedPanel(page);
      await page.selectOption('.embed-panel select', middle.id);
      await page.check('.embed-panel input[type="checkbox"]');
      const script = await page.inputValue('[data-embed-code="script"]');
      expect(script).toContain(`data-start="${middle.id}"`);
      expect(script).toContain('data-chrome="show"');
      expect(await page.inputValue('[data-embed-code="plain"]')).toContain(`?start=${middle.id}&amp;chrome=show`);
    });
  });

  it('a script embed starts at the chosen section, keeps the title block when asked, and takes the host font and colours', async () => {
    const embed = codes.script.replace('></div>', ` data-start="${middle.id}" data-chrome="show" data-accent="#c00000"></div>`);
    await withHost(PHONE, { embed }, async ({ page, errors }) => {
      await page.waitForSelector('[data-thousands-of-cameras] >> [data-step-id]');
      const shownIds = await page.$$eval('[data-thousands-of-cameras]', ([c]) => [...c.shadowRoot!.querySelectorAll('[data-step-id]')].map((s) => s.getAttribute('data-step-id')));
      expect(shownIds).toEqual(ids.slice(ids.indexOf(middle.id)));
      expect(await page.textContent('[data-thousands-of-cameras] >> h1')).toBeTruthy();
      expect(await page.getAttribute('[data-thousands-of-cameras] >> .read-full a', 'href')).toBe(`${harness.server.url}#${middle.id}`);
      expect(await page.$eval('[data-thousands-of-cameras] >> .kicker', (k) => getComputedStyle(k).color)).toBe('rgb(192, 0, 0)');
      expect(errors).toEqual([]);
    });
  });

  it('an iframe takes the options from its address, ignoring unsafe values', async () => {
    const src = `${harness.server.url}?start=${middle.id}&text=%23102030&font=${encodeURIComponent('Verdana, sans-serif')}&accent=${encodeURIComponent('red;} body { display: none')}`;
    await withHost(PHONE, { embed: `<iframe src="${src}" title="Story" width="100%" height="640"></iframe>` }, async ({ page, errors }) => {
      const frame = await storyFrame(page);
      expect(await frame.$$eval('[data-step-id]', (stepElements) => stepElements[0].getAttribute('data-step-id'))).toBe(middle.id);
      expect(await frame.$$('h1')).toHaveLength(0);
      const style = await frame.$eval(`[data-step-id="${middle.id}"] .card > p:not([class])`, (p) => ({ color: getComputedStyle(p).color, font: getComputedStyle(p).fontFamily }));
      expect(style).toEqual({ color: 'rgb(16, 32, 48)', font: 'Verdana, sans-serif' });
      expect(await frame.$eval('body', (b) => getComputedStyle(b).display)).toBe('block');
      expect(await frame.$eval('.kicker', (k) => getComputedStyle(k).color)).toBe('rgb(122, 90, 0)');
      expect(errors).toEqual([]);
    });
  });
});

describe('oEmbed: a CMS embeds the story from its address', () => {
  const base = story().url;
  /** Every page that advertises an oEmbed file: each edition's, and each of its steps' share pages. */
  const pages = EDITIONS.flatMap((edition) => [`${edition.path}`, ...steps(edition.id).ids.map((id) => `${edition.path}s/${id}/`)]);

  it('every edition page and share page links an oEmbed 1.0 file in the build, with the embed and the card', () => {
    for (const path of pages) {
      const html = readFileSync(`dist/${path}index.html`, 'utf8');
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="[^"]+">/.exec(html);
      expect(link?.[1], path).toBe(`${base}${path}oembed.json`);
      const file = JSON.parse(readFileSync(`dist/${path}oembed.json`, 'utf8'));
      expect(file, path).toMatchObject({ version: '1.0', type: 'rich', thumbnail_url: `${base}${path}card.png`, thumbnail_width: 1200, thumbnail_height: 630 });
      for (const key of ['html', 'title', 'provider_name', 'provider_url']) expect(typeof file[key], `${path} ${key}`).toBe('string');
      for (const key of ['width', 'height']) expect(Number.isInteger(file[key]), `${path} ${key}`).toBe(true);
      expect(file.html, path).toMatch(/^<iframe [^>]*src="[^"]+"[^>]*><\/iframe>\n<script src="[^"]+" async><\/script>$/);
    }
  });

  it.each(SIZES)('its html, pasted into a host page on another origin, activates every step (%s size)', async (_name, viewport) => {
    // The file's addresses are the published ones: here, the story is served from the test server.
    const html = (JSON.parse(readFileSync('dist/oembed.json', 'utf8')) as { html: string }).html.replaceAll(base, harness.server.url);
    await withHost(viewport, { embed: html }, async ({ page, errors }) => {
      const frame = await storyFrame(page);
      await waitForFullHeight(page, frame);
      const seen = [(await frame.getAttribute('[data-active-step]', 'data-active-step'))!];
      // Down the host page a fifth of a screen at a time, to its end; after each move, the frame has heard where it is.
      while (await page.evaluate((dy) => scrollY !== (window.scrollBy(0, dy), scrollY), viewport.height / 5)) {
        await waitForViewport(page, frame);
        const active = await frame.getAttribute('[data-active-step]', 'data-active-step');
        if (active && active !== seen.at(-1)) seen.push(active);
      }
      expect(seen).toEqual(ids);
      expect(errors).toEqual([]);
    });
  });
});
