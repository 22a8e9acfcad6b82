import { describe, expect, it } from 'vitest';
import { addressFor, stepFromHash } from '../../src/lib/links';

const ids = ['memorandum', 'strategic-partnership', 'draft-laws'];

describe('stepFromHash', () => {
  it.each([
    ['#memorandum', 'memorandum'],
    ['memorandum', 'memorandum'],
    ['#strategic-partnership', 'strategic-partnership'],
    ['#draft%2Dlaws', 'draft-laws'],
  ])('opens %s on its step', (hash, expected) => {
    expect(stepFromHash(hash, ids)).toBe(expected);
  });

  it.each([
    [''],
    ['#'],
    ['#unknown-step'],
    ['#Memorandum'],
    ['#%E0%A4%A'],
    ['#<img src=x onerror=alert(1)>'],
    ['#%3Cscript%3Ealert(1)%3C/script%3E'],
    ['#memorandum"><script>'],
    ['#source-n1-2019'],
    ['#' + 'a'.repeat(5000)],
  ])('ignores %s: the story opens at the top', (hash) => {
    expect(stepFromHash(hash, ids)).toBeNull();
  });
});

describe('addressFor', () => {
  it('keeps path and query and sets or clears the hash', () => {
    expect(addressFor({ pathname: '/news/cameras/', search: '?embed=1' }, 'memorandum')).toBe('/news/cameras/?embed=1#memorandum');
    expect(addressFor({ pathname: '/news/cameras/', search: '' }, null)).toBe('/news/cameras/');
  });
});
