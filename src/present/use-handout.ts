import { useCallback, useRef, useState } from 'react';
import { visibleEvents } from '../store/store';
import { useAppStore } from '../store/use-app';
import type { TimedEvent } from '../story/normalise';

/** Pictures of the map at each event, as image data URLs, in order; `onProgress` counts those done. */
export type SnapshotMaps = (events: TimedEvent[], onProgress: (done: number) => void) => Promise<string[]>;

/** Printed straight away, or shown on screen (`?handout`) where it can be printed or saved as PDF. */
export type HandoutPurpose = 'print' | 'screen';

export interface HandoutPage {
  event: TimedEvent;
  image: string | undefined;
}

export type HandoutState =
  | { status: 'idle' }
  | { status: 'preparing'; done: number; total: number }
  | { status: 'ready'; purpose: HandoutPurpose; pages: HandoutPage[] };

/** Builds the handout of the visible events: maps first, one by one, then the pages. */
export function useHandout(snapshotMaps: SnapshotMaps) {
  const store = useAppStore();
  const [state, setState] = useState<HandoutState>({ status: 'idle' });
  const busy = useRef(false);

  const open = useCallback(
    async (purpose: HandoutPurpose) => {
      if (busy.current) return;
      busy.current = true;
      try {
        const events = visibleEvents(store.getState());
        const total = events.length;
        setState({ status: 'preparing', done: 0, total });
        // Without maps (the map failed to draw) the handout still has every text.
        const images = await snapshotMaps(events, (done) =>
          setState({ status: 'preparing', done, total }),
        ).catch(() => []);
        setState({
          status: 'ready',
          purpose,
          pages: events.map((event, i) => ({ event, image: images[i] })),
        });
      } finally {
        busy.current = false;
      }
    },
    [store, snapshotMaps],
  );
  const close = useCallback(() => setState({ status: 'idle' }), []);
  return { state, open, close };
}
