import storyUrl from '../../data/story.json?url';

/**
 * The built-in story's request, sent before the rest of the app's modules run (main.tsx imports
 * this module first, and the build gives it a chunk of its own): its answer is in by the time the
 * app reads it. A visit that opens another story (`?story=`, `?draft=`) sends none.
 */
export const builtStoryRequest: Promise<Response> | undefined = ((params) =>
  params.has('story') || params.has('draft') ? undefined : fetch(storyUrl))(
  new URLSearchParams(window.location.search),
);
