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
