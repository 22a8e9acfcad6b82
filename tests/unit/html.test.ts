import { describe, expect, it } from 'vitest';
import { withoutHydrationMarkers } from '../../src/build/prerender-plugin';
import { escapeHtml, paragraphsHtml } from '../../src/lib/html';

describe('paragraphsHtml', () => {
  it('writes paragraphs with cited words linked to their sources', () => {
    expect(paragraphsHtml([[{ text: 'About ' }, { text: '1,500 cameras', sourceId: 'town-gazette' }, { text: '.' }], [{ text: 'Two.' }]])).toBe(
      '<p>About <a class="cite" href="#source-town-gazette">1,500 cameras</a>.</p><p>Two.</p>',
    );
  });

  it('escapes every piece of text, so copy can never become markup', () => {
    const html = paragraphsHtml([[{ text: '<script>alert(1)</script> & "quotes"' }, { text: '<b>', sourceId: 'x"><img src=x>' }]]);
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;<a class="cite" href="#source-x&quot;&gt;&lt;img src=x&gt;">&lt;b&gt;</a></p>',
    );
    expect(escapeHtml('a<b')).toBe('a&lt;b');
  });
});

describe('withoutHydrationMarkers', () => {
  it('drops the comments Svelte leaves for hydration, and only those', () => {
    const html = '<p><!--[-->a<!---->b<!--]--><!--[-1--><!--[0--><!--$s2--></p><!-- a note -->';
    expect(withoutHydrationMarkers(html)).toBe('<p>ab</p><!-- a note -->');
  });
});
