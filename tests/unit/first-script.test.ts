import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { withFirstScriptAfterPaint } from '../../src/build/first-script';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'" />`;
const built = (scripts: string) => `<!doctype html><html><head>${CSP}${scripts}</head><body><div id="app"><p>The story</p></div></body></html>`;
const FIRST = '<script type="module" crossorigin src="./assets/index-abc.js"></script>';

/** The page's one inline script: its code and the address it carries. */
function starter(html: string) {
  const tag = /<script data-src="([^"]+)">([\s\S]*?)<\/script>/.exec(html);
  if (!tag) throw new Error('no inline starter in the page');
  return { src: tag[1], code: tag[2] };
}

type PaintReport = (list: { getEntriesByName(name: string): unknown[] }, observer: { disconnect(): void }) => void;

/** A stand-in for the browser's PerformanceObserver that reports paints: each observer's report goes in `reports`. */
function paintObserver(reports: PaintReport[]) {
  return class {
    static readonly supportedEntryTypes: string[] = ['paint'];
    constructor(report: PaintReport) {
      reports.push(report);
    }
    observe(): void {}
  };
}

/**
 * The page in jsdom at `url`, parsed and loaded, its scripts run. Frames run only when `frame()` is
 * called, timers only when `elapse()` is; with `paintTiming`, the browser reports paints (by name)
 * only when `paint(name)` is called.
 */
async function load(html: string, { paintTiming = false, url = 'https://example.org/' } = {}) {
  const frames: FrameRequestCallback[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const reports: PaintReport[] = [];
  const dom = new JSDOM(html, {
    url,
    runScripts: 'dangerously',
    beforeParse(window) {
      window.requestAnimationFrame = (callback) => frames.push(callback);
      window.setTimeout = ((run: () => void, ms = 0) => timers.push({ run, ms })) as typeof window.setTimeout;
      if (paintTiming) Object.assign(window, { PerformanceObserver: paintObserver(reports) });
    },
  });
  const { document } = dom.window;
  if (document.readyState !== 'complete') await new Promise((resolve) => dom.window.addEventListener('load', resolve, { once: true }));
  const moduleScripts = () => [...dom.window.document.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src'));
  // Each waits for the promises the page's script chains on them to settle.
  const settled = () => new Promise((resolve) => setTimeout(resolve));
  const frame = async () => {
    frames.splice(0).forEach((callback) => callback(0));
    await settled();
  };
  const paint = async (name: string) => {
    for (const report of [...reports]) report({ getEntriesByName: (n) => (n === name ? [{ name }] : []) }, { disconnect: () => reports.splice(reports.indexOf(report), 1) });
    await settled();
  };
  const elapse = async (ms: number) => {
    for (const timer of timers.splice(0)) (timer.ms <= ms ? timer.run : () => timers.push(timer))();
    await settled();
  };
  return { moduleScripts, frame, paint, elapse };
}

describe('the first script, started after the first paint', () => {
  it('takes the place of the module script tag, allowed by its hash in the policy and nothing wider', () => {
    const html = withFirstScriptAfterPaint(built(FIRST), 'dist/index.html');
    expect(html).not.toContain('type="module"');
    const { src, code } = starter(html);
    expect(src).toBe('./assets/index-abc.js');
    const hash = createHash('sha256').update(code).digest('base64');
    expect(html).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(html).not.toContain('unsafe-inline');
  });

  it('adds the script as a module once the browser reports the first contentful paint, not before', async () => {
    const page = await load(withFirstScriptAfterPaint(built(FIRST), 'dist/index.html'), { paintTiming: true });
    await page.frame();
    await page.frame();
    await page.paint('first-paint');
    expect(page.moduleScripts(), 'frames and a first paint with no content in it').toEqual([]);
    await page.paint('first-contentful-paint');
    expect(page.moduleScripts()).toEqual(['./assets/index-abc.js']);
    await page.paint('first-contentful-paint');
    expect(page.moduleScripts(), 'once').toEqual(['./assets/index-abc.js']);
  });

  it('adds it two frames after the page is parsed where the browser reports no paints, or the page opens at a section', async () => {
    const page = await load(withFirstScriptAfterPaint(built(FIRST), 'dist/index.html'), { paintTiming: true, url: 'https://example.org/#a-step' });
    await page.frame();
    expect(page.moduleScripts()).toEqual([]);
    await page.frame();
    expect(page.moduleScripts()).toEqual(['./assets/index-abc.js']);
  });

  it('adds it 2 s after the load event at the latest, were it to hear of no paint', async () => {
    const page = await load(withFirstScriptAfterPaint(built(FIRST), 'dist/index.html'), { paintTiming: true });
    await page.elapse(1999);
    expect(page.moduleScripts()).toEqual([]);
    await page.elapse(2000);
    expect(page.moduleScripts()).toEqual(['./assets/index-abc.js']);
  });

  it('adds it two frames after the page is parsed where the browser reports no paints', async () => {
    const page = await load(withFirstScriptAfterPaint(built(FIRST), 'dist/index.html'));
    expect(page.moduleScripts()).toEqual([]);
    await page.frame();
    expect(page.moduleScripts(), 'after one frame: that frame may not have been shown yet').toEqual([]);
    await page.frame();
    expect(page.moduleScripts()).toEqual(['./assets/index-abc.js']);
    await page.frame();
    expect(page.moduleScripts(), 'once').toEqual(['./assets/index-abc.js']);
  });

  it('fails the build naming the file when the page has no module script, or more than one, or no script policy', () => {
    expect(() => withFirstScriptAfterPaint(built(''), 'dist/index.html')).toThrow('dist/index.html: expected one module script (the first script), found 0');
    expect(() => withFirstScriptAfterPaint(built(FIRST + FIRST), 'dist/index.html')).toThrow('found 2');
    expect(() => withFirstScriptAfterPaint(built(FIRST).replace("script-src 'self'; ", ''), 'dist/index.html')).toThrow(/dist\/index.html: no "script-src 'self'"/);
  });
});
