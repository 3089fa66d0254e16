import { describe, expect, it } from 'vitest';
import { makeEvent, makeStory } from '../story/fixtures';
import { normaliseStory } from '../story/normalise';
import {
  AUTOPLAY_SECONDS,
  activeEvent,
  createAppStore,
  shownCategories,
  slideIndex,
  visibleEvents,
} from './store';

function loaded() {
  const store = createAppStore({ lang: 'en' });
  const story = normaliseStory(
    makeStory({
      events: [
        makeEvent('talks', { date: '2024-07-03', category: 'diplomacy', places: ['astana'] }),
        makeEvent('envoys', {
          date: '-0137',
          precision: 'century',
          category: 'history',
          places: ['dushanbe'],
        }),
        makeEvent('express', {
          date: '2024-07-03T12:00+05:00',
          precision: 'part-of-day',
          places: ['kuryk', 'astana'],
        }),
        makeEvent('summit', { date: '2024-07-04', category: 'multilateral', places: ['astana'] }),
      ],
    }),
  );
  store.getState().setLoaded({ ok: true, story });
  return store;
}

describe('app store', () => {
  it('walks events in time order and stops at the ends', () => {
    const store = loaded();
    const { step } = store.getState();
    step(1, 'nav');
    expect(store.getState().activeEventId).toBe('envoys');
    step(1, 'nav');
    step(1, 'nav');
    expect(store.getState().activeEventId).toBe('express');
    step(1, 'nav');
    step(1, 'nav');
    expect(store.getState().activeEventId).toBe('summit');
    step(-1, 'nav');
    expect(activeEvent(store.getState())?.id).toBe('express');
  });

  it('jumps to the first and last event, skipping hidden categories', () => {
    const store = loaded();
    store.getState().setHiddenCategories(['history']);
    store.getState().goToEdge('first', 'nav');
    expect(store.getState().activeEventId).toBe('talks');
    store.getState().goToEdge('last', 'nav');
    expect(store.getState().activeEventId).toBe('summit');
    store.getState().setHiddenCategories([]);
    store.getState().goToEdge('first', 'nav');
    expect(store.getState().activeEventId).toBe('envoys');
  });

  it('ignores unknown event ids and records who activated', () => {
    const store = loaded();
    store.getState().activate('talks', 'timeline');
    store.getState().activate('nope', 'map');
    expect(store.getState()).toMatchObject({ activeEventId: 'talks', origin: 'timeline' });
  });

  it('offers the events of a place that has several, and opens a lone one', () => {
    const store = loaded();
    const { selectPlace, activate } = store.getState();
    selectPlace('astana', 'map');
    expect(store.getState()).toMatchObject({ placeChoice: 'astana', activeEventId: null });
    activate('summit', 'map');
    expect(store.getState()).toMatchObject({ placeChoice: null, activeEventId: 'summit' });
    selectPlace('kuryk', 'map');
    expect(store.getState()).toMatchObject({ placeChoice: null, activeEventId: 'express' });
    selectPlace('dushanbe', 'map');
    expect(store.getState().activeEventId).toBe('envoys');
  });

  it('offers only the events of the categories shown', () => {
    const store = loaded();
    store.getState().toggleCategory('multilateral');
    store.getState().selectPlace('astana', 'map');
    expect(store.getState()).toMatchObject({ placeChoice: null, activeEventId: 'summit' });
  });

  it('shows only the categories pressed, adds more, and all again when none is left', () => {
    const store = loaded();
    const s = store.getState();
    const shown = () => shownCategories(store.getState());
    s.toggleCategory('history');
    expect(shown()).toEqual(['history']);
    expect(visibleEvents(store.getState()).map((e) => e.id)).toEqual(['envoys']);
    s.toggleCategory('diplomacy');
    expect(shown()).toEqual(['diplomacy', 'history']);
    s.toggleCategory('history');
    s.toggleCategory('diplomacy');
    expect(shown()).toEqual([]);
    expect(visibleEvents(store.getState())).toHaveLength(4);
  });

  it('notifies subscribers of one field only when it changes', () => {
    const store = loaded();
    const seen: (string | null)[] = [];
    store.subscribe(
      (s) => s.activeEventId,
      (id) => seen.push(id),
    );
    store.getState().setLang('zh');
    store.getState().activate('summit', 'nav');
    expect(seen).toEqual(['summit']);
  });

  it('keeps the problems of a story that failed to load', () => {
    const store = createAppStore();
    store.getState().setLoaded({
      ok: false,
      url: 'x.json',
      problems: [{ path: 'title', message: 'is missing', zh: '缺少此项' }],
    });
    expect(store.getState().loadError?.problems).toHaveLength(1);
    expect(store.getState().story).toBeNull();
  });
});

