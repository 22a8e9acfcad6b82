/**
 * What the script draws with Svelte: the live graphic in the sticky frame, and the stills for
 * print. A chunk of its own (with Svelte and D3): the page's first script marks the active step
 * without waiting for it.
 */
import { hydrate, mount, unmount } from 'svelte';
import LiveGraphic from '../components/LiveGraphic.svelte';
import type { Story } from '../lib/types';

export { watchPrint } from './print-stills';

export interface DrawnGraphic {
  /** Shows the graphic for this step. */
  show(stepId: string): void;
  remove(): void;
}

/** Draws the graphic for `stepId` in `frame` (Scrolly's graphic frame). */
export function drawGraphic(frame: HTMLElement, story: Story, stepId: string): DrawnGraphic {
  // Only the active step is reactive: the story is data, read as it is (a $state object would
  // proxy all of it, and every read the graphic makes).
  let activeId = $state(stepId);
  const options = {
    target: frame,
    props: {
      story,
      get activeId() {
        return activeId;
      },
    },
  };
  // The built page has the first step's graphic in place, laid out with the text: where that is
  // the step to show, take it over rather than draw and lay it out again.
  let drawn: ReturnType<typeof mount>;
  if (frame.firstChild && stepId === story.steps[0].id) drawn = hydrate(LiveGraphic, options);
  else {
    frame.replaceChildren();
    drawn = mount(LiveGraphic, options);
  }
  return {
    show: (id) => (activeId = id),
    remove: () => void unmount(drawn),
  };
}
