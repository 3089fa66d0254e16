import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeParagraphs } from './paragraphs';

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
