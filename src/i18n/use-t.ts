import { useMemo } from 'react';
import { useApp } from '../store/use-app';
import { type Translate, translator } from './messages';

/** The translate function for the reader's current UI language. */
export function useT(): Translate {
  const lang = useApp((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
