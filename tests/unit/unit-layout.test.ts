import { describe, expect, it } from 'vitest';
import { drawingOf, isPromised, sourceClass } from '../../src/lib/glyphs';
import { BLOCK_GAP, labelX, layoutBlocks, unitScale, type UnitBlock } from '../../src/lib/unit-layout';

const cells = (block: UnitBlock) => block.fullRows * block.cols + block.remainder;

describe('unitScale', () => {
  it.each([1, 9, 107, 1000, 7999, 8000, 8001, 250_000])('holds a figure of %i in a 5:4 panel, without much room to spare', (largest) => {
    const scale = unitScale(largest);
    expect(scale.cols * 4).toBe(scale.rows * 5);
    expect(scale.cols * scale.rows).toBeGreaterThanOrEqual(largest);
    // One unit (5 × 4 cells) smaller would not hold it.
    expect((scale.cols - 5) * (scale.rows - 4)).toBeLessThan(largest);
  });
});

describe('layoutBlocks', () => {
  const scale = unitScale(8000);

  it.each([[[107, 1000]], [[47]], [[9, 100]], [[689]], [[1200, 8000]], [[107, 1200, 8000]]])(
    'gives %j one cell per camera, each block inside the panel and on its floor',
    (values) => {
      const blocks = layoutBlocks(values, scale);
      blocks.forEach((block, i) => {
        expect(cells(block)).toBe(values[i]);
        expect(block.rows).toBe(block.fullRows + (block.remainder > 0 ? 1 : 0));
        expect(block.x).toBeGreaterThanOrEqual(0);
        expect(block.x + block.cols).toBeLessThanOrEqual(scale.cols);
        expect(block.y).toBeGreaterThanOrEqual(0);
        expect(block.y + block.rows).toBeLessThanOrEqual(scale.rows);
        expect(block.x).toBe(0);
      });
      // The first (or, where they nest, the largest) stands on the panel's floor.
      const ground = blocks.find((b) => !b.inset && b.y + b.rows === scale.rows);
      expect(ground).toBeDefined();
    },
  );

  it('makes the largest figure of the story fill the panel', () => {
    const [block] = layoutBlocks([8000], scale);
    expect(block.cols * block.rows).toBe(scale.cols * scale.rows);
  });

  it('draws the same count at the same size whatever is beside it', () => {
    const alone = layoutBlocks([1000], scale)[0];
    const beside = layoutBlocks([107, 1000], scale)[1];
    expect([beside.cols, beside.rows]).toEqual([alone.cols, alone.rows]);
  });

  it("stacks blocks in the copy's order from the floor up, a gap apart, when they fit", () => {
    const [big, small] = layoutBlocks([1000, 107], scale);
    expect(big.y + big.rows).toBe(scale.rows);
    expect(small.y + small.rows).toBe(big.y - BLOCK_GAP);
    expect(small.inset || big.inset).toBe(false);
  });

  it('keeps a figure in its place when the next step adds one above it', () => {
    expect(layoutBlocks([1000, 107], scale)[0]).toEqual(layoutBlocks([1000], scale)[0]);
  });

  it('gives a block the height of its label where the label is taller than its marks', () => {
    const [, small, tiny] = layoutBlocks([1000, 100, 9], scale, (index) => (index === 1 ? 20 : 0));
    // The block of 100 is 9 rows tall, but its label takes 20: the next block starts above that.
    expect(small.rows).toBeLessThan(20);
    expect(tiny.y + tiny.rows).toBe(small.y + small.rows - 20 - BLOCK_GAP);
    expect(small.labelY).toBe(small.y + small.rows - 20);
  });

  it('labels a block beside it, or inside it when the block is nearly as wide as the panel', () => {
    const [small, big] = layoutBlocks([107, 8000], scale);
    expect(labelX(big, scale)).toBeLessThan(big.cols);
    expect(big.labelY).toBe(big.y);
    expect(labelX(small, scale)).toBeGreaterThan(small.x + small.cols);
  });

  it('draws smaller blocks inside the largest one when there is no room beside it', () => {
    const [activists, planned] = layoutBlocks([1200, 8000], scale);
    expect(planned.inset).toBe(false);
    expect(activists.inset).toBe(true);
    expect(activists.x).toBe(0);
  });
});

describe('how a figure is drawn', () => {
  it('draws cameras as marks, locations as words and disputed units as a stepped line', () => {
    expect(drawingOf({ unit: 'cameras' })).toBe('marks');
    expect(drawingOf({ unit: 'locations' })).toBe('label');
    expect(drawingOf({ unit: 'cameras or locations' })).toBe('phases');
  });

  it('outlines promised figures and fills counted ones', () => {
    expect(['announced', 'planned'].map((kind) => isPromised({ kind: kind as 'planned' }))).toEqual([true, true]);
    expect(['official', 'vendor', 'crowd-verified'].map((kind) => isPromised({ kind: kind as 'official' }))).toEqual([false, false, false]);
  });

  it('colours by who gives the figure: three hues', () => {
    expect(sourceClass({ kind: 'official' })).toBe(sourceClass({ kind: 'planned' }));
    expect(sourceClass({ kind: 'announced' })).toBe('by-state');
    expect(sourceClass({ kind: 'vendor' })).toBe('by-vendor');
    expect(sourceClass({ kind: 'crowd-verified' })).toBe('by-citizens');
  });
});
