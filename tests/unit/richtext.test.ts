import { describe, expect, it } from 'vitest';
import { citedSources, parseRichText, plainText, unsourcedFigures } from '../../src/lib/richtext';

describe('parseRichText', () => {
  it('splits paragraphs at blank lines and joins wrapped lines', () => {
    expect(parseRichText('One\nline.\n\n  \nTwo.')).toEqual([[{ text: 'One line.' }], [{ text: 'Two.' }]]);
  });

  it('turns citations into linked runs', () => {
    const [paragraph] = parseRichText('About [1,000 cameras](source:n1-2019) were announced.');
    expect(paragraph).toEqual([
      { text: 'About ' },
      { text: '1,000 cameras', sourceId: 'n1-2019' },
      { text: ' were announced.' },
    ]);
    expect(citedSources([paragraph])).toEqual(['n1-2019']);
    expect(plainText([paragraph])).toBe('About 1,000 cameras were announced.');
  });

  it('rejects a citation it cannot read', () => {
    expect(() => parseRichText('See [this](n1-2019).')).toThrow(/cannot read the citation/);
  });
});

describe('unsourcedFigures', () => {
  it('finds numbers outside citations, but lets years stand', () => {
    const paragraphs = parseRichText('In 2019, 107 cameras and [61 locations](source:x); by 2020, 1,000.');
    expect(unsourcedFigures(paragraphs)).toEqual(['107', '1,000']);
  });

  it('finds nothing when every figure is cited', () => {
    expect(unsourcedFigures(parseRichText('[At least 1,200](source:x) in 2021.'))).toEqual([]);
  });
});
