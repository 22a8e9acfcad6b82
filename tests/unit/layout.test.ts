import { describe, expect, it } from 'vitest';
import { activeIndex } from '../../src/lib/active-step';
describe('activeIndex', () => {
  it.each([
    [[100, 900, 1700], 480, 0],
    [[-800, 300, 1100], 480, 1],
    [[-2000, -1200, -400], 480, 2],
    [[600, 1400], 480, -1],
    // Less than a pixel below the line: IntersectionObserver, on snapped boxes, has reported it across.
    [[-800, 480.4, 1100], 480, 1],
    [[-800, 481, 1100], 480, 0],
  ])('with step tops %j and the line at %i, step %i is active', (tops, line, expected) => {
    expect(activeIndex(tops, line)).toBe(expected);
  });
});

