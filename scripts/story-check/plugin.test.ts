import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeStory } from '../../src/story/fixtures';
import { builtInStoryProblems } from './plugin';

describe('the built-in story check', () => {
  it('passes the story the app ships with', () => {
    expect(builtInStoryProblems(readFileSync('data/story.json', 'utf8'))).toEqual([]);
  });

  it('names each problem at its path', () => {
    const story = makeStory();
    const broken = { ...story, events: story.events.map((e) => ({ ...e, places: ['nowhere'] })) };
    expect(builtInStoryProblems(JSON.stringify(broken)).join('\n')).toMatch(/^events\[0\]\.places\[0\]: /m);
  });

  it('refuses texts the validator would trim, since the app reads the file as it is', () => {
    const story = makeStory();
    expect(
      builtInStoryProblems(JSON.stringify({ ...story, title: { ...story.title, en: ' Title ' } })),
    ).toEqual([expect.stringMatching(/starts or ends with spaces/)]);
  });
});
