import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosaver,
  deleteDraft,
  draftStore,
  failure,
  listDrafts,
  loadDraft,
  saveDraft,
} from './drafts';
import { makeStory } from './fixtures';
import type { StoryFile } from './schema';

let n = 0;
const freshStore = () => draftStore(`test-${++n}`);

afterEach(() => {
  vi.useRealTimers();
});

describe('drafts', () => {
  it('keeps drafts by id, lists them latest first and deletes them', async () => {
    const store = freshStore();
    const a: StoryFile = { ...makeStory(), title: { en: 'First' } };
    await saveDraft('a', a, 0, store);
    await new Promise((r) => setTimeout(r, 5));
    await saveDraft('b', { ...makeStory(), title: { zh: '第二' } }, 0, store);
    expect((await listDrafts(store)).map((d) => [d.id, d.title])).toEqual([
      ['b', '第二'],
      ['a', 'First'],
    ]);
    expect(await loadDraft('a', store)).toEqual({ story: a, revision: 1 });
    await deleteDraft('a', store);
    expect(await loadDraft('a', store)).toBeNull();
  });

  it("refuses to save over another tab's newer save, and writes nothing", async () => {
    const store = freshStore();
    const first = await saveDraft('d', { ...makeStory(), title: { en: 'One' } }, 0, store);
    expect(first).toMatchObject({ ok: true, revision: 1 });
    // Two tabs opened revision 1; the first to save wins, the second is told.
    expect(await saveDraft('d', { ...makeStory(), title: { en: 'Tab A' } }, 1, store)).toMatchObject({
      ok: true,
      revision: 2,
    });
    const late = await saveDraft('d', { ...makeStory(), title: { en: 'Tab B' } }, 1, store);
    expect(late).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await loadDraft('d', store))?.story.title.en).toBe('Tab A');
  });

  it('tells a full disk from refused storage', () => {
    expect(failure(new DOMException('full', 'QuotaExceededError')).reason).toBe('quota');
    expect(failure(new DOMException('no', 'SecurityError')).reason).toBe('refused');
    expect(failure(new Error('disk gone')).reason).toBe('failed');
  });
});

describe('createAutosaver', () => {
  it('saves only the latest value, once, after changes stop; flush saves at once', async () => {
    vi.useFakeTimers();
    const saved: number[] = [];
    const saver = createAutosaver(async (v: number) => {
      saved.push(v);
    }, 400);
    saver.schedule(1);
    saver.schedule(2);
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([2]);
    saver.schedule(3);
    await saver.flush();
    expect(saved).toEqual([2, 3]);
  });
});

describe('drafts kept before the story and its record were split', () => {
  it('are listed, opened and replaced by the new kind on their next save', async () => {
    const store = freshStore();
    const story: StoryFile = { ...makeStory(), title: { en: 'Old' } };
    await set('old', { id: 'old', title: 'Old', updatedAt: 1, story }, store);
    expect((await listDrafts(store)).map((d) => d.title)).toEqual(['Old']);
    expect(await loadDraft('old', store)).toEqual({ story, revision: 0 });
    expect(await saveDraft('old', story, 0, store)).toMatchObject({ ok: true, revision: 1 });
    expect(await listDrafts(store)).toHaveLength(1);
    expect(await loadDraft('old', store)).toEqual({ story, revision: 1 });
  });
});
