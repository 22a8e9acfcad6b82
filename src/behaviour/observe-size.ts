import type { Attachment } from 'svelte/attachments';

/**
 * Reports an element's size (its border box, in whole px) as the browser lays it out, through
 * ResizeObserver. bind:clientWidth reads the size as soon as the element is drawn, which makes the
 * browser lay out the page inside the script's task; this waits for the browser's own layout,
 * which comes before the next paint all the same. `now` also reads it at once: for print stills,
 * drawn just before the page is laid out for paper.
 */
export function observeSize(set: (size: { width: number; height: number }) => void, now = false): Attachment<HTMLElement> {
  return (element) => {
    if (now) set({ width: element.offsetWidth, height: element.offsetHeight });
    const observer = new ResizeObserver(([entry]) => {
      const [box] = entry.borderBoxSize;
      set({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
    });
    observer.observe(element, { box: 'border-box' });
    return () => observer.disconnect();
  };
}
