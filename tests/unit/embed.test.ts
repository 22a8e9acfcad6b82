import { describe, expect, it } from 'vitest';
import { editionLink, embedCode } from '../../src/embed/code';
import { shadowCss } from '../../src/build/embed-css';
import { frameMessage, isPymId, parentMessage, pymMessage, readFrameMessage, readParentMessage, readPymMessage } from '../../src/embed/messages';
import { embedQuery, isSafeColour, isSafeFont, readEmbedOptions } from '../../src/embed/options';
import { stickyOffset } from '../../src/lib/sticky';

const IDS = ['first', 'second', 'third'];
const options = (query: string) => {
  const params = new URLSearchParams(query);
  return readEmbedOptions((name) => params.get(name), IDS);
};

describe('embed options', () => {
  it('hides the title block and starts at the top by default', () => {
    expect(options('')).toEqual({ chrome: false, start: null, theme: {} });
  });

  it('starts at a known step, and ignores unknown ones', () => {
    expect(options('start=second').start).toBe('second');
    expect(options('start=nope').start).toBeNull();
    expect(options('start=<script>').start).toBeNull();
    // The first step is the top: no need to leave anything out.
    expect(options('start=first').start).toBeNull();
  });

  it('keeps the title block only when asked', () => {
    expect(options('chrome=show').chrome).toBe(true);
    expect(options('chrome=yes').chrome).toBe(false);
  });

  it('takes font and colours that are only that', () => {
    expect(options('font=Verdana,%20sans-serif&text=%23102030&accent=rgb(200,%200,%200)').theme).toEqual({
      font: 'Verdana, sans-serif',
      text: '#102030',
      accent: 'rgb(200, 0, 0)',
    });
    for (const colour of ['red;} body { display: none', 'url(https://x.example/a.png)', 'var(--x)', '#12345g', '"red"']) expect(isSafeColour(colour), colour).toBe(false);
    for (const colour of ['#c00', 'rebeccapurple', 'hsl(10 50% 40%)']) expect(isSafeColour(colour), colour).toBe(true);
    for (const font of ['Arial; color: red', 'url(x)', '"Open Sans', 'a'.repeat(300)]) expect(isSafeFont(font), font).toBe(false);
    expect(isSafeFont('"Open Sans", Arial, sans-serif')).toBe(true);
  });

  it('writes the options as an iframe address query', () => {
    expect(embedQuery({ chrome: false, start: null })).toBe('');
    expect(embedQuery({ chrome: true, start: 'second' })).toBe('?start=second&chrome=show');
  });
});

describe('embed code', () => {
  const input = { root: 'https://example.org/story/', edition: 'sr' as const, editionPath: 'sr/', title: 'A "title" <b>', options: { chrome: false, start: 'second' } };

  it('script: a container for the edition and the edition\'s script', () => {
    expect(embedCode('script', input)).toBe(
      '<div data-thousands-of-cameras="sr" data-start="second"></div>\n<script src="https://example.org/story/embed/sr.js" async></script>',
    );
  });

  it('iframes: the edition page with the options, the title escaped, and the parent script for the synced one', () => {
    const frame = embedCode('frame', input);
    expect(frame).toContain('src="https://example.org/story/sr/?start=second"');
    expect(frame).toContain('title="A &quot;title&quot; &lt;b>"');
    expect(frame).toContain('<script src="https://example.org/story/embed/frame.js" async></script>');
    expect(embedCode('plain', input)).not.toContain('<script');
  });
});

describe('embed messages', () => {
  it('reads our messages only in their shape', () => {
    expect(readFrameMessage(frameMessage.height(812.4))).toEqual(frameMessage.height(813));
    expect(readFrameMessage(frameMessage.hello())).toEqual(frameMessage.hello());
    expect(readFrameMessage(frameMessage.scrollTo(40))).toEqual(frameMessage.scrollTo(40));
    for (const bad of [null, 'height', [], { kind: 'height', height: 10 }, { ...frameMessage.height(10), height: '10' }, { ...frameMessage.height(10), height: -1 }, { ...frameMessage.height(10), height: Infinity }, { tag: 'thousands-of-cameras', kind: 'navigate', url: 'https://x' }]) {
      expect(readFrameMessage(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(readParentMessage(parentMessage({ top: -300, height: 800 }))).toEqual({ top: -300, height: 800 });
    for (const bad of [parentMessage({ top: NaN, height: 800 }), parentMessage({ top: 0, height: 0 }), parentMessage({ top: 1e12, height: 800 }), { ...parentMessage({ top: 0, height: 800 }), tag: 'other' }]) {
      expect(readParentMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it("speaks pym.js's protocol", () => {
    expect(pymMessage('story', 'height', '1200')).toBe('pymxPYMxstoryxPYMxheightxPYMx1200');
    expect(readPymMessage('pymxPYMxstoryxPYMxwidthxPYMx640', 'story')).toEqual({ type: 'width' });
    expect(readPymMessage('pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 800 -350.5 0 2000 640', 'story')).toEqual({
      type: 'viewport',
      viewport: { top: -350.5, height: 800 },
    });
    for (const bad of ['pymxPYMxotherxPYMxwidthxPYMx640', 'pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1280 800', 'pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1 x 2 3 4 5', 'pymxPYMxstoryxPYMxnavigateToxPYMxhttps://x']) {
      expect(readPymMessage(bad, 'story'), bad).toBeNull();
    }
    expect(isPymId('pym-story_1')).toBe(true);
    expect(isPymId('a" onload="x')).toBe(false);
  });
});

describe('sticky by hand', () => {
  // A graphic 800 tall, laid out at 1000, in a container that ends at 5000.
  it('stays in place until the viewport reaches it, follows it, and stops at the end of its container', () => {
    expect(stickyOffset(0, 1000, 800, 5000)).toBe(0);
    expect(stickyOffset(1500, 1000, 800, 5000)).toBe(500);
    expect(stickyOffset(4500, 1000, 800, 5000)).toBe(3200);
  });
});

describe('stylesheet for the Shadow DOM', () => {
  it('puts the page rules on the embed root, after a reset, in rem of the reader, with container queries', () => {
    const css = shadowCss(':root{--ink:#111}html{font-size:100%;color:var(--ink)}h1{margin:0 0 .75rem;font-size:clamp(2.2rem,8vw,3.6rem)}@media (min-width:900px){.a{top:-3rem}}@media (prefers-color-scheme:dark){:root{--ink:#eee}}');
    expect(css).toMatch(/^:host\{display:block!important\}\.embed-root\{all:initial;/);
    expect(css).toContain('.embed-root{--ink:#111}.embed-root{font-size:100%;color:var(--ink)}');
    expect(css).toContain('font-size:clamp(calc(2.2*var(--cameras-rem,16px)),8vw,calc(3.6*var(--cameras-rem,16px)))');
    expect(css).toContain('@container (min-width:900px){.a{top:calc(-3*var(--cameras-rem,16px))}}');
    expect(css).toContain('@media (prefers-color-scheme:dark){.embed-root{--ink:#eee}}');
    expect(css).not.toMatch(/\d+rem/);
    expect(css.endsWith('.embed-root{font-size:medium}')).toBe(true);
  });
});

describe('links between editions', () => {
  it('are relative on our page and absolute in an embed', () => {
    expect(editionLink('sr', 'en')).toBe('../');
    expect(editionLink('sr', 'sr-cyrl', 'https://example.org/story/sr/')).toBe('https://example.org/story/sr-cyrl/');
  });
});
