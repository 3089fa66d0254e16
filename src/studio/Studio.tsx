import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { Article } from '../article/Article';
import { LANG_TAG } from '../i18n/messages';
import { reportLines } from '../lib/import-report';
import { MapView } from '../map/MapView';
import { type AppStore, createAppStore } from '../store/store';
import { StoreContext } from '../store/use-app';
import { type DraftMeta, deleteDraft, listDrafts, loadDraft, newDraftId } from '../story/drafts';
import { formatProblem, type Problem } from '../story/problem';
import type { Lang, StoryFile } from '../story/schema';
import { validateStory } from '../story/validate';
import { Timeline } from '../timeline/Timeline';
import { fieldId } from './edit-path';
import { EventsEditor, ParagraphsEditor, PasteBox, PlacesEditor, RoutesEditor, StoryEditor } from './editors';
import { readStudioFile } from './open-file';
import { makeParagraphs } from './paragraphs';
import { previewStory } from './preview-story';
import type { StudioStore, Tab } from './studio-store';
import { StudioContext, useStudio, useStudioStore, useStudioT } from './use-studio';

const TABS: Tab[] = ['story', 'paragraphs', 'places', 'events', 'routes'];

/** A new story in the interface's language: what validation asks for is there, empty, for the author to fill. */
export function emptyStory(lang: Lang): StoryFile {
  return {
    languages: [lang],
    title: {},
    source: { publisher: {}, date: new Date().toISOString().slice(0, 10), byline: {}, originalTitle: {} },
    paragraphs: [],
    places: [],
    routes: [],
    events: [],
  };
}

export function Studio({
  store,
  builtInUrl,
  draftGone = false,
}: {
  store: StudioStore;
  builtInUrl: string;
  draftGone?: boolean;
}) {
  return (
    <StudioContext.Provider value={store}>
      <StudioShell builtInUrl={builtInUrl} draftGone={draftGone} />
    </StudioContext.Provider>
  );
}

function StudioShell({ builtInUrl, draftGone }: { builtInUrl: string; draftGone: boolean }) {
  const lang = useStudio((s) => s.lang);
  const hasDraft = useStudio((s) => s.draft !== null);
  const t = useStudioT();
  useEffect(() => {
    document.documentElement.lang = LANG_TAG[lang];
    document.title = t('studioName');
  }, [lang, t]);
  useLayoutEffect(() => {
    if (!performance.getEntriesByName('studio:ready').length) performance.mark('studio:ready');
  }, []);
  return hasDraft ? <Workspace /> : <StartScreen builtInUrl={builtInUrl} draftGone={draftGone} />;
}

function LanguageSwitch() {
  const t = useStudioT();
  const store = useStudioStore();
  const lang = useStudio((s) => s.lang);
  return (
    <fieldset className="segmented">
      <legend className="sr-only">{t('interfaceLanguage')}</legend>
      {(['zh', 'en'] as const).map((l) => (
        <button
          key={l}
          type="button"
          lang={LANG_TAG[l]}
          aria-pressed={lang === l}
          onClick={() => store.getState().setLang(l)}
        >
          {l === 'zh' ? '中文' : 'EN'}
        </button>
      ))}
    </fieldset>
  );
}

function StartScreen({ builtInUrl, draftGone }: { builtInUrl: string; draftGone: boolean }) {
  const t = useStudioT();
  const store = useStudioStore();
  const lang = useStudio((s) => s.lang);
  const [error, setError] = useState(draftGone ? t('draftGone') : '');
  const openBuiltIn = async () => {
    const response = await fetch(builtInUrl);
    store.getState().open((await response.json()) as StoryFile, newDraftId());
  };
  return (
    <main className="studio-start">
      <header className="studio-header">
        <h1>{t('studioName')}</h1>
        <LanguageSwitch />
      </header>
      <p>{t('studioIntro')}</p>
      <h2>{t('startHeading')}</h2>
      <div className="start-actions">
        <button type="button" onClick={() => store.getState().open(emptyStory(lang), newDraftId())}>
          {t('newStory')}
        </button>
        <button type="button" onClick={() => void openBuiltIn().catch((e) => setError(String(e)))}>
          {t('editBuiltIn')}
        </button>
        <OpenFileButton onError={setError} />
      </div>
      <p className="hint">{t('openFileHint')}</p>
      <PasteBox
        onPaste={(text) => {
          const { paragraphs, sections } = makeParagraphs(text, lang);
          store.getState().open({ ...emptyStory(lang), paragraphs, sections }, newDraftId());
        }}
      />
      {error && <p role="alert">{error}</p>}
      <Drafts onError={setError} />
    </main>
  );
}

