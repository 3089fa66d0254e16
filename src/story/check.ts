import type { LoadResult } from './load';
import { normaliseStory } from './normalise';
import { validateStory, validateStoryText } from './validate';

/** Reads a file's text as a story of this app's own format: validated, then normalised. */
export function readStory(url: string, text: string): LoadResult {
  const result = validateStoryText(text);
  return result.ok
    ? { ok: true, story: normaliseStory(result.story) }
    : { ok: false, url, problems: result.problems };
}

/** Validates and normalises parsed story data. */
export function fromData(url: string, data: unknown): LoadResult {
  const result = validateStory(data);
  return result.ok
    ? { ok: true, story: normaliseStory(result.story) }
    : { ok: false, url, problems: result.problems };
}
