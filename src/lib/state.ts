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
  /** The process shown in the chart's place, when the step has no figures and reaches one of its stages. */
  process: ProcessView | null;
  /** Said in the camera panel when there are neither figures nor a process. */
  note: string;
  /** The unit chart's one scale, set by the story's largest camera figure: the same at every step. */
  scale: UnitScale;
}

/** A stage is done once an earlier step has highlighted its event, current at the step that does. */
export type StageStatus = 'done' | 'current' | 'ahead';

export interface ProcessView {
  title: string;
  stages: { event: TimelineEvent; label: string; status: StageStatus }[];
}

/** The axis spans for each zoom: the 2009–2019 overview, the close-up from 2017, the epilogue to 2022. */
export const ZOOM_DOMAINS: Record<Zoom, [Date, Date]> = {
  overview: [new Date(Date.UTC(2009, 0, 1)), new Date(Date.UTC(2020, 0, 1))],
  close: [new Date(Date.UTC(2017, 0, 1)), new Date(Date.UTC(2020, 3, 1))],
  epilogue: [new Date(Date.UTC(2009, 0, 1)), new Date(Date.UTC(2023, 0, 1))],
};

/** The end of the period the story covers; later events belong to the epilogue. */
export const PERIOD_END = new Date(Date.UTC(2020, 0, 1));

export function graphicState(story: Pick<Story, 'events' | 'figures' | 'steps' | 'processes'>, step: Step): GraphicState {
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
    process: step.figures.length ? null : processAt(story, step, (id) => byId(story.events, id)),
    note: step.graphicNote,
    scale: unitScale(Math.max(0, ...story.figures.filter((f) => f.unit === 'cameras').map((f) => f.value))),
  };
}

/** The process a step without figures shows: the first whose stages include one of its events. */
function processAt(story: Pick<Story, 'steps' | 'processes'>, step: Step, eventOf: (id: string) => TimelineEvent): ProcessView | null {
  const process = story.processes.find((p) => p.stages.some((stage) => step.events.includes(stage.event)));
  if (!process) return null;
  const earlier = new Set(story.steps.slice(0, story.steps.findIndex((s) => s.id === step.id)).flatMap((s) => s.events));
  const statusOf = (id: string): StageStatus => (step.events.includes(id) ? 'current' : earlier.has(id) ? 'done' : 'ahead');
  return {
    title: process.title,
    stages: process.stages.map((stage) => ({ event: eventOf(stage.event), label: stage.label, status: statusOf(stage.event) })),
  };
}
