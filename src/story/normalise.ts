import { parseStoryDate, type StoryDate } from './date';
import { declaredLanguages } from './format';
import type { Lang, Paragraph, Place, Route, Story, StoryEvent, StoryFile } from './schema';

const KIND_RANK: Record<Place['kind'], number> = {
  capital: 1,
  country: 1,
  region: 1,
  city: 2,
  port: 2,
  site: 3,
  project: 3,
};

/** How much a place matters on the map: the story's own rank, or its kind's. */
export const placeRank = (place: Place): number => place.rank ?? KIND_RANK[place.kind];

export interface TimedEvent extends StoryEvent {
  start: StoryDate;
  /** Instant of the end, or of the start when the event has no end. */
  endTime: number;
  /** Position in time order. */
  index: number;
}

/** A validated story with the lookups every view needs, computed once. */
export interface NormalisedStory {
  /** Every text in both languages: a one-language story's text stands in for the other. */
  story: Story;
  /** The languages the story is written in. */
  languages: Lang[];
  /** Events in time order (ties keep the author's order). */
  events: TimedEvent[];
  eventsById: Map<string, TimedEvent>;
  placesById: Map<string, Place>;
  routesById: Map<string, Route>;
  paragraphsById: Map<string, Paragraph>;
  eventsByParagraph: Map<string, TimedEvent[]>;
  eventsByPlace: Map<string, TimedEvent[]>;
  timeExtent: [number, number];
  /** [west, south, east, north] of all places. */
  bounds: [number, number, number, number];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A one-language story with its text in both languages, so every view reads `text[lang]` whatever
 * the reader's interface language. The only objects with a `zh` or an `en` in the format are texts
 * and paragraphs, so the story is copied generically; text in a language the story does not declare
 * gives way to the story's own.
 */
export function fillLanguages(file: StoryFile): Story {
  const languages = declaredLanguages(file);
  const [only] = languages;
  if (languages.length > 1 || !only) return file as Story;
  const fill = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(fill);
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fill(v);
    const text = out[only];
    if (typeof text === 'string') {
      out.zh = text;
      out.en = text;
    }
    return out;
  };
  return fill(file) as Story;
}

/** The language a story's text is in for a reader of `lang`: theirs when the story has it. */
export const textLang = (story: NormalisedStory, lang: Lang): Lang =>
  story.languages.includes(lang) ? lang : (story.languages[0] ?? lang);

export function normaliseStory(file: StoryFile): NormalisedStory {
  const story = fillLanguages(file);
  const events = story.events
    .map((e, order) => {
      // Validation guarantees the dates parse.
      const start = parseStoryDate(e.date) as StoryDate;
      const end = e.end ? parseStoryDate(e.end) : null;
      return { ...e, start, endTime: end?.time ?? start.time, index: 0, order };
    })
    .sort((a, b) => a.start.time - b.start.time || a.order - b.order)
    .map(({ order: _order, ...e }, index): TimedEvent => ({ ...e, index }));

  const eventsByParagraph = new Map<string, TimedEvent[]>();
  const eventsByPlace = new Map<string, TimedEvent[]>();
  for (const e of events) {
    for (const p of e.paragraphs) push(eventsByParagraph, p, e);
    for (const p of e.places) push(eventsByPlace, p, e);
  }
  const lons = story.places.map((p) => p.coordinates[0]);
  const lats = story.places.map((p) => p.coordinates[1]);
  const first = events[0]?.start.time ?? 0;
  return {
    story,
    languages: declaredLanguages(file),
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    placesById: new Map(story.places.map((p) => [p.id, p])),
    routesById: new Map((story.routes ?? []).map((r) => [r.id, r])),
    paragraphsById: new Map(story.paragraphs.map((p) => [p.id, p])),
    eventsByParagraph,
    eventsByPlace,
    timeExtent: [first, Math.max(first, ...events.map((e) => e.endTime))],
    bounds: lons.length
      ? [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]
      : // No places (an imported timeline): the inhabited world, with room for the map's margins.
        [-160, -55, 160, 72],
  };
}
