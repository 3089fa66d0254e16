import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { formatProblem } from '../../src/story/problem.ts';
import { validateStoryText } from '../../src/story/validate.ts';

const STORY = 'data/story.json';

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

/** A build stops at an invalid `data/story.json`, with every problem at its path in the file. */
export function storyCheck(): Plugin {
  return {
    name: 'story-check',
    apply: 'build',
    buildStart() {
      const problems = builtInStoryProblems(readFileSync(STORY, 'utf8'));
      if (problems.length) this.error(`${STORY} is not a valid story:\n${problems.join('\n')}`);
    },
  };
}
