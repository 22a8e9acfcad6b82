// Imported first by every component test file (each runs in jsdom: `@vitest-environment jsdom`).
// Testing Library's own set-up: each test starts from an empty document.
import '@testing-library/svelte/vitest';
import { onTestFinished } from 'vitest';

// jsdom has no layout: give it the few browser APIs the components use, doing nothing.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addEventListener() {},
  removeEventListener() {},
  addListener() {},
  removeListener() {},
  dispatchEvent: () => false,
})) as typeof window.matchMedia;

/**
 * jsdom lays nothing out, so every step would sit at the top, past the trigger line. Places every
 * element below it instead, as at the top of the page, until the test ends.
 */
export function placeStepsBelowTheLine(): void {
  const below = { top: 5000, bottom: 5100, left: 0, right: 0, width: 0, height: 100, x: 0, y: 5000 };
  const original = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = () => ({ ...below, toJSON: () => below });
  onTestFinished(() => {
    Element.prototype.getBoundingClientRect = original;
  });
}
