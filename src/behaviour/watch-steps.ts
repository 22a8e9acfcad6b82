/**
 * Calls `update` whenever a step may have crossed the trigger line. Which step is active is then
 * read from the steps' positions (lib/active-step.ts), so the order in which reports arrive
 * does not matter.
 */
import scrollama from 'scrollama';
import { TRIGGER } from '../lib/active-step';
import { afterNextPaint } from './tasks';

/** Steps Scrollama sets up per task: its setup reads each step's size and makes two observers a step. */
const STEPS_PER_TASK = 5;

/**
 * Scrollama where IntersectionObserver works as on our own page; a scroll listener in an iframe,
 * where the observers' rootMargin is ignored (it would watch the top page's viewport, so the
 * trigger line would be in the wrong place) and in old browsers. Returns a function that stops.
 */
export function watchSteps(elements: HTMLElement[], update: () => void, { inFrame }: { inFrame: boolean }): () => void {
  return 'IntersectionObserver' in window && !inFrame ? watchWithScrollama(elements, update) : watchScroll(update);
}

/**
 * Scrollama says when a step crosses the line. Set up a few steps at a time, each after a paint (so
 * that the browser lays out and delivers the new observers' first reports in between): in one task,
 * with their reports in one frame, all the steps took long enough on a slow phone to hold up its input.
 */
function watchWithScrollama(elements: HTMLElement[], onCross: () => void): () => void {
  let readAt = window.scrollY;
  const update = () => {
    readAt = window.scrollY;
    onCross();
  };
  let stopped = false;
  const scrollers: ReturnType<typeof scrollama>[] = [];
  // Scrollama reads only the first entry of each observer callback. If the reader scrolls before
  // the observers' first report is delivered, that report holds the stale "not crossed" entry and
  // the crossing after it, and Scrollama says nothing. So read the positions again once the first
  // reports are in (an observer made after Scrollama's last reports after them).
  const firstReport = new IntersectionObserver(() => {
    firstReport.disconnect();
    update();
  });
  void (async () => {
    for (let from = 0; from < elements.length; from += STEPS_PER_TASK) {
      await afterNextPaint();
      if (stopped) return;
      const steps = elements.slice(from, from + STEPS_PER_TASK);
      scrollers.push(scrollama().setup({ step: steps, offset: TRIGGER }).onStepEnter(update).onStepExit(update));
    }
    firstReport.observe(elements[0]);
  })();
  // A jump (the scrollbar dragged to the top, Home, a link) crosses many steps between two frames,
  // and the observers may then report them out of order or not at all (scrollama issues #33, #56,
  // #70): after a move of more than half a screen since the positions were last read, read them again.
  const onScroll = () => {
    if (Math.abs(window.scrollY - readAt) > window.innerHeight / 2) update();
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  const onResize = () => scrollers.forEach((scroller) => scroller.resize());
  window.addEventListener('resize', onResize);
  return () => {
    stopped = true;
    firstReport.disconnect();
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onResize);
    scrollers.forEach((scroller) => scroller.destroy());
  };
}

/** A passive scroll listener, once per frame. */
function watchScroll(update: () => void): () => void {
  let frame = 0;
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', onScroll);
  };
}
