/**
 * The live graphic, whose code (Svelte, D3, the components) comes in a chunk of its own: drawn
 * when the reader comes near it, for the step active then, and told of each step after that.
 *
 * The built page has the first step's graphic in place, laid out in CSS (right at any width): it is
 * shown as it is once the code is in, and taken over only when another step is to be shown (the
 * reader moving on, a link to a later step). So nothing is drawn at load, when a cheap phone is busiest.
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
  let stopDrawing: (() => void) | null = null;
  const built = frame.querySelector<HTMLElement>('figure[data-graphic-step]')?.dataset.graphicStep;
  /** The built graphic's step, once it is on show. */
  let builtOnShow: string | undefined;
  // main.ts has started fetching the chunk. If it fails to load (a dropped connection), the story
  // reads as text: said once, here, whether or not the reader has come near the graphic by then.
  // The built graphic stays hidden then: nothing would move it on with the steps.
  const code = import('./graphic.svelte').then(
    (module) => {
      if (!stopped) {
        stopPrint = module.watchPrint(steps, story);
        // Shown only while it is the active step's (else it waits to be drawn for that step).
        if (built && activeId() === built) {
          builtOnShow = built;
          frame.classList.add('drawn');
        }
      }
      return module;
    },
    (error: unknown) => {
      console.error('Thousands of Cameras: the graphic could not load; the text is unaffected.', error);
      return null;
    },
  );
  /**
   * Draws the graphic when the reader is near it. The built one, if on show, is taken over (not
   * drawn again) and moves on to the active step as it would have had it been live; else the
   * active step's is drawn afresh.
   */
  const drawWhenNear = () => {
    stopDrawing ??= whenNear(wrap, () => code, (module) => {
      if (!module) return;
      graphic = module.drawGraphic(frame, story, builtOnShow ?? activeId());
      graphic.show(activeId());
      frame.classList.add('drawn');
    });
  };
  // In a page without the built graphic (one the script drew), it is drawn at once; a later step's
  // when that step is shown (a link to it, the reader moving on).
  if (activeId() !== built) drawWhenNear();
  return {
    show: (stepId) => {
      if (graphic) graphic.show(stepId);
      else if (stepId !== built) drawWhenNear();
    },
    stop: () => {
      stopped = true;
      stopDrawing?.();
      graphic?.remove();
      stopPrint();
    },
  };
}
