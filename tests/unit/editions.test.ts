import { describe, expect, it } from 'vitest';
import { editionFromPath, editionHref } from '../../src/lib/editions';

describe('editionFromPath', () => {
  it.each([
    ['/', 'en'],
    ['/news/cameras/', 'en'],
    ['/news/cameras/index.html', 'en'],
    ['/news/cameras/sr/', 'sr'],
    ['/sr/index.html', 'sr'],
    ['/news/cameras/sr-cyrl/', 'sr-cyrl'],
    ['/news/srpski/', 'en'],
  ])('reads %s as the %s edition', (path, edition) => {
    expect(editionFromPath(path)).toBe(edition);
  });
});

describe('editionHref', () => {
  it('links editions by relative paths', () => {
    expect(editionHref('en', 'sr')).toBe('./sr/');
    expect(editionHref('en', 'en')).toBe('./');
    expect(editionHref('sr', 'en')).toBe('../');
    expect(editionHref('sr', 'sr-cyrl')).toBe('../sr-cyrl/');
  });
});
