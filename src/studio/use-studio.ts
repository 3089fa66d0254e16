import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { type StudioTranslate, studioTranslator } from '../i18n/studio-messages';
import type { StudioState, StudioStore } from './studio-store';

export const StudioContext = createContext<StudioStore | null>(null);

export function useStudioStore(): StudioStore {
  const store = useContext(StudioContext);
  if (!store) throw new Error('useStudioStore needs a StudioContext provider');
  return store;
}

/** One-field selectors, as in the explorer: `useStudio((s) => s.tab)`. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStore(), selector);
}

export function useStudioT(): StudioTranslate {
  const lang = useStudio((s) => s.lang);
  return useMemo(() => studioTranslator(lang), [lang]);
}
