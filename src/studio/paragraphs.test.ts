import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeEvent, makeStory } from '../story/fixtures';
import { makeParagraphs, mergeWithNext, moveParagraph, splitParagraph } from './paragraphs';

describe('makeParagraphs', () => {
  it('splits the real article at blank lines, rejoins its wrapped lines and finds its three parts', () => {
    const text = readFileSync('data/source/article-zh.txt', 'utf8');
    const { paragraphs, sections } = makeParagraphs(text, 'zh');
    expect(paragraphs[0]?.zh).toBe('中亚大地，亚欧大陆的中心，与中国山水相连、唇齿相依的周边。');
    expect(sections.map((s) => s.label.zh)).toEqual(['（一）', '（二）', '（三）']);
    expect(paragraphs.find((p) => p.section === 's1')?.zh).toMatch(/^2022 年 9 月/);
    expect(paragraphs[4]?.section).toBeUndefined();
  });

  it('joins English lines with spaces and rejoins hyphenated words', () => {
    const { paragraphs } = makeParagraphs('The heart of the conti-\nnent, and\nits rivers.\n\nSecond.', 'en');
    expect(paragraphs.map((p) => p.en)).toEqual(['The heart of the continent, and its rivers.', 'Second.']);
  });

  it('takes a heading with its title, and a text without blank lines a paragraph a line', () => {
    const { paragraphs, sections } = makeParagraphs('Part II: Practical Cooperation\nOne.\nTwo.', 'en');
    expect(sections).toEqual([
      { id: 's1', label: { en: 'Part II' }, title: { en: 'Practical Cooperation' } },
    ]);
    expect(paragraphs).toEqual([
      { id: 'p001', section: 's1', en: 'One.' },
      { id: 'p002', section: 's1', en: 'Two.' },
    ]);
  });
});

describe('editing paragraphs', () => {
  const story = () =>
    makeStory({
      paragraphs: [
        { id: 'p01', zh: '第一段。', en: 'First.' },
        { id: 'p02', zh: '第二段。', en: 'Second.' },
      ],
      events: [makeEvent('a', { paragraphs: ['p02'] }), makeEvent('b', { paragraphs: ['p01', 'p02'] })],
    });

  it('merges a paragraph with the next and moves their links to the one kept', () => {
    const merged = mergeWithNext(story(), 'p01');
    expect(merged.paragraphs).toEqual([{ id: 'p01', zh: '第一段。第二段。', en: 'First. Second.' }]);
    expect(merged.events.map((e) => e.paragraphs)).toEqual([['p01'], ['p01']]);
  });

  it('splits a paragraph at an offset; the second half gets a fresh id', () => {
    const split = splitParagraph(story(), 'p01', 'en', 3);
    expect(split.paragraphs.map((p) => [p.id, p.en])).toEqual([
      ['p01', 'Fir'],
      ['p01-2', 'st.'],
      ['p02', 'Second.'],
    ]);
    expect(splitParagraph(story(), 'p01', 'en', 0)).toEqual(story());
  });

  it('moves a paragraph up or down, and not past either end', () => {
    expect(moveParagraph(story(), 'p02', -1).paragraphs.map((p) => p.id)).toEqual(['p02', 'p01']);
    expect(moveParagraph(story(), 'p02', 1).paragraphs.map((p) => p.id)).toEqual(['p01', 'p02']);
  });
});
