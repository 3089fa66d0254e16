import { describe, expect, it } from 'vitest';
import { makeEvent, makePlace, makeRoute, makeStory } from '../story/fixtures';
import { normaliseStory } from '../story/normalise';
import { legDuration, planJourney, pointAlong } from './journey';

const story = normaliseStory(
  makeStory({
    places: [
      makePlace('beijing', [116.4, 39.9]),
      makePlace('astana', [71.43, 51.13]),
      makePlace('dushanbe', [68.78, 38.56]),
      makePlace('kuryk', [51.67, 43.18]),
    ],
    routes: [
      makeRoute('visit', {
        places: ['beijing', 'astana', 'dushanbe', 'beijing'],
        modes: ['air', 'air', 'air'],
      }),
      makeRoute('caspian', { places: ['astana', 'kuryk'], modes: ['road'] }),
    ],
    events: [
      makeEvent('arrival', { date: '2024-07-02', places: ['astana'], routes: ['visit'] }),
      makeEvent('summit', { date: '2024-07-04', places: ['astana'] }),
      makeEvent('tj-arrival', { date: '2024-07-04', places: ['dushanbe'] }),
      makeEvent('departure', { date: '2024-07-06', places: ['dushanbe', 'beijing'], routes: ['visit'] }),
      makeEvent('envoys', { date: '-0137', precision: 'century', places: ['dushanbe'] }),
    ],
  }),
);

describe('planJourney', () => {
  it('lists the stops in order with their events, and the legs with modes and lengths', () => {
    const journey = planJourney(story, 'visit', story.eventsById.get('arrival'));
    // Only events that travel the route stand for a stop: Dushanbe's other events are about other things.
    expect(journey?.stops.map((s) => `${s.place.id}:${s.event?.id}`)).toEqual([
      'beijing:departure',
      'astana:arrival',
      'dushanbe:departure',
      'beijing:departure',
    ]);
    expect(journey?.legs.map((l) => l.mode)).toEqual(['air', 'air', 'air']);
    // Beijing to Astana is about 3,650 km along the great circle.
    expect(journey?.legs[0]?.km).toBeGreaterThan(3550);
    expect(journey?.legs[0]?.km).toBeLessThan(3750);
  });

  it('leaves a stop without an event when none of its events travels the route', () => {
    const journey = planJourney(story, 'caspian', story.eventsById.get('summit'));
    expect(journey?.stops.map((s) => s.event?.id)).toEqual([undefined, undefined]);
    expect(planJourney(story, 'nope')).toBeNull();
  });
});

describe('pointAlong and legDuration', () => {
  it('moves from the start to the end of a leg, and takes longer for longer legs', () => {
    const leg = planJourney(story, 'caspian')?.legs[0];
    if (!leg) throw new Error('no leg');
    expect(pointAlong(leg, 0)).toEqual([71.43, 51.13]);
    const end = pointAlong(leg, 1);
    expect(end[0]).toBeCloseTo(51.67, 1);
    expect(end[1]).toBeCloseTo(43.18, 1);
    expect(legDuration(3000)).toBeGreaterThan(legDuration(300));
    expect(legDuration(20000)).toBe(5000);
  });
});
