import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type StateCreator } from 'zustand/vanilla';
import { CATEGORIES } from '../story/format';
import type { LoadResult } from '../story/load';
import type { NormalisedStory, TimedEvent } from '../story/normalise';
import type { Problem } from '../story/problem';
import type { Category, Lang } from '../story/schema';

/** Who changed the active event: views use it to avoid echoing their own moves (the article does not scroll itself). */
export type Origin = 'map' | 'timeline' | 'article' | 'nav' | 'search' | 'url' | 'present' | 'journey';
export type TextMode = 'zh' | 'en' | 'both';
export type Mode = 'explore' | 'present';

export interface StorySlice {
  story: NormalisedStory | null;
  loadError: { url: string; problems: Problem[] } | null;
  /** Counts the stories loaded: a new one is framed anew, while an edited one (`updateStory`) is not. */
  storyLoads: number;
  setLoaded: (result: LoadResult) => void;
  /** The same story, edited (the studio's preview): what is chosen stays chosen while it still exists. */
  updateStory: (story: NormalisedStory) => void;
}

export interface SelectionSlice {
  activeEventId: string | null;
  origin: Origin;
  /** A change counter, so a repeated activation of the same event still moves the views. */
  activation: number;
  /** The reader is scrolling the article: once it stops, the passage at its reading line chooses the active event. */
  reading: boolean;
  setReading: (reading: boolean) => void;
  activate: (id: string | null, origin: Origin) => void;
  /** Moves through the visible events in time order; from nothing, ±1 starts at the first or last. */
  step: (delta: number, origin: Origin) => void;
  goToEdge: (edge: 'first' | 'last', origin: Origin) => void;
  /**
   * The place whose events the reader is choosing from (a place with several events was
   * chosen); activating any event ends the choice.
   */
  placeChoice: string | null;
  /** A place was chosen: its one event becomes active, or its events are offered to choose from. */
  selectPlace: (placeId: string, origin: Origin) => void;
  closePlaceChoice: () => void;
}

export interface PrefsSlice {
  lang: Lang;
  text: TextMode;
  highContrast: boolean;
  setLang: (lang: Lang) => void;
  setText: (text: TextMode) => void;
  setHighContrast: (on: boolean) => void;
}

export interface FilterSlice {
  /** Categories filtered out; none means every category shows. */
  hiddenCategories: Category[];
  /**
   * A category chip was pressed: the first press shows only that category, further presses add
   * (or remove) categories, and removing the last one shows everything again.
   */
  toggleCategory: (category: Category) => void;
  setHiddenCategories: (categories: Category[]) => void;
}

/** The categories the story's events use, in the format's order. */
export function storyCategories(story: NormalisedStory | null): Category[] {
  const used = new Set(story?.events.map((e) => e.category));
  return CATEGORIES.filter((c) => used.has(c));
}

/** The categories a reader picked (the chips pressed); empty when nothing is filtered. */
export function shownCategories(state: Pick<AppState, 'story' | 'hiddenCategories'>): Category[] {
  if (state.hiddenCategories.length === 0) return [];
  return storyCategories(state.story).filter((c) => !state.hiddenCategories.includes(c));
}

export interface Autoplay {
  on: boolean;
  /** Seconds per slide, within AUTOPLAY_SECONDS. */
  seconds: number;
}

export const AUTOPLAY_SECONDS = { min: 1, max: 60, initial: 10 } as const;

export interface ModeSlice {
  mode: Mode;
  /** The event on the slide in present mode: the last active event that was in the deck (the visible events). */
  slideId: string | null;
  /**
   * The part of the slide shown when its passage continues over several (12a, 12b): 0-based, or
   * -1 for the last part before the slide has been measured (stepping back onto it).
   */
  slidePart: number;
  /** How many parts the slide on screen needs; the audience window measures it. */
  slideParts: number;
  /** Digits typed towards a slide number; Enter jumps there. */
  typedSlide: string;
  autoplay: Autoplay;
  /** Presenting starts on the active event when it is in the deck, otherwise on the first slide. */
  setMode: (mode: Mode) => void;
  /** Shows the slide at a 0-based position, clamped to the deck. */
  goToSlide: (index: number) => void;
  /** One step through the parts of the slide, then to the next or previous slide. */
  stepSlide: (delta: number) => void;
  setSlideParts: (parts: number) => void;
  setTypedSlide: (digits: string) => void;
  setAutoplay: (autoplay: Partial<Autoplay>) => void;
}

