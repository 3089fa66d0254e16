import { describe, expect, it } from 'vitest';
import { fieldId, getIn, setIn } from './edit-path';

const story = () => ({
  title: { en: 'A' },
  events: [
    { id: 'a', title: { en: 'One' } },
    { id: 'b', title: { en: 'Two' } },
  ],
});

describe('setIn', () => {
  it('changes one value and shares every untouched branch', () => {
    const before = story();
    const after = setIn(before, ['events', 1, 'title', 'en'], 'Deux');
    expect(getIn(after, ['events', 1, 'title', 'en'])).toBe('Deux');
    expect(before.events[1]?.title.en).toBe('Two');
    expect(after.events[0]).toBe(before.events[0]);
    expect(after.title).toBe(before.title);
  });

  it('removes a key set to undefined and creates missing objects', () => {
    const after = setIn(story(), ['title', 'en'], undefined);
    expect(after.title).toEqual({});
    expect(getIn(setIn(story(), ['subtitle', 'zh'], '副'), ['subtitle'])).toEqual({ zh: '副' });
  });
});

describe('fieldId', () => {
  it('names a field by the path validation reports', () => {
    expect(fieldId(['events', 3, 'title', 'en'])).toBe('field:events[3].title.en');
    expect(fieldId('source.date')).toBe('field:source.date');
  });
});
