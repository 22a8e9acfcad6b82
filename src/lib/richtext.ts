import type { Paragraph, TextRun } from './types.ts';

/** `[the words](source:some-id)`: words that link to an entry in the sources list. */
const CITATION = /\[([^\][]+)\]\(source:([a-z0-9-]+)\)/g;
/** A year such as 2019 may stand alone; any other number must be a cited figure. */
const BARE_FIGURE = /\d[\d.,]*/g;
const YEAR = /^(19|20)\d\d$/;

/**
 * Splits copy into paragraphs (at blank lines) and runs of text, some linked to a source.
 * Throws on a citation it cannot read, so that a typo never reaches the page as raw brackets.
 */
export function parseRichText(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .map(parseParagraph);
}

function parseParagraph(block: string): Paragraph {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of block.matchAll(CITATION)) {
    if (match.index > last) runs.push({ text: block.slice(last, match.index) });
    runs.push({ text: match[1], sourceId: match[2] });
    last = match.index + match[0].length;
  }
  if (last < block.length) runs.push({ text: block.slice(last) });
  for (const run of runs) {
    if (!run.sourceId && /\]\(|\[[^\]]*\]\(/.test(run.text)) {
      throw new Error(`cannot read the citation in "${run.text.trim()}" (write [words](source:id))`);
    }
  }
  return runs;
}

/** Numbers in the copy that are not years and are not inside a citation. */
export function unsourcedFigures(paragraphs: Paragraph[]): string[] {
  return paragraphs
    .flat()
    .filter((run) => !run.sourceId)
    .flatMap((run) => run.text.match(BARE_FIGURE) ?? [])
    .map((figure) => figure.replace(/[.,]$/, ''))
    .filter((figure) => !YEAR.test(figure));
}

/** All source ids a text cites. */
export function citedSources(paragraphs: Paragraph[]): string[] {
  return paragraphs.flat().flatMap((run) => (run.sourceId ? [run.sourceId] : []));
}

/** Plain text of paragraphs, for descriptions and share cards. */
export function plainText(paragraphs: Paragraph[]): string {
  return paragraphs.map((p) => p.map((run) => run.text).join('')).join(' ');
}
