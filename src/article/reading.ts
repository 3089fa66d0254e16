import type { Paragraph, Section, Story } from '../story/schema';

export interface SectionGroup {
  section?: Section;
  paragraphs: Paragraph[];
}

/** Paragraphs in article order, grouped under the section each one starts or continues. */
export function groupBySection(story: Pick<Story, 'paragraphs' | 'sections'>): SectionGroup[] {
  const sections = new Map((story.sections ?? []).map((s) => [s.id, s]));
  const groups: SectionGroup[] = [];
  for (const p of story.paragraphs) {
    const last = groups.at(-1);
    if (last && last.section?.id === p.section) last.paragraphs.push(p);
    else groups.push({ section: p.section ? sections.get(p.section) : undefined, paragraphs: [p] });
  }
  return groups;
}

/** The paragraph that the reading line crosses, or the last one above it. */
export function paragraphAtLine(
  items: { id: string; rect: { top: number; bottom: number } }[],
  line: number,
): string | null {
  let found: string | null = null;
  for (const item of items) {
    if (item.rect.top <= line) found = item.id;
    if (item.rect.bottom >= line) break;
  }
  return found;
}

/** One row of a windowed article: its header, a section's heading, a paragraph or the footer. */
export type ArticleRow =
  | { kind: 'header' }
  | { kind: 'section'; section: Section }
  | { kind: 'paragraph'; paragraph: Paragraph }
  | { kind: 'footer' };

/** The article as a flat list of rows, in reading order, and the row of each paragraph. */
export function articleRows(groups: SectionGroup[]): { rows: ArticleRow[]; rowOf: Map<string, number> } {
  const rows: ArticleRow[] = [{ kind: 'header' }];
  const rowOf = new Map<string, number>();
  for (const g of groups) {
    if (g.section) rows.push({ kind: 'section', section: g.section });
    for (const paragraph of g.paragraphs) {
      rowOf.set(paragraph.id, rows.length);
      rows.push({ kind: 'paragraph', paragraph });
    }
  }
  rows.push({ kind: 'footer' });
  return { rows, rowOf };
}
