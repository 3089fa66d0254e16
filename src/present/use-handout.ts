import { useCallback, useRef, useState } from 'react';
import { deckEvents } from '../store/store';
import { useAppStore } from '../store/use-app';
import type { TimedEvent } from '../story/normalise';

/** Printed straight away, or shown on screen (`?handout`) where it can be printed or saved as PDF. */
export type HandoutPurpose = 'print' | 'screen';

export type HandoutState =
  | { status: 'idle' }
  | { status: 'preparing' }
  | { status: 'ready'; purpose: HandoutPurpose; events: TimedEvent[]; withMaps: boolean };

/**
 * Builds the handout of the deck (the lesson, or the visible events): once `prepare` has what the
 * maps are drawn from (the basemap), every page is drawn at once.
 */
export function useHandout(prepare: () => Promise<unknown>) {
  const store = useAppStore();
  const [state, setState] = useState<HandoutState>({ status: 'idle' });
  const busy = useRef(false);

  const open = useCallback(
    async (purpose: HandoutPurpose) => {
      if (busy.current) return;
      busy.current = true;
      try {
        setState({ status: 'preparing' });
        // Without maps (the basemap failed to load) the handout still has every text.
        const withMaps = await prepare().then(
          () => true,
          () => false,
        );
        setState({ status: 'ready', purpose, events: deckEvents(store.getState()), withMaps });
      } finally {
        busy.current = false;
      }
    },
    [store, prepare],
  );
  const close = useCallback(() => setState({ status: 'idle' }), []);
  return { state, open, close };
}
