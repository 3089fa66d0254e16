import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { TimedEvent } from '../story/normalise';
import { type AppState, type AppStore, visibleEvents } from './store';

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreContext provider');
  return store;
}

/** One-field selectors: `useApp((s) => s.lang)`. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** The events of the categories shown, in time order (computed once per story and filter). */
export function useVisibleEvents(): TimedEvent[] {
  const story = useApp((s) => s.story);
  const hidden = useApp((s) => s.hiddenCategories);
  return useMemo(() => visibleEvents({ story, hiddenCategories: hidden }), [story, hidden]);
}
