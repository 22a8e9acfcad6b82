// The real Serbian copy against the real English: only what any faithful translation keeps.
import { describe, expect, it } from 'vitest';
import { realStory } from '../fixtures';
import { PARITY_CHECKS } from './parity';

const en = realStory('en');
const sr = realStory('sr');

describe('the Serbian copy', () => {
  it('is in Serbian Latin', () => {
    expect(sr.locale).toBe('sr-Latn');
  });

  it.each(Object.entries(PARITY_CHECKS))('%s', (_name, check) => {
    expect(check(en, sr)).toEqual([]);
  });
});
