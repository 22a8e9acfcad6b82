import { mount } from 'svelte';
import { startReading } from './behaviour/reading.svelte';
import { whenNear } from './behaviour/when-near';
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
  // Inside an iframe the story is an embed, with code of its own (chunks only frames load).
  if (window.self !== window.top) {
    const [{ default: story }, { startInFrame }, { default: App }] = await Promise.all([STORIES[edition](), import('./embed/frame-child'), import('./App.svelte')]);
    const embed = startInFrame(target, story.steps.map((s) => s.id));
    // The prerendered page has the title block and starts at the top: render the embed afresh.
    target.replaceChildren();
    mount(App, { target, props: { story, edition, embed } });
    return;
  }
  const { default: story } = await STORIES[edition]();
  // In development nothing is prerendered: render it all.
  if (!target.firstElementChild) {
    const { default: App } = await import('./App.svelte');
    mount(App, { target, props: { story, edition } });
    return;
  }
  // The build prerenders the story into #app. Its copy is static HTML and stays so: rather than
  // hydrate it all in one long task, the script adds the behaviour, and draws what only it can
  // draw (the graphic, the embed panel's live code) as the reader comes near.
  startReading(target.querySelector<HTMLElement>('.scrolly')!, { story, followHash: true });
  const panel = target.querySelector<HTMLDetailsElement>('.embed-panel');
  if (panel) {
    whenNear(panel, async () => {
      const { default: EmbedPanel } = await import('./components/EmbedPanel.svelte');
      // Drawn afresh in place of its prerendered copy, which it matches, open or folded as that was.
      mount(EmbedPanel, { target: panel.parentElement!, anchor: panel, props: { story, edition } });
      const live = panel.previousElementSibling as HTMLDetailsElement;
      const hadFocus = panel.contains(document.activeElement);
      live.open = panel.open;
      panel.remove();
      if (hadFocus) live.querySelector('summary')!.focus();
    });
  }
}

void start();
