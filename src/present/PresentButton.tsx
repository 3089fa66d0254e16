import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { useApp, useAppStore } from '../store/use-app';
import { LessonDialog } from './LessonDialog';
import './present.css';

/** Starts presenting (as `P` does), for the explorer's header. */
export function PresentButton() {
  const t = useT();
  const store = useAppStore();
  const mode = useApp((s) => s.mode);
  const button = useRef<HTMLButtonElement>(null);
  const previous = useRef(mode);

  useEffect(() => {
    // Leaving the presentation puts the keyboard back where it started, not at the top of the page.
    const left = previous.current === 'present' && mode !== 'present';
    if (left && (document.activeElement === document.body || !document.activeElement))
      button.current?.focus();
    previous.current = mode;
  }, [mode]);

  return (
    <span className="present-group">
      <button
        ref={button}
        type="button"
        className="present-button"
        aria-keyshortcuts="P"
        onClick={() => store.getState().setMode('present')}
      >
        {t('present')}
      </button>
      <LessonDialog />
    </span>
  );
}
