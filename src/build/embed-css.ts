/**
 * The page's stylesheet, rewritten for the script embed's Shadow DOM (at build time). Inside a host
 * page three things differ from the story's own page:
 * - there is no `:root` or `html` of ours: `.embed-root`, the element the story mounts in, takes
 *   their rules, after a reset (`all: initial`) that cuts off everything the host's styles would
 *   pass down by inheritance (its colour, font, letter-spacing, alignment…);
 * - `rem` is the host's root font size (often set to 10px): it becomes `--cameras-rem`, the
 *   reader's default font size, which the embed measures;
 * - the piece is as wide as the host's article column, not the viewport: width media queries
 *   become container queries on `.embed-root`.
 */
import { EMBED_ROOT_CLASS } from '../embed/code.ts';

const RESET =
  // Host styles such as `div { display: inline }` reach the container element; an !important
  // declaration from inside the shadow tree wins over the host's, even over its !important.
  ':host{display:block!important}' +
  `.${EMBED_ROOT_CLASS}{all:initial;display:block;position:relative;container-type:inline-size}`;
// After the page's rules: the page's `html { font-size: 100% }` would be 100% of the host's size.
const TAIL = `.${EMBED_ROOT_CLASS}{font-size:medium}`;

export function shadowCss(css: string): string {
  const rewritten = css
    .replace(/(^|[{},\s])(?::root|html)(?=[\s,{])/g, `$1.${EMBED_ROOT_CLASS}`)
    .replace(/(^|[^\w.-])(-?\d*\.?\d+)rem\b/g, '$1calc($2*var(--cameras-rem,16px))')
    .replace(/@media\s*((?:\(\s*(?:min-width|max-width|width\s*[<>]=?)[^)]*\)\s*(?:and\s*)?)+)\{/g, '@container $1{');
  return RESET + rewritten + TAIL;
}
