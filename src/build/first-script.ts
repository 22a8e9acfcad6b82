import { createHash } from 'node:crypto';

/**
 * The few lines the page carries inline in place of its first script's tag: they add that script
 * once the page is parsed and its first screen has been shown (the browser's report of its first
 * contentful paint). The prerendered page is whole without it, so nothing of the script (its
 * request, its run) comes before that paint.
 * - Frames start it once parsed: a browser paints nothing in a frame out of view (an embed further
 *   down an article), which would then not tell its parent its height.
 * - Opened at a section (a hash) or where the browser has no such report, two animation frames
 *   after the parse: Firefox reports no paint for a page opened away from its top.
 * - Whatever else happens, 2 s after the load event (Firefox again, on a page it scrolls itself).
 * A page opened in a background tab, which paints and runs no frames, starts when first shown or
 * by that timer.
 */
const START_AFTER_PAINT =
  '{const src=document.currentScript.dataset.src;' +
  "const parsed=new Promise(r=>document.readyState==='loading'?document.addEventListener('DOMContentLoaded',r,{once:true}):r());" +
  'const painted=window.self!==window.top?null:new Promise(r=>{' +
  "addEventListener('load',()=>setTimeout(r,2000),{once:true});" +
  "if(location.hash||!window.PerformanceObserver?.supportedEntryTypes?.includes('paint'))return parsed.then(()=>requestAnimationFrame(()=>requestAnimationFrame(r)));" +
  "new PerformanceObserver((list,observer)=>{if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();r()}}).observe({type:'paint',buffered:true})});" +
  "Promise.all([parsed,painted]).then(()=>document.head.append(Object.assign(document.createElement('script'),{type:'module',src})))}";

/** Its hash, which the page's Content-Security-Policy allows (it has no 'unsafe-inline'). */
const START_AFTER_PAINT_HASH = `'sha256-${createHash('sha256').update(START_AFTER_PAINT).digest('base64')}'`;

/**
 * The built page with its first script (the one module script Vite writes) started after the first
 * paint, and its policy allowing that. The script's address goes in `data-src`, which the pages'
 * rewriting of `src="./` addresses for their folder also covers.
 */
export function withFirstScriptAfterPaint(html: string, file: string): string {
  const tags = [...html.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>/g)];
  if (tags.length !== 1) throw new Error(`${file}: expected one module script (the first script), found ${tags.length}`);
  if (!html.includes("script-src 'self'")) throw new Error(`${file}: no "script-src 'self'" in its Content-Security-Policy to allow the first script's starter in`);
  const [tag, src] = tags[0];
  return html
    .replace(tag, () => `<script data-src="${src}">${START_AFTER_PAINT}</script>`)
    .replace("script-src 'self'", () => `script-src 'self' ${START_AFTER_PAINT_HASH}`);
}
