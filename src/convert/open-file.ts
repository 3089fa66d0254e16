import { fromData } from '../story/check';
import { type LoadResult, MAX_STORY_BYTES, tooLarge } from '../story/load';
import { type ConversionReport, importText } from './index';

export type Opened = LoadResult & { report?: ConversionReport };

/** A file's name without its folder and extension: the title of a story whose file has none. */
const baseName = (name: string) => (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]+$/, '');

/**
 * Reads a file's text as a story of our own or, converted, a TimelineJS, TimelineJS spreadsheet
 * or StoryMapJS file, with the report of what came across.
 */
export function readAnyStory(name: string, text: string): Opened {
  const imported = importText(text, { fileName: baseName(name) });
  if (!imported.ok) return { ok: false, url: name, problems: imported.problems };
  if (imported.format === 'story') return fromData(name, imported.data);
  // Validated like any file: a converter's mistake would show as problems, not as a broken view.
  const opened = fromData(name, imported.story);
  return opened.ok ? { ...opened, report: imported.report } : opened;
}

/** Opens a file an author picked or dropped, refusing a huge one before reading it. */
export async function openStoryFile(file: File): Promise<Opened> {
  if (file.size > MAX_STORY_BYTES) return { ok: false, url: file.name, problems: [tooLarge(file.size)] };
  return readAnyStory(file.name, await file.text());
}
