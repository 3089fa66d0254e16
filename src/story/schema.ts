import { z } from 'zod/mini';
import { CATEGORIES, ISO_DATE_PATTERN, LANGS, MESSAGES, MODES, PLACE_KINDS, PRECISIONS } from './format';

/**
 * The one definition of the story format: types, JSON Schema and messages derive from it.
 * zod's mini build: the same schemas in a third of the bytes the app ships.
 */

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

export type { Category, Lang, Mode, Precision } from './format';
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
