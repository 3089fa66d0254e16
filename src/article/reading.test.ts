import { describe, expect, it } from 'vitest';
import { makeParagraph } from '../story/fixtures';
import { articleRows, groupBySection, paragraphAtLine } from './reading';

describe('groupBySection', () => {
  it('keeps article order and starts a group at each section', () => {
    const groups = groupBySection({
      paragraphs: [
        makeParagraph('p1'),
        makeParagraph('p2', { section: 's1' }),
        makeParagraph('p3', { section: 's1' }),
      ],
      sections: [{ id: 's1', label: { zh: '（一）', en: 'Part I' } }],
    });
    expect(groups.map((g) => [g.section?.id, g.paragraphs.map((p) => p.id)])).toEqual([
      [undefined, ['p1']],
      ['s1', ['p2', 'p3']],
    ]);
  });
});

describe('paragraphAtLine', () => {
  const items = [
    { id: 'a', rect: { top: 0, bottom: 100 } },
    { id: 'b', rect: { top: 120, bottom: 200 } },
    { id: 'c', rect: { top: 220, bottom: 300 } },
  ];
  it('finds the paragraph under the reading line', () => {
    expect(paragraphAtLine(items, 150)).toBe('b');
  });
  it('keeps the paragraph above when the line falls in a gap', () => {
    expect(paragraphAtLine(items, 110)).toBe('a');
  });
  it('finds nothing above the first paragraph', () => {
    expect(paragraphAtLine(items, -10)).toBeNull();
  });
});

describe('articleRows', () => {
  it('lays the article out as header, section headings, paragraphs and footer, and finds each paragraph', () => {
    const { rows, rowOf } = articleRows(
      groupBySection({
        paragraphs: [
          makeParagraph('p1'),
          makeParagraph('p2', { section: 's1' }),
          makeParagraph('p3', { section: 's1' }),
        ],
        sections: [{ id: 's1', label: { zh: '（一）', en: 'Part I' } }],
      }),
    );
    expect(
      rows.map((r) =>
        r.kind === 'paragraph' ? r.paragraph.id : r.kind === 'section' ? `§${r.section.id}` : r.kind,
      ),
    ).toEqual(['header', 'p1', '§s1', 'p2', 'p3', 'footer']);
    expect([rowOf.get('p1'), rowOf.get('p2'), rowOf.get('p3')]).toEqual([1, 3, 4]);
  });
});
