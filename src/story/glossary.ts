import { z } from 'zod/mini';
import { type Problem, problem } from './problem';
import type { Story } from './schema';
import { describeIssue, formatPath, parseJsonText } from './validate';

/**
 * A story's glossary: each recurring Chinese term or name with its one English rendering.
 * `npm run check-story` warns where a text whose Chinese holds a term renders it otherwise.
 */
const nonEmpty = z.string().check(z.trim(), z.minLength(1));

const glossaryTermSchema = z
  .strictObject({
    zh: nonEmpty.check(z.describe('The term as the Chinese writes it.')),
    en: nonEmpty.check(z.describe('Its one English rendering.')),
    forms: z.optional(
      z
        .array(nonEmpty)
        .check(z.describe('Other grammatical forms of the same rendering: "Tajik" for "Tajikistan".')),
    ),
    places: z.optional(
      z
        .array(nonEmpty)
        .check(
          z.describe(
            'Place ids: the rendering holds only in texts tied to one of them (an event at the place, a paragraph such an event links, the place itself).',
          ),
        ),
    ),
    note: z.optional(z.string().check(z.describe('Why this rendering, for the next author.'))),
  })
  .check(z.meta({ id: 'GlossaryTerm' }));

export const glossarySchema = z.strictObject({
  $schema: z.optional(z.string()),
  terms: z.array(glossaryTermSchema),
});

export type Glossary = z.infer<typeof glossarySchema>;

export type GlossaryResult = { ok: true; glossary: Glossary } | { ok: false; problems: Problem[] };

export function parseGlossaryText(text: string): GlossaryResult {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const parsed = glossarySchema.safeParse(json.data, { reportInput: true });
  if (parsed.success) return { ok: true, glossary: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => problem(formatPath(issue.path), ...describeIssue(issue))),
  };
}

/** The Chinese joins names (中国, a dash, 中亚) with several dash characters; they all count as one. */
const dashes = (s: string) => s.replace(/[\uFF0D\u2014\u2013\u2010\u2011-]/g, '-');

/** A rendering as a pattern that also accepts its words capitalised, as titles and sentence starts write them. */
function pattern(en: string): RegExp {
  const escaped = en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = escaped.replace(
    /(^|[^\p{L}\p{N}'\u2019])(\p{Ll})/gu,
    (_, before: string, letter: string) => `${before}[${letter}${letter.toUpperCase()}]`,
  );
  return new RegExp(source, 'u');
}

interface Pair {
  /** JSON path of the object holding `zh` and `en`. */
  path: string;
  id: string | undefined;
  zh: string;
  en: string;
  places: ReadonlySet<string>;
}

function collect(
  value: unknown,
  path: string,
  id: string | undefined,
  places: ReadonlySet<string>,
  out: Pair[],
) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collect(item, `${path}[${i}]`, id, places, out);
    });
    return;
  }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.zh === 'string' && typeof o.en === 'string')
    out.push({ path, id, zh: o.zh, en: o.en, places });
  for (const [key, v] of Object.entries(o)) {
    if (key !== 'zh' && key !== 'en') collect(v, path ? `${path}.${key}` : key, id, places, out);
  }
}

/** Every text of the story in both languages, with the places it is tied to. */
function pairs(story: Story): Pair[] {
  const { paragraphs, places, routes = [], events, ...rest } = story;
  const atParagraph = new Map<string, Set<string>>();
  for (const e of events) {
    for (const p of e.paragraphs) atParagraph.set(p, new Set([...(atParagraph.get(p) ?? []), ...e.places]));
  }
  const out: Pair[] = [];
  collect(rest, '', undefined, new Set(), out);
  paragraphs.forEach((p, i) => {
    collect(p, `paragraphs[${i}]`, p.id, atParagraph.get(p.id) ?? new Set(), out);
  });
  places.forEach((p, i) => {
    collect(p, `places[${i}]`, p.id, new Set([p.id]), out);
  });
  routes.forEach((r, i) => {
    collect(r, `routes[${i}]`, r.id, new Set(r.places), out);
  });
  events.forEach((e, i) => {
    collect(e, `events[${i}]`, e.id, new Set(e.places), out);
  });
  return out;
}

/** Where the Chinese holds `key`, as [start, end) spans. */
function spans(text: string, key: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) out.push([at, at + key.length]);
  return out;
}

/** Where a text's Chinese holds a glossary term and its English lacks the term's rendering. */
export function checkGlossary(story: Story, glossary: Glossary): Problem[] {
  const terms = glossary.terms.map((t) => ({
    ...t,
    key: dashes(t.zh),
    patterns: [t.en, ...(t.forms ?? [])].map(pattern),
    wanted: [t.en, ...(t.forms ?? [])].map((f) => `"${f}"`).join(' or '),
  }));
  const problems: Problem[] = [];
  for (const text of pairs(story)) {
    const zh = dashes(text.zh);
    const found = terms
      .filter((t) => !t.places || t.places.some((p) => text.places.has(p)))
      .map((t) => ({ t, at: spans(zh, t.key) }))
      .filter((f) => f.at.length > 0);
    // A term inside a longer one (俄罗斯 in 白俄罗斯) is the longer term's to render.
    const inLonger = ([start, end]: [number, number]) =>
      found.some((f) => f.t.key.length > end - start && f.at.some(([s, e]) => s <= start && end <= e));
    for (const { t, at } of found) {
      if (at.every(inLonger) || t.patterns.some((p) => p.test(text.en))) continue;
      const where = text.id ? ` (${text.id})` : '';
      problems.push(
        problem(
          `${text.path}.en`,
          `"${t.zh}" should be rendered ${t.wanted}${where}`,
          `"${t.zh}" 应译为 ${t.wanted}${where}`,
        ),
      );
    }
  }
  return problems;
}
