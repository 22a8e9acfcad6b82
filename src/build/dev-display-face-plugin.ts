import type { Plugin } from 'vite';
import { cutDisplayFace, DISPLAY_RANGES, DISPLAY_SOURCE, displayFaceCss, displaySource, type DisplayFace } from './display-face.ts';

/** Every character the face may hold (its ranges): in development no pages are rendered to take them from. */
const ALL_CHARACTERS = DISPLAY_RANGES.map(([from, to]) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i))).join('');

/**
 * The display face on the development server, as in the build: its @font-face rules in the page,
 * and the face itself, cut once (on the first request) to all the characters it may hold. The
 * build cuts it to the headings' characters instead (prerender-plugin.ts).
 */
export function devDisplayFacePlugin(): Plugin {
  let face: Promise<DisplayFace> | undefined;
  const cut = (root: string) => (face ??= cutDisplayFace(displaySource(root), DISPLAY_SOURCE, ALL_CHARACTERS));
  let root = process.cwd();
  return {
    name: 'thousands-of-cameras:dev-display-face',
    apply: 'serve',
    configResolved: (config) => void (root = config.root),
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!request.url?.includes('/assets/display-')) return next();
        cut(root).then(
          (cutFace) => {
            if (!request.url!.split('?')[0].endsWith(`/${cutFace.fileName}`)) return next();
            response.writeHead(200, { 'content-type': 'font/woff2', 'cache-control': 'no-cache' }).end(cutFace.woff2);
          },
          (error: unknown) => next(error),
        );
      });
    },
    transformIndexHtml: async (html) => html.replace('</head>', `<style>${displayFaceCss(await cut(root))}</style>\n</head>`),
  };
}
