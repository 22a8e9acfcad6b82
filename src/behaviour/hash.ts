/**
 * The address's hash and the story: a link to `#<step-id>` opens the story on that step, and as the
 * reader scrolls the hash follows the active step (without adding history entries).
 */
import { scrollToStep } from '../lib/active-step';
import { addressFor, stepFromHash } from '../lib/links';

/** The step the address links to, or null (no hash, an unknown id or a malformed one). */
export function linkedStep(ids: readonly string[]): string | null {
  return stepFromHash(location.hash, ids);
}

/** What says the reader has taken over the scrolling. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Lands on a linked step directly: no scroll from the top, no replay of the steps before it.
 * Whatever changes the steps' height after landing (a web font swapping in, layout that was put
 * off) would move the step away: until the reader scrolls, or for a few seconds, the step is
 * brought back whenever the steps change height. Returns a function that stops.
 */
export function openOnStep(step: HTMLElement, steps: HTMLElement): () => void {
  history.scrollRestoration = 'manual';
  scrollToStep(step);
  const observer = new ResizeObserver(() => scrollToStep(step));
  observer.observe(steps);
  const timer = setTimeout(stop, 3000);
  for (const type of READER_INPUT) window.addEventListener(type, stop, { passive: true });
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of READER_INPUT) window.removeEventListener(type, stop);
  }
  return stop;
}

/** Keeps the address on the active step, without a history entry per step (Back leaves the story). */
export function followActiveStep(stepId: string | null, ids: readonly string[]): void {
  // Leave other targets alone, such as a source the reader jumped to from a citation.
  if (location.hash !== '' && !stepFromHash(location.hash, ids)) return;
  if (location.hash.slice(1) === (stepId ?? '')) return;
  history.replaceState(history.state, '', addressFor(location, stepId));
}
