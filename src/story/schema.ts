import { z } from 'zod/mini';

/**
 * The one definition of the story format: types, JSON Schema and messages derive from it.
 * zod's mini build: the same schemas in a third of the bytes the app ships.
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

const id = z
  .string()
  .check(
    z.regex(/^[a-z0-9][a-z0-9-]*$/, MESSAGES.idFormat.en),
    z.describe('A stable identifier, referenced from other parts of the story.'),
  );

const nonEmpty = (message: string) => z.string().check(z.trim(), z.minLength(1, message));

/**
 * Each language is optional here: which ones a text needs depends on the story's `languages`, a rule
 * that spans the whole story and so is checked in validate.ts.
 */
const langs = {
  zh: z.optional(nonEmpty(MESSAGES.zhEmpty.en)),
  en: z.optional(nonEmpty(MESSAGES.enEmpty.en)),
};

export const textSchema = z.strictObject(langs).check(
  z.meta({
    id: 'Text',
    description:
      "A human-readable text in the story's languages (Chinese and English unless `languages` says otherwise).",
  }),
);

const isoDate = z.string().check(z.regex(new RegExp(ISO_DATE_PATTERN), MESSAGES.isoDate.en));

const between = (low: number, high: number, message?: string) =>
  z.number().check(z.gte(low, message), z.lte(high, message));

const lonLat = z
  .tuple([between(-180, 180, MESSAGES.longitude.en), between(-90, 90, MESSAGES.latitude.en)])
  .check(z.describe('[longitude, latitude] in WGS84 degrees.'));

const described = <T extends z.ZodMiniType>(schema: T, description: string) =>
  z.optional(schema).check(z.describe(description));

export const viewSchema = z
  .strictObject({
    center: lonLat,
    zoom: between(0, 22),
    bearing: z.optional(between(-360, 360)),
    pitch: z.optional(between(0, 85)),
  })
  .check(z.describe('A camera for the event; without it the map fits the event places.'));

export const factSchema = z
  .strictObject({
    label: textSchema,
    value: z.number(),
    unit: textSchema,
    year: z.optional(z.int()),
    paragraph: described(id, 'The paragraph that states the figure.'),
  })
  .check(z.meta({ id: 'Fact' }));

export const paragraphSchema = z
  .strictObject({
    id,
    section: z.optional(id),
    ...langs,
  })
  .check(z.meta({ id: 'Paragraph' }));

export const sectionSchema = z.strictObject({ id, label: textSchema, title: z.optional(textSchema) });

export const placeSchema = z
  .strictObject({
    id,
    name: textSchema,
    coordinates: lonLat,
    kind: z.enum(PLACE_KINDS),
    rank: described(
      z.int().check(z.gte(1), z.lte(3)),
      'How much the place matters on the map: 1 always named (the capitals of the story), 2 named where there is room, 3 a minor site, grouped with its neighbours at wide views. Without it the kind decides: capitals 1, cities and ports 2, sites and projects 3.',
    ),
    area: described(
      z
        .array(z.string().check(z.regex(/^([A-Z]{3}|X-[a-z-]+)$/, MESSAGES.countryCode.en)))
        .check(z.minLength(1)),
      'For a country or a region: the countries it covers, as ISO 3166-1 alpha-3 codes (["KAZ"]; Central Asia is ["KAZ", "KGZ", "TJK", "TKM", "UZB"]). The map tints them when the place is active.',
    ),
    description: z.optional(textSchema),
  })
  .check(z.meta({ id: 'Place' }));

export const routeSchema = z
  .strictObject({
    id,
    name: textSchema,
    places: z.array(id).check(z.minLength(2, MESSAGES.routePlaces.en)),
    modes: z
      .array(z.enum(MODES))
      .check(z.minLength(1), z.describe('The mode of each leg: one entry per pair of consecutive places.')),
    description: z.optional(textSchema),
  })
  .check(z.meta({ id: 'Route' }));

export const eventSchema = z
  .strictObject({
    id,
    date: isoDate,
    end: z.optional(isoDate),
    precision: z.enum(PRECISIONS),
    dateNote: described(textSchema, 'Where the date comes from when the article does not state it.'),
    title: textSchema,
    summary: textSchema,
    places: z.array(id),
    routes: z.optional(z.array(id)),
    paragraphs: z.array(id).check(z.minLength(1, MESSAGES.eventParagraphs.en)),
    category: z.enum(CATEGORIES),
    view: z.optional(viewSchema),
    facts: z.optional(z.array(factSchema)),
    notes: described(textSchema, 'Notes for a presenter.'),
  })
  .check(z.meta({ id: 'Event' }));

export const sourceSchema = z.strictObject({
  publisher: textSchema,
  date: isoDate,
  dateline: z.optional(textSchema),
  byline: textSchema,
  originalTitle: textSchema,
  url: z.optional(z.url()),
});

export const storySchema = z.strictObject({
  $schema: z.optional(z.string()),
  languages: described(
    z.array(z.enum(LANGS)).check(z.minLength(1), z.maxLength(LANGS.length)),
    'The languages the story is written in: ["zh"], ["en"] or both. Without it, both: every text is given in Chinese and English.',
  ),
  title: textSchema,
  subtitle: z.optional(textSchema),
  source: sourceSchema,
  sections: z.optional(z.array(sectionSchema)),
  paragraphs: z.array(paragraphSchema).check(z.minLength(1, MESSAGES.storyParagraphs.en)),
  places: z.array(placeSchema),
  routes: z.optional(z.array(routeSchema)),
  events: z.array(eventSchema).check(z.minLength(1, MESSAGES.storyEvents.en)),
});

/**
 * A story as the views read it: every text in both languages. Validation accepts texts in the story's
 * languages only, and normalise.ts fills in the other language of a one-language story.
 */
type Filled<T> = T extends string | number | boolean | undefined
  ? T
  : 'en' extends keyof T
    ? { [K in keyof T]: Filled<T[K]> } & { zh: string; en: string }
    : { [K in keyof T]: Filled<T[K]> };

export type Lang = (typeof LANGS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Mode = (typeof MODES)[number];
export type Text = Filled<z.infer<typeof textSchema>>;
export type View = Filled<z.infer<typeof viewSchema>>;
export type Fact = Filled<z.infer<typeof factSchema>>;
export type Paragraph = Filled<z.infer<typeof paragraphSchema>>;
export type Section = Filled<z.infer<typeof sectionSchema>>;
export type Place = Filled<z.infer<typeof placeSchema>>;
export type Route = Filled<z.infer<typeof routeSchema>>;
export type StoryEvent = Filled<z.infer<typeof eventSchema>>;
export type Story = Filled<z.infer<typeof storySchema>>;
/** A story as its file holds it: texts only in the story's languages. */
export type StoryFile = z.infer<typeof storySchema>;
