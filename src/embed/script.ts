/**
 * The script embed (`embed/<edition>.js`, one classic script per edition, so that a host needs no
 * CORS and loads one language only). For each `<div data-thousands-of-cameras="<edition>">` on the
 * page it renders the story into a Shadow DOM: the host's styles cannot reach in, ours cannot reach
 * out. The story scrolls with the host page, so the sticky graphic and the trigger line work as on
 * our own page. It never reads or writes the host's address.
 */
import { mount } from 'svelte';
import { edition, story } from 'virtual:embed-edition';
import App from '../App.svelte';
import { EDITIONS } from '../lib/editions';
import { EMBED_ATTRIBUTE, EMBED_ROOT_CLASS } from './code';
import { readEmbedOptions } from './options';
import { applyTheme, handleLinks } from './links';
import '../app.css';

/** The piece's stylesheet, rewritten for the Shadow DOM; the build puts it in place of this string. */
const CSS = '__THOUSANDS_OF_CAMERAS_EMBED_CSS__';

// Our own address, from which the story's page is found (links out, share pages).
const script = document.currentScript as HTMLScriptElement | null;
const home = new URL(`../${EDITIONS.find((e) => e.id === edition)!.path}`, script?.src || location.href).href;
let sheet: CSSStyleSheet | undefined;

function embedInto(container: HTMLElement): void {
  // A constructed stylesheet, not a <style> element: the host's Content-Security-Policy need not allow inline styles.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  const shadow = container.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet];
  const root = document.createElement('div');
  root.className = EMBED_ROOT_CLASS;
  shadow.append(root);
  // rem is the host's root font size: the piece's sizes follow the reader's default font size instead.
  root.style.setProperty('--cameras-rem', getComputedStyle(root).fontSize);
  const options = readEmbedOptions(
    (name) => container.getAttribute(`data-${name}`),
    story.steps.map((s) => s.id),
  );
  applyTheme(root, options.theme);
  mount(App, { target: root, props: { story, edition, embed: { mode: 'script', options, home } } });
  handleLinks(root, (target) => {
    target?.scrollIntoView();
    return true;
  });
}

function embedAll(): void {
  for (const container of document.querySelectorAll<HTMLElement>(`[${EMBED_ATTRIBUTE}="${edition}"]`)) {
    // The same script may be on the page twice: each container is embedded once.
    if (!container.shadowRoot) embedInto(container);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
else embedAll();
