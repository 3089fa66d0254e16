import { type ChangeEvent, useCallback, useEffect, useId, useState } from 'react';
import { translator } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import type { AppStore } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import { readStoryFile } from '../story/load';
import type { NormalisedStory } from '../story/normalise';
import type { Lang } from '../story/schema';
import { formatProblem, type Problem } from '../story/validate';

interface Rejected {
  file: string;
  problems: Problem[];
}

interface Preview {
  file: string;
  /** The story that was on screen before the first preview, to go back to. */
  previous: NormalisedStory | null;
}

/** A story with thousands of mistakes would bury the first ones, which are usually the cause. */
const SHOWN_PROBLEMS = 200;

export function ProblemList({ problems, lang }: { problems: Problem[]; lang: Lang }) {
  const t = translator(lang);
  const more = problems.length - SHOWN_PROBLEMS;
  return (
    <ul className="problems">
      {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
        <li key={formatProblem(p)}>
          <code>{p.path}</code>: {lang === 'zh' ? p.zh : p.message}
        </li>
      ))}
      {more > 0 && <li>{t('moreProblems', { count: more })}</li>}
    </ul>
  );
}

function show(store: AppStore, story: NormalisedStory) {
  const s = store.getState();
  s.setLoaded({ ok: true, story });
  s.activate(null, 'nav');
}

/**
 * Drag a story file anywhere onto the app, or pick one, to preview it: a valid one replaces the
 * story until the author goes back; an invalid one is reported and the story on screen stays.
 */
export function StoryDrop({ picker = false }: { picker?: boolean }) {
  const t = useT();
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const [dragging, setDragging] = useState(false);
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const inputId = useId();

  const open = useCallback(
    async (file: File) => {
      const result = await readStoryFile(file);
      if (!result.ok) {
        setRejected({ file: file.name, problems: result.problems });
        return;
      }
      const current = store.getState().story;
      setRejected(null);
      setPreview((p) => ({ file: file.name, previous: p ? p.previous : current }));
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
      {picker && (
        <p className="story-picker">
          <label htmlFor={inputId}>{t('openStoryFile')}</label>
          <input id={inputId} type="file" accept=".json,application/json" onChange={onPick} />
        </p>
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
      {rejected && <RejectedDialog rejected={rejected} lang={lang} onClose={() => setRejected(null)} />}
    </>
  );
}

function RejectedDialog({
  rejected,
  lang,
  onClose,
}: {
  rejected: Rejected;
  lang: Lang;
  onClose: () => void;
}) {
  const t = translator(lang);
  return (
    <div className="drop-rejected" role="alertdialog" aria-labelledby="drop-rejected-title">
      <h2 id="drop-rejected-title">
        {t('droppedInvalid', { file: rejected.file, count: rejected.problems.length })}
      </h2>
      <ProblemList problems={rejected.problems} lang={lang} />
      {/* biome-ignore lint/a11y/noAutofocus: the dialog takes focus so Escape and Enter reach it */}
      <button type="button" autoFocus onClick={onClose}>
        {t('close')}
      </button>
    </div>
  );
}
