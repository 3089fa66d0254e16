import {
  type ChangeEvent,
  lazy,
  type RefObject,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import type { ConversionReport } from '../convert/index';
import { useT } from '../i18n/use-t';
import type { AppStore } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import type { NormalisedStory } from '../story/normalise';
import type { Rejected } from './drop-notices';
import { loadAllFonts } from './fonts';

/** Only an opened file is reported on: a visit that opens none does not load the reports. */
const ImportReport = lazy(() => import('./drop-notices').then((m) => ({ default: m.ImportReport })));
const RejectedDialog = lazy(() => import('./drop-notices').then((m) => ({ default: m.RejectedDialog })));

/** The files the picker offers; a dropped file of any name is read by its content. */
const ACCEPT = '.json,.csv,application/json,text/csv';

interface Preview {
  file: string;
  /** The story that was on screen before the first preview, to go back to. */
  previous: NormalisedStory | null;
  /** What came across from a TimelineJS or StoryMapJS file, until the reader closes it. */
  report?: ConversionReport;
}

function show(store: AppStore, story: NormalisedStory) {
  const s = store.getState();
  s.setLoaded({ ok: true, story });
  s.activate(null, 'nav');
}

export interface StoryOpener {
  input: RefObject<HTMLInputElement | null>;
  /** Opens the file picker ("Open file…"). */
  pick: () => void;
}

/** The "Open file…" control's handle: the header's button and the drop area share one file input. */
export function useStoryOpener(): StoryOpener {
  const input = useRef<HTMLInputElement>(null);
  return { input, pick: useCallback(() => input.current?.click(), []) };
}

/**
 * Drag a file anywhere onto the app, or pick one, to preview it: a story, or a TimelineJS or
 * StoryMapJS file converted with a report of what came across. A valid one replaces the story until
 * the author goes back; an invalid one is reported and the story on screen stays.
 */
export function StoryDrop({ opener, picker = false }: { opener: StoryOpener; picker?: boolean }) {
  const t = useT();
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const [dragging, setDragging] = useState(false);
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  const open = useCallback(
    async (file: File) => {
      void loadAllFonts();
      const { openStoryFile } = await import('../convert/open-file');
      const result = await openStoryFile(file);
      if (!result.ok) {
        setRejected({ file: file.name, problems: result.problems });
        return;
      }
      const current = store.getState().story;
      setRejected(null);
      setPreview((p) => ({ file: file.name, previous: p ? p.previous : current, report: result.report }));
      show(store, result.story);
    },
    [store],
  );

  useEffect(() => {
    const hasFile = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFile(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      setDragging(false);
      void open(file);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [open]);

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void open(file);
  };
  const back = () => {
    if (preview?.previous) show(store, preview.previous);
    setPreview(null);
  };

  return (
    <>
      {/* Opened by our buttons: the browser's own file button speaks the browser's language, not the reader's. */}
      <input ref={opener.input} type="file" accept={ACCEPT} onChange={onPick} hidden />
      {picker && (
        <p className="story-picker">
          <button type="button" onClick={opener.pick}>
            {t('openStoryFile')}
          </button>
        </p>
      )}
      {preview?.report && (
        <Suspense fallback={null}>
          <ImportReport
            report={preview.report}
            file={preview.file}
            lang={lang}
            onClose={() => setPreview({ ...preview, report: undefined })}
          />
        </Suspense>
      )}
      {preview?.previous && (
        <div className="story-preview" role="status">
          {t('previewing', { file: preview.file })}{' '}
          <button type="button" onClick={back}>
            {t('backToStory')}
          </button>
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('dropStory')}
        </div>
      )}
      {rejected && (
        <Suspense fallback={null}>
          <RejectedDialog rejected={rejected} lang={lang} onClose={() => setRejected(null)} />
        </Suspense>
      )}
    </>
  );
}
