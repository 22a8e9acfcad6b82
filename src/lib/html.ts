import type { Paragraph } from './types';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Paragraphs of copy as HTML, cited words linked to their sources. Every piece of text is escaped;
 * the only markup is ours. Rendered as one string so that hydrating the page does not have to
 * walk every run of text (it adopts the prerendered nodes as they are).
 */
export function paragraphsHtml(paragraphs: Paragraph[]): string {
  return paragraphs
    .map(
      (paragraph) =>
        `<p>${paragraph
          .map((run) => (run.sourceId ? `<a class="cite" href="#source-${escapeHtml(run.sourceId)}">${escapeHtml(run.text)}</a>` : escapeHtml(run.text)))
          .join('')}</p>`,
    )
    .join('');
}
