import type { CameraFigure } from './types.ts';

/**
 * The mark a figure is drawn with. Shape and fill carry the kind as well as colour does:
 * counted cameras are filled (circle official, square vendor, diamond crowd-verified, triangle
 * a count activists reported);
 * announced or planned ones are rings; locations, which are not cameras, are open squares.
 */
export type Glyph = 'circle' | 'square' | 'diamond' | 'triangle' | 'ring' | 'frame';

export function glyphOf(figure: Pick<CameraFigure, 'kind' | 'unit'>): Glyph {
  if (figure.kind === 'announced' || figure.kind === 'planned') return 'ring';
  if (figure.unit === 'locations') return 'frame';
  if (figure.kind === 'vendor') return 'square';
  if (figure.kind === 'crowd-verified') return 'diamond';
  if (figure.kind === 'activist-reported') return 'triangle';
  return 'circle';
}

/** The legend's wording for each glyph, as a key into the interface strings. */
export const GLYPH_LABEL_KEY: Record<Glyph, string> = {
  circle: 'legend-official',
  square: 'legend-vendor',
  diamond: 'legend-crowd-verified',
  triangle: 'legend-activist-reported',
  ring: 'legend-planned',
  frame: 'legend-locations',
};

/**
 * The class that colours a figure's marks. Colours live in the stylesheet (app.css), not in style
 * attributes, so that themes can change them and the Content-Security-Policy needs no inline styles.
 */
export function kindClass(figure: Pick<CameraFigure, 'kind'>): string {
  return `kind-${figure.kind === 'announced' ? 'planned' : figure.kind}`;
}
