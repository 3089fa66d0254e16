import { z } from 'zod';

/** The one definition of the story format: types, JSON Schema and messages derive from it. */

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
} as const;

/**
 * ISO 8601 as stories use it: an expanded or plain year, year-month, full date, or a
 * date-time with an offset. Years are astronomical: "-0137" is 138 BCE.
 */
export const ISO_DATE_PATTERN =
  '^[+-]?\\d{4,6}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d))?)?)?$';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, MESSAGES.idFormat.en)
  .describe('A stable identifier, referenced from other parts of the story.');

export const textSchema = z
  .object({
    zh: z.string().trim().min(1, MESSAGES.zhEmpty.en),
    en: z.string().trim().min(1, MESSAGES.enEmpty.en),
  })
  .strict()
  .meta({ id: 'Text', description: 'A human-readable text in Chinese and English.' });

const isoDate = z.string().regex(new RegExp(ISO_DATE_PATTERN), MESSAGES.isoDate.en);

const lonLat = z
  .tuple([
    z.number().min(-180, MESSAGES.longitude.en).max(180, MESSAGES.longitude.en),
    z.number().min(-90, MESSAGES.latitude.en).max(90, MESSAGES.latitude.en),
  ])
  .describe('[longitude, latitude] in WGS84 degrees.');

export const viewSchema = z
  .object({
    center: lonLat,
    zoom: z.number().min(0).max(22),
    bearing: z.number().min(-360).max(360).optional(),
    pitch: z.number().min(0).max(85).optional(),
  })
  .strict()
  .describe('A camera for the event; without it the map fits the event places.');

export const factSchema = z
  .object({
    label: textSchema,
    value: z.number(),
    unit: textSchema,
    year: z.number().int().optional(),
    paragraph: id.optional().describe('The paragraph that states the figure.'),
  })
  .strict()
  .meta({ id: 'Fact' });

export const paragraphSchema = z
  .object({
    id,
    section: id.optional(),
    zh: z.string().trim().min(1, MESSAGES.zhEmpty.en),
    en: z.string().trim().min(1, MESSAGES.enEmpty.en),
  })
  .strict()
  .meta({ id: 'Paragraph' });

export const sectionSchema = z.object({ id, label: textSchema, title: textSchema.optional() }).strict();

export const placeSchema = z
  .object({
    id,
    name: textSchema,
    coordinates: lonLat,
    kind: z.enum(PLACE_KINDS),
    description: textSchema.optional(),
  })
  .strict()
  .meta({ id: 'Place' });

export const routeSchema = z
  .object({
    id,
    name: textSchema,
    places: z.array(id).min(2, MESSAGES.routePlaces.en),
    modes: z
      .array(z.enum(MODES))
      .min(1)
      .describe('The mode of each leg: one entry per pair of consecutive places.'),
    description: textSchema.optional(),
  })
  .strict()
  .meta({ id: 'Route' });

export const eventSchema = z
  .object({
    id,
    date: isoDate,
    end: isoDate.optional(),
    precision: z.enum(PRECISIONS),
    dateNote: textSchema.optional().describe('Where the date comes from when the article does not state it.'),
    title: textSchema,
    summary: textSchema,
    places: z.array(id),
    routes: z.array(id).optional(),
    paragraphs: z.array(id).min(1, MESSAGES.eventParagraphs.en),
    category: z.enum(CATEGORIES),
    view: viewSchema.optional(),
    facts: z.array(factSchema).optional(),
    notes: textSchema.optional().describe('Notes for a presenter.'),
  })
  .strict()
  .meta({ id: 'Event' });

export const sourceSchema = z
  .object({
    publisher: textSchema,
    date: isoDate,
    dateline: textSchema.optional(),
    byline: textSchema,
    originalTitle: textSchema,
    url: z.string().url().optional(),
  })
  .strict();

export const storySchema = z
  .object({
    $schema: z.string().optional(),
    title: textSchema,
    subtitle: textSchema.optional(),
    source: sourceSchema,
    sections: z.array(sectionSchema).optional(),
    paragraphs: z.array(paragraphSchema).min(1, MESSAGES.storyParagraphs.en),
    places: z.array(placeSchema),
    routes: z.array(routeSchema).optional(),
    events: z.array(eventSchema).min(1, MESSAGES.storyEvents.en),
  })
  .strict();

export type Lang = (typeof LANGS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Mode = (typeof MODES)[number];
export type Text = z.infer<typeof textSchema>;
export type View = z.infer<typeof viewSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Route = z.infer<typeof routeSchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type Story = z.infer<typeof storySchema>;
