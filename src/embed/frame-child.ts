/**
 * The story's page inside an iframe (main.ts loads this only then). Reads the embed options from
 * the address, and talks to the parent page if it runs our parent script or pym.js:
 * - says hello, and waits for the reader's viewport (where the frame is in it, and how tall it is);
 * - from then on reports the content's height whenever it changes (load, resize, fonts), so the
 *   parent sizes the frame to it. Not before: until the story knows the reader's viewport its
 *   sizes are in vh, which in a frame sized to its content would grow with the frame, forever.
 * Without a parent script the frame keeps the height the host gave it and scrolls itself.
 *
 * Messages go to the parent with targetOrigin '*': the host's origin is not known, and all they
 * carry is a height or a scroll offset. Messages in are read only from the parent window and
 * only in the expected shapes (lib/embed-messages.ts).
 */
import { frameMessage, isPymId, pymMessage, readParentMessage, readPymMessage, type FrameMessage } from './messages';
import { readEmbedOptions, type EmbedContext, type HostViewport } from './options';
import { applyTheme, handleLinks } from './links';

/** How far above a linked element (a source) the reader's viewport starts, in px. */
const LINK_MARGIN = 24;

export function startInFrame(target: HTMLElement, stepIds: string[]): EmbedContext {
  const query = new URLSearchParams(location.search);
  const options = readEmbedOptions((name) => query.get(name), stepIds);
  applyTheme(document.documentElement, options.theme);
  // pym.js's parent names its child in the address.
  const childId = query.get('childId') ?? '';
  const pymId = isPymId(childId) ? childId : null;

  let viewport: HostViewport | null = null;
  const listeners = new Set<(viewport: HostViewport) => void>();
  const post = (message: FrameMessage | string) => window.parent.postMessage(message, '*');

  let reported = 0;
  const reportHeight = (always = false) => {
    if (!viewport) return;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === reported && !always) return;
    reported = height;
    post(frameMessage.height(height));
    if (pymId) post(pymMessage(pymId, 'height', String(height)));
  };
  const receive = (next: HostViewport) => {
    viewport = next;
    listeners.forEach((listener) => listener(next));
    // Measure once the story has laid itself out for this viewport (Svelte updates the page in a
    // microtask). Not only on resize: browsers pause ResizeObserver in frames that are off screen.
    setTimeout(reportHeight);
  };

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const ours = readParentMessage(event.data);
    if (ours) return receive(ours);
    const pym = pymId ? readPymMessage(event.data, pymId) : null;
    if (pym?.type === 'viewport') receive(pym.viewport);
    // pym.js sends the width on load and on resize, and expects the height back.
    else if (pym?.type === 'width') reportHeight(true);
  });
  new ResizeObserver(() => reportHeight()).observe(document.documentElement);
  post(frameMessage.hello());
  if (pymId) askPymForPosition(pymId, post);

  handleLinks(target, (element) => {
    // Not synced: the frame scrolls itself, and the browser's own jump to the element is right.
    if (!viewport) return false;
    if (element) {
      const top = Math.max(0, Math.round(element.getBoundingClientRect().top + window.scrollY - LINK_MARGIN));
      post(pymId ? pymMessage(pymId, 'scrollToChildPos', String(top)) : frameMessage.scrollTo(top));
    }
    return true;
  });

  return {
    mode: 'frame',
    options,
    home: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? new URL('./', location.href).href,
    host: {
      subscribe(listener) {
        listeners.add(listener);
        if (viewport) listener(viewport);
        return () => listeners.delete(listener);
      },
    },
  };
}

/**
 * A pym.js parent sends the frame's position on scroll only if the host turned `trackscroll` on;
 * otherwise it answers `parentPositionInfo`. So ask, once a frame, while the frame is on screen.
 */
function askPymForPosition(id: string, post: (message: string) => void): void {
  const ask = () => post(pymMessage(id, 'parentPositionInfo', ''));
  let visible = false;
  const poll = () => {
    if (!visible) return;
    ask();
    requestAnimationFrame(poll);
  };
  new IntersectionObserver(([entry]) => {
    const wasVisible = visible;
    visible = entry.isIntersecting;
    if (visible && !wasVisible) requestAnimationFrame(poll);
  }).observe(document.documentElement);
  ask();
}
