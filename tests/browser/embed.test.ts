/**
 * The three ways of embedding the story, in a news site's article page on another origin with
 * hostile CSS and a strict Content-Security-Policy. The embed code is the one the story's own
 * "Embed this story" panel gives.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveHost, type HostPage, type HostServer } from './host';
import { activeStep, DESKTOP, openPage, PHONE, SIZES, startHarness, stepIds, type Harness } from './page';

type Viewport = { width: number; height: number };
type Mode = 'script' | 'frame' | 'plain';

let harness: Harness;
let host: HostServer;
let codes: Record<Mode, string>;
let ids: string[];
let storyOrigin: string;
let pages = 0;

beforeAll(async () => {
  [harness, host] = await Promise.all([startHarness(), serveHost()]);
  storyOrigin = new URL(harness.server.url).origin;
  const { page } = await openPage(harness, DESKTOP);
  await page.goto(harness.server.url);
  await openEmbedPanel(page);
  codes = Object.fromEntries(
    await page.$$eval('[data-embed-code]', (fields) => fields.map((f) => [f.getAttribute('data-embed-code'), (f as HTMLTextAreaElement).value])),
  );
  ids = await stepIds(page);
  await page.context().close();
});
afterAll(async () => {
  await Promise.all([harness?.close(), host?.close()]);
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

/** What the host allows: itself, and our script and frames. No inline styles or scripts. */
const hostCsp = () => `default-src 'self'; script-src 'self' ${storyOrigin}; frame-src ${storyOrigin}; style-src 'self'; img-src 'self'`;

/** Runs in every frame: records Content-Security-Policy violations. */
const WATCH_CSP = () => {
  const violations: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
};
const cspViolations = (target: Page | Frame) => target.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

async function openHost(viewport: Viewport, page: Partial<HostPage> & { embed: string }) {
  const url = host.add(`/article-${++pages}.html`, { csp: hostCsp(), ...page });
  const opened = await openPage(harness, viewport);
  await opened.page.addInitScript(WATCH_CSP);
  await opened.page.goto(url);
  return { ...opened, url };
}

/** Two animation frames: a scroll has been handled, and any message it caused. */
const settle = (target: Page | Frame) => target.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function storyFrame(page: Page): Promise<Frame> {
  await page.waitForFunction((origin) => [...document.querySelectorAll('iframe')].some((f) => f.src.startsWith(origin)), storyOrigin);
  const frame = page.frames().find((f) => f.url().startsWith(storyOrigin))!;
  await frame.waitForSelector('[data-active-step]');
  return frame;
}

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
const readFrame = (page: Page, frame: Frame, frames: number) => async () => {
  for (let i = 0; i < frames; i++) await settle(frame);
  const { top } = await frameBox(page);
  const inFrame = await frame.evaluate(ACTIVE);
  return { active: inFrame.active, top: top + inFrame.top };
};