describe('present mode', () => {
  it('starts on the active event, or on the first slide when there is none', () => {
    const store = loaded();
    store.getState().setMode('present');
    expect(store.getState()).toMatchObject({ mode: 'present', slideId: 'envoys', activeEventId: 'envoys' });

    const other = loaded();
    other.getState().activate('express', 'map');
    other.getState().setMode('present');
    expect(other.getState()).toMatchObject({ slideId: 'express', origin: 'map' });
    expect(slideIndex(other.getState())).toBe(2);
  });

  it('moves through the slides in time order, clamped to the deck, and activates each for the map', () => {
    const store = loaded();
    const s = store.getState();
    s.setMode('present');
    s.stepSlide(1);
    expect(store.getState()).toMatchObject({ slideId: 'talks', activeEventId: 'talks', origin: 'present' });
    s.goToSlide(99);
    expect(store.getState().slideId).toBe('summit');
    s.stepSlide(1);
    expect(slideIndex(store.getState())).toBe(3);
    s.goToSlide(-5);
    expect(store.getState().slideId).toBe('envoys');
  });

  it('follows a place clicked on the map when its event is a slide, and stays otherwise', () => {
    const store = loaded();
    const s = store.getState();
    s.setHiddenCategories(['history']);
    s.setMode('present');
    expect(store.getState().slideId).toBe('talks');
    s.selectPlace('kuryk', 'map');
    expect(store.getState().slideId).toBe('express');
    // A hidden event can still become active (a link), but it is not a slide.
    s.activate('envoys', 'url');
    expect(store.getState()).toMatchObject({ activeEventId: 'envoys', slideId: 'express' });
    s.stepSlide(1);
    expect(store.getState().slideId).toBe('summit');
  });

  it('presents a lesson in the order given, skipping and naming unknown ids', () => {
    const store = loaded();
    const s = store.getState();
    s.setLesson(['summit', 'nope', 'envoys', 'summit']);
    expect(store.getState()).toMatchObject({ lesson: ['summit', 'envoys'], lessonUnknown: ['nope'] });
    s.setMode('present');
    expect(store.getState().slideId).toBe('summit');
    s.stepSlide(1);
    expect(store.getState().slideId).toBe('envoys');
    s.stepSlide(1);
    expect(slideIndex(store.getState())).toBe(1);
    s.setLesson(['talks']);
    expect(store.getState().slideId).toBe('talks');
    s.setLesson(null);
    expect(store.getState().lesson).toBeNull();
  });

  it('steps through the parts of a continued slide before the next slide, and back onto the last part', () => {
    const store = loaded();
    const s = store.getState();
    s.setMode('present');
    s.setSlideParts(2);
    s.stepSlide(1);
    expect(store.getState()).toMatchObject({ slideId: 'envoys', slidePart: 1 });
    s.stepSlide(1);
    expect(store.getState()).toMatchObject({ slideId: 'talks', slidePart: 0, slideParts: 1 });
    s.stepSlide(-1);
    expect(store.getState()).toMatchObject({ slideId: 'envoys', slidePart: -1 });
    s.setSlideParts(3);
    expect(store.getState().slidePart).toBe(2);
  });

  it('keeps only the digits typed towards a slide number and clears them on a jump', () => {
    const store = loaded();
    const s = store.getState();
    s.setMode('present');
    s.setTypedSlide('1x2');
    expect(store.getState().typedSlide).toBe('12');
    s.goToSlide(Number(store.getState().typedSlide) - 1);
    expect(store.getState()).toMatchObject({ typedSlide: '', slideId: 'summit' });
  });

  it('does not move slides outside present mode, and leaving stops auto-play', () => {
    const store = loaded();
    const s = store.getState();
    s.goToSlide(2);
    expect(store.getState().activeEventId).toBeNull();
    s.setMode('present');
    s.setAutoplay({ on: true, seconds: 5 });
    s.setMode('explore');
    expect(store.getState()).toMatchObject({
      mode: 'explore',
      slideId: null,
      autoplay: { on: false, seconds: 5 },
    });
    expect(slideIndex(store.getState())).toBe(-1);
  });

  it('keeps the auto-play interval whole and within its bounds', () => {
    const store = loaded();
    const { setAutoplay } = store.getState();
    setAutoplay({ seconds: 2.4 });
    expect(store.getState().autoplay.seconds).toBe(2);
    setAutoplay({ seconds: 0 });
    expect(store.getState().autoplay.seconds).toBe(AUTOPLAY_SECONDS.min);
    setAutoplay({ seconds: 600 });
    expect(store.getState().autoplay.seconds).toBe(AUTOPLAY_SECONDS.max);
    setAutoplay({ seconds: Number.NaN });
    expect(store.getState().autoplay).toEqual({ on: false, seconds: AUTOPLAY_SECONDS.initial });
  });

  it('does not present an empty deck', () => {
    const store = loaded();
    store.getState().setHiddenCategories(['diplomacy', 'history', 'multilateral']);
    store.getState().setMode('present');
    expect(store.getState()).toMatchObject({ mode: 'explore', slideId: null });
  });

  it('replaces the hidden categories at once (the presenter window takes the audience deck)', () => {
    const store = loaded();
    store.getState().setHiddenCategories(['history', 'multilateral']);
    store.getState().setMode('present');
    expect(store.getState().slideId).toBe('talks');
    store.getState().goToSlide(5);
    expect(store.getState().slideId).toBe('express');
  });
});

describe('a journey along a route', () => {
  it('starts at the first stop, steps (pausing), reaches stops and stops playing at the last', () => {
    const store = loaded();
    const s = store.getState();
    s.activate('talks', 'timeline');
    s.startJourney('nope');
    expect(store.getState().journey).toBeNull();
    s.startJourney('visit');
    expect(store.getState().journey).toEqual({ routeId: 'visit', from: 'talks', stop: 0, playing: true });
    s.stepJourney();
    expect(store.getState().journey).toMatchObject({ stop: 1, playing: false });
    s.setJourneyPlaying(true);
    const last = (store.getState().story?.routesById.get('visit')?.places.length ?? 0) - 1;
    s.reachStop(last);
    expect(store.getState().journey).toMatchObject({ stop: last, playing: false });
    s.stepJourney();
    expect(store.getState().journey?.stop).toBe(last);
    s.stopJourney();
    expect(store.getState().journey).toBeNull();
  });
});
