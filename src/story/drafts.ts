import { createStore, delMany, getMany, keys, promisifyRequest, type UseStore } from 'idb-keyval';
import type { StoryFile } from './schema';

export interface DraftMeta {
  id: string;
  title: string;
  updatedAt: number;
}

/**
 * A draft is two records: its story under its id, and its title, time and revision under
 * `meta:<id>`. A save reads only the small one to check the revision, never the whole story.
 */
interface StoredMeta extends DraftMeta {
  /** Counts the saves: a tab saves over the revision it last read or wrote, or not at all. */
  revision: number;
}

/** How drafts were kept before the split: one record with the story inside. */
interface Legacy extends DraftMeta {
  story: StoryFile;
  revision?: number;
}

const META = 'meta:';
const metaKey = (id: string) => `${META}${id}`;
const isLegacy = (value: unknown): value is Legacy =>
  !!value && typeof value === 'object' && 'story' in value && 'updatedAt' in value;

export type SaveResult =
  | { ok: true; meta: DraftMeta; revision: number }
  | { ok: false; reason: 'quota' | 'refused' | 'failed'; detail: string }
  | { ok: false; reason: 'conflict'; at: number };

export type SaveFailure = Extract<SaveResult, { reason: 'quota' | 'refused' | 'failed' }>;

/** Drafts live in the browser's IndexedDB: no account, no server. */
export function draftStore(name = 'story-studio'): UseStore {
  return createStore(name, 'drafts');
}

export const newDraftId = () => `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

const titleOf = (story: StoryFile) => story.title.en?.trim() || story.title.zh?.trim() || '';

/** Why a save failed, in the terms the author is told: a full disk and refused storage are not the same advice. */
export function failure(error: unknown): SaveFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'QuotaExceededError') return { ok: false, reason: 'quota', detail };
  if (['SecurityError', 'InvalidStateError', 'NotAllowedError'].includes(name) || !globalThis.indexedDB)
    return { ok: false, reason: 'refused', detail };
  return { ok: false, reason: 'failed', detail };
}

/**
 * Saves a draft over the revision this tab builds on (0 for a draft not stored yet). When another
 * tab has saved since, nothing is written: the conflict is returned, never settled silently.
 */
export async function saveDraft(
  id: string,
  story: StoryFile,
  basedOn = 0,
  store = draftStore(),
): Promise<SaveResult> {
  const meta = { id, title: titleOf(story), updatedAt: Date.now() };
  let result: SaveResult = { ok: false, reason: 'failed', detail: 'not written' };
  try {
    // One read-write transaction: two tabs cannot both pass the check.
    await store('readwrite', (records) => {
      const read = records.get(metaKey(id));
      read.onsuccess = () => {
        const stored = read.result as StoredMeta | undefined;
        const current = stored?.revision ?? 0;
        if (stored && current !== basedOn) {
          result = { ok: false, reason: 'conflict', at: stored.updatedAt };
          return;
        }
        records.put({ ...meta, revision: current + 1 } satisfies StoredMeta, metaKey(id));
        records.put(story, id);
        result = { ok: true, meta, revision: current + 1 };
      };
      return promisifyRequest(records.transaction);
    });
    return result;
  } catch (error) {
    return failure(error);
  }
}

export async function loadDraft(
  id: string,
  store = draftStore(),
): Promise<{ story: StoryFile; revision: number } | null> {
  const [story, meta] = await getMany<unknown>([id, metaKey(id)], store);
  if (!story) return null;
  if (isLegacy(story)) return { story: story.story, revision: story.revision ?? 0 };
  return { story: story as StoryFile, revision: (meta as StoredMeta | undefined)?.revision ?? 0 };
}

/** Every draft, the latest changed first: read from the small records, not the stories. */
export async function listDrafts(store = draftStore()): Promise<DraftMeta[]> {
  const all = (await keys(store)).map(String);
  const metaIds = new Set(all.filter((k) => k.startsWith(META)).map((k) => k.slice(META.length)));
  const metas = await getMany<StoredMeta>([...metaIds].map(metaKey), store);
  const legacyIds = all.filter((k) => !k.startsWith(META) && !metaIds.has(k));
  const legacy = (await getMany<unknown>(legacyIds, store)).filter(isLegacy);
  return [...metas.filter((m): m is StoredMeta => !!m), ...legacy]
    .map(({ id, title, updatedAt }) => ({ id, title, updatedAt }))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export const deleteDraft = (id: string, store = draftStore()) => delMany([id, metaKey(id)], store);

/** Saves the latest value a moment after changes stop; `flush` saves at once (the page is being hidden). */
export function createAutosaver<T>(save: (value: T) => Promise<unknown>, delayMs = 400) {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const flush = (): Promise<unknown> => {
    clearTimeout(timer);
    const next = pending;
    pending = null;
    // One save at a time, in order: an older value never lands after a newer one.
    if (next) running = running.then(() => save(next.value));
    return running;
  };
  return {
    schedule(value: T) {
      pending = { value };
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}