/** The same on the story's own page: the reference. */
async function standaloneActivations(viewport: Viewport) {
  const { page } = await openPage(harness, viewport);
  await page.goto(harness.server.url);
  const found = await activations(page, viewport, () => page.evaluate(STEP_TOPS), async () => {
    await settle(page);
    return page.evaluate(ACTIVE);
  });
  await page.context().close();
  return found;
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
  /** The graphic is drawn as the reader comes near: bring the story into view and wait for it. */
  const ready = async (page: Page) => {
    await page.evaluate(() => document.querySelector('[data-thousands-of-cameras]')!.scrollIntoView());
    await page.waitForSelector('[data-thousands-of-cameras] >> figure[data-graphic-step]');
  };

  it("is not changed by the host's CSS", async () => {
    const clean = await openHost(viewport, { embed: codes.script, hostile: false });
    const hostile = await openHost(viewport, { embed: codes.script });
    await Promise.all([ready(clean.page), ready(hostile.page)]);
    await Promise.all([clean.page.waitForTimeout(500), hostile.page.waitForTimeout(500)]);
    const expected = await clean.page.evaluate(PIECE_STYLES);
    expect(expected.length).toBeGreaterThan(200);
    expect(await hostile.page.evaluate(PIECE_STYLES)).toEqual(expected);
    // And it looks as on the story's own page.
    const { page: own } = await openPage(harness, viewport);
    await own.goto(harness.server.url);
    const TEXT = (el: Element) => ['color', 'fontFamily', 'fontSize', 'letterSpacing', 'textTransform'].map((p) => getComputedStyle(el)[p as 'color']).join(' | ');
    for (const selector of ['h2', '.kicker', '.card p', '.step-sources a']) {
      expect(await hostile.page.$eval(`[data-step-id="memorandum"] ${selector}`, TEXT), selector).toBe(await own.$eval(`[data-step-id="memorandum"] ${selector}`, TEXT));
    }
    expect(await cspViolations(hostile.page)).toEqual([]);
    expect([...clean.errors, ...hostile.errors]).toEqual([]);
    await Promise.all([clean.page.context().close(), hostile.page.context().close(), own.context().close()]);
  });

  it("does not change the host page's styles", async () => {
    const HOST_STYLES = () =>
      [...document.querySelectorAll('body *:not([data-thousands-of-cameras]):not(script)')].map((el) => {
        const s = getComputedStyle(el);
        return [el.tagName, s.color, s.fontFamily, s.fontSize, s.lineHeight, s.display, s.margin, s.backgroundColor, s.width].join(' | ');
      });
    const container = codes.script.split('\n')[0];
    const without = await openHost(viewport, { embed: container });
    const withEmbed = await openHost(viewport, { embed: codes.script });
    await ready(withEmbed.page);
    expect(await withEmbed.page.evaluate(HOST_STYLES)).toEqual(await without.page.evaluate(HOST_STYLES));
    // Nothing of ours in the host's document: no stylesheet, no style element.
    expect(await withEmbed.page.evaluate(() => document.adoptedStyleSheets.length + document.querySelectorAll('style').length)).toBe(0);
    await Promise.all([without.page.context().close(), withEmbed.page.context().close()]);
  });

  it('activates every step in order as the host page scrolls, with the graphic in view', async () => {
    const { page, errors, url } = await openHost(viewport, { embed: codes.script });
    await ready(page);
    const seen: string[] = [];
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    for (let y = 0; y <= bottom; y += viewport.height / 5) {
      await page.mouse.wheel(0, viewport.height / 5);
      await page.waitForTimeout(40);
      const active = await activeStep(page);
      if (active && active !== seen.at(-1)) {
        seen.push(active);
        if (seen.length === 1) continue;
        await page.waitForTimeout(150);
        // The sticky graphic is in the viewport, showing the active step.
        const figure = await page.$eval('[data-thousands-of-cameras] >> figure[data-graphic-step]', (f) => ({
          step: f.getAttribute('data-graphic-step'),
          top: f.getBoundingClientRect().top,
          bottom: f.getBoundingClientRect().bottom,
        }));
        expect(figure.step).toBe(active);
        expect(figure.top, `${active}: graphic above the viewport`).toBeGreaterThanOrEqual(-1);
        expect(figure.top, `${active}: graphic below the viewport`).toBeLessThan(viewport.height / 2);
      }
    }
    expect(seen).toEqual(ids);
    // The host's address is the host's: the story never wrote its hash there.
    expect(page.url()).toBe(url);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("scrolls to a cited source within the embed, leaving the host's address alone; links out open a new tab", async () => {
    const { page, url } = await openHost(viewport, { embed: codes.script });
    await ready(page);
    const cite = page.locator('[data-thousands-of-cameras] >> [data-step-id="commissioner-finding"] a.cite').first();
    const target = (await cite.getAttribute('href'))!;
    await cite.scrollIntoViewIfNeeded();
    await cite.click();
    await page.waitForTimeout(300);
    const box = await page.$eval(`[data-thousands-of-cameras] >> li${target}`, (li) => li.getBoundingClientRect().toJSON());
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(viewport.height);
    expect(page.url()).toBe(url);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.click(`[data-thousands-of-cameras] >> li${target} a.url`)]);
    expect(tab).toBeTruthy();
    expect(page.url()).toBe(url);
    await page.context().close();
  });
});

