/**
 * A unit block's label as SVG text (which does not wrap): its lines, and how many of the chart's
 * cells tall it is. Worked out for the chart's narrowest box (a phone), so it fits wherever the
 * chart is larger.
 */
import { kindAndDate } from './format.ts';
import { drawingOf } from './glyphs.ts';
import type { CameraFigure } from './types.ts';
import type { UiStrings } from './ui-strings.ts';
import { layoutBlocks, type UnitScale } from './unit-layout.ts';
import { wrapText } from './wrap.ts';

export interface LabelSize {
  /** Size of the label text, px; the count is 1.6 times it. */
  fontSize: number;
  /** Width and height of the chart's box at its smallest, px. */
  boxWidth: number;
  boxHeight?: number;
  /** An average character's width, as a share of the font size, for wrapping without measuring: the page's interface face's if not given. */
  charWidth?: number;
}

/** The page's interface face (system-ui): an average character's width, as a share of the font size. */
const CHAR_WIDTH = 0.53;

/** A label size with the chart's height, as laying out the blocks needs. */
type ChartLabelSize = LabelSize & { boxHeight: number };

/** `text`: what the figure counts; `kind`: its kind and date, on lines of their own. */
export function labelLines(text: string, kind: string, labelX: number, scale: UnitScale, { fontSize, boxWidth, charWidth = CHAR_WIDTH }: LabelSize) {
  const width = ((scale.cols - labelX) / scale.cols) * boxWidth;
  const chars = Math.max(10, Math.floor(width / (fontSize * charWidth)));
  return { lines: wrapText(text, chars), kindLines: wrapText(kind, chars), countSize: fontSize * 1.6, line: fontSize * 1.2 };
}

/** For layoutBlocks: each figure's label height in cells (the count, its lines and the kind line). */
export function labelRows(labels: { text: string; kind: string }[], scale: UnitScale, size: ChartLabelSize) {
  return (index: number, labelX: number): number => {
    const { lines, kindLines, countSize, line } = labelLines(labels[index].text, labels[index].kind, labelX, scale, size);
    const px = countSize + line * (lines.length + kindLines.length + 0.15) + size.fontSize * 0.4;
    return Math.ceil(px / (size.boxHeight / scale.rows));
  };
}

/**
 * A step's unit chart, as the page and the share cards draw it: camera counts as blocks in the
 * copy's order, then locations as labelled rows with no marks (locations are not cameras).
 */
export function unitChart(figures: CameraFigure[], scale: UnitScale, size: ChartLabelSize, locale: string, ui: UiStrings) {
  const stacked = [...figures.filter((f) => drawingOf(f) === 'marks'), ...figures.filter((f) => drawingOf(f) === 'label')];
  const rows = labelRows(stacked.map((f) => ({ text: f.label, kind: kindAndDate(f, locale, ui) })), scale, size);
  return { stacked, blocks: layoutBlocks(stacked.map((f) => (drawingOf(f) === 'marks' ? f.value : 0)), scale, rows) };
}
