/** Ways to let the browser in between two pieces of start-up work, so that neither makes a long task. */

/**
 * Resolves in a task of its own: the browser can handle input in between. scheduler.yield() where
 * there is one (its continuation runs ahead of other pending tasks), else a timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * Resolves after the browser's next paint (requestAnimationFrame runs just before it), in a task
 * of its own: also lets the browser lay out, paint and deliver its observers' reports in between.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
