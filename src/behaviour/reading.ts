/**
 * What the script adds to the story's HTML, on our own page and in embeds alike: which step is
 * active (the step's class, the story's data-active-step, the address's hash), the sticky graphic
 * drawn for it, keyboard stepping, sharing and printing. Each of those is a module of its own;
 * this one composes them around the active step.
 *
 * It works on markup that is already there (Scrolly's), so that the prerendered page's copy stays
 * static HTML (only the graphic is hydrated), and the script's work at load is a few short tasks.
 */
import { activeIndex, TRIGGER } from '../lib/active-step';
import type { EmbedContext, HostViewport } from '../embed/options';
import type { Story } from '../lib/types';
import { followActiveStep, linkedStep, openOnStep } from './hash';
import { followHost } from './host-viewport';
import { followFocus } from './keyboard';
import { startGraphic } from './lazy-graphic';
import { handleShareClicks } from './share';
import { watchSteps } from './watch-steps';

interface ReadingOptions {
  story: Story;
  /** Open on the step named in the address's hash, and keep the hash on the active step. */
  followHash: boolean;
  /** Set when the story is embedded in another site's page. */
  embed?: EmbedContext;
}

/** Starts the story in `scrolly` (Scrolly's root element); returns a function that stops it. */
export function startReading(scrolly: HTMLElement, { story, followHash, embed }: ReadingOptions): () => void {
  const stepsElement = scrolly.querySelector<HTMLElement>('.steps')!;
  const graphicWrap = scrolly.querySelector<HTMLElement>('.graphic-wrap')!;
  const storyElement = scrolly.closest<HTMLElement>('[data-active-step]');
  const elements = Array.from(stepsElement.querySelectorAll<HTMLElement>('[data-step-id]'));
  const ids = story.steps.map((s) => s.id);
  let activeElement: HTMLElement | null = null;
  let activeId = ids[0];
  const graphic = startGraphic(scrolly.querySelector<HTMLElement>('.graphic-frame')!, graphicWrap, story, elements, () => activeId);

  /** Marks step `index` active (the first while no step has reached the trigger line). */
  function setActive(index: number): void {
    const shown = Math.max(0, index);
    if (elements[shown] === activeElement) return;
    activeElement?.classList.remove('active');
    activeElement = elements[shown];
    activeElement.classList.add('active');
    activeId = ids[shown];
    storyElement?.setAttribute('data-active-step', activeId);
    graphic.show(activeId);
  }

  const linked = followHash ? linkedStep(ids) : null;
  let stopLanding = () => {};
  if (linked) {
    setActive(ids.indexOf(linked));
    stopLanding = openOnStep(elements[ids.indexOf(linked)], stepsElement);
  }

  /** In an iframe sized to its content, the reader's viewport as the parent page reports it. */
  let host: HostViewport | null = null;
  const update = () => {
    // Positions in the reader's viewport: in a synced iframe, the frame's own viewport starts at host.top.
    const tops = elements.map((el) => el.getBoundingClientRect().top + (host?.top ?? 0));
    const index = activeIndex(tops, (host?.height ?? window.innerHeight) * TRIGGER);
    setActive(index);
    if (followHash) followActiveStep(index >= 0 ? ids[index] : null, ids);
  };

  const stops = [
    followFocus(stepsElement, (step) => step === activeElement),
    handleShareClicks(stepsElement, { copied: story.ui['link-copied'], field: story.ui['share-field'] }),
    watchSteps(elements, update, { inFrame: embed?.mode === 'frame' }),
    followHost(embed, scrolly, graphicWrap, (viewport) => {
      host = viewport;
      update();
    }),
    graphic.stop,
    () => stopLanding(),
  ];
  window.addEventListener('resize', update);
  update();
  return () => {
    window.removeEventListener('resize', update);
    for (const stop of stops) stop();
  };
}