/** A journey along a route: the stop reached (its index in the route's places) and whether it moves on. */
export interface Journey {
  routeId: string;
  /** The event active when it started: stops with several events take the one nearest in time. */
  from: string | null;
  stop: number;
  playing: boolean;
}

export interface JourneySlice {
  journey: Journey | null;
  startJourney: (routeId: string) => void;
  setJourneyPlaying: (playing: boolean) => void;
  /** The next stop at once (a step pauses the journey). */
  stepJourney: () => void;
  /** The map's icon arrived at a stop. */
  reachStop: (stop: number) => void;
  stopJourney: () => void;
}

export interface LessonSlice {
  /**
   * The events a teacher chose to present, in their order (`?present&events=`); null presents every
   * visible event. Only ids of the story's events are kept.
   */
  lesson: string[] | null;
  /** Ids asked for that the story has no event for: skipped, and said so. */
  lessonUnknown: string[];
  setLesson: (ids: string[] | null) => void;
}

export type AppState = StorySlice &
  SelectionSlice &
  PrefsSlice &
  FilterSlice &
  ModeSlice &
  JourneySlice &
  LessonSlice;
type Slice<T> = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], T>;

export function visibleEvents(state: Pick<AppState, 'story' | 'hiddenCategories'>): TimedEvent[] {
  const events = state.story?.events ?? [];
  if (state.hiddenCategories.length === 0) return events;
  return events.filter((e) => !state.hiddenCategories.includes(e.category));
}

type DeckState = Pick<AppState, 'story' | 'hiddenCategories' | 'lesson'>;

/** The slides: the lesson's events in the teacher's order, or else the visible events in time order. */
export function deckEvents(state: DeckState): TimedEvent[] {
  const { story, lesson } = state;
  if (!lesson || !story) return visibleEvents(state);
  return lesson.flatMap((id) => story.eventsById.get(id) ?? []);
}

/** The slide's 0-based position in the deck, or -1 outside present mode. */
export function slideIndex(state: DeckState & Pick<AppState, 'mode' | 'slideId'>): number {
  if (state.mode !== 'present') return -1;
  return deckEvents(state).findIndex((e) => e.id === state.slideId);
}

/** The article's languages: the reader's choice, or the story's own language when it has only one. */
export function shownText(state: Pick<AppState, 'story' | 'text'>): TextMode {
  const languages = state.story?.languages;
  return languages?.length === 1 && languages[0] ? languages[0] : state.text;
}

export function activeEvent(state: Pick<AppState, 'story' | 'activeEventId'>): TimedEvent | undefined {
  return state.activeEventId ? state.story?.eventsById.get(state.activeEventId) : undefined;
}

const storySlice: Slice<StorySlice> = (set, get) => ({
  story: null,
  loadError: null,
  storyLoads: 0,
  setLoaded: (result) =>
    set((s) => ({
      storyLoads: s.storyLoads + 1,
      journey: null,
      ...(result.ok
        ? { story: result.story, loadError: null }
        : { story: null, loadError: { url: result.url, problems: result.problems } }),
    })),
  updateStory: (story) => {
    const { activeEventId, placeChoice, journey, lesson } = get();
    set({
      story,
      loadError: null,
      activeEventId: activeEventId && story.eventsById.has(activeEventId) ? activeEventId : null,
      placeChoice: placeChoice && story.placesById.has(placeChoice) ? placeChoice : null,
      journey: journey && story.routesById.has(journey.routeId) ? journey : null,
      lesson: lesson?.filter((id) => story.eventsById.has(id)) ?? null,
    });
  },
});

