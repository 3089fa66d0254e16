import { parseStoryDate } from '../story/date';
import { parseFreeDate } from './dates';
import { type Draft, type DraftEvent, emptyTally, type Note } from './draft';
import { htmlLine } from './html-text';
import { asObject, asString, mediaNote, readLocation, slideText } from './timelinejs';

/** A gigapixel story places its slides on a picture: its coordinates are not places on Earth. */
export function isGigapixel(storymap: Record<string, unknown>): boolean {
  return storymap.map_type === 'zoomify' || storymap.map_as_image === true || storymap.zoomify !== undefined;
}

/**
 * A StoryMapJS story map as a draft story: overview slides give the title and the text around the
 * events, every other slide is an event at its location, with its free-text date read where it is one.
 */
export function storyMapDraft(storymap: Record<string, unknown>): Draft {
  const tally = emptyTally();
  const slides = (Array.isArray(storymap.slides) ? storymap.slides : []).map(asObject);
  const events: DraftEvent[] = [];
  const intro: string[] = [];
  const closing: string[] = [];
  const overviewMedia: Note[] = [];
  let title: string | undefined;
  let year: number | undefined;
  for (const slide of slides) {
    const { headline, paragraphs } = slideText(slide);
    if (slide.background !== undefined) tally.styling++;
    const dateText = htmlLine(asString(slide.date));
    const date = dateText ? parseFreeDate(dateText, year) : undefined;
    if (date) year = parseStoryDate(date.start.iso)?.year;
    if (slide.type === 'overview') {
      // The first overview names the story; later ones (often a closing slide) are text around the events.
      const around = events.length ? closing : intro;
      if (title === undefined && headline) title = headline;
      else if (headline) around.push(headline);
      around.push(...paragraphs);
      const media = mediaNote(slide.media, tally, 'titleMedia');
      if (media) overviewMedia.push(media);
      continue;
    }
    const media = mediaNote(slide.media, tally);
    const location = readLocation(slide.location, tally);
    if (!headline && paragraphs.length === 0 && !dateText) {
      tally.emptySlides++;
      continue;
    }
    if (date?.yearFromContext) tally.yearsFromContext++;
    events.push({
      start: date?.start,
      end: date?.end,
      headline,
      paragraphs,
      ...(dateText ? { dateText } : {}),
      notes: media ? [media] : [],
      ...(location ? { location } : {}),
    });
  }
  // The story has no notes of its own: the overviews' media go with the first event's.
  events[0]?.notes.unshift(...overviewMedia);
  const byline = htmlLine(asString(storymap.attribution));
  if (storymap.map_type !== undefined || storymap.map_style !== undefined) tally.styling++;
  return {
    format: 'storymapjs',
    ...(title ? { title } : {}),
    intro,
    closing,
    events,
    tally,
    ...(byline ? { byline } : {}),
  };
}
