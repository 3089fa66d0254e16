import { describe, expect, it } from 'vitest';
import { DOT, fitLabel, LABEL_PAD, layoutMarks, namedShare, type PlacedMark, thinAxis, wrap } from './lanes';

/** A stand-in for the canvas: Latin letters 7 px, Chinese characters 13 px. */
const measure = (text: string) => [...text].reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? 13 : 7), 0);
const en = { measure, maxWidth: 200, cjk: false, lanes: 3 };

describe('wrap and fitLabel', () => {
  it('breaks English between words and Chinese between characters', () => {
    expect(wrap('China–Europe Trans-Caspian Express launched', 150, measure, false)).toEqual([
      'China–Europe',
      'Trans-Caspian Express',
      'launched',
    ]);
    expect(wrap('中欧跨里海直达快运启动', 70, measure, true)).toEqual(['中欧跨里海', '直达快运启', '动']);
    // Punctuation never starts a line.
    expect(wrap('疫情后首访：金鹰勋章', 70, measure, true)).toEqual(['疫情后首', '访：金鹰勋', '章']);
  });

  it('keeps a short title on one line and balances a long one over two', () => {
    expect(fitLabel('Summit', en)).toEqual({ width: 42, lines: ['Summit'] });
    const fit = fitLabel('China–Europe Trans-Caspian Express launched', en);
    expect(fit?.lines).toHaveLength(2);
    expect(fit?.lines.join(' ')).toBe('China–Europe Trans-Caspian Express launched');
    expect(fit?.width).toBeLessThanOrEqual(200);
    expect(fit?.width).toBeLessThan(measure('China–Europe Trans-Caspian Express launched'));
  });

  it('refuses a title that would need a third line', () => {
    expect(fitLabel('word '.repeat(40).trim(), en)).toBeNull();
  });
});

describe('layoutMarks', () => {
  it('fits each title once across layouts that share their fits, placing the marks as before', () => {
    const marks = (spread: number) =>
      ['Arrival in Astana', 'China–Europe Trans-Caspian Express launched', 'Summit'].map((label, i) => ({
        id: label,
        x: i * spread,
        label,
      }));
    let measured = 0;
    const counting = (text: string) => {
      measured++;
      return measure(text);
    };
    const counted = { ...en, measure: counting, fits: new Map() };
    const close = layoutMarks(marks(60), counted);
    const perLayout = measured;
    const far = layoutMarks(marks(400), counted);
    expect(measured).toBe(perLayout);
    expect(close).toEqual(layoutMarks(marks(60), en));
    expect(far).toEqual(layoutMarks(marks(400), en));
  });

  it('stacks neighbours into lanes and names each whole', () => {
    const placed = layoutMarks(
      [
        { id: 'a', x: 100, label: 'Arrival in Astana' },
        { id: 'b', x: 110, label: 'State ceremony' },
        { id: 'c', x: 400, label: 'Summit' },
      ],
      en,
    );
    const lane = (id: string) => placed.find((p) => p.id === id)?.lane;
    expect(lane('a')).not.toBe(lane('b'));
    expect(lane('c')).toBe(0);
    expect(placed.every((p) => p.fit)).toBe(true);
  });

  it('never lets a name run under a later mark: crowded marks go on the axis, unnamed', () => {
    const crowd = Array.from({ length: 8 }, (_, i) => ({
      id: `e${i}`,
      x: 100 + i * 20,
      label: 'A long event title',
    }));
    const placed = layoutMarks(crowd, en);
    expect(placed).toHaveLength(8);
    expect(placed.filter((p) => p.lane === null && p.fit === null)).toHaveLength(3);
    for (const a of placed)
      for (const b of placed)
        if (a !== b && a.fit && a.lane === b.lane && a.x < b.x)
          expect(a.x + DOT / 2 + a.fit.width + 2 * LABEL_PAD).toBeLessThanOrEqual(b.x - DOT / 2);
    expect(namedShare(placed, 0, 1000)).toBeCloseTo(5 / 8);
    expect(namedShare(placed, 500, 600)).toBe(1);
  });
});

describe('thinAxis', () => {
  const mark = (id: string, x: number, lane: number | null = null): PlacedMark => ({
    id,
    x,
    label: id,
    lane,
    fit: lane === null ? null : { width: 20, lines: [id] },
  });

  it('keeps named marks, kept marks and unnamed marks a dot apart as buttons; draws the rest', () => {
    const marks = [mark('a', 0), mark('b', 4), mark('n', 6, 0), mark('c', 10), mark('d', 16), mark('e', 20)];
    const { buttons, dots } = thinAxis(marks, new Set(['c']));
    expect(buttons.map((m) => m.id)).toEqual(['a', 'n', 'c', 'd']);
    expect(dots.map((m) => m.id)).toEqual(['b', 'e']);
  });

  it('leaves a sparse axis alone', () => {
    const marks = [mark('a', 0), mark('b', 40), mark('c', 80)];
    expect(thinAxis(marks, new Set()).dots).toEqual([]);
  });
});
