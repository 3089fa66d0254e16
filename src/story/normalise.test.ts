import { describe, expect, it } from 'vitest';
import { makeEvent, makeStory } from './fixtures';
import { normaliseStory, textLang } from './normalise';
import type { StoryFile } from './schema';

describe('normaliseStory', () => {
  it('orders events by time, including dates before the common era', () => {
    const n = normaliseStory(
      makeStory({
        events: [
          makeEvent('summit', { date: '2024-07-04' }),
          makeEvent('envoys', { date: '-0137', precision: 'century' }),
          makeEvent('belt', { date: '2013-09', precision: 'month' }),
        ],
      }),
    );
    expect(n.events.map((e) => e.id)).toEqual(['envoys', 'belt', 'summit']);
    expect(n.events.map((e) => e.index)).toEqual([0, 1, 2]);
    expect(n.timeExtent[0]).toBe(n.eventsById.get('envoys')?.start.time);
  });

  it('builds lookups by id, paragraph and place', () => {
    const n = normaliseStory(makeStory());
    expect(n.placesById.get('kuryk')?.coordinates).toEqual([51.67, 43.18]);
    expect(n.eventsByParagraph.get('p02')?.map((e) => e.id)).toEqual(['summit']);
    expect(n.eventsByPlace.get('astana')?.map((e) => e.id)).toEqual(['arrival', 'summit']);
    expect(n.bounds).toEqual([51.67, 38.56, 71.43, 51.13]);
  });

  it('uses the end of an event for the time extent', () => {
    const n = normaliseStory(
      makeStory({ events: [makeEvent('e', { date: '2024-07-02', end: '2024-07-06' })] }),
    );
    expect(n.timeExtent[1]).toBe(Date.parse('2024-07-06T00:00:00Z'));
  });
});

describe('one-language stories', () => {
  it('fills the other language from the story language, in every text', () => {
    const file = makeStory({ languages: ['zh'] }) as StoryFile;
    file.title = { zh: '一个故事' };
    const [first] = file.paragraphs;
    if (first) file.paragraphs[0] = { id: first.id, zh: '第一段' };
    const n = normaliseStory(file);
    expect(n.languages).toEqual(['zh']);
    expect(n.story.title).toEqual({ zh: '一个故事', en: '一个故事' });
    expect(n.paragraphsById.get('p01')).toEqual({ id: 'p01', zh: '第一段', en: '第一段' });
    // Text in a language the story does not declare gives way to the story's own.
    expect(n.eventsById.get('arrival')?.title).toEqual({
      zh: 'Event arrival（中文）',
      en: 'Event arrival（中文）',
    });
    expect(textLang(n, 'en')).toBe('zh');
  });

  it('leaves a story in both languages as it is', () => {
    const story = makeStory();
    const n = normaliseStory(story);
    expect(n.story).toBe(story);
    expect(n.languages).toEqual(['zh', 'en']);
    expect(textLang(n, 'en')).toBe('en');
  });
});
