import { MAX_STORY_BYTES, tooLarge } from '../story/load';
import { type Problem, problem } from '../story/problem';
import type { StoryFile } from '../story/schema';
import { parseJsonText } from '../story/validate';
import { buildStory, type ConversionReport, type ConvertOptions, type Draft } from './draft';
import { isGigapixel, storyMapDraft } from './storymapjs';
import { timelineJsDraft } from './timelinejs';
import { looksLikeTimelineCsv, timelineCsvDraft } from './timelinejs-csv';

export type { ConversionReport, ConvertOptions, SourceFormat } from './draft';

export type DetectedFormat = 'story' | 'timelinejs' | 'timelinejs-csv' | 'storymapjs';

export type ImportResult =
  | { ok: true; format: 'story'; data: unknown }
  | { ok: true; format: Exclude<DetectedFormat, 'story'>; story: StoryFile; report: ConversionReport }
  | { ok: false; problems: Problem[] };

const fail = (en: string, zh: string): ImportResult => ({ ok: false, problems: [problem('(file)', en, zh)] });

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);

/** TimelineJS2's `{ timeline: { headline, date: [...] } }`, still seen in old examples, in TimelineJS3's shape. */
function olderTimeline(timeline: Loose): Loose {
  const slide = (s: Loose) => {
    const [year, month, day] = String(s.startDate ?? '').split(',');
    const [endYear, endMonth, endDay] = String(s.endDate ?? '').split(',');
    const asset = isObject(s.asset) ? s.asset : {};
    return {
      start_date: { year, month, day },
      ...(endYear ? { end_date: { year: endYear, month: endMonth, day: endDay } } : {}),
      text: { headline: s.headline, text: s.text },
      media: { url: asset.media, credit: asset.credit, caption: asset.caption },
      group: s.tag,
    };
  };
  const dates = Array.isArray(timeline.date) ? timeline.date.filter(isObject) : [];
  const eras = Array.isArray(timeline.era) ? timeline.era : [];
  return {
    title: { text: { headline: timeline.headline, text: timeline.text } },
    events: dates.map(slide),
    eras,
  };
}

/** Fields only a story of this app's format has (TimelineJS slides have `start_date` and `text`). */
const STORY_FIELDS = ['paragraphs', 'source', 'places', 'languages', '$schema'];

/** What a file holds, read from its content, not its name. */
function draftOf(data: unknown): Draft | 'story' | 'gigapixel' | undefined {
  if (!isObject(data)) return undefined;
  if (isObject(data.storymap)) return isGigapixel(data.storymap) ? 'gigapixel' : storyMapDraft(data.storymap);
  const slides =
    Array.isArray(data.events) &&
    data.events.some((e) => isObject(e) && ('start_date' in e || isObject(e.text)));
  if (slides) return timelineJsDraft(data);
  // Even a broken story of ours is one: its own validation says what is wrong with it.
  if (STORY_FIELDS.some((field) => field in data)) return 'story';
  if (Array.isArray(data.events)) return timelineJsDraft(data);
  if (isObject(data.timeline) && Array.isArray(data.timeline.date))
    return timelineJsDraft(olderTimeline(data.timeline));
  return undefined;
}

/**
 * Reads a file's text as a story: one of ours (returned as parsed JSON, for the usual validation)
 * or a TimelineJS, TimelineJS spreadsheet or StoryMapJS file, converted with a report of what came
 * across. Broken input gets a clear problem, in English and Chinese.
 */
export function importText(text: string, options: ConvertOptions = {}): ImportResult {
  // UTF-8 takes one to three bytes for each UTF-16 unit: only a text that may be too large is encoded to count.
  const bytes = text.length * 3 > MAX_STORY_BYTES ? new Blob([text]).size : text.length;
  if (bytes > MAX_STORY_BYTES) return { ok: false, problems: [tooLarge(bytes)] };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return fail('the file is empty', '文件是空的');
  let draft: Draft | 'story' | 'gigapixel' | undefined;
  let data: unknown;
  if (/^[[{]/.test(trimmed)) {
    const parsed = parseJsonText(trimmed);
    if (!parsed.ok) return parsed;
    data = parsed.data;
    draft = draftOf(data);
  } else if (looksLikeTimelineCsv(trimmed)) {
    draft = timelineCsvDraft(trimmed);
  }
  if (draft === 'story') return { ok: true, format: 'story', data };
  if (draft === 'gigapixel')
    return fail(
      'this StoryMapJS story is a gigapixel story: its slides are positions on a picture, not places on Earth, so it cannot become a map story',
      '这个 StoryMapJS 故事是超大图片（gigapixel）故事：幻灯片的位置在一张图片上，而不是地球上的地点，因此无法转换为地图故事',
    );
  if (!draft)
    return fail(
      'unknown format: not a story, a TimelineJS timeline (JSON or spreadsheet CSV) or a StoryMapJS story map',
      '未知格式：不是故事文件，也不是 TimelineJS 时间线（JSON 或电子表格 CSV）或 StoryMapJS 故事地图',
    );
  if (draft.events.length === 0)
    return fail(
      'the file has no events (slides with a date, a headline or a text)',
      '文件中没有事件（带有日期、标题或正文的幻灯片）',
    );
  const { story, report } = buildStory(draft, options);
  return { ok: true, format: draft.format, story, report };
}
