/** Server entry: renders the story to HTML at build time, so the words arrive before any JavaScript. */
import { render as renderSvelte } from 'svelte/server';
import story from 'virtual:story';
import App from './App.svelte';

export function render(): { head: string; body: string } {
  return renderSvelte(App, { props: { story } });
}
