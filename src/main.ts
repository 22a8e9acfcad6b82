import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { editionFromPath, type EditionId } from './lib/editions';
import type { Story } from './lib/types';
import './app.css';

/** Each edition's copy is a chunk of its own: a page loads only its language. */
const STORIES: Record<EditionId, () => Promise<{ default: Story }>> = {
  en: () => import('virtual:story/en'),
  sr: () => import('virtual:story/sr'),
  'sr-cyrl': () => import('virtual:story/sr-cyrl'),
};

async function start(): Promise<void> {
  const edition = editionFromPath(location.pathname);
  const { default: story } = await STORIES[edition]();
  const target = document.getElementById('app')!;
  const props = { story, edition };
  // The build prerenders the story into #app; hydrate it. In development it is empty: mount.
  if (target.firstElementChild) hydrate(App, { target, props });
  else mount(App, { target, props });
}

void start();
