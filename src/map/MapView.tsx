import {
  lazy,
  memo,
  type ReactNode,
  type RefObject,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useT } from '../i18n/use-t';
import { afterNextPaint } from '../lib/after-paint';
import { type AppStore, activeEvent } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import { MODES } from '../story/format';
import type { Lang, Place } from '../story/schema';
import type { EditedPlace, MapController, MapLabels } from './map-controller';
import { COLORS } from './style';
import { loadMapController } from './warm-up';
import { isGpuError, mayHaveWebGL2 } from './webgl';

/** Only browsers without WebGL need the simple map and d3-geo: the others never download them. */
const StaticMap = lazy(() => import('./StaticMap').then((m) => ({ default: m.StaticMap })));
/** Only events with a route offer a journey; its geodesy loads with the first of them. */
const JourneyControl = lazy(() => import('./JourneyControl').then((m) => ({ default: m.JourneyControl })));

interface Props {
  onReady: () => void;
  /** Drawn over the map (the active event's card). */
  children?: ReactNode;
  /** The studio: a click on open map (true when it was used) and the place whose marker can be dragged. */
  onMapClick?: (lngLat: [number, number]) => boolean;
  editedPlace?: EditedPlace | null;
  /** Resolves once the page's first screen is shown: the map is made after it (the explorer's). */
  shown?: () => Promise<unknown>;
}

/**
 * A thin React shell around the MapController, which is created once per story; without WebGL
 * (none to begin with, or a lost context that would not come back) it shows the static map instead.
 */
