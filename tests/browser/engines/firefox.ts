/** Firefox, as Debian packages it (firefox-esr), headless, driven by puppeteer-core over WebDriver BiDi. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer, { type Frame, type Page } from 'puppeteer-core';
import type { Engine, Tab } from './engine';

const HOW_TO_GET = "Firefox tests need Debian's Firefox ESR: sudo apt-get install -y firefox-esr (or run .ci/run, which installs it), or set FIREFOX_PATH.";

export function findFirefox(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error(`${HOW_TO_GET} No Firefox found.`);
  return found;
}

/** "Firefox ESR 153.8.0esr", for the test titles. */
export function firefoxVersion(): string {
  try {
    return execFileSync(findFirefox(), ['--version'], { encoding: 'utf8', timeout: 30_000 }).replace(/^Mozilla /, '').trim();
  } catch {
    return 'version unknown';
  }
}

/** The network is closed: nothing that phones home (updates, telemetry, captive portal, safe browsing, remote settings…). */
const PREFS: Record<string, unknown> = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.checkInstallTime': false,
  'app.normandy.enabled': false,
  'browser.discovery.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoSpecificDefaults': false,
  'browser.search.update': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

export async function launchFirefox({ javaScript = true }: { javaScript?: boolean } = {}): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    protocolTimeout: 120_000,
    timeout: 120_000,
    // No JavaScript: Firefox has no WebDriver BiDi command for it (153), only this pref, read at launch.
    extraPrefsFirefox: { ...PREFS, 'javascript.enabled': javaScript },
  });
  const version = (await browser.version()).replace(/^firefox\//, '');
  return {
    label: `Firefox (Firefox ESR ${version})`,
    async open(url, viewport): Promise<Tab> {
      const page: Page = await browser.newPage();
      const errors: string[] = [];
      const frames = new Map<string, Frame>();
      page.on('pageerror', (error) => errors.push(String((error as Error).message ?? error)));
      try {
        await page.setViewport(viewport);
        await page.goto(url, { timeout: 60_000 });
        const inner = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
        if (inner.width !== viewport.width || inner.height !== viewport.height) {
          throw new Error(`Firefox's viewport is ${inner.width}×${inner.height}, not ${viewport.width}×${viewport.height}`);
        }
      } catch (error) {
        await page.close().catch(() => {});
        throw error;
      }
      return {
        evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg ?? null),
        async evaluateInFrame(selector, fn, arg) {
          let frame = frames.get(selector);
          if (!frame || frame.detached) {
            const element = await page.waitForSelector(selector, { timeout: 30_000 });
            frame = (await element!.contentFrame()) ?? undefined;
            await element!.dispose();
            if (!frame) throw new Error(`no frame in ${selector}`);
            frames.set(selector, frame);
          }
          return frame.evaluate(fn as (a: unknown) => never, arg ?? null);
        },
        errors: () => errors,
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}