describe.each(SIZES)('iframe embed with the parent script at %s size', (_name, viewport) => {
  it('is as tall as its content after load, and again after a resize', async () => {
    const { page, errors } = await openHost(viewport, { embed: codes.frame });
    const frame = await storyFrame(page);
    const matches = async () => Math.abs((await frameBox(page)).height - (await contentHeight(frame)));
    await expect.poll(matches, { timeout: 5000 }).toBeLessThanOrEqual(2);
    const before = (await frameBox(page)).height;
    expect(before).toBeGreaterThan(viewport.height * 5);
    // Nothing is cut off: the frame has nothing left to scroll.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
    // The reader reaching the frame's end (its sources) lays nothing out afresh: the frame keeps its height.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(500);
    expect((await frameBox(page)).height).toBe(before);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize(viewport === PHONE ? DESKTOP : PHONE);
    await expect.poll(async () => (await frameBox(page)).height, { timeout: 5000 }).not.toBe(before);
    await expect.poll(matches, { timeout: 5000 }).toBeLessThanOrEqual(2);
    expect(await cspViolations(page)).toEqual([]);
    expect(await cspViolations(frame)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("activates every step in order as the host page scrolls, where the story's own page does", async () => {
    const reference = await standaloneActivations(viewport);
    const { page, errors } = await openHost(viewport, { embed: codes.frame });
    const frame = await storyFrame(page);
    await expect.poll(async () => Math.abs((await frameBox(page)).height - (await contentHeight(frame))), { timeout: 5000 }).toBeLessThanOrEqual(2);
    const tops = await frameStepTops(page, frame);
    const found = await activations(page, viewport, () => frameStepTops(page, frame), readFrame(page, frame, 1));
    expectSamePlaces(found, reference, viewport);
    // Mid-story, the graphic follows the reader's viewport inside the frame, as sticky does on the page.
    await page.evaluate((y) => window.scrollTo(0, y), tops[8] - viewport.height * 0.4);
    await settle(frame);
    const figure = await frame.$eval('figure[data-graphic-step]', (f) => f.getBoundingClientRect().top);
    const graphicTop = (await frameBox(page)).top + figure;
    expect(graphicTop).toBeGreaterThanOrEqual(-1);
    expect(graphicTop).toBeLessThan(viewport.height / 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('iframe embed messages', () => {
  it('the frame ignores messages that are not in our shape, and writes none of them to the page', async () => {
    const { page, errors } = await openHost(DESKTOP, { embed: codes.frame });
    const frame = await storyFrame(page);
    await expect.poll(async () => Math.abs((await frameBox(page)).height - (await contentHeight(frame))), { timeout: 5000 }).toBeLessThanOrEqual(2);
    const before = { height: (await frameBox(page)).height, active: await activeStep(frame as unknown as Page) };
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
    });
    await page.waitForTimeout(300);
    expect(await activeStep(frame as unknown as Page)).toBe(before.active);
    expect((await frameBox(page)).height).toBe(before.height);
    expect(await frame.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await frame.$$('img[src="x"]')).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the parent script takes heights only from our frames', async () => {
    const rogue = `<iframe id="rogue" srcdoc="<script>parent.postMessage({ tag: 'thousands-of-cameras', kind: 'height', height: 3 }, '*')</script>"></iframe>`;
    const { page } = await openHost(DESKTOP, { embed: `${codes.frame}\n${rogue}`, csp: undefined });
    const frame = await storyFrame(page);
    await expect.poll(async () => Math.abs((await frameBox(page)).height - (await contentHeight(frame))), { timeout: 5000 }).toBeLessThanOrEqual(2);
    // The host page itself, or a frame of any other origin, claiming to be ours.
    await page.evaluate(() => window.postMessage({ tag: 'thousands-of-cameras', kind: 'height', height: 5 }, '*'));
    await page.waitForTimeout(300);
    expect(await page.$eval('#rogue', (f) => f.getBoundingClientRect().height)).toBeGreaterThan(100);
    expect((await frameBox(page)).height).toBeGreaterThan(1000);
    await page.context().close();
  });
});

describe.each(SIZES)('iframe embed in a pym.js page at %s size', (_name, viewport) => {
  it("speaks pym.js's protocol: takes its height, and activates every step where the story's own page does", async () => {
    const reference = await standaloneActivations(viewport);
    const embed = `<div id="pym-story" data-pym-src="${harness.server.url}"></div>\n<script src="/fixtures/pym-parent.js"></script>`;
    // Not the hostile CSS here: pym.js sizes the frame by its height attribute, which a host's
    // `box-sizing: border-box` with a border makes the frame's border box, not its content.
    const { page, errors } = await openHost(viewport, { embed, hostile: false });
    const frame = await storyFrame(page);
    await page.evaluate(() => document.getElementById('pym-story')!.scrollIntoView());
    await expect.poll(async () => Math.abs((await frameBox(page)).height - (await contentHeight(frame))), { timeout: 5000 }).toBeLessThanOrEqual(2);
    // The frame asks pym.js for its position once a frame: give the round trip two.
    const found = await activations(page, viewport, () => frameStepTops(page, frame), readFrame(page, frame, 2));
    expectSamePlaces(found, reference, viewport);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(SIZES)('plain iframe, no script on the host, at %s size', (_name, viewport) => {
  it("reaches every step's text and graphic by scrolling the frame", async () => {
    const { page, errors } = await openHost(viewport, { embed: codes.plain });
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
      await page.waitForTimeout(60);
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
    await page.context().close();
  });
});

describe('embed options', () => {
  it('the panel gives code for the chosen start section and title block', async () => {
    const { page } = await openPage(harness, DESKTOP);
    await page.goto(harness.server.url);
    await openEmbedPanel(page);
    await page.selectOption('.embed-panel select', 'phased-plan');
    await page.check('.embed-panel input[type="checkbox"]');
    const script = await page.inputValue('[data-embed-code="script"]');
    expect(script).toContain('data-start="phased-plan"');
    expect(script).toContain('data-chrome="show"');
    expect(await page.inputValue('[data-embed-code="plain"]')).toContain('?start=phased-plan&amp;chrome=show');
    await page.context().close();
  });

  it('a script embed starts at the chosen section, keeps the title block when asked, and takes the host font and colours', async () => {
    const embed = codes.script.replace('></div>', ' data-start="phased-plan" data-chrome="show" data-accent="#c00000"></div>');
    const { page, errors } = await openHost(PHONE, { embed });
    await page.waitForSelector('[data-thousands-of-cameras] >> [data-step-id]');
    const shownIds = await page.$$eval('[data-thousands-of-cameras]', ([c]) => [...c.shadowRoot!.querySelectorAll('[data-step-id]')].map((s) => s.getAttribute('data-step-id')));
    expect(shownIds).toEqual(ids.slice(ids.indexOf('phased-plan')));
    expect(await page.textContent('[data-thousands-of-cameras] >> h1')).toBeTruthy();
    expect(await page.getAttribute('[data-thousands-of-cameras] >> .read-full a', 'href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#phased-plan$/);
    expect(await page.$eval('[data-thousands-of-cameras] >> .kicker', (k) => getComputedStyle(k).color)).toBe('rgb(192, 0, 0)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an iframe takes the options from its address, ignoring unsafe values', async () => {
    const src = `${harness.server.url}?start=draft-laws&text=%23102030&font=${encodeURIComponent('Verdana, sans-serif')}&accent=${encodeURIComponent('red;} body { display: none')}`;
    const { page, errors } = await openHost(PHONE, { embed: `<iframe src="${src}" title="Story" width="100%" height="640"></iframe>` });
    const frame = await storyFrame(page);
    expect(await frame.$$eval('[data-step-id]', (steps) => steps[0].getAttribute('data-step-id'))).toBe('draft-laws');
    expect(await frame.$$('h1')).toHaveLength(0);
    const style = await frame.$eval('[data-step-id="draft-laws"] .card > p:not([class])', (p) => ({ color: getComputedStyle(p).color, font: getComputedStyle(p).fontFamily }));
    expect(style).toEqual({ color: 'rgb(16, 32, 48)', font: 'Verdana, sans-serif' });
    expect(await frame.$eval('body', (b) => getComputedStyle(b).display)).toBe('block');
    expect(await frame.$eval('.kicker', (k) => getComputedStyle(k).color)).toBe('rgb(122, 90, 0)');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
