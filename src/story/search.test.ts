import { describe, expect, it } from 'vitest';
import { makeEvent, makeParagraph, makePlace, makeStory } from './fixtures';
import { normaliseStory } from './normalise';
import { storySearch } from './search';

const search = storySearch(
  normaliseStory(
    makeStory({
      paragraphs: [
        makeParagraph('p01', {
          zh: '库雷克港和阿克套港即时启动作业。',
          en: 'The ports of Kuryk and Aktau started work.',
        }),
      ],
      places: [
        makePlace('astana'),
        makePlace('kuryk', [51.67, 43.18]),
        {
          ...makePlace('kazakhstan', [67, 48]),
          kind: 'country',
          name: { zh: '哈萨克斯坦', en: 'Kazakhstan' },
        },
      ],
      events: [
        makeEvent('express', {
          title: { zh: '跨里海快运开通', en: 'Trans-Caspian express launched' },
          places: ['kuryk', 'kazakhstan'],
        }),
        makeEvent('envoys', {
          title: { zh: '汉使出使西域', en: 'Han envoys reach the Western Regions' },
          dateNote: { zh: '张骞出使在公元前138年。', en: 'Zhang Qian set out in 138 BCE.' },
          notes: { zh: '讲到葡萄与苜蓿。', en: 'Mention grapes and alfalfa.' },
        }),
        makeEvent('medal', { title: { zh: '授予埃尔多安', en: 'Meeting Erdoğan' } }),
      ],
    }),
  ),
);

describe('storySearch', () => {
  it('finds events, places and paragraphs in either language, case-insensitively', () => {
    expect(search('trans-caspian', 'en').map((h) => h.kind)).toEqual(['event']);
    expect(search('里海', 'en')[0]).toMatchObject({ kind: 'event', label: 'Trans-Caspian express launched' });
    expect(search('KURYK', 'en').map((h) => `${h.kind}:${h.id}`)).toEqual(['place:kuryk', 'paragraph:p01']);
    expect(search('阿克套', 'zh')[0]).toMatchObject({ kind: 'paragraph', id: 'p01' });
  });

  it('reads notes and date notes in both languages, and ignores accents', () => {
    expect(search('Zhang Qian', 'en')[0]).toMatchObject({ kind: 'event', id: 'envoys' });
    expect(search('张骞', 'zh')[0]).toMatchObject({ kind: 'event', id: 'envoys' });
    expect(search('alfalfa', 'en')[0]).toMatchObject({ kind: 'event', id: 'envoys' });
    expect(search('erdogan', 'en')[0]).toMatchObject({ kind: 'event', id: 'medal' });
  });

  it('forgives a small misspelling and says how many events a place has', () => {
    expect(search('Kazakstan', 'en')[0]).toEqual({
      kind: 'place',
      id: 'kazakhstan',
      label: 'Kazakhstan',
      events: 1,
    });
    expect(search('Qxzwv', 'en')).toEqual([]);
  });

  it('finds nothing for blank queries', () => {
    expect(search('  ', 'en')).toEqual([]);
  });
});
