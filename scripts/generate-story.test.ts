import { describe, expect, it } from 'vitest';
import { MAX_STORY_BYTES } from '../src/story/load';
import { formatProblem } from '../src/story/problem';
import { validateStory } from '../src/story/validate';
import { generateStory } from './generate-story';

describe('generateStory', () => {
  it('makes stories the validator accepts', () => {
    const result = validateStory(generateStory({ events: 1000, places: 2000 }));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('makes the numbers of events and places asked for, the same ones for the same seed', () => {
    const story = generateStory({ events: 120, places: 30, seed: 7 });
    expect([story.events.length, story.places.length]).toEqual([120, 30]);
    expect(generateStory({ events: 120, places: 30, seed: 7 })).toEqual(story);
  });

  it('makes a 100,000-event story, the largest the bench loads, small enough for the app to open', () => {
    const bytes = Buffer.byteLength(JSON.stringify(generateStory({ events: 100_000, places: 2000 })));
    expect(bytes).toBeLessThanOrEqual(MAX_STORY_BYTES);
  });
});
