/**
 * Which step is active: the last one whose top has passed the trigger line. Worked out from
 * positions, not from the order observers fire in, so loading mid-page or jumping by a link
 * gives the right step (observers can fire out of order then, or not at all).
 * Returns -1 while no step has reached the line (the reader is still in the introduction).
 */
export function activeIndex(stepTops: number[], triggerY: number): number {
  let active = -1;
  stepTops.forEach((top, i) => {
    if (top < triggerY + CROSSING_TOLERANCE) active = i;
  });
  return active;
}

/**
 * IntersectionObserver, which says when a step crosses the line, measures pixel-snapped boxes: it
 * reports a step whose top is at 480.4 px as across a line at 480. Were that top counted as short
 * of the line, the step would stay inactive until the next report, which may be a whole step
 * later (no other threshold is crossed on the way). So a top less than a pixel below the line has crossed.
 */
const CROSSING_TOLERANCE = 1;

/** The trigger line, as a fraction of the viewport's height from its top. */
export const TRIGGER = 0.6;

/**
 * Where a step's top is brought when the reader jumps to it (a link, the keyboard): under the chart
 * on phones, just above the trigger line, so that it becomes the active step.
 */
export const JUMP_POSITION = 0.57;

/** Scrolls the page so that a step's top sits at JUMP_POSITION of the viewport. */
export function scrollToStep(step: HTMLElement): void {
  window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * JUMP_POSITION);
}
