import type { StoryFile } from '../story/schema';
import { createAutosaver, loadDraft, saveDraft } from './drafts';
import type { StudioStore } from './studio-store';

/**
 * Every change is kept in the browser within a second, and the open draft is named in the address,
 * so a reload or a crash comes back to it.
 */
export function bindDrafts(store: StudioStore): () => void {
  const saver = createAutosaver(async ({ id, draft }: { id: string; draft: StoryFile }) => {
    const result = await saveDraft(id, draft);
    if (store.getState().draftId !== id) return;
    store
      .getState()
      .setSave(
        result.ok
          ? { state: 'saved', at: result.meta.updatedAt }
          : { state: 'failed', reason: result.reason, detail: result.detail },
      );
  });
  const off = store.subscribe(
    (s) => [s.draft, s.draftId] as const,
    ([draft, id], [, before]) => {
      const url = new URL(window.location.href);
      if (id) url.searchParams.set('draft', id);
      else url.searchParams.delete('draft');
      history.replaceState(null, '', url);
      if (draft && id) {
        if (id === before) store.getState().setSave({ state: 'unsaved' });
        saver.schedule({ id, draft });
      }
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  const flush = () => void saver.flush();
  const onHide = () => document.visibilityState === 'hidden' && flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    off();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}

/** The draft named in the address (`?draft=`), opened again after a reload. */
export async function reopenDraft(store: StudioStore): Promise<'none' | 'opened' | 'gone'> {
  const id = new URLSearchParams(window.location.search).get('draft');
  if (!id) return 'none';
  const story = await loadDraft(id).catch(() => null);
  if (!story) return 'gone';
  store.getState().open(story, id);
  store.getState().setSave({ state: 'saved', at: Date.now() });
  return 'opened';
}
