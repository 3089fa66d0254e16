import Fuse from 'fuse.js';
import type { NormalisedStory } from './normalise';
import type { Lang, Text } from './schema';

export type SearchHit =
  | { kind: 'event'; id: string; label: string }
  | { kind: 'place'; id: string; label: string; events: number }
  | { kind: 'paragraph'; id: string; label: string };

/** Case, character width and accents folded: a query typed without accents still finds an accented name. */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function snippet(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 20);
  const end = Math.min(text.length, at + length + 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

const both = (t: Text | undefined) => (t ? [t.zh, t.en] : []);

interface Entry {
  hit: (lang: Lang) => SearchHit;
  /** Names weigh most in a fuzzy match, descriptions and notes least. */
  names: string[];
  texts: string[];
}

/** Shorter queries match too much when spelled loosely; Chinese is not misspelled letter by letter. */
const fuzzyQuery = (q: string) => q.length >= 4 && !/\p{Script=Han}/u.test(q);

/**
 * An index of the story for the search box: events (titles, summaries, notes and date notes),
 * places and paragraphs in both languages. Exact matches come first; for the rest it forgives
 * small misspellings of event and place names ("Kazakstan").
 */
export function storySearch(story: NormalisedStory) {
  const entries: Entry[] = [
    ...story.events.map((e) => ({
      hit: (lang: Lang): SearchHit => ({ kind: 'event', id: e.id, label: e.title[lang] }),
      names: both(e.title),
      texts: [...both(e.summary), ...both(e.notes), ...both(e.dateNote)],
    })),
    ...story.story.places.map((p) => ({
      hit: (lang: Lang): SearchHit => ({
        kind: 'place',
        id: p.id,
        label: p.name[lang],
        events: story.eventsByPlace.get(p.id)?.length ?? 0,
      }),
      names: [...both(p.name), p.id],
      texts: both(p.description),
    })),
  ];
  const fuzzy = new Fuse(entries, {
    keys: [
      { name: 'names', weight: 3 },
      { name: 'texts', weight: 1 },
    ],
    threshold: 0.3,
    ignoreLocation: true,
    minMatchCharLength: 3,
    getFn: (entry, path) => {
      const key = Array.isArray(path) ? path[0] : path;
      return (key === 'names' ? entry.names : entry.texts).map(fold);
    },
  });

  return (query: string, lang: Lang, limit = 12): SearchHit[] => {
    const q = fold(query.trim());
    if (!q) return [];
    const exact = entries.filter((e) => [...e.names, ...e.texts].some((t) => fold(t).includes(q)));
    const loose = fuzzyQuery(q) ? fuzzy.search(q, { limit }).map((r) => r.item) : [];
    const hits = [...new Set([...exact, ...loose])].map((e) => e.hit(lang));
    for (const p of story.story.paragraphs) {
      const other = lang === 'zh' ? 'en' : 'zh';
      const own = fold(p[lang]).indexOf(q);
      const at = own >= 0 ? own : fold(p[other]).indexOf(q);
      if (at >= 0)
        hits.push({
          kind: 'paragraph',
          id: p.id,
          label: snippet(own >= 0 ? p[lang] : p[other], at, q.length),
        });
    }
    return hits.slice(0, limit);
  };
}

export type StorySearch = ReturnType<typeof storySearch>;