const selectionSlice: Slice<SelectionSlice> = (set, get) => ({
  activeEventId: null,
  origin: 'nav',
  activation: 0,
  reading: false,
  placeChoice: null,
  setReading: (reading) => set({ reading }),
  activate: (id, origin) => {
    const state = get();
    if (id !== null && !state.story?.eventsById.has(id)) return;
    // A place clicked during a talk may have no slide: the slide then stays where it was.
    const onSlide = state.mode === 'present' && deckEvents(state).some((e) => e.id === id);
    const newSlide = onSlide && id !== state.slideId;
    const activation = state.activation + 1;
    set({
      activeEventId: id,
      origin,
      activation,
      placeChoice: null,
      ...(onSlide ? { slideId: id } : {}),
      ...(newSlide ? { slidePart: 0, slideParts: 1 } : {}),
    });
  },
  step: (delta, origin) => {
    const state = get();
    const events = visibleEvents(state);
    if (events.length === 0) return;
    const current = activeEvent(state);
    let next: TimedEvent | undefined;
    if (!current) next = delta > 0 ? events[0] : events.at(-1);
    else if (delta > 0) next = events.find((e) => e.index > current.index);
    else next = events.findLast((e) => e.index < current.index);
    if (next) state.activate(next.id, origin);
  },
  goToEdge: (edge, origin) => {
    const events = visibleEvents(get());
    const target = edge === 'first' ? events[0] : events.at(-1);
    if (target) get().activate(target.id, origin);
  },
  selectPlace: (placeId, origin) => {
    const state = get();
    const hidden = state.hiddenCategories;
    const here = (state.story?.eventsByPlace.get(placeId) ?? []).filter((e) => !hidden.includes(e.category));
    if (here.length === 0) return;
    // During a talk a click must not open a list: it moves to the place's next slide.
    if (here.length > 1 && state.mode === 'explore') {
      set({ placeChoice: placeId, origin });
      return;
    }
    const current = activeEvent(state);
    const next = current?.places.includes(placeId)
      ? (here.find((e) => e.index > current.index) ?? here[0])
      : here[0];
    if (next) state.activate(next.id, origin);
  },
  closePlaceChoice: () => set({ placeChoice: null }),
});

export interface Initial {
  lang: Lang;
  text?: TextMode;
  highContrast?: boolean;
}

const prefsSlice =
  (initial: Initial): Slice<PrefsSlice> =>
  (set) => ({
    lang: initial.lang,
    text: initial.text ?? initial.lang,
    highContrast: initial.highContrast ?? false,
    setLang: (lang) => set({ lang }),
    setText: (text) => set({ text }),
    setHighContrast: (highContrast) => set({ highContrast }),
  });

const filterSlice: Slice<FilterSlice> = (set, get) => ({
  hiddenCategories: [],
  toggleCategory: (category) => {
    const state = get();
    const shown = shownCategories(state);
    const next = shown.includes(category) ? shown.filter((c) => c !== category) : [...shown, category];
    const all = storyCategories(state.story);
    // Every category picked is the same as none: nothing is filtered.
    set({ hiddenCategories: next.length === 0 ? [] : all.filter((c) => !next.includes(c)) });
  },
  setHiddenCategories: (hiddenCategories) => set({ hiddenCategories }),
});

