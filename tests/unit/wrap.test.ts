import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/lib/wrap';

describe('wrapText', () => {
  it.each([
    ['A list of seven notes', 10, Infinity, ['A list of', 'seven', 'notes']],
    ['Short', 10, Infinity, ['Short']],
    ['Supercalifragilistic word', 5, Infinity, ['Supercalifragilistic', 'word']],
    ['one two three four five six', 9, 2, ['one two', 'three…']],
    ['  spaced   out  ', 20, Infinity, ['spaced out']],
  ])('wraps %j at %i characters', (text, max, lines, expected) => {
    expect(wrapText(text, max, lines)).toEqual(expected);
  });
});
