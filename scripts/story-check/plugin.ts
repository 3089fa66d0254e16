import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { formatProblem } from '../../src/story/problem.ts';
import { validateStoryText } from '../../src/story/validate.ts';

const STORY = 'data/story.json';
const VIRTUAL = 'virtual:story-digest';
const RESOLVED = `\0${VIRTUAL}`;

/**
 * What keeps a story from being built in: its problems, or texts that validation would change
 * (spaces around them). The app reads the built-in story as it is, without the schema.
 */
export function builtInStoryProblems(text: string): string[] {
  const result = validateStoryText(text);
  if (!result.ok) return result.problems.map(formatProblem);
  return isDeepStrictEqual(result.story, JSON.parse(text))
    ? []
    : [
        '(story): a text starts or ends with spaces; `npm run check-story` accepts it, the built app needs it trimmed',
      ];
}

/**
 * A build stops at an invalid `data/story.json`, with every problem at its path in the file, and
 * gives the app the checked file's SHA-256 (`virtual:story-digest`): a file changed after the
 * build no longer matches it, and is validated as it loads.
 */
export function storyCheck(): Plugin {
  let digest = '';
  return {
    name: 'story-check',
    buildStart() {
      const bytes = readFileSync(STORY);
      // The development server validates the story as it loads: an author editing it sees its problems there.
      if (this.meta.watchMode) return;
      const problems = builtInStoryProblems(bytes.toString('utf8'));
      if (problems.length) this.error(`${STORY} is not a valid story:\n${problems.join('\n')}`);
      digest = createHash('sha256').update(bytes).digest('hex');
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export const storyDigest = ${JSON.stringify(digest)};` : undefined),
  };
}
