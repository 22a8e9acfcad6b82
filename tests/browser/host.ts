/**
 * A news site's article page on another origin (another port of 127.0.0.1), embedding the story:
 * an article column with tall copy above and below the embed, optionally hostile CSS and a strict
 * Content-Security-Policy. Test use only.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';

const FIXTURES = resolve('tests/browser/fixtures');
/** pym.js as newsrooms load it (npm `pym.js`), served from the host's own origin at /pym.v1.min.js. */
const PYM = resolve('node_modules/pym.js/dist/pym.v1.min.js');
const PARAGRAPH = '<p>The city council met again on Tuesday to discuss the cameras on its streets, and what they record.</p>';

export interface HostPage {
  /** The embed code, as pasted into the article. */
  embed: string;
  hostile?: boolean;
  /** The Content-Security-Policy header of the page, if any. */
  csp?: string;
}

export interface HostServer {
  url: string;
  origin: string;
  /** Serves `page` at `path` and returns its address. */
  add(path: string, page: HostPage): string;
  close(): Promise<void>;
}

function articleHtml({ embed, hostile = true }: HostPage): string {
  const copy = (n: number) => Array.from({ length: n }, () => PARAGRAPH).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Daily Host</title>
<link rel="stylesheet" href="/fixtures/article.css">
${hostile ? '<link rel="stylesheet" href="/fixtures/hostile.css">' : ''}
</head>
<body>
<header class="masthead">The Daily Host</header>
<main class="column">
<article>
<h1 id="headline">Cameras on every corner</h1>
<h2>Before the story</h2>
${copy(14)}
${embed}
<h2>After the story</h2>
${copy(14)}
</article>
</main>
</body>
</html>`;
}

export function serveHost(): Promise<HostServer> {
  const pages = new Map<string, HostPage>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(page.csp ? { 'content-security-policy': page.csp } : {}) });
      response.end(articleHtml(page));
      return;
    }
    if (path === '/pym.v1.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(PYM));
      return;
    }
    const fixture = /^\/fixtures\/([\w-]+\.css)$/.exec(path);
    if (fixture) {
      response.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(readFileSync(resolve(FIXTURES, fixture[1])));
      return;
    }
    // Browsers ask every host for a favicon: answer, so that no console error comes of it.
    response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const origin = `http://127.0.0.1:${port}`;
      done({
        url: `${origin}/`,
        origin,
        add(path, page) {
          pages.set(path, page);
          return origin + path;
        },
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
