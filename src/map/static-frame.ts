import { type GeoProjection, geoMercator } from 'd3-geo';
import type { Position } from 'geojson';
import type { View } from '../story/schema';
import type { Padding } from './overlay-padding';

/** MapLibre's world is 512 px wide at zoom 0: the same Mercator scales keep both maps alike. */
const TILE = 512;
/** The closest the MapLibre map fits an event's places (the basemap has no more detail). */
const MAX_ZOOM = 4.5;

export const scaleAt = (zoom: number): number => (TILE * 2 ** zoom) / (2 * Math.PI);
export const zoomAt = (scale: number): number => Math.log2((scale * 2 * Math.PI) / TILE);

export interface Size {
  width: number;
  height: number;
}

/** What the map shows: an event's own camera, or points to fit (its places, or the whole story). */
export type Target = { view: View } | { points: Position[] };

function centred(center: Position, scale: number, at: [number, number]): GeoProjection {
  const [lon = 0, lat = 0] = center;
  return geoMercator().center([lon, lat]).scale(scale).translate(at);
}

function fitTo(target: Target, size: Size, padding: Padding): GeoProjection {
  const x0 = padding.left;
  const y0 = padding.top;
  const x1 = size.width - padding.right;
  const y1 = size.height - padding.bottom;
  const middle: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  if ('view' in target) return centred(target.view.center, scaleAt(target.view.zoom), middle);
  const [first = [0, 0], ...rest] = target.points;
  // One spot (or several at the same spot) has no extent to fit: show it as closely as MapLibre would.
  if (rest.every((p) => p[0] === first[0] && p[1] === first[1]))
    return centred(first, scaleAt(MAX_ZOOM), middle);
  const projection = geoMercator().fitExtent(
    [
      [x0, y0],
      [x1, y1],
    ],
    { type: 'MultiPoint', coordinates: target.points },
  );
  if (projection.scale() <= scaleAt(MAX_ZOOM)) return projection;
  return centred(projection.invert?.(middle) ?? first, scaleAt(MAX_ZOOM), middle);
}

const inside = ([x, y]: [number, number], size: Size) =>
  x >= 0 && x <= size.width && y >= 0 && y <= size.height;

/**
 * A Mercator projection showing the target in the part of the map the padding leaves open, clipped
 * to the map. A focused place off the map is brought into view with the target.
 */
export function frame(target: Target, size: Size, padding: Padding, focus?: Position): GeoProjection {
  let projection = fitTo(target, size, padding);
  const at = focus && projection([focus[0] ?? 0, focus[1] ?? 0]);
  if (focus && at && !inside(at, size)) {
    const points = 'view' in target ? [target.view.center] : target.points;
    projection = fitTo({ points: [...points, focus] }, size, padding);
  }
  return projection.clipExtent([
    [0, 0],
    [size.width, size.height],
  ]);
}

/**
 * SVG path data through the projected points, straight from one to the next as MapLibre draws
 * lines on its Mercator map (d3's own paths would bend every leg along a great circle).
 */
export function linePath(coordinates: Position[], projection: GeoProjection): string {
  return coordinates
    .flatMap(([lon = 0, lat = 0]) => {
      const p = projection([lon, lat]);
      return p ? [`${p[0].toFixed(1)},${p[1].toFixed(1)}`] : [];
    })
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p}`)
    .join('');
}

/** Roughly how wide a label is drawn: Chinese characters are square, Latin letters about half as wide. */
export function textWidth(text: string, fontSize: number, letterSpacing = 0): number {
  let ems = 0;
  for (const ch of text) ems += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.58;
  return (ems + letterSpacing * [...text].length) * fontSize;
}

export type Anchor = 'right' | 'left' | 'top' | 'bottom' | 'center';

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Distance from the point to a label beside it. */
  offset: number;
  /** Where the label may go, in order of preference. */
  anchors: Anchor[];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function boxAt(c: LabelCandidate, anchor: Anchor): Box {
  const { x, y, width: w, height: h, offset: r } = c;
  const left = { right: x + r, left: x - r - w, top: x - w / 2, bottom: x - w / 2, center: x - w / 2 }[
    anchor
  ];
  const top = { right: y - h / 2, left: y - h / 2, top: y - r - h, bottom: y + r, center: y - h / 2 }[anchor];
  return { x0: left, y0: top, x1: left + w, y1: top + h };
}

/** Country names centred on their label points, for the countries whose point is on the map. */
export function countryCandidates(
  countries: { id: string; name: string; at: [number, number] | null }[],
  fontSize: number,
  lineHeight: number,
): LabelCandidate[] {
  return countries.flatMap(({ id, name, at }) =>
    at
      ? [
          {
            id,
            x: at[0],
            y: at[1],
            width: textWidth(name, fontSize, 0.08),
            height: fontSize * lineHeight,
            offset: 0,
            anchors: ['center' as const],
          },
        ]
      : [],
  );
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places labels as MapLibre's collision detection does: in priority order, each at its first anchor
 * that stays on the map and clear of the obstacles and the labels placed before; a label with no such
 * anchor is left out.
 */
export function placeLabels(
  candidates: LabelCandidate[],
  size: Size,
  obstacles: Box[] = [],
): Map<string, Anchor> {
  const placed = [...obstacles];
  const anchors = new Map<string, Anchor>();
  for (const c of candidates) {
    for (const anchor of c.anchors) {
      const box = boxAt(c, anchor);
      const onMap = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= size.width && box.y1 <= size.height;
      if (!onMap || placed.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      anchors.set(c.id, anchor);
      break;
    }
  }
  return anchors;
}