/** A story, TimelineJS or StoryMapJS file opened as a new draft; one that cannot be read says why. */
function OpenFileButton({ onError }: { onError: (message: string) => void }) {
  const t = useStudioT();
  const store = useStudioStore();
  const lang = useStudio((s) => s.lang);
  const input = useRef<HTMLInputElement>(null);
  const open = async (file: File) => {
    const opened = await readStudioFile(file);
    if (!opened.ok) {
      const first = opened.problems[0];
      onError(
        t('openFailed', {
          file: file.name,
          count: opened.problems.length,
          first: first ? (lang === 'zh' ? first.zh : formatProblem(first)) : '',
        }),
      );
      return;
    }
    store.getState().open(opened.story, newDraftId());
    if (opened.report) store.getState().setImported({ file: file.name, report: opened.report });
  };
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('studioOpenFile')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,.csv,.tsv,application/json,text/csv"
        aria-label={t('studioOpenFile')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file).catch((error) => onError(String(error)));
        }}
      />
    </>
  );
}

/** What a converted file brought and what it could not, until the author closes it. */
function ImportedNote() {
  const t = useStudioT();
  const store = useStudioStore();
  const imported = useStudio((s) => s.imported);
  if (!imported) return null;
  const { title, lines } = reportLines(imported.report, imported.file, t);
  return (
    <section className="studio-imported" role="status" aria-labelledby="studio-imported-title">
      <h2 id="studio-imported-title">{title}</h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" onClick={() => store.getState().setImported(null)}>
        {t('close')}
      </button>
    </section>
  );
}

