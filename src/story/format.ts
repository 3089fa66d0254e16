/**
 * The story format's fixed vocabularies and messages, apart from its zod schema (schema.ts): the
 * explorer needs these on every visit, and zod only for stories it did not ship with.
 */

export const LANGS = ['zh', 'en'] as const;
export const CATEGORIES = [
  'diplomacy',
  'connectivity',
  'economy',
  'culture',
  'history',
  'multilateral',
] as const;
export const PRECISIONS = ['century', 'decade', 'year', 'month', 'day', 'part-of-day', 'minute'] as const;
export const MODES = ['road', 'rail', 'sea', 'air'] as const;
export const PLACE_KINDS = ['capital', 'city', 'port', 'site', 'project', 'country', 'region'] as const;

/** The format's own messages, in both languages: the English is what zod reports, the Chinese is shown to Chinese readers. */
export const MESSAGES = {
  idFormat: {
    en: 'ids use lower-case letters, digits and hyphens, e.g. "kuryk-port"',
    zh: 'id 只能用小写字母、数字和连字符，例如 "kuryk-port"',
  },
  zhEmpty: { en: 'the Chinese text is empty', zh: '中文文本为空' },
  enEmpty: { en: 'the English text is empty', zh: '英文文本为空' },
  zhMissing: {
    en: 'the Chinese text is missing (the story is in Chinese)',
    zh: '缺少中文文本（故事语言包括中文）',
  },
  enMissing: {
    en: 'the English text is missing (the story is in English)',
    zh: '缺少英文文本（故事语言包括英文）',
  },
  isoDate: {
    en: 'not an ISO 8601 date: use "2024-07-03", "2017-06", "2013", "-0137" or "2024-07-03T12:00+05:00"',
    zh: '不是 ISO 8601 日期：请用 "2024-07-03"、"2017-06"、"2013"、"-0137" 或 "2024-07-03T12:00+05:00"',
  },
  longitude: { en: 'longitude must be between -180 and 180', zh: '经度必须在 -180 到 180 之间' },
  latitude: { en: 'latitude must be between -90 and 90', zh: '纬度必须在 -90 到 90 之间' },
  routePlaces: { en: 'a route needs at least two places', zh: '一条线路至少需要两个地点' },
  eventParagraphs: { en: 'an event must link at least one paragraph', zh: '每个事件至少要关联一个段落' },
  storyParagraphs: { en: 'a story needs at least one paragraph', zh: '故事至少需要一个段落' },
  storyEvents: { en: 'a story needs at least one event', zh: '故事至少需要一个事件' },
  countryCode: {
    en: 'countries are named by their ISO 3166-1 alpha-3 code, e.g. "KAZ"',
    zh: '国家用 ISO 3166-1 三字母代码表示，例如 "KAZ"',
  },
} as const;

/**
 * ISO 8601 as stories use it: an expanded or plain year, year-month, full date, or a
 * date-time with an offset. Years are astronomical: "-0137" is 138 BCE.
 */
export const ISO_DATE_PATTERN =
  '^[+-]?\\d{4,6}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d))?)?)?$';

/** The story's languages as declared; both when absent (the shape of `languages` is the schema's to report). */
export function declaredLanguages(data: { languages?: unknown }): Lang[] {
  const declared = Array.isArray(data.languages) ? data.languages : [];
  const known = LANGS.filter((l) => declared.includes(l));
  return known.length ? known : [...LANGS];
}

export type Lang = (typeof LANGS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Mode = (typeof MODES)[number];
