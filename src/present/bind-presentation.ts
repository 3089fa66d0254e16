import type { AppStore } from '../store/store';
import { bindAutoplay } from './autoplay';
import { bindFullscreen } from './fullscreen';
import { bindPresentKeys } from './present-keys';
import { bindPresentSync } from './present-sync';
import { bindPresentUrl, type PresentRole } from './present-url';

/** Everything presenting needs outside React, for one window; returns the undo. */
export function bindPresentation(store: AppStore, role: PresentRole): () => void {
  // Full screen listens before the URL may start presenting; sync starts last, from the slide the URL chose.
  const offs =
    role === 'audience'
      ? [
          bindFullscreen(store),
          bindPresentUrl(store, role),
          bindPresentKeys(store, role),
          bindAutoplay(store),
        ]
      : [bindPresentUrl(store, role), bindPresentKeys(store, role)];
  offs.push(bindPresentSync(store, role));
  return () => {
    for (const off of offs) off();
  };
}
