import { builtStoryRequest } from './early-story';
import '@fontsource/noto-sans-sc/400.css?story';
import '@fontsource/noto-sans-sc/700.css?story';
import './app.css';
import { storyDigest } from 'virtual:story-digest';
import { createRoot } from 'react-dom/client';
import storyUrl from '../../data/story.json?url';
import { warmUpMap } from '../map/warm-up';
import { createAppStore } from '../store/store';
import { type LoadResult, loadStory, otherSite, readBuiltStory } from '../story/load';
import { problem } from '../story/problem';
import { App } from './App';
import { loadAllFonts } from './fonts';
import { registerOffline } from './offline';
import { initialPrefs } from './prefs';

/** `?draft=` shows a draft the studio keeps in this browser, as it was last saved. */
async function openDraft(id: string): Promise<LoadResult> {
  const [{ loadDraft }, { fromData }] = await Promise.all([
    import('../story/drafts'),
    import('../story/check'),
  ]);
  const stored = await loadDraft(id).catch(() => null);
  return stored
    ? fromData(id, stored.story)
    : {
        ok: false,
        url: id,
        problems: [problem('(draft)', 'this draft is not stored in this browser', '此浏览器中没有这份草稿')],
      };
}

/**
 * `?story=stories/other.json` opens another story from this site (or a TimelineJS or StoryMapJS file,
 * converted); other origins are refused (offline, private).
 */
async function openChosenStory(): Promise<LoadResult> {
  const params = new URLSearchParams(window.location.search);
  const draft = params.get('draft');
  const param = params.get('story');
  if (!draft && !param) return loadStory(storyUrl, readBuiltStory(storyDigest), builtStoryRequest);
  // Another story may use characters the built-in one does not.
  void loadAllFonts();
  if (draft) return openDraft(draft);
  const address = param ?? '';
  const url = URL.parse(address, window.location.href);
  if (url?.origin !== window.location.origin) return otherSite(address, window.location.origin);
  // The converters load only for a chosen file: the built-in story's visit does not carry them.
  const { readAnyStory } = await import('../convert/open-file');
  return loadStory(url.href, readAnyStory);
}

// The map's workers start first: they take a second to boot and need the main thread only briefly.
warmUpMap();
const store = createAppStore(initialPrefs());
const root = document.getElementById('root');
if (root) createRoot(root).render(<App store={store} />);
openChosenStory().then((result) => store.getState().setLoaded(result));
registerOffline(store);
