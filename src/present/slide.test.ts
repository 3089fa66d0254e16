import { describe, expect, it } from 'vitest';
import { makeEvent, makeParagraph, makeStory } from '../story/fixtures';
import { normaliseStory } from '../story/normalise';
import { excerpt, formatElapsed, passageOf, sectionOf } from './slide';

function story() {
  return normaliseStory(
    makeStory({
      sections: [
        {
          id: 's2',
          label: { zh: '（二）', en: 'Part II' },
          title: { zh: '务实合作', en: 'Practical Cooperation' },
        },
      ],
      paragraphs: [
        makeParagraph('p01'),
        makeParagraph('p02', { section: 's2' }),
        makeParagraph('p03', { section: 's2' }),
      ],
      events: [makeEvent('intro'), makeEvent('talks', { paragraphs: ['p02', 'p03'] })],
    }),
  );
}

describe('slides', () => {
  it('gives the linked passage in one language or in both, Chinese first', () => {
    const s = story();
    const talks = s.eventsById.get('talks');
    if (!talks) throw new Error('fixture');
    expect(passageOf(s, talks, 'en')).toEqual([
      {
        lang: 'en',
        paragraphs: [
          { id: 'p02', text: 'Paragraph p02' },
          { id: 'p03', text: 'Paragraph p03' },
        ],
      },
    ]);
    expect(passageOf(s, talks, 'both').map((p) => p.lang)).toEqual(['zh', 'en']);
    expect(passageOf(s, talks, 'zh')[0]?.paragraphs[0]?.text).toBe('段落p02');
  });

  it('names the article section an event is told in, if any', () => {
    const s = story();
    const [intro, talks] = s.events;
    if (!intro || !talks) throw new Error('fixture');
    expect(sectionOf(s, talks, 'en')).toBe('Part II · Practical Cooperation');
    expect(sectionOf(s, talks, 'zh')).toBe('（二）务实合作');
    expect(sectionOf(s, intro, 'en')).toBeNull();
  });

  it('cuts English excerpts at a word and Chinese anywhere, and leaves short texts whole', () => {
    expect(excerpt('Short.', 'en')).toBe('Short.');
    const long = `${'word '.repeat(60)}end`;
    const cut = excerpt(long, 'en');
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(221);
    expect(excerpt('中'.repeat(200), 'zh')).toBe(`${'中'.repeat(90)}…`);
  });

  it('reads the clock in minutes, then hours', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(245)).toBe('4:05');
    expect(formatElapsed(3729)).toBe('1:02:09');
  });
});
