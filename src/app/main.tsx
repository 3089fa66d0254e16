import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './app.css';
import { createRoot } from 'react-dom/client';
import storyUrl from '../../data/story.json?url';
import { createAppStore } from '../store/store';
import { loadStory } from '../story/load';
import { App } from './App';
import { initialPrefs } from './prefs';

/** `?story=stories/other.json` opens another story from this site; other origins are refused (offline, private). */
function chosenStory(): string {
  const param = new URLSearchParams(window.location.search).get('story');
  if (!param) return storyUrl;
  const url = new URL(param, window.location.href);
  return url.origin === window.location.origin ? url.href : storyUrl;
}

const store = createAppStore(initialPrefs());
const root = document.getElementById('root');
if (root) createRoot(root).render(<App store={store} />);
loadStory(chosenStory()).then((result) => store.getState().setLoaded(result));
