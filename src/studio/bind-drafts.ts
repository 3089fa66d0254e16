import { createAutosaver, loadDraft, saveDraft } from '../story/drafts';
import type { StoryFile } from '../story/schema';
import type { StudioStore } from './studio-store';

/**
 * Every change is kept in the browser within a second, and the open draft is named in the address,
 * so a reload or a crash comes back to it.
 */
export function bindDrafts(store: StudioStore): () => void {
  const saver = createAutosaver(async ({ id, draft }: { id: string; draft: StoryFile }) => {
    const before = store.getState();
    // After a conflict this tab writes nothing more to the draft until the author chooses.
    if (before.draftId !== id || before.save.state === 'conflict') return;
    const result = await saveDraft(id, draft, before.revision);
    const state = store.getState();
    if (state.draftId !== id) return;
    // A save that an edit has overtaken does not say "saved": the newer draft is still to be written.
    if (result.ok)
      state.setSave(
        state.draft === draft ? { state: 'saved', at: result.meta.updatedAt } : { state: 'unsaved' },
        result.revision,
      );
    else if (result.reason === 'conflict') state.setSave({ state: 'conflict', at: result.at });
    else state.setSave({ state: 'failed', reason: result.reason, detail: result.detail });
  });
  store.setState({ flushSave: () => saver.flush() });
  const off = store.subscribe(
    (s) => [s.draft, s.draftId] as const,
    ([draft, id], [, before]) => {
      // The address changes with the draft, not with every keystroke (replaceState is not free).
      if (id !== before) {
        const url = new URL(window.location.href);
        if (id) url.searchParams.set('draft', id);
        else url.searchParams.delete('draft');
        history.replaceState(null, '', url);
      }
      // A stored draft just opened is saved again only once it changes: opening is not writing.
      const edited = id === before;
      if (draft && id && (edited || store.getState().revision === 0)) {
        if (edited && store.getState().save.state !== 'conflict')
          store.getState().setSave({ state: 'unsaved' });
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
  const stored = await loadDraft(id).catch(() => null);
  if (!stored) return 'gone';
  store.getState().open(stored.story, id, stored.revision);
  return 'opened';
}
