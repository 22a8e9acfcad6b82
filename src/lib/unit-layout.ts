/**
 * The unit chart's one scale: one cell is one camera, at every step. The panel is a grid of cells
 * just large enough for the story's largest camera figure, so that figure fills it and every
 * other figure is drawn at the same size per camera (8,000 looks eight times 1,000). Positions are
 * in cells, so the chart scales with its box (a viewBox) and needs no measuring.
 */

/** Width : height of the panel and of each block, so a block reads as an area, not a bar. */
export const UNIT_ASPECT = 5 / 4;
/** Cells between two blocks, one above the other. */
export const BLOCK_GAP = 3;

export interface UnitScale {
  cols: number;
  rows: number;
}

/** The panel for a story whose largest camera figure is `largest`: 5 × 4 cells a unit, so its shape is always UNIT_ASPECT (the stylesheet's too). */
export function unitScale(largest: number): UnitScale {
  const unit = Math.max(1, Math.ceil(Math.sqrt(Math.max(1, largest) / 20)));
  return { cols: 5 * unit, rows: 4 * unit };
}

export interface UnitBlock {
  /** Index of the figure in the list given. */
  index: number;
  /** Left and top of the block's box, in cells from the panel's top left. */
  x: number;
  y: number;
  cols: number;
  /** Rows of the box, the partial top row included. */
  rows: number;
  /** Complete rows at the bottom of the block. */
  fullRows: number;
  /** Cells in the partial row on top (0 when the last row is full). */
  remainder: number;
  /** Drawn over the largest block (there was no room for it above), rather than above it. */
  inset: boolean;
  /** Top of the block's label, in cells: beside the block, or inside it (see labelInside). */
  labelY: number;
}

/** A block this wide leaves no room for its label beside it: the label goes inside, top left. */
export const labelInside = (block: Pick<UnitBlock, 'cols'>, scale: UnitScale) => block.cols > scale.cols * 0.6;
/** Where a block's label starts, in cells from the left: just right of the block, or just inside it. */
export const labelX = (block: Pick<UnitBlock, 'x' | 'cols'>, scale: UnitScale) => (labelInside(block, scale) ? block.x + 1 : block.x + block.cols + 1.5);

/** A block of `value` cells, about as wide as UNIT_ASPECT says and never wider than the panel. */
function blockShape(value: number, scale: UnitScale): Pick<UnitBlock, 'cols' | 'rows' | 'fullRows' | 'remainder'> {
  // No cells (a figure said in words only, such as locations): its label alone takes the room.
  if (value === 0) return { cols: 0, rows: 0, fullRows: 0, remainder: 0 };
  const cols = Math.min(scale.cols, Math.max(1, Math.ceil(Math.sqrt(value * UNIT_ASPECT))));
  return { cols, rows: Math.ceil(value / cols), fullRows: Math.floor(value / cols), remainder: value % cols };
}

/**
 * Places blocks of `values` cells one above another, the first at the bottom, each on the left with
 * its label beside it (to its right; inside it when it is too wide): every count sits next to its own block, and small blocks
 * get as much room for words as large ones. A block takes the height of its marks or of its
 * label, whichever is taller. When they do not fit one above another, the smaller ones are drawn
 * inside the largest one, from its bottom-left corner: 1,200 among 8,000, at the same scale.
 */
/** `labelRows(index, labelX)`: how many cells tall the label of figure `index` is, starting at `labelX`. */
export function layoutBlocks(values: number[], scale: UnitScale, labelRows: (index: number, labelX: number) => number = () => 0): UnitBlock[] {
  // In the copy's order from the floor up, so that a figure shown at consecutive steps keeps its
  // place (an editor orders them); when they must nest, the largest is the ground for the rest.
  const largest = values.indexOf(Math.max(...values));
  const shapes = values.map((value) => blockShape(value, scale));
  const room = (i: number) => (labelInside(shapes[i], scale) ? shapes[i].rows : Math.max(shapes[i].rows, labelRows(i, labelX({ x: 0, ...shapes[i] }, scale))));
  const height = values.reduce((sum, _, i) => sum + room(i), 0) + BLOCK_GAP * Math.max(0, values.length - 1);
  const inset = height > scale.rows;
  const order = values.map((_, i) => i);
  if (inset) order.unshift(...order.splice(largest, 1));
  const blocks: UnitBlock[] = [];
  let floor = scale.rows;
  order.forEach((index, rank) => {
    const shape = shapes[index];
    const nested = inset && rank > 0;
    if (nested && rank === 1) floor = scale.rows;
    const y = floor - shape.rows;
    blocks[index] = { index, x: 0, y, ...shape, inset: nested, labelY: labelInside(shape, scale) ? y : floor - room(index) };
    floor -= room(index) + BLOCK_GAP;
  });
  return blocks;
}
