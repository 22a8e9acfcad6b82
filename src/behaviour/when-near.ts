/**
 * When `element` comes within a screen's height of the viewport, calls `load`, then `draw` with
 * what it loaded, in a task of its own: what the reader cannot see yet is not drawn at load, when
 * a cheap phone is busiest. Returns a function that cancels.
 */
export function whenNear<T>(element: Element, load: () => Promise<T>, draw: (loaded: T) => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A task of its own: observers report in one task, and a module is run in one, and drawing there
  // would add to their work (and make the observers' reads of positions lay out what was drawn).
  const start = () => void load().then((loaded) => {
    if (!cancelled) timer = setTimeout(() => draw(loaded));
  });
  const cancel = () => {
    cancelled = true;
    clearTimeout(timer);
  };
  if (!('IntersectionObserver' in window)) {
    start();
    return cancel;
  }
  // (In a cross-origin iframe rootMargin is ignored: the element is near when it is in view.)
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
  return () => {
    observer.disconnect();
    cancel();
  };
}