/** The drafts kept in this browser: opened again, or deleted after a confirmation. */
function Drafts({ onError }: { onError: (message: string) => void }) {
  const t = useStudioT();
  const store = useStudioStore();
  const lang = useStudio((s) => s.lang);
  const [drafts, setDrafts] = useState<DraftMeta[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const refresh = useCallback(
    () =>
      listDrafts().then(setDrafts, () => {
        setDrafts([]);
        onError(t('storageUnavailable'));
      }),
    [onError, t],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const time = (at: number) =>
    new Intl.DateTimeFormat(LANG_TAG[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return (
    <section aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t('drafts')}</h2>
      {drafts?.length === 0 && <p>{t('draftsNone')}</p>}
      <ul className="drafts">
        {drafts?.map((d) => (
          <li key={d.id}>
            <span className="draft-title">{d.title || t('untitled')}</span>{' '}
            <span className="hint">{t('draftSaved', { time: time(d.updatedAt) })}</span>{' '}
            <button
              type="button"
              aria-label={`${t('openDraft')}: ${d.title || t('untitled')}`}
              onClick={async () => {
                const stored = await loadDraft(d.id);
                if (stored) store.getState().open(stored.story, d.id, stored.revision);
                else onError(t('draftGone'));
              }}
            >
              {t('openDraft')}
            </button>{' '}
            {confirming === d.id ? (
              <span role="alert">
                {t('deleteDraftConfirm', { title: d.title || t('untitled') })}{' '}
                <button
                  type="button"
                  onClick={async () => {
                    await deleteDraft(d.id);
                    setConfirming(null);
                    await refresh();
                  }}
                >
                  {t('deleteForGood')}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('cancel')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                aria-label={`${t('deleteDraft')} ${d.title || t('untitled')}`}
                onClick={() => setConfirming(d.id)}
              >
                {t('deleteDraft')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SaveStatus() {
  const t = useStudioT();
  const save = useStudio((s) => s.save);
  const lang = useStudio((s) => s.lang);
  if (save.state === 'conflict') return <SaveConflict at={save.at} lang={lang} />;
  const message =
    save.state === 'saved'
      ? t('saveSaved')
      : save.state === 'failed'
        ? save.reason === 'quota'
          ? t('saveQuota')
          : save.reason === 'refused'
            ? t('saveRefused')
            : t('saveFailed', { detail: save.detail })
        : t('saveUnsaved');
  return (
    <p className={`save-status save-${save.state}`} role="status">
      {message}
    </p>
  );
}

/** Another tab saved this draft first: the author chooses, and neither version is lost unasked. */
function SaveConflict({ at, lang }: { at: number; lang: Lang }) {
  const t = useStudioT();
  const store = useStudioStore();
  const time = new Intl.DateTimeFormat(LANG_TAG[lang], { timeStyle: 'short' }).format(at);
  const loadTheirs = async () => {
    const id = store.getState().draftId;
    const stored = id ? await loadDraft(id) : null;
    if (id && stored) store.getState().open(stored.story, id, stored.revision);
  };
  return (
    <div className="save-status save-conflict" role="alert">
      <p>{t('saveConflict', { time })}</p>
      <button type="button" onClick={() => store.getState().fork(newDraftId())}>
        {t('keepMine')}
      </button>
      <button type="button" onClick={() => void loadTheirs()}>
        {t('loadTheirs')}
      </button>
    </div>
  );
}

/**
 * Validation off the typing path: the list follows the draft a moment after typing stops, and the
 * validator runs in a worker (in the page only where a worker cannot start).
 */
function useProblems(draft: StoryFile | null): Problem[] {
  const [problems, setProblems] = useState<Problem[]>([]);
  const worker = useRef<{ worker: Worker | null; seq: number; draft: StoryFile | null }>({
    worker: null,
    seq: 0,
    draft: null,
  });
  const inPage = useCallback((d: StoryFile) => {
    const result = validateStory(d);
    setProblems(result.ok ? [] : result.problems);
  }, []);
  useEffect(() => {
    let w: Worker | null = null;
    try {
      w = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<{ seq: number; problems: Problem[] }>) => {
        if (e.data.seq === worker.current.seq) setProblems(e.data.problems);
      };
      w.onerror = () => {
        worker.current.worker = null;
        if (worker.current.draft) inPage(worker.current.draft);
      };
    } catch {
      w = null;
    }
    worker.current.worker = w;
    return () => w?.terminate();
  }, [inPage]);
  useEffect(() => {
    if (!draft) return;
    const timer = window.setTimeout(() => {
      const seq = ++worker.current.seq;
      worker.current.draft = draft;
      const w = worker.current.worker;
      if (w) w.postMessage({ seq, draft });
      else inPage(draft);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [draft, inPage]);
  return problems;
}

function download(draft: StoryFile) {
  const blob = new Blob([`${JSON.stringify(draft, null, 2)}\n`], { type: 'application/json' });
  const title = draft.title.en ?? draft.title.zh ?? 'story';
  const name =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'story';
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${name}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function Workspace() {
  const t = useStudioT();
  const store = useStudioStore();
  const draft = useStudio((s) => s.draft);
  const draftId = useStudio((s) => s.draftId);
  const tab = useStudio((s) => s.tab);
  const lang = useStudio((s) => s.lang);
  const canUndo = useStore(store.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (s) => s.futureStates.length > 0);
  const problems = useProblems(draft);
  const [warn, setWarn] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      e.preventDefault();
      if (e.shiftKey) store.temporal.getState().redo();
      else store.temporal.getState().undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  const paste = (text: string) => {
    const made = makeParagraphs(text, lang);
    store.getState().change((d) => {
      const taken = new Set(d.paragraphs.map((p) => p.id));
      const offset = d.paragraphs.length;
      const rename = new Map(
        made.paragraphs.map((p, i) => {
          let id = `p${String(offset + i + 1).padStart(3, '0')}`;
          while (taken.has(id)) id = `${id}-b`;
          taken.add(id);
          return [p.id, id];
        }),
      );
      const sectionBase = d.sections?.length ?? 0;
      const sectionId = (id: string) => `s${sectionBase + Number(id.slice(1))}`;
      return {
        ...d,
        sections: [...(d.sections ?? []), ...made.sections.map((s) => ({ ...s, id: sectionId(s.id) }))],
        paragraphs: [
          ...d.paragraphs,
          ...made.paragraphs.map((p) => ({
            ...p,
            id: rename.get(p.id) ?? p.id,
            ...(p.section ? { section: sectionId(p.section) } : {}),
          })),
        ],
      };
    });
  };

  const goTo = (p: Problem) => {
    const [, kind, index] = /^(places|events|routes|paragraphs)\[(\d+)\]/.exec(p.path) ?? [];
    const s = store.getState();
    if (kind === 'places' || kind === 'events' || kind === 'routes') {
      const item = s.draft?.[kind]?.[Number(index)];
      s.setTab(kind);
      s.select(kind === 'places' ? 'place' : kind === 'events' ? 'event' : 'route', item?.id ?? null);
    } else if (kind === 'paragraphs') s.setTab('paragraphs');
    else s.setTab('story');
    requestAnimationFrame(() => {
      const exact = document.getElementById(fieldId(p.path));
      const near = [...document.querySelectorAll<HTMLElement>('[id^="field:"]')].find((el) =>
        el.id.startsWith(fieldId(p.path)),
      );
      (exact ?? near)?.focus();
    });
  };

  if (!draft) return null;
  return (
    <div className="studio">
      <header className="studio-header">
        <h1>{t('studioName')}</h1>
        <SaveStatus />
        <button type="button" onClick={() => store.temporal.getState().undo()} disabled={!canUndo}>
          {t('undo')}
        </button>
        <button type="button" onClick={() => store.temporal.getState().redo()} disabled={!canRedo}>
          {t('redo')}
        </button>
        <button type="button" onClick={() => (problems.length ? setWarn(true) : download(draft))}>
          {t('download')}
        </button>
        <a
          className="button-link"
          href={`index.html?draft=${encodeURIComponent(draftId ?? '')}`}
          target="_blank"
          rel="noopener"
          onClick={(e) => {
            // The explorer reads the draft from storage: what was just typed is saved first.
            e.preventDefault();
            const href = e.currentTarget.href;
            void store
              .getState()
              .flushSave()
              .then(() => window.open(href, '_blank', 'noopener'));
          }}
        >
          {t('openInExplorer')}
        </a>
        <button type="button" onClick={() => store.getState().close()}>
          {t('allDrafts')}
        </button>
        <LanguageSwitch />
      </header>
      <div className="studio-notices">
        <ImportedNote />
        {warn && (
          <div className="download-warning" role="alertdialog" aria-label={t('download')}>
            <p>{t('downloadProblems', { count: problems.length })}</p>
            <button
              type="button"
              onClick={() => {
                download(draft);
                setWarn(false);
              }}
            >
              {t('downloadAnyway')}
            </button>
            <button type="button" onClick={() => setWarn(false)}>
              {t('cancel')}
            </button>
          </div>
        )}
      </div>
      <section className="studio-editor" aria-label={t('editor')}>
        <div className="tabs" role="tablist">
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              onClick={() => store.getState().setTab(id)}
            >
              {t(`tab_${id}`)}
            </button>
          ))}
        </div>
        <div role="tabpanel" aria-label={t(`tab_${tab}`)} className="tab-body">
          {tab === 'story' && <StoryEditor />}
          {tab === 'paragraphs' && <ParagraphsEditor onPaste={paste} />}
          {tab === 'places' && <PlacesEditor />}
          {tab === 'events' && <EventsEditor />}
          {tab === 'routes' && <RoutesEditor />}
        </div>
      </section>
      <Preview />
      <section className="studio-problems" aria-label={t('problems')}>
        <h2>{t('problems')}</h2>
        {/* Announced as the count changes; the list itself stays quiet while the author types. */}
        <p role="status">
          {problems.length ? t('problemsCount', { count: problems.length }) : t('problemsNone')}
        </p>
        <ul>
          {problems.slice(0, 100).map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <a
                href={`#${fieldId(p.path)}`}
                onClick={(e) => {
                  e.preventDefault();
                  goTo(p);
                }}
              >
                {lang === 'zh' ? `${p.path}：${p.zh}` : formatProblem(p)}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/**
 * The explorer's own map, timeline and article, fed the draft as it is typed. The draft reaches the
 * preview's store straight from the studio's, in the same event as the keystroke: the views then
 * render once, together with the editor, rather than again after an effect.
 */
const Preview = memo(function Preview() {
  const t = useStudioT();
  const studio = useStudioStore();
  const lang = useStudio((s) => s.lang);
  const tab = useStudio((s) => s.tab);
  const placeId = useStudio((s) => s.selected.place);
  const [preview] = useState(() => createAppStore({ lang }));
  useEffect(() => preview.getState().setLang(lang), [lang, preview]);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const show = (draft: StoryFile | null) => {
      const story = draft && previewStory(draft);
      setShown(story !== null);
      if (!story) return;
      const state = preview.getState();
      if (state.story) state.updateStory(story);
      else state.setLoaded({ ok: true, story });
      // An event chosen before it could be shown (no date yet) is shown once it can be.
      showSelected(preview, studio.getState().selected.event);
    };
    show(studio.getState().draft);
    return studio.subscribe((s) => s.draft, show);
  }, [studio, preview]);

  // Choosing an event or a place in the preview opens it in the editor.
  useEffect(() => {
    const offEvent = preview.subscribe(
      (s) => s.activeEventId,
      (id) => {
        if (!id || preview.getState().origin === 'nav') return;
        studio.getState().setTab('events');
        studio.getState().select('event', id);
      },
    );
    const offPlace = preview.subscribe(
      (s) => s.placeChoice,
      (id) => {
        if (!id) return;
        studio.getState().setTab('places');
        studio.getState().select('place', id);
      },
    );
    return () => {
      offEvent();
      offPlace();
    };
  }, [preview, studio]);

  // A click on a passage's text opens it in the paragraph editor (its chips keep choosing events).
  // A mouse shortcut only: the keyboard reaches every paragraph through the Paragraphs tab.
  const articleRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = articleRef.current;
    if (!el || !shown) return;
    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (!target || target.closest('button, a')) return;
      const id = target.closest<HTMLElement>('[data-paragraph-id]')?.dataset.paragraphId;
      const state = studio.getState();
      const index = state.draft?.paragraphs.findIndex((p) => p.id === id) ?? -1;
      if (index < 0) return;
      const lang = target.closest('[lang]')?.getAttribute('lang')?.startsWith('zh') ? 'zh' : 'en';
      state.setTab('paragraphs');
      requestAnimationFrame(() => {
        const field =
          document.getElementById(fieldId(['paragraphs', index, lang])) ??
          document.getElementById(fieldId(['paragraphs', index, lang === 'zh' ? 'en' : 'zh']));
        field?.scrollIntoView({ block: 'center' });
        field?.focus();
      });
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, [studio, shown]);

  const selectedEvent = useStudio((s) => s.selected.event);
  useEffect(() => showSelected(preview, selectedEvent), [selectedEvent, preview]);

  const editedPlace = useMemo(
    () =>
      tab === 'places' && placeId
        ? {
            id: placeId,
            label: placeId,
            onMove: ([lon, lat]: [number, number]) => {
              const index = studio.getState().draft?.places.findIndex((p) => p.id === placeId) ?? -1;
              if (index >= 0)
                studio.getState().edit(['places', index, 'coordinates'], [round(lon), round(lat)]);
            },
          }
        : null,
    [tab, placeId, studio],
  );
  const onMapClick = ([lon, lat]: [number, number]) => {
    if (!editedPlace) return false;
    editedPlace.onMove([lon, lat]);
    return true;
  };

  return (
    <section className="studio-preview" aria-label={t('preview')}>
      {shown ? (
        <StoreContext.Provider value={preview}>
          <div className="app desktop preview-app">
            <div className="workspace">
              <div className="panel-map">
                <MapView onReady={() => undefined} onMapClick={onMapClick} editedPlace={editedPlace} />
                <Timeline />
              </div>
              <div className="panel-article" ref={articleRef}>
                <Article />
              </div>
            </div>
          </div>
        </StoreContext.Provider>
      ) : (
        <p className="preview-empty">{t('previewEmpty')}</p>
      )}
    </section>
  );
});

/** The event chosen in the editor, made active in the preview once the preview has it. */
function showSelected(preview: AppStore, id: string | null): void {
  const state = preview.getState();
  if (id && state.activeEventId !== id && state.story?.eventsById.has(id)) state.activate(id, 'nav');
}

const round = (n: number) => Math.round(n * 1000) / 1000;
