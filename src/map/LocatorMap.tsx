import { geoPath } from 'd3-geo';
import type { Position } from 'geojson';
import { useMemo } from 'react';
import { LANG_TAG } from '../i18n/messages';
import type { NormalisedStory, TimedEvent } from '../story/normalise';
import type { Lang } from '../story/schema';
import { type Basemap, countriesAt } from './basemap';
import { routeLegs } from './routes';
import {
  type Anchor,
  countryCandidates,
  frame,
  type LabelCandidate,
  linePath,
  placeLabels,
  type Size,
  type Target,
  textWidth,
  zoomAt,
} from './static-frame';
import { COLORS } from './style';
import './static-map.css';

/** Names on paper: 12 px in a map drawn at its printed size is 9 pt, above the 8 pt a reader needs. */
const PLACE_FONT = 12;
const COUNTRY_FONT = 11;
const ANCHORS: Anchor[] = ['right', 'left', 'top', 'bottom'];
/** An event's camera is made for the full screen map; a small locator shows more around it. */
const SCREEN_WIDTH = 1100;

type Bounds = [number, number, number, number];

function boundsOf(coordinates: unknown): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x === undefined || y === undefined) return;
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    } else for (const inner of c) walk(inner);
  };
  walk(coordinates);
  return b;
}

interface Indexed<T> {
  item: T;
  bounds: Bounds;
}

/**
 * The basemap's shapes each with its extent, so a small map projects only what it shows: without
 * it, fifty maps would each project every vertex of the world.
 */
const indexes = new WeakMap<
  Basemap,
  {
    countries: Indexed<Basemap['countries']['features'][number]>[];
    borders: Indexed<Position[]>[];
    coast: Indexed<Position[]>[];
  }
>();
function indexOf(basemap: Basemap) {
  let index = indexes.get(basemap);
  if (!index) {
    index = {
      countries: basemap.countries.features.map((item) => ({
        item,
        bounds: boundsOf(item.geometry.coordinates),
      })),
      borders: basemap.borders.geometry.coordinates.map((item) => ({ item, bounds: boundsOf(item) })),
      coast: basemap.coast.geometry.coordinates.map((item) => ({ item, bounds: boundsOf(item) })),
    };
    indexes.set(basemap, index);
  }
  return index;
}

const meets = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

interface Props {
  story: NormalisedStory;
  basemap: Basemap;
  event: TimedEvent;
  lang: Lang;
  size: Size;
  label: string;
}

/**
 * A small printed map of one event, drawn as SVG with d3-geo from the offline basemap: its
 * countries tinted, its routes, and each of its places as a dot with its name (never a cluster).
 */
