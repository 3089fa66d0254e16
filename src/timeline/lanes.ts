export interface MarkInput {
  id: string;
  x: number;
  label: string;
}

export interface LabelFit {
  /** Width of the label box, px. */
  width: number;
  lines: string[];
}

export interface PlacedMark extends MarkInput {
  /** Row above the axis, 0 the top one; `null` for a mark drawn on the axis without a name. */
  lane: number | null;
  /** The whole title, in at most two lines; `null` where there is no room (named on hover and focus). */
  fit: LabelFit | null;
}

export interface LaneOptions {
  lanes: number;
  /** Text width of a string, px. */
  measure: (text: string) => number;
  /** Widest a label may be, px. */
  maxWidth: number;
  /** Whether the text breaks between any two characters (Chinese) or only between words. */
  cjk: boolean;
  /**
   * Fits already worked out with this `measure`, `maxWidth` and `cjk`, by title; new ones are added.
   * A title's fit does not depend on where its mark is, so every zoom can share them.
   */
  fits?: Map<string, LabelFit | null>;
}

/** The dot and the gap before its label, px. */
export const DOT = 16;
const GAP = 6;
/** Padding either side of a label's text, px. */
export const LABEL_PAD = 4;
const MIN_WIDTH = 56;
const LINES = 2;

/** Chinese punctuation that never starts a line: it stays with the character before it. */
const NO_BREAK_BEFORE =
  /^[\uff0c\u3002\u3001\uff1a\uff1b\uff01\uff1f\uff09\u300b\u300d\u300f\u3011\u00b7\u2026\u2014]$/u;

/** Greedy line breaking at `width`; a word wider than the line is a line of its own (and does not fit). */
export function wrap(text: string, width: number, measure: (t: string) => number, cjk: boolean): string[] {
  const units = cjk
    ? [...text].reduce<string[]>((out, ch) => {
        if (NO_BREAK_BEFORE.test(ch) && out.length) out[out.length - 1] += ch;
        else out.push(ch);
        return out;
      }, [])
    : text.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const next = line + unit;
    if (line && measure(next.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * The narrowest box that holds the whole title in one or two lines (narrow labels leave room
 * for the neighbours), or null when even the widest box would cut it.
 */
export function fitLabel(
  text: string,
  opts: Pick<LaneOptions, 'measure' | 'maxWidth' | 'cjk'>,
): LabelFit | null {
  const { measure, maxWidth, cjk } = opts;
  const fits = (width: number) => {
    const lines = wrap(text, width, measure, cjk);
    return lines.length <= LINES && lines.every((l) => measure(l) <= width) ? lines : null;
  };
  const single = measure(text);
  if (single <= Math.max(MIN_WIDTH * 1.6, maxWidth * 0.55))
    return { width: Math.ceil(single), lines: [text] };
  if (!fits(maxWidth)) return null;
  let lo = MIN_WIDTH;
  let hi = maxWidth;
  while (hi - lo > 4) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  const lines = fits(hi) ?? [text];
  return { width: Math.ceil(Math.max(...lines.map(measure))), lines };
}

/**
 * Places marks left to right, each in the highest lane free at its position. A mark is named
 * only if its whole title fits before the lane is needed again, so no name is ever cut;
 * a mark without room for its name goes on the axis, still a button that names itself on focus.
 */
export function layoutMarks(marks: MarkInput[], opts: LaneOptions): PlacedMark[] {
  const ends: number[] = Array(opts.lanes).fill(Number.NEGATIVE_INFINITY);
  const fits = opts.fits ?? new Map<string, LabelFit | null>();
  return [...marks]
    .sort((a, b) => a.x - b.x)
    .map((m) => {
      const start = m.x - DOT / 2;
      const lane = ends.findIndex((end) => end + GAP <= start);
      if (lane === -1) return { ...m, lane: null, fit: null };
      if (!fits.has(m.label)) fits.set(m.label, fitLabel(m.label, opts));
      const fit = fits.get(m.label) ?? null;
      if (!fit) return { ...m, lane: null, fit: null };
      ends[lane] = m.x + DOT / 2 + GAP + fit.width + 2 * LABEL_PAD;
      return { ...m, lane, fit };
    });
}

/** Share of the marks between `from` and `to` (px) that are named. */
export function namedShare(marks: PlacedMark[], from: number, to: number): number {
  const inView = marks.filter((m) => m.x >= from && m.x <= to);
  return inView.length ? inView.filter((m) => m.fit).length / inView.length : 1;
}

/**
 * Where thousands of unnamed marks crowd the axis, a button for each is more than a page can hold
 * and more than anyone can tell apart. Keeps as buttons the named marks, those in `keep`, and the
 * unnamed marks at least a dot apart (so every point of a crowded axis is still under a button);
 * the rest are only drawn. Input and both outputs are sorted by x.
 */
export function thinAxis(
  marks: PlacedMark[],
  keep: ReadonlySet<string>,
): { buttons: PlacedMark[]; dots: PlacedMark[] } {
  const buttons: PlacedMark[] = [];
  const dots: PlacedMark[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const m of marks) {
    if (m.lane !== null || keep.has(m.id)) buttons.push(m);
    else if (m.x - last >= DOT) {
      buttons.push(m);
      last = m.x;
    } else dots.push(m);
  }
  return { buttons, dots };
}
