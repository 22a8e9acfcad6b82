import type { Plugin } from 'vite';

/**
 * The development server injects each component's CSS as an inline <style> (and swaps it on
 * edit), which the page's strict Content-Security-Policy refuses: allow inline styles there, and
 * only there. The build inlines one stylesheet and allows exactly that one by its hash.
 */
export function devCspPlugin(): Plugin {
  return {
    name: 'thousands-of-cameras:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}
