import type { Paragraph, Place, Route, Story, StoryEvent } from './schema';

/** Small factories for tests: a valid story that each test bends into the shape it needs. */

const text = (en: string) => ({ zh: `${en}（中文）`, en });

export const makeParagraph = (id: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  id,
  zh: `段落${id}`,
  en: `Paragraph ${id}`,
  ...extra,
});

export const makePlace = (id: string, coordinates: [number, number] = [71.43, 51.13]): Place => ({
  id,
  name: text(id),
  coordinates,
  kind: 'city',
});

export const makeEvent = (id: string, extra: Partial<StoryEvent> = {}): StoryEvent => ({
  id,
  date: '2024-07-03',
  precision: 'day',
  title: text(`Event ${id}`),
  summary: text(`Summary of ${id}`),
  places: ['astana'],
  paragraphs: ['p01'],
  category: 'diplomacy',
  ...extra,
});

export const makeRoute = (id: string, extra: Partial<Route> = {}): Route => ({
  id,
  name: text(id),
  places: ['astana', 'dushanbe'],
  modes: ['air'],
  ...extra,
});

export function makeStory(extra: Partial<Story> = {}): Story {
  return {
    title: text('A story'),
    source: {
      publisher: text('Xinhua'),
      date: '2024-07-08',
      byline: text('Reporters'),
      originalTitle: text('Original title'),
    },
    paragraphs: [makeParagraph('p01'), makeParagraph('p02')],
    places: [makePlace('astana'), makePlace('dushanbe', [68.78, 38.56]), makePlace('kuryk', [51.67, 43.18])],
    routes: [makeRoute('visit')],
    events: [
      makeEvent('arrival', { date: '2024-07-02' }),
      makeEvent('summit', { date: '2024-07-04', paragraphs: ['p02'] }),
    ],
    ...extra,
  };
}
