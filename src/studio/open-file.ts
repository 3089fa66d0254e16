import { type ConversionReport, importText } from '../convert/index';
import { MAX_STORY_BYTES, tooLarge } from '../story/load';
import { type Problem, problem } from '../story/problem';
import type { StoryFile } from '../story/schema';

export type StudioOpened =
  | { ok: true; story: StoryFile; report?: ConversionReport }
  | { ok: false; problems: Problem[] };

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);
const record = (v: unknown): Loose => (isObject(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const objects = (v: unknown): Loose[] => list(v).filter(isObject);

/**
 * A story file as a draft, however broken: the studio is where its problems get fixed, so it opens
 * anyway. Only the shapes the editors walk through (texts, lists) are made sure of; every value the
 * file has is kept, and validation lists what is wrong.
 */
export function asDraft(data: Loose): StoryFile {
  const source = record(data.source);
  return {
    ...data,
    title: record(data.title),
    source: {
      ...source,
      date: typeof source.date === 'string' ? source.date : '',
      publisher: record(source.publisher),
      byline: record(source.byline),
      originalTitle: record(source.originalTitle),
    },
    paragraphs: objects(data.paragraphs),
    places: objects(data.places).map((p) => ({
      ...p,
      name: record(p.name),
      coordinates: list(p.coordinates),
    })),
    events: objects(data.events).map((e) => ({
      ...e,
      title: record(e.title),
      places: list(e.places),
      paragraphs: list(e.paragraphs),
    })),
    routes: objects(data.routes).map((r) => ({ ...r, name: record(r.name), places: list(r.places) })),
  } as StoryFile;
}

const baseName = (name: string) => (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]+$/, '');

/** A story of ours opens as it is; a TimelineJS or StoryMapJS file opens converted, with its report. */
export function readStudioText(name: string, text: string): StudioOpened {
  const imported = importText(text, { fileName: baseName(name) });
  if (!imported.ok) return imported;
  if (imported.format !== 'story') return { ok: true, story: imported.story, report: imported.report };
  return isObject(imported.data)
    ? { ok: true, story: asDraft(imported.data) }
    : { ok: false, problems: [problem('(file)', 'the file holds no story', '文件中没有故事')] };
}

export async function readStudioFile(file: File): Promise<StudioOpened> {
  if (file.size > MAX_STORY_BYTES) return { ok: false, problems: [tooLarge(file.size)] };
  return readStudioText(file.name, await file.text());
}
