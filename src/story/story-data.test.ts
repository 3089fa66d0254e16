import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGlossary, parseGlossaryText } from './glossary';
import { normaliseStory } from './normalise';
import { formatProblem } from './problem';
import type { Story } from './schema';
import { validateStory } from './validate';

/** The curated story against the article exactly as received (data/source/article-zh.txt). */
const source = readFileSync('data/source/article-zh.txt', 'utf8');
const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as Story;
const strip = (s: string) => s.replace(/\s+/g, '');
const flat = strip(source);
// The body ends where the dateline, byline and title begin.
const body = flat.slice(0, flat.indexOf('（新华社北京'));

describe('data/story.json', () => {
  it('is a valid story', () => {
    const result = validateStory(story);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('quotes every paragraph verbatim: only whitespace removed', () => {
    for (const p of story.paragraphs) {
      expect(p.zh, p.id).toBe(strip(p.zh));
      expect(flat.includes(p.zh), `${p.id} is not in the source: ${p.zh.slice(0, 20)}`).toBe(true);
    }
  });

  it('covers the whole body of the article, in order, with the section marks between', () => {
    const marks = new Map((story.sections ?? []).map((s) => [s.id, s.label.zh]));
    let rebuilt = '';
    let section: string | undefined;
    for (const p of story.paragraphs) {
      if (p.section !== section && p.section) rebuilt += marks.get(p.section) ?? '';
      section = p.section;
      rebuilt += p.zh;
    }
    expect(rebuilt).toBe(body);
  });

  it('renders every term of data/glossary.json as the glossary says, wherever the Chinese holds it', () => {
    const glossary = parseGlossaryText(readFileSync('data/glossary.json', 'utf8'));
    if (!glossary.ok) throw new Error(glossary.problems.map(formatProblem).join('\n'));
    expect(glossary.glossary.terms.length).toBeGreaterThanOrEqual(100);
    expect(checkGlossary(story, glossary.glossary).map(formatProblem)).toEqual([]);
  });

  it('keeps the title and byline out of the paragraphs', () => {
    expect(flat).toContain(strip(story.title.zh));
    expect(story.paragraphs.some((p) => p.zh.includes('新华社'))).toBe(false);
  });

  it('has at least 30 events and 20 places, every paragraph told by an event, every place and route used', () => {
    const n = normaliseStory(story);
    expect(story.events.length).toBeGreaterThanOrEqual(30);
    expect(story.places.length).toBeGreaterThanOrEqual(20);
    expect(story.paragraphs.filter((p) => !n.eventsByParagraph.has(p.id)).map((p) => p.id)).toEqual([]);
    const usedRoutes = new Set(story.events.flatMap((e) => e.routes ?? []));
    const routePlaces = new Set((story.routes ?? []).flatMap((r) => r.places));
    expect(
      story.places.filter((p) => !n.eventsByPlace.has(p.id) && !routePlaces.has(p.id)).map((p) => p.id),
    ).toEqual([]);
    expect((story.routes ?? []).filter((r) => !usedRoutes.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('notes where every date not stated in the text comes from', () => {
    // Day-level dates of the context (not the trip itself) come from the public record.
    const undated = story.events.filter(
      (e) => ['century', 'part-of-day'].includes(e.precision) && !e.dateNote,
    );
    expect(undated.map((e) => e.id)).toEqual([]);
  });
});
