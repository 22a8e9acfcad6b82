import { scrollToStep } from '../lib/active-step';

/**
 * Moving through the story with the keyboard: when focus enters a step that is not active, brings
 * it to where scrolling would have made it active, so the graphic follows. Not when a click or tap
 * focuses a link: the page would move under the pointer before the click lands.
 * Returns a function that stops.
 */
export function followFocus(steps: HTMLElement, isActive: (step: HTMLElement) => boolean): () => void {
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element;
    const step = target.closest<HTMLElement>('[data-step-id]');
    if (step && !isActive(step) && target.matches(':focus-visible')) scrollToStep(step);
  };
  steps.addEventListener('focusin', onFocusIn);
  return () => steps.removeEventListener('focusin', onFocusIn);
}
