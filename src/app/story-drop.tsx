import { useEffect, useState } from 'react';
import { translator } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import type { AppStore } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import { normaliseStory } from '../story/normalise';
import { formatProblem, type Problem, validateStoryText } from '../story/validate';

interface Rejected {
  file: string;
  problems: Problem[];
}

/**
 * Opens a story file an author dropped or picked: a valid one replaces the story, an invalid one
 * is reported and the story on screen stays.
 */
async function openStoryFile(store: AppStore, file: File): Promise<Rejected | null> {
  const result = validateStoryText(await file.text());
  if (!result.ok) return { file: file.name, problems: result.problems };
  const s = store.getState();
  s.setLoaded({ ok: true, story: normaliseStory(result.story) });
  s.activate(null, 'nav');
  return null;
}

/** Drag a story file anywhere onto the app to preview it. */
export function StoryDrop() {
  const t = useT();
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const [dragging, setDragging] = useState(false);
  const [rejected, setRejected] = useState<Rejected | null>(null);

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
    const onDrop = async (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      setDragging(false);
      setRejected(await openStoryFile(store, file));
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [store]);

  return (
    <>
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
  lang: 'zh' | 'en';
  onClose: () => void;
}) {
  const t = translator(lang);
  return (
    <div className="drop-rejected" role="alertdialog" aria-labelledby="drop-rejected-title">
      <h2 id="drop-rejected-title">
        {t('droppedInvalid', { file: rejected.file, count: rejected.problems.length })}
      </h2>
      <ul className="problems">
        {rejected.problems.map((p) => (
          <li key={formatProblem(p)}>
            <code>{p.path}</code>: {lang === 'zh' ? p.zh : p.message}
          </li>
        ))}
      </ul>
      {/* biome-ignore lint/a11y/noAutofocus: the dialog takes focus so Escape and Enter reach it */}
      <button type="button" autoFocus onClick={onClose}>
        {t('close')}
      </button>
    </div>
  );
}
