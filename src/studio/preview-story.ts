import { parseStoryDate } from '../story/date';
import { CATEGORIES, declaredLanguages, MODES, PLACE_KINDS, PRECISIONS } from '../story/format';
import { type NormalisedStory, normaliseStory } from '../story/normalise';
import type { Story, StoryFile, Text } from '../story/schema';

type LooseText = { zh?: string; en?: string } | undefined;

/** A text in both languages: a missing or empty one stands in with the other, so views never read `undefined`. */
function filled(t: LooseText): Text {
  const zh = t?.zh?.trim() ? t.zh : undefined;
  const en = t?.en?.trim() ? t.en : undefined;
  return { zh: zh ?? en ?? '', en: en ?? zh ?? '' };
}

const optional = (t: LooseText): Text | undefined => (t && (t.zh || t.en) ? filled(t) : undefined);

const inRange = (n: unknown, limit: number): n is number =>
  typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= limit;

const firstOf = <T>(items: readonly T[], key: (item: T) => string): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
};

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * What the preview can show of a draft while it is being written: everything that is already
 * valid. Places without coordinates, events without a date that reads, and links to what does not
 * exist yet are left out, rather than the preview going blank at every half-typed field.
 * Null until there is a paragraph and a dated event to show.
 */
export function previewStory(draft: StoryFile): NormalisedStory | null {
  const paragraphs = firstOf(draft.paragraphs ?? [], (p) => p.id).map((p) => ({
    ...p,
    ...filled(p),
  }));
  const places = firstOf(draft.places ?? [], (p) => p.id)
    .filter((p) => inRange(p.coordinates?.[0], 180) && inRange(p.coordinates?.[1], 90))
    .map((p) => ({
      ...p,
      kind: oneOf(p.kind, PLACE_KINDS, 'city'),
      name: filled(p.name),
      description: optional(p.description),
    }));
  const placeIds = new Set(places.map((p) => p.id));
  const routes = firstOf(draft.routes ?? [], (r) => r.id)
    .map((r) => {
      const stops = (r.places ?? []).filter((id) => placeIds.has(id));
      const modes = stops.slice(1).map((_, i) => oneOf(r.modes?.[i], MODES, 'road'));
      return { ...r, name: filled(r.name), description: optional(r.description), places: stops, modes };
    })
    .filter((r) => r.places.length >= 2);
  const routeIds = new Set(routes.map((r) => r.id));
  const paragraphIds = new Set(paragraphs.map((p) => p.id));
  const events = firstOf(draft.events ?? [], (e) => e.id)
    .filter((e) => typeof e.date === 'string' && parseStoryDate(e.date))
    .map((e) => ({
      ...e,
      end: e.end && parseStoryDate(e.end) ? e.end : undefined,
      precision: oneOf(e.precision, PRECISIONS, 'day'),
      category: oneOf(e.category, CATEGORIES, 'diplomacy'),
      title: filled(e.title),
      summary: filled(e.summary),
      dateNote: optional(e.dateNote),
      notes: optional(e.notes),
      places: (e.places ?? []).filter((id) => placeIds.has(id)),
      routes: (e.routes ?? []).filter((id) => routeIds.has(id)),
      paragraphs: (e.paragraphs ?? []).filter((id) => paragraphIds.has(id)),
      facts: (e.facts ?? [])
        .filter((f) => Number.isFinite(f.value))
        .map((f) => ({ ...f, label: filled(f.label), unit: filled(f.unit) })),
    }));
  if (paragraphs.length === 0 || events.length === 0) return null;
  const source = draft.source;
  const story: Story = {
    languages: declaredLanguages(draft),
    title: filled(draft.title),
    subtitle: optional(draft.subtitle),
    source: {
      publisher: filled(source?.publisher),
      date: source?.date && parseStoryDate(source.date) ? source.date : (events[0]?.date ?? '2000'),
      byline: filled(source?.byline),
      originalTitle: filled(source?.originalTitle),
      dateline: optional(source?.dateline),
    },
    sections: (draft.sections ?? []).map((s) => ({ ...s, label: filled(s.label), title: optional(s.title) })),
    paragraphs,
    places,
    routes,
    events,
  };
  return normaliseStory(story);
}
