import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStory } from '../story/fixtures';
import { bindDrafts } from './bind-drafts';
import { createStudioStore } from './studio-store';

// Node has no page: just enough of one for the address and the page's lifecycle events.
beforeEach(() => {
  const events = { addEventListener: () => undefined, removeEventListener: () => undefined };
  vi.stubGlobal('window', { ...events, location: { href: 'http://localhost/studio.html' } });
  vi.stubGlobal('document', { ...events, visibilityState: 'visible' });
  vi.stubGlobal('history', { replaceState: () => undefined });
});
afterEach(() => vi.unstubAllGlobals());

describe('bindDrafts', () => {
  it('does not say "saved" for a save an edit has overtaken, and does once the edit is written', async () => {
    const store = createStudioStore('en');
    const unbind = bindDrafts(store);
    store.getState().open(makeStory(), `draft-${Math.random()}`);
    const opening = store.getState().flushSave();
    store.getState().edit(['title', 'en'], 'Typed while the first save ran');
    await opening;
    expect(store.getState().save.state).toBe('unsaved');
    await store.getState().flushSave();
    expect(store.getState().save.state).toBe('saved');
    unbind();
  });
});
