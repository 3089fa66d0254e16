import { describe, expect, it } from 'vitest';
import { makeEvent, makeParagraph, makeStory } from '../story/fixtures';
import { normaliseStory } from '../story/normalise';
import { excerpt, formatElapsed, partLabel, passageOf, sectionOf, sentences, splitPassage } from './slide';

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

describe('splitPassage', () => {
  const passage = (langs: ('zh' | 'en')[], texts: string[]) =>
    langs.map((lang) => ({
      lang,
      paragraphs: texts.map((text, i) => ({ id: `p${i}`, text: `${lang}:${text}` })),
    }));
  /** A slide that holds `max` characters of text. */
  const holds = (max: number) => (part: { paragraphs: { text: string }[] }[]) =>
    part.flatMap((l) => l.paragraphs).reduce((n, p) => n + p.text.length, 0) <= max;

  it('keeps a passage that fits whole, on one part', () => {
    const whole = passage(['en'], ['One. Two.', 'Three.']);
    expect(splitPassage(whole, holds(100))).toEqual([whole]);
  });

  it('cuts between paragraphs, each language of a paragraph kept together in both', () => {
    const parts = splitPassage(passage(['zh', 'en'], ['aaaa', 'bbbb']), holds(16));
    expect(parts).toEqual([
      [
        { lang: 'zh', paragraphs: [{ id: 'p0', text: 'zh:aaaa' }] },
        { lang: 'en', paragraphs: [{ id: 'p0', text: 'en:aaaa' }] },
      ],
      [
        { lang: 'zh', paragraphs: [{ id: 'p1', text: 'zh:bbbb' }] },
        { lang: 'en', paragraphs: [{ id: 'p1', text: 'en:bbbb' }] },
      ],
    ]);
  });

  it('cuts a paragraph too long for a slide between its sentences, and loses no word', () => {
    const text = 'First sentence here. Second one follows! Third? Fourth and last.';
    const parts = splitPassage(passage(['en'], [text]), holds(30));
    expect(parts.length).toBeGreaterThan(1);
    const joined = parts.map((p) => p.flatMap((l) => l.paragraphs.map((x) => x.text)).join(' ')).join(' ');
    expect(joined).toBe(`en:${text}`);
    expect(sentences('一句\u3002二句\uff01三句', 'zh')).toEqual(['一句\u3002', '二句\uff01', '三句']);
  });

  it('labels the parts of a continued slide 12a, 12b', () => {
    expect([partLabel(12, 0, 1), partLabel(12, 0, 2), partLabel(12, 1, 2)]).toEqual(['12', '12a', '12b']);
  });
});
