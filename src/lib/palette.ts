/**
 * The chart colours as values, for the share-card images (an image has no stylesheet to read
 * custom properties from). They mirror the light theme's tokens in app.css.
 */
export const PALETTE = {
  paper: '#fbfaf7',
  ink: '#1b1b1b',
  muted: '#595959',
  rule: '#d9d6cf',
  accent: '#d4a100',
  accentText: '#7a5a00',
  afterPeriod: '#eeebe4',
  markMuted: '#8a8a8a',
  /** Who gives a figure (see glyphs.ts). */
  sources: { state: '#1f4e8c', vendor: '#b3261e', citizens: '#1b7a4b' },
} as const;

/** The share card's faces, as CSS font-family lists: one for its text, one for its title and headline. */
export interface CardFonts {
  text: string;
  display: string;
}

/** CSS for a share card: the classes the chart components use, with concrete colours, and its faces. */
export function cardStyles(fonts: CardFonts): string {
  const p = PALETTE;
  const sources = Object.entries(p.sources)
    .map(([source, colour]) => `.by-${source} .mark-counted,.by-${source}.count,.by-${source} .count,.by-${source} .value{fill:${colour}}.by-${source} .mark-promised,.by-${source} .stair,.by-${source} .target{stroke:${colour}}`)
    .join('');
  return (
    `text{font-family:${fonts.text};fill:${p.ink}}.display{font-family:${fonts.display}}` +
    `.tick-label,.after-label{fill:${p.muted};font-size:15px}` +
    `.tick-label{text-anchor:middle}.after-label{text-anchor:end;font-style:italic}` +
    `.after-period{fill:${p.afterPeriod}}.axis,.tick{stroke:${p.muted}}` +
    `.mark{fill:${p.markMuted};stroke:${p.paper}}.mark.unconfirmed{fill-opacity:.55;stroke:${p.markMuted};stroke-dasharray:2 1.5}` +
    `.mark.highlighted{fill:${p.accent};stroke:${p.ink}}` +
    `.mark-promised{fill:none}.inset-ground,.target{fill:${p.paper}}.stair{stroke-width:3}.target{stroke-width:2.5}` +
    `.block-label{fill:${p.ink}}.kind,.title,.when,.baseline{fill:${p.muted}}.baseline{stroke:${p.rule}}` +
    `.on-marks{paint-order:stroke;stroke:${p.paper};stroke-width:12px;stroke-linejoin:round}.count,.value{font-weight:700}` +
    sources
  );
}
