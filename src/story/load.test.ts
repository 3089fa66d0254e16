import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeStory } from './fixtures';
import { loadStory, readBuiltStory } from './load';

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

describe('a request sent before the app asked for it', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const text = JSON.stringify(makeStory());
  const json = () => new Response(text, { headers: { 'content-type': 'application/json' } });

  it('is read instead of fetching the story again', async () => {
    const fetch = vi.fn(async () => json());
    vi.stubGlobal('fetch', fetch);
    const result = await loadStory('story.json', readBuiltStory(digestOf(text)), Promise.resolve(json()));
    expect(result.ok).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('that failed tells the reader the file could not be reached', async () => {
    const result = await loadStory(
      'story.json',
      readBuiltStory(digestOf(text)),
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining('could not be reached') }],
    });
  });

  it('that was answered with an error status says so', async () => {
    const result = await loadStory(
      'story.json',
      readBuiltStory(digestOf(text)),
      Promise.resolve(new Response('', { status: 404 })),
    );
    expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('404') }] });
  });
});
