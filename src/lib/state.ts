import type { CameraFigure, Step, Story, TimelineEvent, Zoom } from './types.ts';
import { unitScale, type UnitScale } from './unit-layout.ts';

/** What the sticky graphic shows. A pure function of the step, so any step can be drawn directly. */
export interface GraphicState {
  stepId: string;
  zoom: Zoom;
  /** Time span on the timeline's axis: [start, end). */
  domain: [Date, Date];
  /** Events highlighted and labelled at this step, in date order. */
  highlighted: TimelineEvent[];
  /** Camera figures drawn, in the order the copy lists them. */
  figures: CameraFigure[];
  /** Said in the camera panel when there are no figures. */
  note: string;
  /** The unit chart's one scale, set by the story's largest camera figure: the same at every step. */
  scale: UnitScale;
}

/** The axis spans for each zoom: the 2009–2019 overview, the close-up from 2017, the epilogue to 2022. */
export const ZOOM_DOMAINS: Record<Zoom, [Date, Date]> = {
  overview: [new Date(Date.UTC(2009, 0, 1)), new Date(Date.UTC(2020, 0, 1))],
  close: [new Date(Date.UTC(2017, 0, 1)), new Date(Date.UTC(2020, 3, 1))],
  epilogue: [new Date(Date.UTC(2009, 0, 1)), new Date(Date.UTC(2023, 0, 1))],
};

/** The end of the period the story covers; later events belong to the epilogue. */
export const PERIOD_END = new Date(Date.UTC(2020, 0, 1));

export function graphicState(story: Pick<Story, 'events' | 'figures'>, step: Step): GraphicState {
  const byId = <T extends { id: string }>(items: T[], id: string): T => {
    const item = items.find((i) => i.id === id);
    // The loader has checked every reference, so this only fires on a programming error.
    if (!item) throw new Error(`step "${step.id}" refers to unknown id "${id}"`);
    return item;
  };
  const highlighted = step.events
    .map((id) => byId(story.events, id))
    .sort((a, b) => (a.date.start ?? 0) - (b.date.start ?? 0));
  return {
    stepId: step.id,
    zoom: step.zoom,
    domain: ZOOM_DOMAINS[step.zoom],
    highlighted,
    figures: step.figures.map((id) => byId(story.figures, id)),
    note: step.graphicNote,
    scale: unitScale(Math.max(0, ...story.figures.filter((f) => f.unit === 'cameras').map((f) => f.value))),
  };
}
