/**
 * In an iframe sized to its content, whose parent page reports the reader's viewport (our parent
 * script or pym.js): the story sizes itself by that viewport rather than by `vh` (which would grow
 * with the frame), and keeps the graphic in it while the steps pass, as CSS sticky does on our
 * own page.
 */
import type { EmbedContext, HostViewport } from '../embed/options';
import { stickyOffset } from '../lib/sticky';

/** Follows the host's reports (none come in a plain iframe or on our own page); `onChange` runs after each. Returns a function that stops. */
export function followHost(
  embed: EmbedContext | undefined,
  scrolly: HTMLElement,
  graphicWrap: HTMLElement,
  onChange: (viewport: HostViewport) => void,
): () => void {
  let host: HostViewport | null = null;
  const stick = () => {
    if (!host) return;
    const box = scrolly.getBoundingClientRect();
    const offset = stickyOffset(-host.top, box.top + graphicWrap.offsetTop, graphicWrap.offsetHeight, box.bottom);
    graphicWrap.style.transform = offset > 0 ? `translateY(${offset}px)` : '';
  };
  const stopReports = embed?.host?.subscribe((viewport) => {
    if (viewport.height !== host?.height) scrolly.style.setProperty('--host-vh', `${viewport.height}px`);
    scrolly.classList.add('synced');
    host = viewport;
    stick();
    onChange(viewport);
  });
  // A new width moves the steps and the story's box.
  window.addEventListener('resize', stick);
  return () => {
    stopReports?.();
    window.removeEventListener('resize', stick);
  };
}
