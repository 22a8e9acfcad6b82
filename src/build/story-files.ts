import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadStory, type StoryFiles } from '../lib/load.ts';
import type { Story } from '../lib/types.ts';

/** The copy and data files, relative to the project root. */
export const STORY_FILES = {
  story: 'data/story.aml',
  events: 'data/events.csv',
  cameras: 'data/cameras.csv',
  sources: 'data/sources.csv',
} as const;

/** Reads and checks the story from disk. Throws a DataError naming file and line. */
export function readStory(root: string): Story {
  const files = Object.fromEntries(
    Object.entries(STORY_FILES).map(([key, name]) => [key, { name, text: readFileSync(resolve(root, name), 'utf8') }]),
  ) as unknown as StoryFiles;
  return loadStory(files);
}
