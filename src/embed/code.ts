/**
 * The code a newsroom pastes to embed the story, in each of the three ways. Pure, so the panel
 * that shows it and the tests that paste it into a host page use the very same text.
 */
import { editionHref, type EditionId } from '../lib/editions.ts';
import { embedQuery, type EmbedOptions } from './options.ts';

export type EmbedMode = 'script' | 'frame' | 'plain';
export const EMBED_MODES: readonly EmbedMode[] = ['script', 'frame', 'plain'];

/** The attribute that marks a script embed's container (its value is the edition) and our iframes. */
export const EMBED_ATTRIBUTE = 'data-thousands-of-cameras';
/** The class of the element the script embed mounts the story in, inside its Shadow DOM (the stylesheet's stand-in for `:root`). */
export const EMBED_ROOT_CLASS = 'embed-root';
/** The parent script of the iframe embed, under the story's root. */
export const FRAME_SCRIPT = 'embed/frame.js';
/** The script embed of an edition, under the story's root. */
export const embedScript = (edition: EditionId) => `embed/${edition}.js`;

/**
 * The link from one edition's page to another's: relative on our own page (it works under any
 * path), absolute from `home` in an embed, where a relative link would resolve against the host's address.
 */
export function editionLink(from: EditionId, to: EditionId, home?: string): string {
  return home ? new URL(editionHref(from, to), home).href : editionHref(from, to);
}

export interface EmbedCodeInput {
  /** The story's root address (the English edition's), ending in '/'. */
  root: string;
  edition: EditionId;
  /** This edition's folder under the root: '' or ending in '/'. */
  editionPath: string;
  title: string;
  options: Pick<EmbedOptions, 'chrome' | 'start'>;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(mode: EmbedMode, { root, edition, editionPath, title, options }: EmbedCodeInput): string {
  const page = escapeAttribute(root + editionPath + embedQuery(options));
  const name = escapeAttribute(title);
  if (mode === 'script') {
    const start = options.start ? ` data-start="${escapeAttribute(options.start)}"` : '';
    const chrome = options.chrome ? ' data-chrome="show"' : '';
    return `<div ${EMBED_ATTRIBUTE}="${edition}"${start}${chrome}></div>\n<script src="${escapeAttribute(root + embedScript(edition))}" async></script>`;
  }
  if (mode === 'frame') {
    // The height is only until the script has measured the story; then the frame is exactly as tall.
    return `<iframe ${EMBED_ATTRIBUTE} src="${page}" title="${name}" width="100%" height="700" frameborder="0"></iframe>\n<script src="${escapeAttribute(root + FRAME_SCRIPT)}" async></script>`;
  }
  // No script on the host: the story scrolls inside a frame of fixed height, a little shorter than a phone's screen.
  return `<iframe src="${page}" title="${name}" width="100%" height="640" frameborder="0"></iframe>`;
}
