import type { FeatureCollection, LineString, Position } from 'geojson';
import type { Mode, Place, Route } from '../story/schema';

const RAD = Math.PI / 180;

/** Points along the great circle from a to b, so flights are drawn as the arcs they fly. */
export function greatCircle(a: Position, b: Position, steps = 48): Position[] {
  const [lon1 = 0, lat1 = 0] = a.map((v) => v * RAD);
  const [lon2 = 0, lat2 = 0] = b.map((v) => v * RAD);
  const d =
    2 *
    Math.asin(
      Math.sqrt(
        Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2,
      ),
    );
  if (d === 0) return [a, b];
  const points: Position[] = [];
  for (let i = 0; i <= steps; i++) {
    const f = i / steps;
    const A = Math.sin((1 - f) * d) / Math.sin(d);
    const B = Math.sin(f * d) / Math.sin(d);
    const x = A * Math.cos(lat1) * Math.cos(lon1) + B * Math.cos(lat2) * Math.cos(lon2);
    const y = A * Math.cos(lat1) * Math.sin(lon1) + B * Math.cos(lat2) * Math.sin(lon2);
    const z = A * Math.sin(lat1) + B * Math.sin(lat2);
    points.push([Math.atan2(y, x) / RAD, Math.atan2(z, Math.sqrt(x * x + y * y)) / RAD]);
  }
  return points;
}

export interface LegProps {
  route: string;
  mode: Mode;
}

/** One line per leg, with its mode, for styling by mode. */
export function routeLegs(
  routes: Route[],
  places: Map<string, Place>,
): FeatureCollection<LineString, LegProps> {
  const features = routes.flatMap((route) =>
    route.modes.flatMap((mode, i) => {
      const from = places.get(route.places[i] ?? '')?.coordinates;
      const to = places.get(route.places[i + 1] ?? '')?.coordinates;
      if (!from || !to) return [];
      const coordinates = mode === 'air' ? greatCircle(from, to) : [from, to];
      return [
        {
          type: 'Feature' as const,
          properties: { route: route.id, mode },
          geometry: { type: 'LineString' as const, coordinates },
        },
      ];
    }),
  );
  return { type: 'FeatureCollection', features };
}
