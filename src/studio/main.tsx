import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '../app/app.css';
import './studio.css';
import { createRoot } from 'react-dom/client';
import storyUrl from '../../data/story.json?url';
import { browserLang } from '../i18n/messages';
import { newDraftId } from '../story/drafts';
import type { StoryFile } from '../story/schema';
import { bindDrafts, reopenDraft } from './bind-drafts';
import { Studio } from './Studio';
import { createStudioStore } from './studio-store';

const store = createStudioStore(browserLang(navigator.languages));
// The studio works offline like the explorer: an author who starts here gets the service worker too.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  window.addEventListener(
    'load',
    () => void navigator.serviceWorker.register('./sw.js').catch(() => undefined),
    {
      once: true,
    },
  );
const root = document.getElementById('root');
bindDrafts(store);

/** "Edit this story" in the explorer: `?edit=` names the story it shows (empty for the built-in one). */
async function openEdited(): Promise<void> {
  const edit = new URLSearchParams(window.location.search).get('edit');
  if (edit === null) return;
  const url = new URL(edit || storyUrl, window.location.href);
  if (url.origin !== window.location.origin) return;
  const response = await fetch(url);
  if (response.ok) store.getState().open((await response.json()) as StoryFile, newDraftId());
}

void reopenDraft(store).then(async (reopened) => {
  if (reopened === 'none') await openEdited().catch(() => undefined);
  if (root)
    createRoot(root).render(<Studio store={store} builtInUrl={storyUrl} draftGone={reopened === 'gone'} />);
});
