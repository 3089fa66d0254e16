import type { Lang } from '../story/schema';

export interface MarkInput {
  id: string;
  x: number;
  label: string;
}

export interface PlacedMark extends MarkInput {
  lane: number;
  showLabel: boolean;
  labelWidth: number;
}

export const LANES = 5;
const DOT = 16;
const MAX_LABEL = 170;

/** Rough label width: CJK glyphs are square, Latin ones about half as wide. */
export function labelWidth(label: string, lang: Lang): number {
  let w = 0;
  for (const ch of label) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 13 : lang === 'zh' ? 7 : 6.6;
  return Math.min(MAX_LABEL, Math.ceil(w) + 8);
}

/**
 * Greedy lanes: each mark takes the first lane where it does not overlap the previous one;
 * its label shows only where the lane has room for it, so labels never collide.
 */
export function layoutMarks(marks: MarkInput[], lang: Lang): PlacedMark[] {
  const ends: number[] = Array(LANES).fill(Number.NEGATIVE_INFINITY);
  const last: (PlacedMark | undefined)[] = Array(LANES).fill(undefined);
  return [...marks]
    .sort((a, b) => a.x - b.x)
    .map((m) => {
      const want = labelWidth(m.label, lang);
      let lane = ends.findIndex((end) => end + 4 <= m.x);
      if (lane === -1) {
        // Every lane is taken: cut back the label this mark would cover, or hide it.
        lane = ends.indexOf(Math.min(...ends));
        const prev = last[lane];
        if (prev) {
          prev.labelWidth = Math.max(0, m.x - prev.x - DOT - 8);
          prev.showLabel = prev.labelWidth >= 40;
        }
      }
      const placed: PlacedMark = { ...m, lane, showLabel: true, labelWidth: want };
      ends[lane] = m.x + DOT + want;
      last[lane] = placed;
      return placed;
    });
}
