import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '../app/app.css';
import './studio.css';
import { createRoot } from 'react-dom/client';
import storyUrl from '../../data/story.json?url';
import { browserLang } from '../i18n/messages';
import { Studio } from './Studio';
import { createStudioStore } from './studio-store';

const store = createStudioStore(browserLang(navigator.languages));
const root = document.getElementById('root');
if (root) createRoot(root).render(<Studio store={store} builtInUrl={storyUrl} />);
