import type { Lang } from '../story/schema';
import { en, type MessageKey } from './en';
import { type StudioKey, studioEn } from './studio-en';
import { studioZh } from './studio-zh';
import { zh } from './zh';

export type StudioTranslate = (key: StudioKey | MessageKey, vars?: Record<string, string | number>) => string;

/** The studio's strings, with the explorer's (categories, modes, the map's controls) beside them. */
export function studioTranslator(lang: Lang): StudioTranslate {
  const dict: Record<StudioKey | MessageKey, string> =
    lang === 'zh' ? { ...zh, ...studioZh } : { ...en, ...studioEn };
  return (key, vars) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
}
