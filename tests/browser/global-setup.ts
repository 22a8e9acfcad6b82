import { existsSync } from 'node:fs';
import { findChromium } from './chromium';
import { findFirefox } from './engines/firefox';
import { findWebKit } from './engines/webkit';

/**
 * Browser tests run against the built page: fail early, saying what to do, when it or a browser
 * (Chromium, WebKit with Xvfb, Firefox) is missing. Never skip.
 */
export default function setup(): void {
  if (!existsSync('dist/index.html')) throw new Error('dist/index.html is missing: run `npm run build` before the browser tests (npm test does).');
  findChromium();
  findWebKit();
  findFirefox();
}
