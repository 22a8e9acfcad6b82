/**
 * Printing: paper does not scroll, so each step gets a still of its graphic under its text, drawn
 * when the print dialog opens and removed after.
 */
import { flushSync, mount, unmount } from 'svelte';
import Graphic from '../components/Graphic.svelte';
import { graphicState } from '../lib/state';
import type { Story } from '../lib/types';

/** `steps` are the step elements, in the order of `story.steps`; returns a function that stops. */
export function watchPrint(steps: HTMLElement[], story: Story): () => void {
  let stills: ReturnType<typeof mount>[] = [];
  const places = steps.map((step) => step.querySelector<HTMLElement>('.print-still')!);
  const draw = () => {
    if (stills.length) return;
    // The print dialog lays the page out right after these events: draw synchronously.
    flushSync(() => {
      stills = story.steps.map((step, i) => {
        places[i].hidden = false;
        return mount(Graphic, { target: places[i], props: { view: graphicState(story, step), events: story.events, locale: story.locale, ui: story.ui, still: true } });
      });
    });
  };
  const clear = () => {
    for (const still of stills) void unmount(still);
    stills = [];
    for (const place of places) place.hidden = true;
  };
  const print = window.matchMedia('print');
  const onChange = () => (print.matches ? draw() : clear());
  print.addEventListener('change', onChange);
  window.addEventListener('beforeprint', draw);
  window.addEventListener('afterprint', clear);
  return () => {
    clear();
    print.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', draw);
    window.removeEventListener('afterprint', clear);
  };
}
