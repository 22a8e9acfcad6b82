import { describe, expect, it } from 'vitest';
import type { Connect, ViteDevServer } from 'vite';
import { devDisplayFacePlugin } from '../../src/build/dev-display-face-plugin';
import { DISPLAY_FAMILY } from '../../src/build/display-face';

type Middleware = (request: { url: string }, response: { writeHead: (status: number, headers: Record<string, string>) => { end: (body: Buffer) => void } }, next: () => void) => void;

/** The plugin on a stand-in development server: its page transform, and a request to its middleware. */
function devServer() {
  const plugin = devDisplayFacePlugin();
  let middleware: Middleware | undefined;
  const server = { middlewares: { use: (fn: Middleware) => (middleware = fn) } as unknown as Connect.Server };
  (plugin.configureServer as (server: ViteDevServer) => void)(server as ViteDevServer);
  const transform = plugin.transformIndexHtml as (html: string) => Promise<string>;
  const request = (url: string) =>
    new Promise<{ status?: number; type?: string; body?: Buffer; passed: boolean }>((done) => {
      middleware!(
        { url },
        { writeHead: (status, headers) => ({ end: (body) => done({ status, type: headers['content-type'], body, passed: false }) }) },
        () => done({ passed: true }),
      );
    });
  return { transform, request };
}

describe('the display face in development', () => {
  it('puts the face in the page and serves the woff2 file it names, from any edition’s folder', async () => {
    const { transform, request } = devServer();
    const html = await transform('<html><head><title>t</title></head><body></body></html>');
    expect(html).toContain(`@font-face{font-family:"${DISPLAY_FAMILY}"`);
    const file = /url\(\.\/(assets\/display-[0-9a-f]+\.woff2)\)/.exec(html)![1];
    for (const url of [`/${file}`, `/sr-cyrl/${file}?v=1`]) {
      const served = await request(url);
      expect(served.status, url).toBe(200);
      expect(served.type).toBe('font/woff2');
      expect(served.body!.subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
  });

  it('leaves every other address to the server', async () => {
    const { transform, request } = devServer();
    await transform('<html><head></head></html>');
    expect((await request('/src/main.ts')).passed).toBe(true);
    expect((await request('/assets/display-00000000.woff2')).passed).toBe(true);
  });
});
