import { describe, expect, it } from 'vitest';
import { makePlace, makeRoute } from '../story/fixtures';
import { greatCircle, routeLegs } from './routes';

describe('greatCircle', () => {
  it('starts and ends at the two places and bows toward the pole', () => {
    const arc = greatCircle([116.4, 39.9], [71.4, 51.1]);
    expect(arc[0]?.[0]).toBeCloseTo(116.4);
    expect(arc.at(-1)?.[1]).toBeCloseTo(51.1);
    const mid = arc[Math.floor(arc.length / 2)];
    expect(mid?.[1]).toBeGreaterThan((39.9 + 51.1) / 2);
  });
});

describe('routeLegs', () => {
  it('makes one line per leg, arcs for flights and straight legs otherwise', () => {
    const places = new Map(
      [makePlace('a', [116.4, 39.9]), makePlace('b', [71.4, 51.1]), makePlace('c', [51.6, 43.2])].map((p) => [
        p.id,
        p,
      ]),
    );
    const legs = routeLegs([makeRoute('r', { places: ['a', 'b', 'c'], modes: ['air', 'rail'] })], places);
    expect(legs.features.map((f) => f.properties.mode)).toEqual(['air', 'rail']);
    expect(legs.features[0]?.geometry.coordinates.length).toBeGreaterThan(2);
    expect(legs.features[1]?.geometry.coordinates).toHaveLength(2);
  });
});
