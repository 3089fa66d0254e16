import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/use-app';
import './present.css';

/** Starts presenting (as `P` does), for the explorer's header. */
export function PresentButton() {
  const t = useT();
  const store = useAppStore();
  return (
    <button
      type="button"
      className="present-button"
      aria-keyshortcuts="P"
      onClick={() => store.getState().setMode('present')}
    >
      {t('present')}
    </button>
  );
}
