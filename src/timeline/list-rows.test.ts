import { describe, expect, it } from 'vitest';
import { makeEvent, makeStory } from '../story/fixtures';
import { normaliseStory } from '../story/normalise';
import { byYear, listRows } from './list-rows';

describe('listRows', () => {
  it('puts each year heading before its events and finds each event', () => {
    const story = normaliseStory(
      makeStory({
        events: [
          makeEvent('a', { date: '2023-05-01' }),
          makeEvent('b', { date: '2024-07-02' }),
          makeEvent('c', { date: '2024-07-04' }),
        ],
      }),
    );
    const { rows, rowOf } = listRows(byYear(story.events, 'en'));
    expect(rows.map((r) => (r.kind === 'year' ? r.label : r.event.id))).toEqual([
      '2023',
      'a',
      '2024',
      'b',
      'c',
    ]);
    expect([rowOf.get('a'), rowOf.get('b'), rowOf.get('c')]).toEqual([1, 3, 4]);
  });
});
