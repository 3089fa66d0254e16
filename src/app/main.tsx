import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './app.css';
import { createRoot } from 'react-dom/client';
import storyUrl from '../../data/story.json?url';
import { createAppStore } from '../store/store';
import { type LoadResult, loadStory, otherSite } from '../story/load';
import { App } from './App';
import { registerOffline } from './offline';
import { readAnyStory } from './open-file';
import { initialPrefs } from './prefs';

/**
 * `?story=stories/other.json` opens another story from this site (or a TimelineJS or StoryMapJS file,
 * converted); other origins are refused (offline, private).
 */
function openChosenStory(): Promise<LoadResult> {
  const param = new URLSearchParams(window.location.search).get('story');
  if (!param) return loadStory(storyUrl);
  const url = URL.parse(param, window.location.href);
  if (url?.origin !== window.location.origin)
    return Promise.resolve(otherSite(param, window.location.origin));
  return loadStory(url.href, readAnyStory);
}

const store = createAppStore(initialPrefs());
const root = document.getElementById('root');
if (root) createRoot(root).render(<App store={store} />);
openChosenStory().then((result) => store.getState().setLoaded(result));
registerOffline(store);
