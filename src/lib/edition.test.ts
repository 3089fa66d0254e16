import { describe, expect, it } from 'vitest';
import { STORY_BLOCK_ID, storyBlockText, withStory } from './edition';

const page = (story: string) =>
  `<html><head><script type="module">boot()</script></head><body><script type="application/json" id="${STORY_BLOCK_ID}" data-asset="assets/story.json">${story}</script><script data-entry>app</script></body></html>`;

describe('storyBlockText', () => {
  it('never lets a story close its script element, and reads back as the same JSON', () => {
    const json = JSON.stringify({ title: '</script><script>alert(1)</script><!--' });
    const text = storyBlockText(json);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual(JSON.parse(json));
  });
});

describe('withStory', () => {
  it('replaces only the story block', () => {
    const out = withStory(page('{"a":1}'), '{"b":"<b>"}');
    expect(out).toBe(page('{"b":"\\u003cb>"}'));
  });

  it('refuses a page without a story block', () => {
    expect(() => withStory('<html></html>', '{}')).toThrow(/no story block/);
  });
});
