/**
 * Lays out a unit chart: one mark per camera (or location), figures side by side as columns
 * that fill from the bottom up, all with the same mark size so that columns compare fairly.
 */
export interface UnitColumn {
  /** Left edge of the column, px. */
  x: number;
  /** Marks per row. */
  perRow: number;
  /** Complete rows at the bottom of the column. */
  fullRows: number;
  /** Marks in the partial row on top (0 when the last row is full). */
  remainder: number;
}

export interface UnitLayout {
  /** Side of one mark's cell, px. */
  cell: number;
  columnWidth: number;
  columns: UnitColumn[];
}

export const MAX_CELL = 22;
/** Space between columns, px; the labels under the chart use the same. */
export const UNIT_GAP = 12;
const MIN_CELL = 1;

export function layoutUnits(values: number[], width: number, height: number, gap = UNIT_GAP): UnitLayout {
  const n = values.length;
  const columnWidth = n === 0 ? width : Math.max(1, (width - gap * (n - 1)) / n);
  const fits = (cell: number) =>
    values.every((v) => {
      const perRow = Math.floor(columnWidth / cell);
      return perRow >= 1 && Math.ceil(v / perRow) * cell <= height;
    });
  // Largest whole-pixel cell at which every column fits: marks as big as the space allows, and crisp.
  let cell = MIN_CELL;
  for (let c = MAX_CELL; c >= MIN_CELL; c -= 1) {
    if (fits(c)) {
      cell = c;
      break;
    }
  }
  const columns = values.map((value, i) => {
    const perRow = Math.max(1, Math.floor(columnWidth / cell));
    return {
      x: i * (columnWidth + gap),
      perRow,
      fullRows: Math.floor(value / perRow),
      remainder: value % perRow,
    };
  });
  return { cell, columnWidth, columns };
}
