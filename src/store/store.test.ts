import { describe, expect, it } from 'vitest';
import { makeEvent, makeStory } from '../story/fixtures';
import { normaliseStory } from '../story/normalise';
import { activeEvent, createAppStore } from './store';

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
    store.getState().toggleCategory('history');
    store.getState().goToEdge('first', 'nav');
    expect(store.getState().activeEventId).toBe('talks');
    store.getState().goToEdge('last', 'nav');
    expect(store.getState().activeEventId).toBe('summit');
    store.getState().toggleCategory('history');
    store.getState().goToEdge('first', 'nav');
    expect(store.getState().activeEventId).toBe('envoys');
  });

  it('ignores unknown event ids and records who activated', () => {
    const store = loaded();
    store.getState().activate('talks', 'timeline');
    store.getState().activate('nope', 'map');
    expect(store.getState()).toMatchObject({ activeEventId: 'talks', origin: 'timeline' });
  });

  it('cycles through the events of a place', () => {
    const store = loaded();
    const { selectPlace } = store.getState();
    selectPlace('astana', 'map');
    expect(store.getState().activeEventId).toBe('talks');
    selectPlace('astana', 'map');
    expect(store.getState().activeEventId).toBe('express');
    selectPlace('astana', 'map');
    expect(store.getState().activeEventId).toBe('summit');
    selectPlace('astana', 'map');
    expect(store.getState().activeEventId).toBe('talks');
    selectPlace('kuryk', 'map');
    expect(store.getState().activeEventId).toBe('express');
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
    store
      .getState()
      .setLoaded({ ok: false, url: 'x.json', problems: [{ path: 'title', message: 'is missing' }] });
    expect(store.getState().loadError?.problems).toHaveLength(1);
    expect(store.getState().story).toBeNull();
  });
});
