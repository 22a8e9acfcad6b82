/** Shared set-up for the browser tests: the built story served locally, a browser, pages that always close, and the story's steps by role. */
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { readStory } from '../../src/build/story-files';
import type { EditionId } from '../../src/lib/editions';
import type { Step, Story } from '../../src/lib/types';
import { launchChromium } from './chromium';
import { isActive, isShowing, placeStep } from './in-page';
import { serveStatic, type StaticServer } from './server';

export type Viewport = { width: number; height: number };
export const PHONE: Viewport = { width: 375, height: 812 };
export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const SIZES = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

export interface Harness {
  browser: Browser;
  server: StaticServer;
}

/** A browser and the built story's server for the test file: started before its tests, closed after them. */
export function useHarness(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    [harness.browser, harness.server] = await Promise.all([launchChromium(), serveStatic('dist')]);
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

export type PageOptions = Pick<BrowserContextOptions, 'javaScriptEnabled' | 'reducedMotion' | 'colorScheme'>;
export interface OpenPage {
  page: Page;
  /** The page's console errors and uncaught exceptions, as they come. */
  errors: string[];
}

/** Runs `test` on a fresh page in a context of its own, and closes the context however the test ends. */
export async function withPage<T>(harness: Harness, viewport: Viewport, options: PageOptions, test: (opened: OpenPage) => Promise<T>): Promise<T> {
  const context = await harness.browser.newContext({ viewport, ...options });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return await test({ page, errors });
  } finally {
    await context.close();
  }
}

/**
 * Waits until step `id` is the story's active step and, unless `drawn` is false (a graphic that
 * cannot draw), the live graphic shows it: the script has started and handled whatever moved the page.
 */
export async function waitForActive(target: Page | Frame, id: string, { drawn = true } = {}): Promise<void> {
  await target.waitForFunction(drawn ? isShowing : isActive, id);
}

/** Scrolls step `id` to where scrolling makes it active. */
export const place = (target: Page | Frame, id: string) => target.evaluate(placeStep, id);

/** Waits until the script has started on the page (it marks the active step). */
export const waitForStart = (target: Page | Frame) => target.waitForSelector('.step.active', { state: 'attached' });

export const activeStep = (target: Page | Frame) => target.getAttribute('[data-active-step]', 'data-active-step');

export const stepIds = (target: Page | Frame) =>
  target.$$eval('[data-step-id]', (elements) => elements.map((el) => el.getAttribute('data-step-id')!));

const stories = new Map<EditionId, Story>();
/** An edition of the story, read from data/ as the build reads it (so tests follow the copy rather than quote it). */
export function story(edition: EditionId = 'en'): Story {
  if (!stories.has(edition)) stories.set(edition, readStory(process.cwd(), edition));
  return stories.get(edition)!;
}

/** The story's steps chosen by their role, never by their copy. */
export function steps(edition: EditionId = 'en') {
  const all = story(edition).steps;
  const byFigures = [...all].sort((a, b) => b.figures.length - a.figures.length);
  const pick = (step: Step | undefined, role: string): Step => {
    if (!step) throw new Error(`the story has no ${role} step`);
    return step;
  };
  return {
    all,
    ids: all.map((s) => s.id),
    first: all[0],
    second: pick(all[1], 'second'),
    middle: all[Math.floor(all.length / 2)],
    last: all[all.length - 1],
    /** The first step that draws camera figures. */
    firstWithFigures: pick(all.find((s) => s.figures.length > 0), 'with figures'),
    mostFigures: byFigures[0],
    /** The first step whose timeline zooms from the step before's (the one before it is `all[index - 1]`). */
    zoomChange: pick(all.find((s, i) => i > 0 && s.zoom !== all[i - 1].zoom), 'zoom-changing'),
    epilogue: pick(all.find((s) => s.section === 'epilogue'), 'epilogue'),
  };
}

/**
 * Waits until the page has nothing left to do: two frames rendered, then an idle moment. Before a
 * check that something did not happen (a redraw, a layout shift), so that it had every chance to.
 */
export const settle = (target: Page | Frame) =>
  target.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(done)))));

/** Waits until the live graphic has stopped changing (five frames alike): any transition to its state is over. */
export const waitForStillGraphic = (target: Page | Frame) =>
  target.waitForFunction(
    () => {
      const seen = window as unknown as { lastGraphic?: string; stillFor?: number };
      const html = document.querySelector('.graphic-frame.drawn figure[data-graphic-step]')?.outerHTML;
      seen.stillFor = html !== undefined && html === seen.lastGraphic ? (seen.stillFor ?? 0) + 1 : 0;
      seen.lastGraphic = html;
      return seen.stillFor >= 5;
    },
    undefined,
    { polling: 'raf' },
  );
