import { extrasPath } from 'virtual:map-assets';
import { geoPath } from 'd3-geo';
import type { Position } from 'geojson';
import { type CSSProperties, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { assetUrl } from '../lib/assets';
import { activeEvent } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import type { NormalisedStory, TimedEvent } from '../story/normalise';
import type { Lang, Place } from '../story/schema';
import { type Basemap, countriesAt, fetchBasemap } from './basemap';
import { mapPadding, overlayBoxes, PADDING, type Padding } from './overlay-padding';
import { routeLegs } from './routes';
import {
  type Anchor,
  type Box,
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

/** The map's colours for the stylesheet, from the one palette MapLibre draws with too. */
const PALETTE = Object.fromEntries(
  Object.entries(COLORS).map(([name, colour]) => [`--map-${name}`, colour]),
) as CSSProperties;

const EVEN: Padding = { top: PADDING, right: PADDING, bottom: PADDING, left: PADDING };
const ANCHORS: Anchor[] = ['right', 'left', 'top', 'bottom'];

function target(story: NormalisedStory, event: TimedEvent | undefined, points: Position[]): Target {
  if (event?.view) return { view: event.view };
  if (points.length > 0) return { points };
  const [west, south, east, north] = story.bounds;
  return {
    points: [
      [west, south],
      [east, north],
    ],
  };
}

let loading: Promise<Basemap> | null = null;

/** Fetched (from the page's preload) and decoded once, on the main thread: without WebGL, and for the handout. */
export function loadBasemap(): Promise<Basemap> {
  loading ??= fetchBasemap(assetUrl(countriesUrl), assetUrl(extrasPath)).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Country label sizes as MapLibre interpolates them: 11 px at zoom 2 to 15 px at zoom 6. */
const countryFontSize = (zoom: number) => 11 + Math.min(Math.max(zoom - 2, 0), 4);

interface Props {
  /** In the order their buttons are reached by keyboard. */
  places: Place[];
  /** Called once the basemap has been drawn. */
  onReady: () => void;
}

/**
 * The map without WebGL: the same basemap, routes and places drawn as an SVG picture with d3-geo,
 * framed on the active event like the MapLibre map; each place is a button that selects it.
 */
export function StaticMap({ places, onReady }: Props) {
  const t = useT();
  const store = useAppStore();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const mode = useApp((s) => s.mode);
  const event = useApp(activeEvent);
  const ref = useRef<HTMLDivElement>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [padding, setPadding] = useState<Padding>(EVEN);
  const [overlays, setOverlays] = useState<Box[]>([]);
  const [focus, setFocus] = useState<Place | null>(null);
  const readyRef = useRef(onReady);
  readyRef.current = onReady;

  useEffect(() => {
    let live = true;
    void loadBasemap().then((b) => live && setBasemap(b));
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The overlays (event card, slide caption, notice) may have moved whenever any of these changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are what moves the overlays
  useLayoutEffect(() => {
    if (!ref.current) return;
    const next = mapPadding(ref.current);
    setPadding((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    setOverlays(overlayBoxes(ref.current));
  }, [event, size, mode, lang]);

  const drawn = !!basemap && !!size && size.width > 0;
  useEffect(() => {
    if (drawn) readyRef.current();
  }, [drawn]);

  const activeIds = useMemo(() => new Set(event?.places ?? []), [event]);
  const points = useMemo(
    () =>
      (event?.places ?? []).flatMap((id): Position[] => {
        const place = story?.placesById.get(id);
        return place ? [place.coordinates] : [];
      }),
    [event, story],
  );
  const projection = useMemo(
    () =>
      story && size && size.width > 0
        ? frame(target(story, event, points), size, padding, focus?.coordinates)
        : null,
    [story, event, points, size, padding, focus],
  );
  const basePaths = useMemo(() => {
    if (!basemap || !projection) return null;
    const path = geoPath(projection);
    return {
      countries: basemap.countries.features.map((f) => ({ id: f.properties.id, d: path(f) ?? '' })),
      borders: path(basemap.borders) ?? '',
      coast: path(basemap.coast) ?? '',
    };
  }, [basemap, projection]);
  const tinted = useMemo(() => new Set(basemap ? countriesAt(basemap, points) : []), [basemap, points]);
  const legs = useMemo(
    () => (story ? routeLegs(story.story.routes ?? [], story.placesById).features : []),
    [story],
  );

  if (!story) return null;
  const routeIds = new Set(event?.routes ?? []);
  const screen = new Map(places.map((p) => [p.id, projection?.(p.coordinates) ?? null]));
  const zoom = projection ? zoomAt(projection.scale()) : 0;
  const countryLabels = (basemap?.labels.features ?? []).map((f, i) => ({
    id: `country-${i}`,
    name: f.properties[`name_${lang}`],
    at: projection?.(f.geometry.coordinates as [number, number]) ?? null,
  }));
  const anchors = size
    ? labelAnchors(places, screen, activeIds, countryLabels, zoom, lang, size, overlays)
    : new Map();

  return (
    <div
      ref={ref}
      className="map-canvas static-map"
      data-testid="map"
      data-ready={drawn || undefined}
      style={PALETTE}
    >
      {projection && basePaths && size && (
        <svg
          width={size.width}
          height={size.height}
          viewBox={`0 0 ${size.width} ${size.height}`}
          role="img"
          aria-label={t('staticMap')}
        >
          <rect width={size.width} height={size.height} fill={COLORS.water} />
          <g className="static-land">
            {basePaths.countries.map((c) => (
              <path key={c.id} d={c.d} fill={tinted.has(c.id) ? COLORS.landActive : COLORS.land} />
            ))}
          </g>
          <path className="static-coast" d={basePaths.coast} stroke={COLORS.coast} />
          <path className="static-borders" d={basePaths.borders} stroke={COLORS.border} />
          <g className="static-country-labels" fill={COLORS.countryLabel} fontSize={countryFontSize(zoom)}>
            {countryLabels.map(
              (c) =>
                c.at &&
                anchors.has(c.id) && (
                  <text key={c.id} x={c.at[0]} y={c.at[1]} lang={LANG_TAG[lang]}>
                    {c.name}
                  </text>
                ),
            )}
          </g>
          <g className="static-routes">
            {legs.map((leg, i) => {
              const active = routeIds.has(leg.properties.route);
              const state = active ? 'active' : event ? 'dim' : 'plain';
              return (
                <path
                  // biome-ignore lint/suspicious/noArrayIndexKey: a story's legs never change; their order is their identity
                  key={i}
                  d={linePath(leg.geometry.coordinates, projection)}
                  className={`route route-${leg.properties.mode} route-${state}`}
                  stroke={COLORS[leg.properties.mode]}
                />
              );
            })}
          </g>
        </svg>
      )}
      {projection && (
        <ul className="static-places" aria-label={t('places')}>
          {places.map((p) => {
            const at = screen.get(p.id);
            if (!at) return null;
            const active = activeIds.has(p.id);
            const anchor = anchors.get(p.id);
            return (
              <li
                key={p.id}
                className={`static-place kind-${p.kind}${active ? ' active' : event ? ' dim' : ''}`}
                style={{ left: at[0], top: at[1] }}
              >
                <button
                  type="button"
                  lang={LANG_TAG[lang]}
                  aria-current={active || undefined}
                  onFocus={() => setFocus(p)}
                  onBlur={() => setFocus(null)}
                  onClick={() => store.getState().selectPlace(p.id, 'map')}
                >
                  <span className="static-dot" aria-hidden="true" />
                  <span className={`static-label anchor-${anchor ?? 'right'}${anchor ? '' : ' unplaced'}`}>
                    {p.name[lang]}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** Which labels to draw, and beside which side of their place: active places first, countries last. */
function labelAnchors(
  places: Place[],
  screen: Map<string, [number, number] | null>,
  activeIds: Set<string>,
  countries: { id: string; name: string; at: [number, number] | null }[],
  zoom: number,
  lang: Lang,
  size: Size,
  overlays: Box[],
): Map<string, Anchor> {
  const candidate = (place: Place, fontSize: number, offset: number): LabelCandidate[] => {
    const at = screen.get(place.id);
    if (!at) return [];
    const width = textWidth(place.name[lang], fontSize);
    return [{ id: place.id, x: at[0], y: at[1], width, height: fontSize * 1.3, offset, anchors: ANCHORS }];
  };
  const countrySize = countryFontSize(zoom);
  return placeLabels(
    [
      ...places.filter((p) => activeIds.has(p.id)).flatMap((p) => candidate(p, 15, 13)),
      ...places.filter((p) => !activeIds.has(p.id)).flatMap((p) => candidate(p, 12, 9)),
      ...countryCandidates(countries, countrySize, 1.3),
    ],
    size,
    // No label covers the event's own places.
    [
      ...overlays,
      ...[...activeIds].flatMap((id) => {
        const at = screen.get(id);
        return at ? [{ x0: at[0] - 10, y0: at[1] - 10, x1: at[0] + 10, y1: at[1] + 10 }] : [];
      }),
    ],
  );
}
