import { THEME_PROPERTIES, type EmbedOptions, type ThemeOption } from './options';

/**
 * Links inside an embed, which lives in somebody else's page. A link to a place in the story (a
 * citation to its source, the skip link) must not change the host's address, and the host page
 * has no element with that id anyway: `onFragment` scrolls there instead, or returns false to let
 * the browser do it (a plain iframe scrolls itself). A link out of the story opens a new tab, so
 * that the reader keeps their place in the article; nothing navigates the host page.
 */
export function handleLinks(root: HTMLElement, onFragment: (target: HTMLElement | null) => boolean): void {
  root.addEventListener('click', (event) => {
    // Other handlers (the share control) may have dealt with it; modified clicks are the reader's to direct.
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const href = link.getAttribute('href')!;
    if (href.startsWith('#')) {
      const scope = root.getRootNode() as Document | ShadowRoot;
      if (onFragment(scope.getElementById(decodeId(href.slice(1))))) event.preventDefault();
    } else if (!link.target) {
      link.target = '_blank';
    }
  });
}

function decodeId(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Sets the host's font and colours (already checked) as the CSS custom properties the piece reads, through the CSSOM (no style attribute: CSP). */
export function applyTheme(element: HTMLElement, theme: EmbedOptions['theme']): void {
  for (const option of Object.keys(theme) as ThemeOption[]) element.style.setProperty(THEME_PROPERTIES[option], theme[option]!);
}
