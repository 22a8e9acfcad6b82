import { describe, expect, it } from 'vitest';
import { citedSources, parseRichText, plainText, unsourcedFigures } from '../../src/lib/richtext';

describe('parseRichText', () => {
  it('splits paragraphs at blank lines and joins wrapped lines', () => {
    expect(parseRichText('One\nline.\n\n  \nTwo.')).toEqual([[{ text: 'One line.' }], [{ text: 'Two.' }]]);
  });

  it('turns citations into linked runs', () => {
    const [paragraph] = parseRichText('About [1,500 cameras](source:town-gazette) were announced.');
    expect(paragraph).toEqual([
      { text: 'About ' },
      { text: '1,500 cameras', sourceId: 'town-gazette' },
      { text: ' were announced.' },
    ]);
    expect(citedSources([paragraph])).toEqual(['town-gazette']);
    expect(plainText([paragraph])).toBe('About 1,500 cameras were announced.');
  });

  it('rejects a citation it cannot read', () => {
    expect(() => parseRichText('See [this](town-gazette).')).toThrow(/cannot read the citation/);
  });
});

describe('unsourcedFigures', () => {
  it('finds numbers outside citations, but lets years stand', () => {
    const paragraphs = parseRichText('In 2019, 250 cameras and [34 locations](source:x); by 2020, 1,500.');
    expect(unsourcedFigures(paragraphs)).toEqual(['250', '1,500']);
  });

  it('finds nothing when every figure is cited', () => {
    expect(unsourcedFigures(parseRichText('[At least 2,400](source:x) in 2021.'))).toEqual([]);
  });
});
