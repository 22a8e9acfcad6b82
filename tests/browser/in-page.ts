/**
 * Functions that run inside the page, for every engine's client alike: Playwright's
 * `page.evaluate(fn, arg)` and `waitForFunction(fn, arg)`, or a WebDriver `executeScript` with
 * `(${fn})(arg)`. Each is self-contained (it is serialised into the page), takes at most one
 * argument and returns plain data.
 */

/** Scrolls step `id`'s top to 40% down the viewport, past the trigger line (50%): where scrolling makes it active. */
export function placeStep(id: string): void {
  const step = document.querySelector(`[data-step-id="${CSS.escape(id)}"]`);
  if (!step) throw new Error(`no step ${id} on the page`);
  window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4);
}

/** The story's active step, or null before the script marks one. */
export function readActive(): string | null {
  return document.querySelector('[data-active-step]')?.getAttribute('data-active-step') ?? null;
}

/** True once step `id` is active and the live graphic shows it. */
export function isShowing(id: string): boolean {
  const active = document.querySelector('[data-active-step]')?.getAttribute('data-active-step');
  const drawn = document.querySelector('.graphic-frame.drawn figure[data-graphic-step]');
  return active === id && drawn?.getAttribute('data-graphic-step') === id;
}

/** The ids of the story's steps, in page order. */
export function readStepIds(): string[] {
  return Array.from(document.querySelectorAll('[data-step-id]'), (el) => el.getAttribute('data-step-id')!);
}

/** True once step `id` is the story's active step (whether or not a graphic is drawn). */
export function isActive(id: string): boolean {
  return document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === id;
}

/**
 * The story's steps as they are now, in this document or, for a script embed, in the shadow root
 * of its container: ids in page order, their tops in the viewport, the active step, and the
 * viewport's height.
 */
export function readPositions(): { ids: string[]; tops: number[]; active: string | null; height: number } {
  const root: ParentNode = document.querySelector('[data-thousands-of-cameras]')?.shadowRoot ?? document;
  const steps = Array.from(root.querySelectorAll('[data-step-id]'));
  return {
    ids: steps.map((step) => step.getAttribute('data-step-id')!),
    tops: steps.map((step) => step.getBoundingClientRect().top),
    active: root.querySelector('[data-active-step]')?.getAttribute('data-active-step') ?? null,
    height: innerHeight,
  };
}

/** Where the content box of the iframe matched by `selector` starts in this viewport, and the viewport's height. */
export function frameTop(selector: string): { top: number; height: number } {
  const frame = document.querySelector(selector);
  if (!frame) throw new Error(`no ${selector} on the page`);
  const style = getComputedStyle(frame);
  return { top: frame.getBoundingClientRect().top + frame.clientTop + parseFloat(style.paddingTop), height: innerHeight };
}

/** Scrolls by `dy` px; true if the page moved (false at its bottom). */
export function scrollDown(dy: number): boolean {
  const before = window.scrollY;
  window.scrollBy(0, dy);
  return window.scrollY !== before;
}
