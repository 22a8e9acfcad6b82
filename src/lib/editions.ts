/**
 * The piece's editions: English at the root, Serbian in Latin script at `sr/`, and Serbian in
 * Cyrillic at `sr-cyrl/` (made from the Latin copy at build time).
 */
export type EditionId = 'en' | 'sr' | 'sr-cyrl';

export interface Edition {
  id: EditionId;
  /** BCP 47 tag: the page's `lang`, and the locale for dates and numbers. */
  lang: string;
  /** Folder under the story's root, '' or ending in '/'. */
  path: string;
  /** The edition's name in its own language, for the language switch. */
  name: string;
}

export const EDITIONS: readonly Edition[] = [
  { id: 'en', lang: 'en-GB', path: '', name: 'English' },
  { id: 'sr', lang: 'sr-Latn', path: 'sr/', name: 'Srpski (latinica)' },
  { id: 'sr-cyrl', lang: 'sr-Cyrl', path: 'sr-cyrl/', name: 'Српски (ћирилица)' },
];

/** Which edition a page address is (its last folder); English when it names none. */
export function editionFromPath(pathname: string): EditionId {
  const folder = /\/(sr|sr-cyrl)\/(index\.html)?$/.exec(pathname)?.[1];
  return (folder as EditionId | undefined) ?? 'en';
}

/** Relative address from one edition's page to another's, so links work under any sub-path. */
export function editionHref(from: EditionId, to: EditionId): string {
  const up = EDITIONS.find((e) => e.id === from)!.path === '' ? './' : '../';
  return up + EDITIONS.find((e) => e.id === to)!.path;
}