const modeSlice: Slice<ModeSlice> = (set, get) => ({
  mode: 'explore',
  slideId: null,
  slidePart: 0,
  slideParts: 1,
  typedSlide: '',
  autoplay: { on: false, seconds: AUTOPLAY_SECONDS.initial },
  setMode: (mode) => {
    const state = get();
    if (mode === state.mode) return;
    if (mode === 'explore') {
      set({
        mode,
        slideId: null,
        slidePart: 0,
        slideParts: 1,
        typedSlide: '',
        autoplay: { ...state.autoplay, on: false },
      });
      return;
    }
    const deck = deckEvents(state);
    const first = deck.find((e) => e.id === state.activeEventId) ?? deck[0];
    // Every category hidden: nothing to show, so no presentation to be stuck in.
    if (!first) return;
    set({ mode, slideId: first.id, slidePart: 0, slideParts: 1 });
    if (first.id !== state.activeEventId) get().activate(first.id, 'present');
  },
  goToSlide: (index) => {
    const state = get();
    const deck = deckEvents(state);
    const target = deck[Math.min(Math.max(Math.trunc(index), 0), deck.length - 1)];
    set({ typedSlide: '' });
    if (state.mode === 'present' && target && target.id !== state.activeEventId) {
      state.activate(target.id, 'present');
    }
  },
  stepSlide: (delta) => {
    const state = get();
    const index = slideIndex(state);
    const part = state.slidePart < 0 ? state.slideParts - 1 : state.slidePart;
    if (index >= 0 && delta > 0 && part < state.slideParts - 1) {
      set({ slidePart: part + 1 });
      return;
    }
    if (index >= 0 && delta < 0 && part > 0) {
      set({ slidePart: part - 1 });
      return;
    }
    state.goToSlide(index < 0 ? 0 : index + delta);
    // Back onto a slide of several parts lands on its last part, as a book turns back a page.
    if (delta < 0 && get().slideId !== state.slideId) set({ slidePart: -1 });
  },
  setSlideParts: (parts) => {
    const { slidePart } = get();
    const count = Math.max(1, Math.trunc(parts));
    set({ slideParts: count, slidePart: slidePart < 0 ? count - 1 : Math.min(slidePart, count - 1) });
  },
  setTypedSlide: (typedSlide) => set({ typedSlide: typedSlide.replace(/\D/g, '').slice(0, 4) }),
  setAutoplay: (autoplay) => {
    const next = { ...get().autoplay, ...autoplay };
    const seconds = Number.isFinite(next.seconds) ? Math.round(next.seconds) : AUTOPLAY_SECONDS.initial;
    set({
      autoplay: {
        on: next.on,
        seconds: Math.min(Math.max(seconds, AUTOPLAY_SECONDS.min), AUTOPLAY_SECONDS.max),
      },
    });
  },
});

const journeySlice: Slice<JourneySlice> = (set, get) => ({
  journey: null,
  startJourney: (routeId) => {
    const route = get().story?.routesById.get(routeId);
    if (route) set({ journey: { routeId, from: get().activeEventId, stop: 0, playing: true } });
  },
  setJourneyPlaying: (playing) => {
    const { journey } = get();
    if (journey) set({ journey: { ...journey, playing } });
  },
  stepJourney: () => {
    const { journey, story } = get();
    const last = (story?.routesById.get(journey?.routeId ?? '')?.places.length ?? 1) - 1;
    if (journey) set({ journey: { ...journey, stop: Math.min(journey.stop + 1, last), playing: false } });
  },
  reachStop: (stop) => {
    const { journey, story } = get();
    const last = (story?.routesById.get(journey?.routeId ?? '')?.places.length ?? 1) - 1;
    // The end of the line ends the playing, not the journey: its last stop stays on screen.
    if (journey) set({ journey: { ...journey, stop, playing: journey.playing && stop < last } });
  },
  stopJourney: () => set({ journey: null }),
});

const lessonSlice: Slice<LessonSlice> = (set, get) => ({
  lesson: null,
  lessonUnknown: [],
  setLesson: (ids) => {
    const events = get().story?.eventsById;
    const known = ids?.filter((id, i) => events?.has(id) && ids.indexOf(id) === i);
    const lesson = known && known.length > 0 ? known : null;
    set({ lesson, lessonUnknown: ids?.filter((id) => !events?.has(id)) ?? [] });
    const state = get();
    const deck = deckEvents(state);
    // The slide on screen may have left the deck: the lesson then starts at its first slide.
    const first = deck[0];
    if (state.mode !== 'present' || !first || deck.some((e) => e.id === state.slideId)) return;
    set({ slideId: first.id, slidePart: 0, slideParts: 1 });
    if (first.id !== state.activeEventId) state.activate(first.id, 'present');
  },
});

export function createAppStore(initial: Initial = { lang: 'en' }) {
  return createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...storySlice(...a),
      ...selectionSlice(...a),
      ...prefsSlice(initial)(...a),
      ...filterSlice(...a),
      ...modeSlice(...a),
      ...journeySlice(...a),
      ...lessonSlice(...a),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
