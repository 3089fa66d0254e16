import { describe, expect, it } from 'vitest';
import { makeStory } from '../story/fixtures';
import { editionFileName } from './SaveEdition';

describe('editionFileName', () => {
  it('names the file after the story title in the reader language, without characters file systems refuse', () => {
    const story = makeStory();
    story.title = { en: 'Trade: A/B "routes"?', zh: '丝路：贸易/交流' };
    expect(editionFileName(story, 'en')).toBe('Trade A B routes.html');
    expect(editionFileName(story, 'zh')).toBe('丝路：贸易 交流.html');
  });
});
