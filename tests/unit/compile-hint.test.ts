import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { COMPILE_HINT, compileHintPlugin } from '../../src/build/compile-hint-plugin';

/** Runs the plugin's generateBundle on `files` as the build would, after Vite's own plugins. */
function hinted(files: Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>) {
  const hook = compileHintPlugin().generateBundle as { order: string; handler: (options: unknown, bundle: Rollup.OutputBundle) => void };
  expect(hook.order, 'runs after Vite has prepended its own code').toBe('post');
  hook.handler.call({} as never, {}, files as unknown as Rollup.OutputBundle);
  return files;
}

describe('the compile hint', () => {
  it('opens a chunk on its first line, before the dependency list Vite prepends', () => {
    const { 'index.js': chunk } = hinted({ 'index.js': { type: 'chunk', code: 'const __vite__mapDeps=(i)=>i;\nfunction start(){}' } });
    expect(chunk.type === 'chunk' && chunk.code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(chunk.type === 'chunk' && chunk.code).toBe(`${COMPILE_HINT}\nconst __vite__mapDeps=(i)=>i;\nfunction start(){}`);
  });

  it('is added once, and to script chunks only', () => {
    const files = hinted({
      'a.js': { type: 'chunk', code: `${COMPILE_HINT}\nexport{}` },
      'face.woff2': { type: 'asset', source: 'wOF2' },
    });
    expect(files['a.js']).toEqual({ type: 'chunk', code: `${COMPILE_HINT}\nexport{}` });
    expect(files['face.woff2']).toEqual({ type: 'asset', source: 'wOF2' });
  });
});
