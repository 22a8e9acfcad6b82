/**
 * `position: sticky` by hand, for an iframe sized to its content: the frame never scrolls (the
 * host page does), so CSS sticky never engages. Given where the reader's viewport is, returns how
 * far to move the element down from where it is laid out: it follows the viewport's top, but never
 * above its place nor past the bottom of its container.
 *
 * All arguments are in px in the frame document's coordinates.
 */
export function stickyOffset(viewportTop: number, naturalTop: number, height: number, containerBottom: number): number {
  const furthest = Math.max(0, containerBottom - naturalTop - height);
  return Math.min(Math.max(0, viewportTop - naturalTop), furthest);
}
