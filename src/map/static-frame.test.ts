import { describe, expect, it } from 'vitest';
import {
  frame,
  type LabelCandidate,
  linePath,
  placeLabels,
  scaleAt,
  textWidth,
  zoomAt,
} from './static-frame';

const size = { width: 800, height: 500 };
const even = { top: 50, right: 50, bottom: 50, left: 50 };
const DUSHANBE = [68.78, 38.56];
const ASTANA = [71.43, 51.13];
const BERLIN = [13.4, 52.52];

const near = (a: [number, number] | null, b: [number, number], digits = 0) => {
  expect(a?.[0]).toBeCloseTo(b[0], digits);
  expect(a?.[1]).toBeCloseTo(b[1], digits);
};

describe('frame', () => {
  it('fits far-apart places inside the padding, touching it on one side', () => {
    const p = frame({ points: [BERLIN, DUSHANBE] }, size, even);
    const [bx = 0, by = 0] = p([13.4, 52.52]) ?? [];
    const [dx = 0, dy = 0] = p([68.78, 38.56]) ?? [];
    for (const [x, y] of [
      [bx, by],
      [dx, dy],
    ] as const) {
      expect(x).toBeGreaterThanOrEqual(49.9);
      expect(x).toBeLessThanOrEqual(750.1);
      expect(y).toBeGreaterThanOrEqual(49.9);
      expect(y).toBeLessThanOrEqual(450.1);
    }
    expect(Math.min(bx, dx)).toBeCloseTo(50, 0);
    expect(Math.max(bx, dx)).toBeCloseTo(750, 0);
  });

  it('centres one place in the open part of the map, no closer than MapLibre fits', () => {
    const p = frame({ points: [DUSHANBE] }, size, { ...even, left: 450 });
    near(p([68.78, 38.56]), [(450 + 750) / 2, 250]);
    expect(zoomAt(p.scale())).toBeCloseTo(4.5);
  });

  it('does not zoom in past the same limit for places close together', () => {
    const p = frame({ points: [DUSHANBE, [68.8, 38.6]] }, size, even);
    expect(zoomAt(p.scale())).toBeCloseTo(4.5);
    near(p([68.79, 38.58]), [400, 250]);
  });

  it("uses an event's own camera", () => {
    const p = frame({ view: { center: [70, 45], zoom: 3 } }, size, even);
    expect(p.scale()).toBeCloseTo(scaleAt(3));
    near(p([70, 45]), [400, 250]);
  });

  it('brings a focused place off the map into view, with the target', () => {
    const target = { points: [DUSHANBE, ASTANA] };
    expect(frame(target, size, even, ASTANA).scale()).toBe(frame(target, size, even).scale());
    const p = frame(target, size, even, BERLIN);
    const [x = -1, y = -1] = p([13.4, 52.52]) ?? [];
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(size.height);
  });
});

describe('linePath', () => {
  it('draws straight segments between the projected points', () => {
    const p = frame({ view: { center: [0, 0], zoom: 0 } }, { width: 512, height: 512 }, even);
    expect(
      linePath(
        [
          [0, 0],
          [90, 0],
        ],
        p,
      ),
    ).toBe('M256.0,256.0L384.0,256.0');
  });
});

describe('textWidth', () => {
  it('counts Chinese characters as squares and Latin letters as narrower', () => {
    expect(textWidth('中亚', 10)).toBe(20);
    expect(textWidth('Astana', 10)).toBeLessThan(40);
    expect(textWidth('ab', 10, 0.1)).toBeCloseTo(13.6);
  });
});

describe('placeLabels', () => {
  const label = (id: string, x: number, y: number, anchors: LabelCandidate['anchors']): LabelCandidate => ({
    id,
    x,
    y,
    width: 60,
    height: 14,
    offset: 8,
    anchors,
  });

  it('moves a label to its next anchor when the first would overlap one placed before', () => {
    const anchors = placeLabels(
      [label('a', 100, 100, ['right']), label('b', 110, 104, ['right', 'left', 'top'])],
      size,
    );
    expect(anchors.get('a')).toBe('right');
    expect(anchors.get('b')).toBe('left');
  });

  it('leaves out a label that fits nowhere, or would leave the map', () => {
    const anchors = placeLabels(
      [label('a', 100, 100, ['center']), label('b', 100, 100, ['center']), label('c', 790, 100, ['right'])],
      size,
    );
    expect([...anchors.keys()]).toEqual(['a']);
  });

  it('keeps labels from under the obstacles (the event card)', () => {
    const card = { x0: 0, y0: 0, x1: 95, y1: 200 };
    const anchors = placeLabels([label('a', 100, 100, ['left', 'right'])], size, [card]);
    expect(anchors.get('a')).toBe('right');
  });
});
