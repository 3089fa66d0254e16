import { describe, expect, it } from 'vitest';
import { makeEvent, makeStory } from '../story/fixtures';
import type { StoryFile } from '../story/schema';
import { previewStory } from './preview-story';

describe('previewStory', () => {
  it('shows a valid story as it is', () => {
    const preview = previewStory(makeStory());
    expect(preview?.events.map((e) => e.id)).toEqual(['arrival', 'summit']);
    expect(preview?.placesById.get('dushanbe')?.name.en).toBe('dushanbe');
  });

  it('leaves out what is half written instead of failing', () => {
    const draft: StoryFile = makeStory({
      events: [
        makeEvent('typed', { date: '2024-0', paragraphs: ['p01'] }),
        makeEvent('linked', { places: ['astana', 'nowhere'], paragraphs: ['p01', 'p99'], routes: ['visit'] }),
      ],
    });
    const preview = previewStory(draft);
    expect(preview?.events.map((e) => e.id)).toEqual(['linked']);
    expect(preview?.eventsById.get('linked')?.places).toEqual(['astana']);
    expect(preview?.eventsById.get('linked')?.paragraphs).toEqual(['p01']);
  });

  it('gives a text missing in one language the other', () => {
    const draft = makeStory();
    const [first, ...rest] = draft.events;
    const preview = previewStory({
      ...draft,
      events: [{ ...(first ?? makeEvent('x')), title: { en: 'Only English' } }, ...rest],
    } as StoryFile);
    expect(preview?.eventsById.get('arrival')?.title).toEqual({ zh: 'Only English', en: 'Only English' });
  });

  it('drops places without coordinates and routes left with one stop', () => {
    const draft = makeStory();
    const places = draft.places.map((p) =>
      p.id === 'dushanbe' ? { ...p, coordinates: [Number.NaN, 38] as [number, number] } : p,
    );
    const preview = previewStory({ ...draft, places });
    expect(preview?.placesById.has('dushanbe')).toBe(false);
    expect(preview?.routesById.size).toBe(0);
  });

  it('has nothing to show without a paragraph or a dated event', () => {
    expect(previewStory(makeStory({ paragraphs: [] }))).toBeNull();
    expect(previewStory(makeStory({ events: [makeEvent('a', { date: '' })] }))).toBeNull();
  });
});
