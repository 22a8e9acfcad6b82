import { hydrate, mount } from 'svelte';
import story from 'virtual:story';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app')!;
// The build prerenders the story into #app; hydrate it. In development it is empty: mount.
const app = target.firstElementChild ? hydrate(App, { target, props: { story } }) : mount(App, { target, props: { story } });

export default app;
