import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeStory } from './fixtures';
import { readBuiltStory } from './load';

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the built-in story', () => {
  const text = JSON.stringify(makeStory());
  // A story the schema refuses but that parses: only validation can tell.
  const changed = JSON.stringify({ ...makeStory(), events: [] });

  it('is read as it is when it is the file the build checked', async () => {
    const result = await readBuiltStory(digestOf(changed))('story.json', changed);
    expect(result.ok).toBe(true);
  });

  it('is validated when it changed after the build', async () => {
    const result = await readBuiltStory(digestOf(text))('story.json', changed);
    expect(result).toMatchObject({ ok: false, url: 'story.json', problems: [{ path: 'events' }] });
  });

  it('is validated when there is no digest (the development server)', async () => {
    const result = await readBuiltStory('')('story.json', changed);
    expect(result.ok).toBe(false);
    expect((await readBuiltStory('')('story.json', text)).ok).toBe(true);
  });
});