export function MapView({ onReady, children, onMapClick, editedPlace = null, shown }: Props) {
  const t = useT();
  const store = useAppStore();
  const story = useApp((s) => s.story);
  const hasStory = story !== null;
  const storyLoads = useApp((s) => s.storyLoads);
  const clickRef = useRef(onMapClick);
  clickRef.current = onMapClick;
  const editedRef = useRef(editedPlace);
  editedRef.current = editedPlace;
  const lang = useApp((s) => s.lang);
  const [webgl, setWebgl] = useState(mayHaveWebGL2);
  const hasRoute = useApp((s) => !!s.journey || !!activeEvent(s)?.routes?.length);
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const readyRef = useRef(onReady);
  readyRef.current = onReady;
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const labels: MapLabels = {
    canvas: t('mapCanvas'),
    overview: t('overview'),
    zoomIn: t('zoomIn'),
    zoomOut: t('zoomOut'),
    attribution: t('mapAttribution'),
  };
  const labelsRef = useRef(labels);
  labelsRef.current = labels;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a newly loaded story (storyLoads) gets a new map
  useEffect(() => {
    const container = containerRef.current;
    if (!webgl || !container || !hasStory) return;
    let controller: MapController | null = null;
    let observer: ResizeObserver | null = null;
    let gone = false;
    const create = async (Controller: typeof MapController) => {
      if (gone) return;
      try {
        controller = await Controller.create(container, store, {
          onReady: () => readyRef.current(),
          onUnavailable: () => setWebgl(false),
          labels: labelsRef.current,
          onMapClick: (lngLat) => clickRef.current?.(lngLat) ?? false,
        });
      } catch (error) {
        // The browser has the API but gives MapLibre no context (WebGL disabled or blocked).
        if (!isGpuError(error)) throw error;
        setWebgl(false);
        return;
      }
      const created = controller;
      if (gone) {
        created.destroy();
        return;
      }
      controllerRef.current = created;
      created.editPlace(editedRef.current);
      observer = new ResizeObserver(() => created.resize());
      observer.observe(container);
    };
    // The article and timeline paint first; creating the map (a WebGL context) can take a while.
    // It waits for the page's fonts too: each one that arrives lays the whole page out again, which
    // the map's first read of its size would otherwise do inside its own long task. And it waits
    // until that screen is shown: the map's first calls to the GPU process wait for it to finish
    // drawing the page (up to half a second in a fresh browser with software WebGL). MapLibre's
    // script is fetched only then, so it does not compete with the article (`loadMapController`).
    let cancelPaint = () => {};
    const painted = (document.fonts?.ready ?? Promise.resolve())
      .then(
        () =>
          new Promise<void>((resolve) => {
            if (gone) return;
            cancelPaint = afterNextPaint(resolve);
          }),
      )
      .then(() => shownRef.current?.());
    // Presenting (no `shown`), the map is most of the screen: MapLibre comes with the first paint.
    const loading = shownRef.current ? painted.then(loadMapController) : loadMapController();
    void Promise.all([loading, painted]).then(([Controller]) => create(Controller));
    return () => {
      gone = true;
      cancelPaint();
      observer?.disconnect();
      if (!controller) return;
      controller.destroy();
      controllerRef.current = null;
    };
  }, [store, hasStory, storyLoads, webgl]);

  // An edited story (the studio's preview) is fed to the same map; a newly loaded one gets a new map.
  useEffect(
    () =>
      store.subscribe(
        (s) => [s.story, s.storyLoads] as const,
        ([next, loads], [, before]) => next && loads === before && controllerRef.current?.setStory(next),
        { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
      ),
    [store],
  );

  useEffect(() => {
    controllerRef.current?.editPlace(editedPlace);
  }, [editedPlace]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels change with the dictionary, `t`
  useEffect(() => {
    controllerRef.current?.relabel(labelsRef.current);
  }, [t]);

  // Sorted once per story and language: the map re-renders as events with and without routes come and
  // go. Deferred past the story's first render: a page's first sort loads the language's collation
  // (7-25 ms measured), and the list, hidden until focused, can wait for the reader's first screen.
  // One collator for the sort: `localeCompare` with a locale sets one up for every comparison.
  const listed = useDeferredValue(story, null);
  const places = useMemo(() => {
    if (!listed) return [];
    const collator = new Intl.Collator(lang);
    return [...listed.story.places].sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
  }, [listed, lang]);
  return (
    <section className="map-panel" aria-label={t('map')}>
      {webgl ? (
        <>
          <div ref={containerRef} className="map-canvas" data-testid="map" />
          <PlaceList
            places={places}
            lang={lang}
            label={t('places')}
            store={store}
            controllerRef={controllerRef}
          />
        </>
      ) : (
        <>
          <Suspense fallback={null}>
            <StaticMap places={places} onReady={() => readyRef.current()} />
          </Suspense>
          <p className="map-notice" role="note" data-map-overlay>
            {t('mapNoWebgl')}
          </p>
        </>
      )}
      <RouteLegend />
      {webgl && hasRoute && (
        <Suspense fallback={null}>
          <JourneyControl />
        </Suspense>
      )}
      {children}
    </section>
  );
}

/** Every place as a button, for the keyboard: memoised, as a story may have thousands. */
const PlaceList = memo(function PlaceList({
  places,
  lang,
  label,
  store,
  controllerRef,
}: {
  places: Place[];
  lang: Lang;
  label: string;
  store: AppStore;
  controllerRef: RefObject<MapController | null>;
}) {
  return (
    <ul className="place-list sr-only-until-focus" aria-label={label}>
      {places.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            lang={lang === 'zh' ? 'zh-Hans' : 'en'}
            onFocus={() => controllerRef.current?.focusPlace(p.id)}
            onBlur={() => controllerRef.current?.focusPlace(null)}
            onClick={() => store.getState().selectPlace(p.id, 'map')}
          >
            {p.name[lang]}
          </button>
        </li>
      ))}
    </ul>
  );
});

/** What the route lines mean; drawn with the same colours and dashes as the map. */
function RouteLegend() {
  const t = useT();
  return (
    <figure className="route-legend" data-map-overlay>
      <figcaption>{t('legend')}</figcaption>
      <ul>
        {MODES.map((mode) => (
          <li key={mode}>
            <svg width="28" height="8" aria-hidden="true">
              <line
                x1="1"
                y1="4"
                x2="27"
                y2="4"
                className={`legend-${mode}`}
                style={{ stroke: COLORS[mode] }}
              />
            </svg>
            {t(`mode_${mode}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
