// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentParsed } from '../../src/behaviour/tasks';

describe('documentParsed', () => {
  afterEach(() => vi.restoreAllMocks());

  it('waits, while the page is still being parsed, for the end of it, and resolves in a task after it', async () => {
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    let parsed = false;
    const waiting = documentParsed().then(() => (parsed = true));
    await Promise.resolve();
    expect(parsed).toBe(false);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await Promise.resolve();
    expect(parsed, 'not within the event itself').toBe(false);
    await waiting;
    expect(parsed).toBe(true);
  });

  it('resolves at once once the page is parsed', async () => {
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    await expect(documentParsed()).resolves.toBeUndefined();
  });
});
