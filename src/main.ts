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
  const target = document.getElementById('app')!;
  // Inside an iframe the story is an embed, with code of its own (a chunk only frames load).
  if (window.self !== window.top) {
    const [{ default: story }, { startInFrame }] = await Promise.all([STORIES[edition](), import('./embed/frame-child')]);
    const embed = startInFrame(target, story.steps.map((s) => s.id));
    // The prerendered page has the title block and starts at the top: render the embed afresh.
    target.replaceChildren();
    mount(App, { target, props: { story, edition, embed } });
    return;
  }
  const { default: story } = await STORIES[edition]();
  const props = { story, edition };
  // The build prerenders the story into #app; hydrate it. In development it is empty: mount.
  if (target.firstElementChild) hydrate(App, { target, props });
  else mount(App, { target, props });
}

void start();
