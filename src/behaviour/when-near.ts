/**
 * Calls `callback` once, in a task of its own, when `element` comes within a screen's height of
 * the viewport: what the reader cannot see yet is not drawn at load, when a cheap phone is busiest.
 * Returns a function that cancels.
 */
export function whenNear(element: Element, callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => clearTimeout(timer);
  if (!('IntersectionObserver' in window)) {
    timer = setTimeout(callback);
    return cancel;
  }
  // Observers report in one task: drawing there would add to the others' work, and make their
  // reads of positions lay out what was just drawn. (In a cross-origin iframe rootMargin is
  // ignored: the callback comes when the element is in view.)
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      timer = setTimeout(callback);
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
  return () => {
    observer.disconnect();
    cancel();
  };
}
