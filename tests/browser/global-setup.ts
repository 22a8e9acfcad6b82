import { existsSync } from 'node:fs';
import { findChromium } from './chromium';

/** Browser tests run against the built page: fail early, saying what to do, when it or the browser is missing. */
export default function setup(): void {
  if (!existsSync('dist/index.html')) throw new Error('dist/index.html is missing: run `npm run build` before the browser tests (npm test does).');
  findChromium();
}