export function LocatorMap({ story, basemap, event, lang, size, label }: Props) {
  const places = useMemo(() => event.places.flatMap((id) => story.placesById.get(id) ?? []), [event, story]);
  const drawn = useMemo(() => {
    const points: Position[] = places.map((p) => p.coordinates);
    const zoomOut = Math.log2(SCREEN_WIDTH / size.width);
    const target: Target = event.view
      ? { view: { ...event.view, zoom: Math.max(event.view.zoom - zoomOut, 1) } }
      : points.length > 0
        ? { points }
        : {
            points: [
              [story.bounds[0], story.bounds[1]],
              [story.bounds[2], story.bounds[3]],
            ],
          };
    const pad = 16;
    let projection = frame(target, size, { top: pad, right: pad, bottom: pad, left: pad });
    // A single place alone on a locator needs its surroundings: no closer than zoom 3.5 at this size.
    const [lon, lat] = points[0] ?? [];
    if (zoomAt(projection.scale()) > 3.5 && points.length === 1 && lon !== undefined && lat !== undefined)
      projection = frame({ view: { center: [lon, lat], zoom: 3.5 } }, size, {
        top: pad,
        right: pad,
        bottom: pad,
        left: pad,
      });
    const path = geoPath(projection);
    const [west = -180, north = 85] = projection.invert?.([0, 0]) ?? [];
    const [east = 180, south = -85] = projection.invert?.([size.width, size.height]) ?? [];
    const view: Bounds = [west - 1, south - 1, east + 1, north + 1];
    const index = indexOf(basemap);
    const seen = index.countries.filter((c) => meets(c.bounds, view)).map((c) => c.item);
    const tinted = new Set(countriesAt({ countries: { ...basemap.countries, features: seen } }, points));
    const countries = seen.map((f) => ({
      id: f.properties.id,
      d: path(f) ?? '',
      tinted: tinted.has(f.properties.id),
    }));
    const lines = (items: Indexed<Position[]>[]) =>
      path({
        type: 'MultiLineString',
        coordinates: items.filter((l) => meets(l.bounds, view)).map((l) => l.item),
      }) ?? '';
    const routeIds = new Set(event.routes ?? []);
    const legs = routeLegs(
      (story.story.routes ?? []).filter((r) => routeIds.has(r.id)),
      story.placesById,
    ).features.map((leg) => ({
      mode: leg.properties.mode,
      d: linePath(leg.geometry.coordinates, projection),
    }));
    const at = new Map(places.map((p) => [p.id, projection(p.coordinates as [number, number])]));
    const countryNames = basemap.labels.features
      .filter((f) => tinted.has(f.properties.id))
      .map((f) => ({
        id: `country-${f.properties.id}`,
        name: f.properties[`name_${lang}`],
        at: projection(f.geometry.coordinates as [number, number]),
      }));
    const candidates: LabelCandidate[] = [
      ...places.flatMap((p) => {
        const xy = at.get(p.id);
        return xy
          ? [
              {
                id: p.id,
                x: xy[0],
                y: xy[1],
                width: textWidth(p.name[lang], PLACE_FONT),
                height: PLACE_FONT * 1.25,
                offset: 6,
                anchors: ANCHORS,
              },
            ]
          : [];
      }),
      ...countryCandidates(countryNames, COUNTRY_FONT, 1.25),
    ];
    const dots = [...at.values()].flatMap((xy) =>
      xy ? [{ x0: xy[0] - 4, y0: xy[1] - 4, x1: xy[0] + 4, y1: xy[1] + 4 }] : [],
    );
    const anchors = placeLabels(candidates, size, dots);
    return {
      countries,
      borders: lines(index.borders),
      coast: lines(index.coast),
      legs,
      at,
      countryNames,
      anchors,
    };
  }, [basemap, event, lang, places, size, story]);

  const { width, height } = size;
  return (
    <svg
      className="locator-map"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      lang={LANG_TAG[lang]}
    >
      <rect width={width} height={height} fill={COLORS.water} />
      {drawn.countries.map((c) => (
        <path key={c.id} d={c.d} fill={c.tinted ? COLORS.landActive : COLORS.land} />
      ))}
      <path className="static-coast" d={drawn.coast} stroke={COLORS.coast} />
      <path className="static-borders" d={drawn.borders} stroke={COLORS.border} />
      {drawn.legs.map((leg, i) => (
        <path
          // biome-ignore lint/suspicious/noArrayIndexKey: an event's legs never change; their order is their identity
          key={i}
          d={leg.d}
          className={`route route-${leg.mode} route-active`}
          stroke={COLORS[leg.mode]}
        />
      ))}
      <g className="locator-countries" fill={COLORS.countryLabel} fontSize={COUNTRY_FONT}>
        {drawn.countryNames.map(
          (c) =>
            c.at &&
            drawn.anchors.has(c.id) && (
              <text key={c.id} x={c.at[0]} y={c.at[1]}>
                {c.name}
              </text>
            ),
        )}
      </g>
      <g className="locator-places" fontSize={PLACE_FONT}>
        {places.map((p) => {
          const xy = drawn.at.get(p.id);
          if (!xy) return null;
          const anchor = drawn.anchors.get(p.id);
          const [x, y] = xy;
          const text = anchor && labelAt(anchor, x, y);
          return (
            <g key={p.id}>
              <circle
                cx={x}
                cy={y}
                r={3.5}
                fill={COLORS.placeActive}
                stroke={COLORS.halo}
                strokeWidth={1.5}
              />
              {text && (
                <text x={text.x} y={text.y} textAnchor={text.anchor} fill={COLORS.placeLabel}>
                  {p.name[lang]}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** Where a label's text goes for its anchor, as placeLabels reserved its box. */
function labelAt(
  anchor: Anchor,
  x: number,
  y: number,
): { x: number; y: number; anchor: 'start' | 'end' | 'middle' } {
  const gap = 6;
  const half = PLACE_FONT * 0.35;
  switch (anchor) {
    case 'right':
      return { x: x + gap, y: y + half, anchor: 'start' };
    case 'left':
      return { x: x - gap, y: y + half, anchor: 'end' };
    case 'top':
      return { x, y: y - gap - 2, anchor: 'middle' };
    case 'bottom':
      return { x, y: y + gap + PLACE_FONT, anchor: 'middle' };
    default:
      return { x, y: y + half, anchor: 'middle' };
  }
}
