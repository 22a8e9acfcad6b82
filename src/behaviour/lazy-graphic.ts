/**
 * The live graphic, whose code (Svelte, D3, the components) comes in a chunk of its own: drawn
 * when the reader comes near it, for the step active then, and told of each step after that.
 */
import type { Story } from '../lib/types';
import type { DrawnGraphic } from './graphic.svelte';
import { whenNear } from './when-near';

export interface LazyGraphic {
  /** Shows the graphic of this step, once it is drawn. */
  show(stepId: string): void;
  stop(): void;
}

/** `frame`: Scrolly's graphic frame, inside `wrap`; `steps`: the step elements, for the print stills. */
export function startGraphic(frame: HTMLElement, wrap: HTMLElement, story: Story, steps: HTMLElement[], activeId: () => string): LazyGraphic {
  let graphic: DrawnGraphic | null = null;
  let stopped = false;
  let stopPrint = () => {};
  // main.ts has started fetching the chunk. If it fails to load (a dropped connection), the story
  // reads as text: said once, here, whether or not the reader has come near the graphic by then.
  const code = import('./graphic.svelte').then(
    (module) => {
      if (!stopped) stopPrint = module.watchPrint(steps, story);
      return module;
    },
    (error: unknown) => {
      console.error('Thousands of Cameras: the graphic could not load; the text is unaffected.', error);
      return null;
    },
  );
  const stopDrawing = whenNear(wrap, () => code, (module) => {
    if (!module) return;
    graphic = module.drawGraphic(frame, story, activeId());
    frame.classList.add('drawn');
  });
  return {
    show: (stepId) => graphic?.show(stepId),
    stop: () => {
      stopped = true;
      stopDrawing();
      graphic?.remove();
      stopPrint();
    },
  };
}
