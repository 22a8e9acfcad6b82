/**
 * What the script adds to the story's HTML, on our own page and in embeds alike: which step is
 * active (the step's class, the story's data-active-step, the address's hash), the sticky graphic
 * drawn for it, keyboard stepping, sharing and printing.
 *
 * It works on markup that is already there (Scrolly's), so that the prerendered page's copy stays
 * static HTML (only the graphic is hydrated), and the script's work at load is a few short tasks.
 */
import scrollama from 'scrollama';
import { activeIndex, scrollToStep, TRIGGER } from '../lib/active-step';
import type { EmbedContext, HostViewport } from '../embed/options';
import { addressFor, stepFromHash } from '../lib/links';
import { stickyOffset } from '../lib/sticky';
import type { Story } from '../lib/types';
import type { DrawnGraphic } from './graphic.svelte';
import { share } from './share';
import { whenNear } from './when-near';

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
  let activeId = ids[0];
  let graphic: DrawnGraphic | null = null;
  let activeElement: HTMLElement | null = null;
  /** In an iframe sized to its content, the reader's viewport as the parent page reports it. */
  let host: HostViewport | null = null;

  function setActive(index: number): void {
    const shown = Math.max(0, index);
    if (elements[shown] === activeElement) return;
    activeElement?.classList.remove('active');
    activeElement = elements[shown];
    activeElement.classList.add('active');
    activeId = ids[shown];
    storyElement?.setAttribute('data-active-step', activeId);
    graphic?.show(activeId);
  }

  const linked = followHash ? stepFromHash(location.hash, ids) : null;
  if (linked) {
    // Land on the linked step directly: no scroll from the top, no replay of the steps before it.
    history.scrollRestoration = 'manual';
    setActive(ids.indexOf(linked));
    scrollToStep(elements[ids.indexOf(linked)]);
  }

  const update = () => {
    // Positions in the reader's viewport: in a synced iframe, the frame's own viewport starts at host.top.
    const offset = host?.top ?? 0;
    const tops = elements.map((el) => el.getBoundingClientRect().top + offset);
    const index = activeIndex(tops, (host?.height ?? window.innerHeight) * TRIGGER);
    setActive(index);
    if (followHash) followActiveStep(index >= 0 ? ids[index] : null, ids);
    if (host) stickGraphic(host);
  };

  /** Keeps the graphic in the reader's viewport while the steps pass, as CSS sticky does on our own page. */
  function stickGraphic(viewport: HostViewport): void {
    const box = scrolly.getBoundingClientRect();
    const offset = stickyOffset(-viewport.top, box.top + graphicWrap.offsetTop, graphicWrap.offsetHeight, box.bottom);
    graphicWrap.style.transform = offset > 0 ? `translateY(${offset}px)` : '';
  }

  /**
   * Moving through the story with the keyboard: when focus enters a step that is not active, bring
   * it to where scrolling would have made it active, so the graphic follows. Not when a click or
   * tap focuses a link: the page would move under the pointer before the click lands.
   */
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element;
    const step = target.closest<HTMLElement>('[data-step-id]');
    if (step && step !== activeElement && target.matches(':focus-visible')) scrollToStep(step);
  };
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-share]');
    if (!link) return;
    event.preventDefault();
    void share(link, { copied: story.ui['link-copied'], field: story.ui['share-field'] });
  };
  stepsElement.addEventListener('focusin', onFocusIn);
  stepsElement.addEventListener('click', onClick);

  // In an iframe, IntersectionObserver's rootMargin is ignored (it would watch the top page's
  // viewport), so Scrollama's trigger line would be in the wrong place: watch the frame's scroll.
  let stopWatching = () => {};
  // Scrollama's setup (two observers per step, and a read of each step's size) in a task of its own.
  const watching = setTimeout(() => {
    stopWatching = 'IntersectionObserver' in window && embed?.mode !== 'frame' ? watchWithScrollama(elements, update) : watchScroll(update);
  });
  const stopHost = embed?.host?.subscribe((viewport) => {
    if (viewport.height !== host?.height) scrolly.style.setProperty('--host-vh', `${viewport.height}px`);
    scrolly.classList.add('synced');
    host = viewport;
    update();
  });
  window.addEventListener('resize', update);
  update();

  // The graphic's code (Svelte, D3) comes in a chunk of its own (main.ts starts fetching it early).
  let stopped = false;
  let stopPrint = () => {};
  // If it fails to load (a dropped connection), the story reads as text: said once, here, whether
  // or not the reader has come near the graphic by then.
  const graphicCode = import('./graphic.svelte').then(
    (code) => {
      if (!stopped) stopPrint = code.watchPrint(elements, story);
      return code;
    },
    (error: unknown) => {
      console.error('Thousands of Cameras: the graphic could not load; the text is unaffected.', error);
      return null;
    },
  );
  const frame = scrolly.querySelector<HTMLElement>('.graphic-frame')!;
  const stopDrawing = whenNear(graphicWrap, () => graphicCode, (code) => {
    if (!code) return;
    graphic = code.drawGraphic(frame, story, activeId);
    frame.classList.add('drawn');
  });
  return () => {
    stopped = true;
    stopDrawing();
    graphic?.remove();
    window.removeEventListener('resize', update);
    stepsElement.removeEventListener('focusin', onFocusIn);
    stepsElement.removeEventListener('click', onClick);
    clearTimeout(watching);
    stopWatching();
    stopHost?.();
    stopPrint();
  };
}

/** Keeps the address on the active step, without a history entry per step (Back leaves the story). */
function followActiveStep(stepId: string | null, ids: string[]): void {
  // Leave other targets alone, such as a source the reader jumped to from a citation.
  if (location.hash !== '' && !stepFromHash(location.hash, ids)) return;
  if (location.hash.slice(1) === (stepId ?? '')) return;
  history.replaceState(history.state, '', addressFor(location, stepId));
}

/** Scrollama says when a step crosses the line; which step is active is then read from positions. */
function watchWithScrollama(elements: HTMLElement[], update: () => void): () => void {
  const scroller = scrollama();
  scroller.setup({ step: elements, offset: TRIGGER }).onStepEnter(update).onStepExit(update);
  // Scrollama reads only the first entry of each observer callback. If the reader scrolls before
  // the observers' first report is delivered, that report holds the stale "not crossed" entry and
  // the crossing after it, and Scrollama says nothing. So read the positions again once the first
  // reports are in (an observer made after Scrollama's reports after them).
  const firstReport = new IntersectionObserver(() => {
    firstReport.disconnect();
    update();
  });
  firstReport.observe(elements[0]);
  const onResize = () => scroller.resize();
  window.addEventListener('resize', onResize);
  return () => {
    firstReport.disconnect();
    window.removeEventListener('resize', onResize);
    scroller.destroy();
  };
}

/** Without IntersectionObserver (old browsers): a passive scroll listener, once per frame. */
function watchScroll(update: () => void): () => void {
  let frame = 0;
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => window.removeEventListener('scroll', onScroll);
}
