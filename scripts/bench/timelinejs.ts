import { parseStoryDate, type StoryDate } from '../../src/story/date';
import type { Story } from '../../src/story/schema';

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
}

/** Stories count years astronomically (0 is 1 BCE); TimelineJS writes -138 for 138 BCE. */
function toTimelineJsDate(date: StoryDate): TimelineJsDate {
  const out: TimelineJsDate = { year: date.year <= 0 ? date.year - 1 : date.year };
  if (date.month !== undefined) out.month = date.month;
  if (date.day !== undefined) out.day = date.day;
  return out;
}

/** The story's events as a TimelineJS3 timeline, in English: what a reader would otherwise be shown. */
export function toTimelineJs(story: Story): { events: TimelineJsEvent[] } {
  return {
    events: story.events.map((e) => {
      // The story passed validation, so its dates parse.
      const start = parseStoryDate(e.date) as StoryDate;
      const end = e.end ? parseStoryDate(e.end) : null;
      return {
        start_date: toTimelineJsDate(start),
        ...(end ? { end_date: toTimelineJsDate(end) } : {}),
        text: { headline: e.title.en, text: e.summary.en },
      };
    }),
  };
}
