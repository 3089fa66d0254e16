import { describe, expect, it } from 'vitest';
import { parsePresentQuery, presentSearch } from './present-url';

describe('presentation URLs', () => {
  it('reads the role, the 1-based slide and the handout flag', () => {
    expect(parsePresentQuery('?present&slide=4')).toEqual({
      role: 'audience',
      slide: 4,
      handout: false,
      events: null,
      layout: 'compact',
    });
    expect(parsePresentQuery('?presenter&slide=2')).toMatchObject({ role: 'presenter', slide: 2 });
    expect(parsePresentQuery('?handout&layout=pages')).toEqual({
      role: null,
      slide: null,
      handout: true,
      events: null,
      layout: 'pages',
    });
  });

  it('reads a lesson in the order given and writes it back with plain commas', () => {
    expect(parsePresentQuery('?present&events=b,a,,c%20').events).toEqual(['b', 'a', 'c']);
    expect(presentSearch('?present&events=x', 'audience', 2, ['b', 'a'])).toBe('?present&slide=2&events=b,a');
    expect(presentSearch('?present&slide=2&events=b,a', 'audience', null, ['b', 'a'])).toBe('?events=b,a');
  });

  it('ignores slide numbers that are not whole and positive', () => {
    for (const bad of ['0', '-1', '2.5', 'x', '']) {
      expect(parsePresentQuery(`?present&slide=${bad}`).slide).toBeNull();
    }
  });

  it('writes bare flags, keeps other parameters and drops presenting when there is no slide', () => {
    expect(presentSearch('', 'audience', 3)).toBe('?present&slide=3');
    expect(presentSearch('?story=stories%2Fother.json&present&slide=9', 'audience', 4)).toBe(
      '?story=stories%2Fother.json&present&slide=4',
    );
    expect(presentSearch('?present&slide=4', 'presenter', 4)).toBe('?presenter&slide=4');
    expect(presentSearch('?present&slide=4', 'audience', null)).toBe('');
    expect(presentSearch('?handout&present&slide=1', 'audience', null)).toBe('?handout');
  });
});
