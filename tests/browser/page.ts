/** Shared set-up for the browser tests: the built story served locally, a browser, and what the page reports. */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic, type StaticServer } from './server';

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };
export const SIZES = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

export interface Harness {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const [browser, server] = await Promise.all([launchChromium(), serveStatic('dist')]);
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens a page and collects its console errors and uncaught exceptions. */
export async function openPage(
  harness: Harness,
  viewport: { width: number; height: number },
  options: { javaScriptEnabled?: boolean; reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await harness.browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

export const activeStep = (page: Page) => page.getAttribute('[data-active-step]', 'data-active-step');

export const stepIds = (page: Page) =>
  page.$$eval('[data-step-id]', (elements) => elements.map((el) => el.getAttribute('data-step-id')!));
