import type { NormalisedStory } from './normalise';
import type { Lang } from './schema';

export type SearchHit =
  | { kind: 'event'; id: string; label: string }
  | { kind: 'place'; id: string; label: string }
  | { kind: 'paragraph'; id: string; label: string };

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

function snippet(text: string, at: number, length: number): string {
  const start = Math.max(0, at - 20);
  const end = Math.min(text.length, at + length + 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Finds events, places and paragraphs whose Chinese or English text contains the query. */
export function searchStory(story: NormalisedStory, query: string, lang: Lang, limit = 12): SearchHit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const hits: SearchHit[] = [];
  const matches = (...texts: string[]) => texts.some((x) => fold(x).includes(q));
  for (const e of story.events) {
    if (matches(e.title.zh, e.title.en, e.summary.zh, e.summary.en))
      hits.push({ kind: 'event', id: e.id, label: e.title[lang] });
  }
  for (const p of story.story.places) {
    if (matches(p.name.zh, p.name.en, p.id)) hits.push({ kind: 'place', id: p.id, label: p.name[lang] });
  }
  for (const p of story.story.paragraphs) {
    const own = fold(p[lang]).indexOf(q);
    const other = lang === 'zh' ? 'en' : 'zh';
    const at = own >= 0 ? own : fold(p[other]).indexOf(q);
    if (at >= 0)
      hits.push({ kind: 'paragraph', id: p.id, label: snippet(own >= 0 ? p[lang] : p[other], at, q.length) });
  }
  return hits.slice(0, limit);
}
