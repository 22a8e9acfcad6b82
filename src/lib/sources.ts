import { citedSources } from './richtext.ts';
import type { Source, Step, Story } from './types.ts';

/** Every source behind a step: its events', its figures' and those its copy cites, each once, in list order. */
export function stepSources(story: Pick<Story, 'events' | 'figures' | 'sources'>, step: Step): Source[] {
  const ids = new Set<string>([
    ...story.events.filter((e) => step.events.includes(e.id)).flatMap((e) => e.sources.map((s) => s.id)),
    ...story.figures.filter((f) => step.figures.includes(f.id)).map((f) => f.source.id),
    ...citedSources(step.body),
  ]);
  return story.sources.filter((s) => ids.has(s.id));
}

/** The site a source is on, as a reader would say it: `n1info.rs`, not `https://www.n1info.rs/…`. */
export function domainOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
