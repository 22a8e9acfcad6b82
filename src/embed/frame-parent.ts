/**
 * `embed/frame.js`: the parent half of the responsive iframe embed, for the news site's page. For
 * each of our frames on the page it
 * - sets the frame's height to its content's, as the frame reports it (load, resize, fonts);
 * - tells the frame where it is in the reader's viewport, on every scroll and resize, so that the
 *   steps inside change at the same place as on our own page (IntersectionObserver cannot see
 *   that from inside a cross-origin frame);
 * - scrolls to a point of the frame when the reader follows a link inside it (a citation).
 * It accepts only messages in our shape, from a frame on this page, from our origin (the origin of
 * this script). It never navigates the page.
 */
import { EMBED_ATTRIBUTE } from './code';
import { parentMessage, readFrameMessage } from './messages';

const script = document.currentScript as HTMLScriptElement | null;
const originOf = (url: string) => {
  try {
    return new URL(url, location.href).origin;
  } catch {
    return null;
  }
};
/** Our frames come from where this script comes from (or, if that is unknown, from where their own src says). */
const ourOrigin = script?.src ? originOf(script.src) : null;
const expectedOrigin = (frame: HTMLIFrameElement) => ourOrigin ?? originOf(frame.src);

const frames = new Set<HTMLIFrameElement>();

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  return Array.from(document.querySelectorAll('iframe')).find((frame) => frame.contentWindow === source);
}

/** Where the frame's content starts: inside its border and padding. */
function contentTop(frame: HTMLIFrameElement): number {
  return frame.getBoundingClientRect().top + frame.clientTop + (parseFloat(getComputedStyle(frame).paddingTop) || 0);
}

function sendViewport(frame: HTMLIFrameElement): void {
  const origin = expectedOrigin(frame);
  if (origin) frame.contentWindow?.postMessage(parentMessage({ top: contentTop(frame), height: window.innerHeight }), origin);
}

function sendAll(): void {
  for (const frame of frames) {
    if (frame.isConnected) sendViewport(frame);
    else frames.delete(frame);
  }
}

window.addEventListener('message', (event) => {
  const frame = frameOf(event.source);
  if (!frame || event.origin !== expectedOrigin(frame)) return;
  const message = readFrameMessage(event.data);
  if (!message) return;
  if (message.kind === 'scroll-to') {
    window.scrollTo({ top: contentTop(frame) + window.scrollY + message.top });
    return;
  }
  if (message.kind === 'height') {
    // content-box, so that the height is the content's whatever the page's box-sizing; important,
    // so that the page's own iframe styles do not cut the story short.
    frame.style.setProperty('box-sizing', 'content-box', 'important');
    frame.style.setProperty('height', `${message.height}px`, 'important');
  }
  frames.add(frame);
  sendViewport(frame);
});
window.addEventListener('scroll', sendAll, { passive: true });
window.addEventListener('resize', sendAll);
// The page's own layout can move the frames without a scroll (images, fonts, ads loading above).
new ResizeObserver(sendAll).observe(document.documentElement);
/**
 * Whether a frame holds its page yet rather than the blank document it starts with (posting to
 * that one, of the host's origin, is an error). Our page is of another origin: reading its
 * address throws.
 */
function hasLoaded(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentWindow?.location.href !== 'about:blank';
  } catch {
    return true;
  }
}
// Frames that loaded before this script said hello to nobody: greet them. (The others will say hello.)
for (const frame of document.querySelectorAll<HTMLIFrameElement>(`iframe[${EMBED_ATTRIBUTE}]`)) if (hasLoaded(frame)) sendViewport(frame);
