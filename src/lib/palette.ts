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
  kinds: { official: '#1f4e8c', vendor: '#b3261e', 'crowd-verified': '#1b7a4b', 'activist-reported': '#9c4a00', planned: '#6a46a8' },
} as const;

/** CSS for a share card: the classes the chart components use, with concrete colours. */
export function cardStyles(fontFamily: string): string {
  const p = PALETTE;
  const kinds = Object.entries(p.kinds)
    .map(([kind, colour]) => `.kind-${kind}.glyph-fill{fill:${colour}}.kind-${kind}.glyph-line,.kind-${kind}.plan-outline{stroke:${colour};fill:none}`)
    .join('');
  return (
    `text{font-family:${fontFamily};fill:${p.ink}}` +
    `.row-line{stroke:${p.rule}}.row-label,.tick-label,.after-label{fill:${p.muted};font-size:15px}` +
    `.row-label{text-anchor:end}.tick-label{text-anchor:middle}.after-label{text-anchor:end;font-style:italic}` +
    `.after-period{fill:${p.afterPeriod}}.axis,.tick{stroke:${p.muted}}` +
    `.mark{fill:${p.markMuted};stroke:${p.paper}}.mark.unconfirmed{fill-opacity:.55;stroke:${p.markMuted};stroke-dasharray:2 1.5}` +
    `.mark.highlighted{fill:${p.accent};stroke:${p.ink}}` +
    kinds
  );
}
