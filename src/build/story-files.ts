import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkTranslatedCorrections, DataError, loadStory, type StoryFiles } from './load.ts';
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
  if (edition !== 'en') {
    // Translations carry no address or publication day of their own: they take the English edition's.
    const english = readStory(root, 'en');
    checkTranslatedCorrections(story, files.story, english);
    Object.assign(story, { url: english.url, published: english.published, publisherUrl: english.publisherUrl });
  } else {
    if (!story.published) throw new DataError(files.story.name, 1, '"published" (the publication day, YYYY-MM-DD) is missing');
    if (!story.publisherUrl) throw new DataError(files.story.name, 1, '"publisherUrl" (the publisher\'s address) is missing');
  }
  return labelStory(edition === 'sr-cyrl' ? { ...transliterateStory(story), locale: 'sr-Cyrl' } : story);
}
