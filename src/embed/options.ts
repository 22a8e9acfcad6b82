/**
 * What a news site can set when it embeds the story: whether to keep the title block ("chrome"),
 * the step to start at, and its own font and colours. In an iframe they come from the address's
 * query (`?start=phased-plan&accent=%23c00`); in the script embed from the container's `data-`
 * attributes (the script embed takes colours and font from CSS custom properties instead, which
 * inherit into its Shadow DOM). All of it is untrusted input: each value is checked against what
 * it may be, and a value that fails is ignored, never written to the page as HTML.
 */

/** The CSS custom properties a host sets to restyle the piece, and the option that sets each in an iframe. */
export const THEME_PROPERTIES = {
  font: '--cameras-font',
  text: '--cameras-text',
  accent: '--cameras-accent',
} as const;
export type ThemeOption = keyof typeof THEME_PROPERTIES;

export interface EmbedOptions {
  /** Keep the page's title block (language switch, headline, standfirst, byline). Hidden by default. */
  chrome: boolean;
  /** The step the embed starts at (the steps before it, and the introduction, are left out). */
  start: string | null;
  /** Font and colours for the iframe embeds, as CSS values (already checked). */
  theme: Partial<Record<ThemeOption, string>>;
}

export interface HostViewport {
  /** Top of the iframe's content, in px from the top of the reader's viewport (negative once scrolled past). */
  top: number;
  /** Height of the reader's viewport, in px. */
  height: number;
}

/** How an embed is shown, and what the story needs to know about it. */
export interface EmbedContext {
  mode: 'script' | 'frame';
  options: EmbedOptions;
  /** Absolute address of this edition's page, ending in '/': links out of an embed go there, since a relative link would resolve against the host's address. */
  home: string;
  /** In a frame whose parent page runs our script (or pym.js): the reader's viewport as the parent sees it. */
  host?: HostViewportFeed;
}

export interface HostViewportFeed {
  /** Calls `listener` with each new viewport; returns a function that stops. */
  subscribe(listener: (viewport: HostViewport) => void): () => void;
}

// A hex colour, a CSS colour function of numbers, or a colour keyword. Nothing that could load a
// resource (url()) or end the declaration (;, }, !).
const COLOUR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\(\s*[-0-9.%,/\s a-z]{1,60}\)|[a-z]{3,30})$/i;
// A font-family list: names, quoted or not, separated by commas.
const FONT = /^\s*((["'])?[a-z0-9][a-z0-9 \-]{0,40}\2\s*)(,\s*(["'])?[a-z0-9][a-z0-9 \-]{0,40}\4\s*){0,5}$/i;

export function isSafeColour(value: string): boolean {
  return COLOUR.test(value.trim()) && !/url|expression|var/i.test(value);
}

export function isSafeFont(value: string): boolean {
  return value.length <= 200 && FONT.test(value) && !/url|expression|var/i.test(value);
}

const CHECKS: Record<ThemeOption, (value: string) => boolean> = { font: isSafeFont, text: isSafeColour, accent: isSafeColour };

/**
 * Reads the options, through `get` (a query's or a dataset's getter). Unknown steps and unsafe
 * values are dropped, so a mistyped option leaves the default rather than breaking the embed.
 */
export function readEmbedOptions(get: (name: string) => string | null | undefined, stepIds: readonly string[]): EmbedOptions {
  const start = get('start') ?? '';
  const theme: EmbedOptions['theme'] = {};
  for (const key of Object.keys(THEME_PROPERTIES) as ThemeOption[]) {
    const value = get(key)?.trim();
    if (value && CHECKS[key](value)) theme[key] = value;
  }
  return {
    chrome: get('chrome') === 'show',
    start: stepIds.includes(start) && start !== stepIds[0] ? start : null,
    theme,
  };
}

/** The query that sets `options` in an iframe's address (empty for the defaults). */
export function embedQuery(options: Pick<EmbedOptions, 'chrome' | 'start'>): string {
  const query = new URLSearchParams();
  if (options.start) query.set('start', options.start);
  if (options.chrome) query.set('chrome', 'show');
  const text = query.toString();
  return text ? `?${text}` : '';
}
