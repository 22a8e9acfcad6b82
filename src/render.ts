/** Server entry: renders each edition to HTML at build time, so the words arrive before any JavaScript. */
import { render as renderSvelte } from 'svelte/server';
import en from 'virtual:story/en';
import sr from 'virtual:story/sr';
import srCyrl from 'virtual:story/sr-cyrl';
import type { EditionId } from './lib/editions';
import type { Story } from './lib/types';
import App from './App.svelte';

export const STORIES: Record<EditionId, Story> = { en, sr, 'sr-cyrl': srCyrl };

export function render(edition: EditionId): { head: string; body: string } {
  return renderSvelte(App, { props: { story: STORIES[edition], edition } });
}
