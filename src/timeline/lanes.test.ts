import { describe, expect, it } from 'vitest';
import { LANES, labelWidth, layoutMarks } from './lanes';

describe('layoutMarks', () => {
  it('stacks marks that would overlap into separate lanes', () => {
    const placed = layoutMarks(
      [
        { id: 'a', x: 100, label: 'Arrival in Astana' },
        { id: 'b', x: 110, label: 'State ceremony' },
        { id: 'c', x: 400, label: 'Summit' },
      ],
      'en',
    );
    const lane = (id: string) => placed.find((p) => p.id === id)?.lane;
    expect(lane('a')).not.toBe(lane('b'));
    expect(lane('c')).toBe(0);
    expect(placed.every((p) => p.showLabel)).toBe(true);
  });

  it('hides or shortens labels, never marks, so no mark sits on a label', () => {
    const crowd = Array.from({ length: LANES + 2 }, (_, i) => ({
      id: `e${i}`,
      x: 100 + i * 30,
      label: 'A long event title',
    }));
    const placed = layoutMarks(crowd, 'en');
    expect(placed).toHaveLength(crowd.length);
    for (const a of placed) {
      for (const b of placed) {
        if (a !== b && a.lane === b.lane && a.x < b.x && a.showLabel)
          expect(a.x + 16 + a.labelWidth).toBeLessThanOrEqual(b.x);
      }
    }
  });

  it('measures Chinese labels wider per character', () => {
    expect(labelWidth('中欧跨里海直达快运', 'zh')).toBeGreaterThan(labelWidth('Trans-Caspian', 'en'));
  });
});
