import { describe, expect, it } from 'vitest';
import { addressFor, stepFromHash } from '../../src/lib/links';

const ids = ['first-step', 'second-step', 'third-step'];

describe('stepFromHash', () => {
  it.each([
    ['#first-step', 'first-step'],
    ['first-step', 'first-step'],
    ['#second-step', 'second-step'],
    ['#third%2Dstep', 'third-step'],
  ])('opens %s on its step', (hash, expected) => {
    expect(stepFromHash(hash, ids)).toBe(expected);
  });

  it.each([
    [''],
    ['#'],
    ['#unknown-step'],
    ['#First-step'],
    ['#%E0%A4%A'],
    ['#<img src=x onerror=alert(1)>'],
    ['#%3Cscript%3Ealert(1)%3C/script%3E'],
    ['#first-step"><script>'],
    ['#source-first-source'],
    ['#' + 'a'.repeat(5000)],
  ])('ignores %s: the story opens at the top', (hash) => {
    expect(stepFromHash(hash, ids)).toBeNull();
  });
});

describe('addressFor', () => {
  it('keeps path and query and sets or clears the hash', () => {
    expect(addressFor({ pathname: '/news/cameras/', search: '?embed=1' }, 'first-step')).toBe('/news/cameras/?embed=1#first-step');
    expect(addressFor({ pathname: '/news/cameras/', search: '' }, null)).toBe('/news/cameras/');
  });
});
