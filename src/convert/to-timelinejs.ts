import { parseStoryDate, type StoryDate } from '../story/date';
import type { Lang, Story, StoryEvent } from '../story/schema';

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
  /** StoryMapJS's shape: TimelineJS ignores it, and our import reads the place back. */
  location?: { lat: number; lon: number; name: string };
}

export interface TimelineJs {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
}

/** TimelineJS writes -138 for 138 BCE; the format counts years astronomically (-137). */
function toTimelineJsDate(date: StoryDate): TimelineJsDate {
  const out: TimelineJsDate = { year: date.year <= 0 ? date.year - 1 : date.year };
  if (date.month !== undefined) out.month = date.month;
  if (date.day !== undefined) out.day = date.day;
  if (date.hour !== undefined) out.hour = date.hour;
  if (date.minute !== undefined) out.minute = date.minute;
  return out;
}

/** TimelineJS shows slide text as HTML, so the story's plain text is escaped, paragraph by paragraph. */
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
const html = (paragraphs: string[]) => paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');

export interface ExportOptions {
  lang: Lang;
  /** The article's paragraphs that tell each event, after its summary; without them, the summary only. */
  passages?: boolean;
}

/**
 * A story as TimelineJS3 JSON that TimelineJS opens: a title slide and one slide per event, in one
 * language, with each event's first place as a StoryMapJS-style location.
 */
export function toTimelineJs(story: Story, { lang, passages = true }: ExportOptions): TimelineJs {
  const paragraphs = new Map(story.paragraphs.map((p) => [p.id, p[lang]]));
  const places = new Map(story.places.map((p) => [p.id, p]));
  const slide = (e: StoryEvent): TimelineJsSlide => {
    // The story passed validation, so its dates parse.
    const start = parseStoryDate(e.date) as StoryDate;
    const end = e.end ? parseStoryDate(e.end) : null;
    const place = places.get(e.places[0] ?? '');
    const passage = passages ? e.paragraphs.flatMap((id) => paragraphs.get(id) ?? []) : [];
    return {
      start_date: toTimelineJsDate(start),
      ...(end ? { end_date: toTimelineJsDate(end) } : {}),
      text: { headline: escapeHtml(e.title[lang]), text: html([e.summary[lang], ...passage]) },
      group: e.category,
      unique_id: e.id,
      ...(place
        ? { location: { lat: place.coordinates[1], lon: place.coordinates[0], name: place.name[lang] } }
        : {}),
    };
  };
  return {
    title: {
      text: {
        headline: escapeHtml(story.title[lang]),
        text: html(story.subtitle ? [story.subtitle[lang]] : []),
      },
    },
    events: story.events.map(slide),
  };
}
