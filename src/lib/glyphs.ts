import type { CameraFigure } from './types.ts';

/**
 * How a figure is drawn. Counted cameras (by the Ministry, Huawei, citizens or activists) are solid marks,
 * promised ones (announced or planned) outlined marks; hue says who gives the figure. Locations
 * are not cameras, and the phased plan's unit is disputed (cameras or locations): neither is drawn
 * as camera marks.
 */
export type FigureDrawing = 'marks' | 'label' | 'phases';

export function drawingOf(figure: Pick<CameraFigure, 'unit'>): FigureDrawing {
  if (figure.unit === 'cameras') return 'marks';
  return figure.unit === 'locations' ? 'label' : 'phases';
}

/** Promised, not counted: drawn as outlined marks. */
export function isPromised(figure: Pick<CameraFigure, 'kind'>): boolean {
  return figure.kind === 'announced' || figure.kind === 'planned';
}

/** Who gives a figure, for its hue: the state (Ministry, police, Commissioner), Huawei, or citizens. */
export type FigureSource = 'state' | 'vendor' | 'citizens';

const SOURCE_OF: Record<CameraFigure['kind'], FigureSource> = {
  official: 'state',
  announced: 'state',
  planned: 'state',
  vendor: 'vendor',
  'crowd-verified': 'citizens',
  'activist-reported': 'citizens',
};

/**
 * The class that colours a figure's marks and count. Colours live in the stylesheet (app.css), not
 * in style attributes, so that themes can change them and the Content-Security-Policy needs no inline styles.
 */
export function sourceClass(figure: Pick<CameraFigure, 'kind'>): string {
  return `by-${SOURCE_OF[figure.kind]}`;
}
