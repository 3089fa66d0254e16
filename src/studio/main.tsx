import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '../app/app.css';
import './studio.css';
import { createRoot } from 'react-dom/client';
import storyUrl from '../../data/story.json?url';
import { browserLang } from '../i18n/messages';
import { bindDrafts, reopenDraft } from './bind-drafts';
import { Studio } from './Studio';
import { createStudioStore } from './studio-store';

const store = createStudioStore(browserLang(navigator.languages));
const root = document.getElementById('root');
bindDrafts(store);
void reopenDraft(store).then((reopened) => {
  if (root)
    createRoot(root).render(<Studio store={store} builtInUrl={storyUrl} draftGone={reopened === 'gone'} />);
});
