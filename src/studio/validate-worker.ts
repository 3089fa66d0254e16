import type { StoryFile } from '../story/schema';
import { validateStory } from '../story/validate';

/** The validator, off the page's thread: with a thousand events it takes longer than a keystroke. */
self.onmessage = (message: MessageEvent<{ seq: number; draft: StoryFile }>) => {
  const { seq, draft } = message.data;
  const result = validateStory(draft);
  self.postMessage({ seq, problems: result.ok ? [] : result.problems });
};
