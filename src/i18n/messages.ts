import type { Lang } from '../story/schema';
import { en, type MessageKey, type Messages } from './en';
import { zh } from './zh';

export type { MessageKey };

const dictionaries: Record<Lang, Messages> = { en, zh };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
}

/** BCP 47 tag for `lang` attributes and Intl. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    if (l.toLowerCase().startsWith('zh')) return 'zh';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}
