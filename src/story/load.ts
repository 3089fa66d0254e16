import { type NormalisedStory, normaliseStory } from './normalise';
import { type Problem, problem, validateStoryText } from './validate';

export type LoadResult =
  | { ok: true; story: NormalisedStory }
  | { ok: false; url: string; problems: Problem[] };

/** Fetches, validates and normalises a story; every failure becomes a list of problems to show. */
export async function loadStory(url: string): Promise<LoadResult> {
  let text: string;
  try {
    const res = await fetch(url);
    if (!res.ok)
      return {
        ok: false,
        url,
        problems: [
          problem('(file)', `could not load (HTTP ${res.status})`, `无法加载（HTTP ${res.status}）`),
        ],
      };
    text = await res.text();
  } catch (error) {
    return {
      ok: false,
      url,
      problems: [problem('(file)', `could not load: ${String(error)}`, `无法加载：${String(error)}`)],
    };
  }
  const result = validateStoryText(text);
  return result.ok
    ? { ok: true, story: normaliseStory(result.story) }
    : { ok: false, url, problems: result.problems };
}
