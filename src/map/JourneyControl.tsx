import { useEffect, useMemo, useState } from 'react';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { activeEvent } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import { planJourney } from './journey';
import './journey.css';

/**
 * "Play journey" for the active event's routes: an icon for each leg's mode travels the route,
 * stop by stop; each stop is announced with the next leg's mode and length. Pause, resume, step
 * and Esc; the map (MapController) does the travelling.
 */
export function JourneyControl() {
  const t = useT();
  const store = useAppStore();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const event = useApp(activeEvent);
  const journey = useApp((s) => s.journey);
  const [picked, setPicked] = useState<string | null>(null);
  const routes = (event?.routes ?? []).flatMap((id) => story?.routesById.get(id) ?? []);
  const routeId = journey?.routeId ?? routes.find((r) => r.id === picked)?.id ?? routes[0]?.id;
  const plan = useMemo(
    () =>
      story && journey ? planJourney(story, journey.routeId, story.eventsById.get(journey.from ?? '')) : null,
    [story, journey],
  );

  // Esc ends the journey before it would end anything else (a presentation).
  useEffect(() => {
    if (!journey) return;
    const onKey = (e: KeyboardEvent) => {
      // In full screen the browser's Esc leaves it, and leaving it ends the journey (present/fullscreen.ts).
      if (e.key !== 'Escape' || document.fullscreenElement) return;
      e.stopImmediatePropagation();
      e.preventDefault();
      store.getState().stopJourney();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [journey, store]);

  if (!story || !routeId) return null;
  const s = store.getState;
  const stop = journey && plan?.stops[journey.stop];
  const leg = journey && plan?.legs[journey.stop];
  const next = journey && plan?.stops[journey.stop + 1];
  const number = new Intl.NumberFormat(LANG_TAG[lang], { maximumFractionDigits: 0 });
  const status =
    stop && plan
      ? `${t('journeyStop', { place: stop.place.name[lang], n: (journey?.stop ?? 0) + 1, total: plan.stops.length })}; ${
          leg && next
            ? t('journeyNext', {
                km: number.format(Math.round(leg.km / 10) * 10),
                mode: t(`travel_${leg.mode}`),
                place: next.place.name[lang],
              })
            : t('journeyEnd')
        }`
      : '';
  return (
    <section className="journey-control" aria-label={t('journey')} data-map-overlay>
      {!journey ? (
        <>
          {routes.length > 1 && (
            <label className="journey-route">
              <span>{t('journeyRoute')}</span>
              <select value={routeId} onChange={(e) => setPicked(e.target.value)}>
                {routes.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name[lang]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className="journey-play" onClick={() => s().startJourney(routeId)}>
            <span aria-hidden="true">▶ </span>
            {t('playJourney')}
          </button>
        </>
      ) : (
        <>
          <button type="button" onClick={() => s().setJourneyPlaying(!journey.playing)}>
            <span aria-hidden="true">{journey.playing ? '❚❚ ' : '▶ '}</span>
            {journey.playing ? t('pause') : t('resumeJourney')}
          </button>
          <button
            type="button"
            onClick={() => s().stepJourney()}
            disabled={!plan || journey.stop >= plan.legs.length}
          >
            {t('nextStop')}
            <span aria-hidden="true"> ›</span>
          </button>
          <button type="button" onClick={() => s().stopJourney()}>
            <span aria-hidden="true">■ </span>
            {t('endJourney')}
          </button>
        </>
      )}
      <p className="journey-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
