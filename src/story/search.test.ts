import { describe, expect, it } from 'vitest';
import { makeEvent, makeParagraph, makeStory } from './fixtures';
import { normaliseStory } from './normalise';
import { searchStory } from './search';

const story = normaliseStory(
  makeStory({
    paragraphs: [
      makeParagraph('p01', {
        zh: '库雷克港和阿克套港即时启动作业。',
        en: 'The ports of Kuryk and Aktau started work.',
      }),
    ],
    events: [makeEvent('express', { title: { zh: '跨里海快运开通', en: 'Trans-Caspian express launched' } })],
  }),
);

describe('searchStory', () => {
  it('finds events, places and paragraphs in either language, case-insensitively', () => {
    expect(searchStory(story, 'trans-caspian', 'en').map((h) => h.kind)).toEqual(['event']);
    expect(searchStory(story, '里海', 'en')[0]).toMatchObject({
      kind: 'event',
      label: 'Trans-Caspian express launched',
    });
    expect(searchStory(story, 'KURYK', 'en').map((h) => `${h.kind}:${h.id}`)).toEqual([
      'place:kuryk',
      'paragraph:p01',
    ]);
    expect(searchStory(story, '阿克套', 'zh')[0]).toMatchObject({ kind: 'paragraph', id: 'p01' });
  });

  it('finds nothing for blank queries', () => {
    expect(searchStory(story, '  ', 'en')).toEqual([]);
  });
});
