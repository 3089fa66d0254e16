import type { TextMode } from '../store/store';
import type { NormalisedStory, TimedEvent } from '../story/normalise';
import type { Lang } from '../story/schema';

export interface PassageText {
  lang: Lang;
  paragraphs: { id: string; text: string }[];
}

/** The paragraphs an event links, in each language the reader chose (Chinese first when both). */
export function passageOf(story: NormalisedStory, event: TimedEvent, text: TextMode): PassageText[] {
  const langs: Lang[] = text === 'both' ? ['zh', 'en'] : [text];
  return langs.map((lang) => ({
    lang,
    paragraphs: event.paragraphs.flatMap((id) => {
      const p = story.paragraphsById.get(id);
      return p ? [{ id, text: p[lang] }] : [];
    }),
  }));
}

/** A piece a slide's passage can be cut after: a paragraph in one language, or a run of its sentences. */
export interface PassageAtom {
  lang: Lang;
  id: string;
  text: string;
}

/** The passage as pieces in reading order: in both languages, each paragraph's Chinese then its English. */
function atomsOf(passage: PassageText[]): PassageAtom[] {
  const count = Math.max(0, ...passage.map((p) => p.paragraphs.length));
  const atoms: PassageAtom[] = [];
  for (let i = 0; i < count; i++) {
    for (const { lang, paragraphs } of passage) {
      const p = paragraphs[i];
      if (p) atoms.push({ lang, id: p.id, text: p.text });
    }
  }
  return atoms;
}

/** A paragraph's sentences, each with its closing punctuation and following space. */
export function sentences(text: string, lang: Lang): string[] {
  // Chinese full stop, exclamation, question mark and semicolon, then closing quotes or brackets (escaped: no stored glyphs needed).
  const pattern =
    lang === 'zh'
      ? /[^\u3002\uff01\uff1f\uff1b]+[\u3002\uff01\uff1f\uff1b]*[\u201d\u2019\u300d\uff09]*/g
      : /[^.!?;]+(?:[.!?;]+["\u201d\u2019)]*\s*|$)/g;
  const found = text.match(pattern)?.filter((s) => s.trim() !== '');
  return found && found.length > 0 ? found : [text];
}

/** What a part shows: each language's paragraphs in the passage's order, pieces of one paragraph joined. */
function assemble(atoms: PassageAtom[], langs: Lang[]): PassageText[] {
  return langs.flatMap((lang) => {
    const paragraphs: { id: string; text: string }[] = [];
    for (const atom of atoms) {
      if (atom.lang !== lang) continue;
      const last = paragraphs.at(-1);
      if (last?.id === atom.id) last.text += atom.text;
      else paragraphs.push({ id: atom.id, text: atom.text });
    }
    return paragraphs.length > 0
      ? [{ lang, paragraphs: paragraphs.map((p) => ({ ...p, text: p.text.trim() })) }]
      : [];
  });
}

/**
 * Cuts a passage into the parts of a slide (12a, 12b…), each holding as much as `fits` allows, cut
 * between paragraphs where it can and between sentences where a paragraph alone is too long.
 */
export function splitPassage(
  passage: PassageText[],
  fits: (part: PassageText[]) => boolean,
): PassageText[][] {
  const langs = passage.map((p) => p.lang);
  const queue = atomsOf(passage);
  const parts: PassageAtom[][] = [];
  let current: PassageAtom[] = [];
  for (let atom = queue.shift(); atom; atom = queue.shift()) {
    const tried = [...current, atom];
    if (fits(assemble(tried, langs))) {
      current = tried;
    } else if (current.length > 0) {
      parts.push(current);
      current = [];
      queue.unshift(atom);
    } else {
      const pieces = sentences(atom.text, atom.lang);
      // A single sentence longer than a slide still gets a slide of its own.
      if (pieces.length > 1) queue.unshift(...pieces.map((text) => ({ ...atom, text })));
      else parts.push([atom]);
    }
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  return parts.map((part) => assemble(part, langs));
}

/** The label of a part of slide n: "12" alone, "12a", "12b" when it continues. */
export function partLabel(n: number, part: number, parts: number): string {
  return parts > 1 ? `${n}${String.fromCharCode(97 + Math.min(part, 25))}` : String(n);
}

/** Where the article tells the event: the section of its first paragraph, e.g. "Part II · Practical Cooperation". */
export function sectionOf(story: NormalisedStory, event: TimedEvent, lang: Lang): string | null {
  const sectionId = event.paragraphs.map((id) => story.paragraphsById.get(id)?.section).find(Boolean);
  const section = story.story.sections?.find((s) => s.id === sectionId);
  if (!section) return null;
  // Chinese labels carry their own brackets: "（二）务实合作".
  const separator = lang === 'zh' ? '' : ' · ';
  return section.title ? `${section.label[lang]}${separator}${section.title[lang]}` : section.label[lang];
}

/** Characters of an excerpt: Chinese says as much in far fewer characters. */
const EXCERPT_CHARS: Record<Lang, number> = { zh: 90, en: 220 };

/** The start of a text for a glance: English is cut at a space, Chinese anywhere. */
export function excerpt(text: string, lang: Lang): string {
  const max = EXCERPT_CHARS[lang];
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = lang === 'en' ? cut.lastIndexOf(' ') : -1;
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:，；：、]+$/, '')}…`;
}

/** A clock reading: "4:05", or "1:02:09" past the hour. */
export function formatElapsed(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
