import { startReading } from './behaviour/reading';
import { nextTask } from './behaviour/tasks';
import { whenNear } from './behaviour/when-near';
import { editionFromPath, type EditionId } from './lib/editions';
import type { Story } from './lib/types';
import './app.css';

// Svelte and the components are imported where they are needed: they come in chunks of their own,
// and this first script only marks the active step.

/** Each edition's copy is a chunk of its own: a page loads only its language. */
const STORIES: Record<EditionId, () => Promise<{ default: Story }>> = {
  en: () => import('virtual:story/en'),
  sr: () => import('virtual:story/sr'),
  'sr-cyrl': () => import('virtual:story/sr-cyrl'),
};

// It runs once the page is parsed: built, the page adds it after its first screen is shown (in a
// frame, once parsed: src/build/first-script.ts), so it need not wait for a paint itself; in
// development it is a deferred module.
async function start(): Promise<void> {
  const edition = editionFromPath(location.pathname);
  const target = document.getElementById('app')!;
  // Inside an iframe the story is an embed, with code of its own (chunks only frames load).
  if (window.self !== window.top) {
    const [{ default: story }, { startInFrame }, { mount }, { default: App }] = await Promise.all([
      STORIES[edition](),
      import('./embed/frame-child'),
      import('svelte'),
      import('./App.svelte'),
    ]);
    const embed = startInFrame(target, story.steps.map((s) => s.id));
    // The prerendered page has the title block and starts at the top: render the embed afresh.
    target.replaceChildren();
    mount(App, { target, props: { story, edition, embed } });
    return;
  }
  // The build prerenders the story into #app (in development nothing is).
  const prerendered = target.firstElementChild !== null;
  // The graphic's code (reading.ts draws with it, and reports a failure), fetched with the copy.
  import('./behaviour/graphic.svelte').catch(() => {});
  const { default: story } = await STORIES[edition]();
  if (!prerendered) {
    const [{ mount }, { default: App }] = await Promise.all([import('svelte'), import('./App.svelte')]);
    mount(App, { target, props: { story, edition } });
    return;
  }
  // The prerendered copy is static HTML and stays so: rather than hydrate it all in one long task,
  // the script adds the behaviour, takes the graphic over when it is to show another step, and
  // draws the embed panel's live code as the reader comes near. In a task apart from the copy's
  // arrival (its module's evaluation), so that the two never add up to one long task.
  await nextTask();
  startReading(target.querySelector<HTMLElement>('.scrolly')!, { story, followHash: true });
  const panel = target.querySelector<HTMLDetailsElement>('.embed-panel');
  if (panel) {
    const load = () => Promise.all([import('svelte'), import('./components/EmbedPanel.svelte')]);
    whenNear(panel, load, ([{ mount }, { default: EmbedPanel }]) => {
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
