import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadStory, type StoryFiles } from './load.ts';
import type { EditionId } from '../lib/editions.ts';
import { transliterateStory } from './transliterate.ts';
import { labelStory } from './labels.ts';
import type { Story } from '../lib/types.ts';

/** The copy and data files, relative to the project root. */
export const STORY_FILES = {
  story: 'data/story.aml',
  events: 'data/events.csv',
  cameras: 'data/cameras.csv',
  sources: 'data/sources.csv',
} as const;

/** The copy file of each edition; the Cyrillic edition is transliterated from the Serbian Latin copy. */
export const COPY_FILES: Record<EditionId, string> = {
  en: STORY_FILES.story,
  sr: 'data/story.sr.aml',
  'sr-cyrl': 'data/story.sr.aml',
};

/** Reads and checks one edition of the story from disk. Throws a DataError naming file and line. */
export function readStory(root: string, edition: EditionId = 'en'): Story {
  const files = Object.fromEntries(
    Object.entries({ ...STORY_FILES, story: COPY_FILES[edition] }).map(([key, name]) => [
      key,
      { name, text: readFileSync(resolve(root, name), 'utf8') },
    ]),
  ) as unknown as StoryFiles;
  const story = loadStory(files);
  // Translations carry no address of their own: they hang off the piece's (the English edition's).
  if (edition !== 'en') story.url = readStory(root, 'en').url;
  return labelStory(edition === 'sr-cyrl' ? { ...transliterateStory(story), locale: 'sr-Cyrl' } : story);
}
