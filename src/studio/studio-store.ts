import { temporal } from 'zundo';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { ConversionReport } from '../convert/index';
import type { Lang, StoryFile } from '../story/schema';
import { type Path, setIn } from './edit-path';

export type Tab = 'story' | 'paragraphs' | 'places' | 'events' | 'routes';

/** Where the draft stands in the browser's storage, said in the header. */
export type SaveState =
  | { state: 'unsaved' }
  | { state: 'saved'; at: number }
  | { state: 'failed'; reason: 'quota' | 'refused' | 'failed'; detail: string }
  | { state: 'conflict'; at: number };

export interface StudioState {
  lang: Lang;
  /** The story being edited, as its file will hold it; null on the start screen. */
  draft: StoryFile | null;
  draftId: string | null;
  /** The stored revision this tab's draft builds on: another tab's newer save is a conflict, not overwritten. */
  revision: number;
  save: SaveState;
  tab: Tab;
  /** What came across from a converted file, said once it is open. */
  imported: { file: string; report: ConversionReport } | null;
  /** The item open in each list. */
  selected: { place: string | null; event: string | null; route: string | null };
  setLang: (lang: Lang) => void;
  /** Opens a story to edit: its own history starts empty. */
  open: (draft: StoryFile, draftId: string, revision?: number) => void;
  close: () => void;
  /** The draft as it is, kept under a new id (its undo history stays). */
  fork: (draftId: string) => void;
  /** One field's new value; keystrokes in one field within a second are one undo step. */
  edit: (path: Path, value: unknown) => void;
  /** A change spanning the story (add, remove, reorder): always its own undo step. */
  change: (recipe: (draft: StoryFile) => StoryFile) => void;
  setTab: (tab: Tab) => void;
  select: (kind: 'place' | 'event' | 'route', id: string | null) => void;
  setSave: (save: SaveState, revision?: number) => void;
  setImported: (imported: StudioState['imported']) => void;
  /** Saves what is pending now (bound to the browser's storage by `bindDrafts`). */
  flushSave: () => Promise<unknown>;
}

const TYPING_GROUP_MS = 1000;

export function createStudioStore(lang: Lang) {
  let lastEdit = { path: '', at: 0 };
  const store = createStore<StudioState>()(
    subscribeWithSelector(
      temporal(
        (set, get) => ({
          lang,
          draft: null,
          draftId: null,
          revision: 0,
          save: { state: 'unsaved' },
          tab: 'story',
          imported: null,
          selected: { place: null, event: null, route: null },
          setLang: (next) => set({ lang: next }),
          open: (draft, draftId, revision = 0) => {
            set({
              draft,
              draftId,
              revision,
              save: revision > 0 ? { state: 'saved', at: Date.now() } : { state: 'unsaved' },
              tab: draft.events.length > 0 ? 'events' : 'paragraphs',
              imported: null,
              selected: {
                place: null,
                event: draft.events[0]?.id ?? null,
                route: null,
              },
            });
            lastEdit = { path: '', at: 0 };
            store.temporal.getState().clear();
          },
          close: () => {
            set({ draft: null, draftId: null, revision: 0, save: { state: 'unsaved' } });
            store.temporal.getState().clear();
          },
          fork: (draftId) => set({ draftId, revision: 0, save: { state: 'unsaved' } }),
          edit: (path, value) => {
            const { draft } = get();
            if (!draft) return;
            const key = path.join('.');
            const now = Date.now();
            const sameRun = key === lastEdit.path && now - lastEdit.at < TYPING_GROUP_MS;
            lastEdit = { path: key, at: now };
            const history = store.temporal.getState();
            if (sameRun) history.pause();
            set({ draft: setIn(draft, path, value) });
            if (sameRun) history.resume();
          },
          change: (recipe) => {
            const { draft } = get();
            if (!draft) return;
            lastEdit = { path: '', at: 0 };
            set({ draft: recipe(draft) });
          },
          setTab: (tab) => set({ tab }),
          select: (kind, id) => set((s) => ({ selected: { ...s.selected, [kind]: id } })),
          setSave: (save, revision) => set(revision === undefined ? { save } : { save, revision }),
          setImported: (imported) => set({ imported }),
          flushSave: () => Promise.resolve(),
        }),
        {
          partialize: (s): Pick<StudioState, 'draft'> => ({ draft: s.draft }),
          equality: (a, b) => a.draft === b.draft,
          limit: 200,
        },
      ),
    ),
  );
  return store;
}

export type StudioStore = ReturnType<typeof createStudioStore>;
