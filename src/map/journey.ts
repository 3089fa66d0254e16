import along from '@turf/along';
import { lineString } from '@turf/helpers';
import length from '@turf/length';
import type { Position } from 'geojson';
import type { NormalisedStory, TimedEvent } from '../story/normalise';
import type { Mode, Place, Route } from '../story/schema';
import { routeLegs } from './routes';

export interface JourneyLeg {
  mode: Mode;
  /** The line travelled, as the map draws it (flights as great circles). */
  coordinates: Position[];
  km: number;
}

export interface JourneyStop {
  place: Place;
  /** The story's event at this stop, if there is one. */
  event: TimedEvent | undefined;
}

export interface Journey {
  route: Route;
  stops: JourneyStop[];
  /** `legs[i]` runs from `stops[i]` to `stops[i + 1]`. */
  legs: JourneyLeg[];
}

/**
 * The event a stop stands for: of the place's events that travel this route, the one nearest in
 * time to the event the journey started from. A stop whose events are about something else (a
 * border town's earlier history) activates none: the journey does not jump years.
 */
function stopEvent(story: NormalisedStory, place: string, route: string, from: TimedEvent | undefined) {
  const here = (story.eventsByPlace.get(place) ?? []).filter((e) => e.routes?.includes(route));
  const t = from?.start.time ?? 0;
  return [...here].sort((a, b) => Math.abs(a.start.time - t) - Math.abs(b.start.time - t))[0];
}

/** A route as a journey: its stops in order, the legs between them with their modes and lengths. */
export function planJourney(story: NormalisedStory, routeId: string, from?: TimedEvent): Journey | null {
  const route = story.routesById.get(routeId);
  if (!route) return null;
  const stops = route.places.flatMap((id) => {
    const place = story.placesById.get(id);
    return place ? [{ place, event: stopEvent(story, id, routeId, from) }] : [];
  });
  const legs = routeLegs([route], story.placesById).features.map((f) => ({
    mode: f.properties.mode,
    coordinates: f.geometry.coordinates,
    km: length(lineString(f.geometry.coordinates), { units: 'kilometers' }),
  }));
  return stops.length === legs.length + 1 ? { route, stops, legs } : null;
}

/** The point `share` (0..1) of the way along a leg, measured along its line. */
export function pointAlong(leg: JourneyLeg, share: number): Position {
  const km = Math.min(Math.max(share, 0), 1) * leg.km;
  return along(lineString(leg.coordinates), km, { units: 'kilometers' }).geometry.coordinates;
}

/** How long a leg takes on screen: long enough to follow, short enough for a lesson. */
export const legDuration = (km: number): number => Math.min(5000, 1200 + km * 0.8);
