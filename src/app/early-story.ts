import storyUrl from '../../data/story.json?url';

/**
 * The built-in story's request. The built page runs this module by a script of its own as soon as
 * it arrives (vite.config.ts), while the app's modules, which run only once all of them are in,
 * still download: its answer is in by the time the app reads it. A visit that opens another story
 * (`?story=`, `?draft=`) sends none.
 */
export const builtStoryRequest: Promise<Response> | undefined = ((params) =>
  // The same test as main.tsx's: an empty `?story=` opens the built-in story.
  params.get('story') || params.get('draft') ? undefined : fetch(storyUrl))(
  new URLSearchParams(window.location.search),
);
