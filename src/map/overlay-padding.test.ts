import { describe, expect, it } from 'vitest';
import { openArea, overlayPadding, PADDING } from './overlay-padding';

const rect = (x: number, y: number, width: number, height: number) =>
  ({ x, y, left: x, top: y, width, height, right: x + width, bottom: y + height }) as DOMRect;

describe('openArea', () => {
  it('is the whole map without overlays', () => {
    expect(openArea(800, 500, [], 1)).toEqual({ x0: 0, y0: 0, x1: 800, y1: 500 });
  });

  it('goes beside a tall card and below the controls for a wide target', () => {
    const area = openArea(
      820,
      520,
      [
        { x0: 12, y0: 12, x1: 332, y1: 400 },
        { x0: 770, y0: 10, x1: 810, y1: 120 },
      ],
      2,
    );
    expect(area).toEqual({ x0: 332, y0: 120, x1: 820, y1: 520 });
  });

  it('prefers the shape that shows the target largest', () => {
    // A card across the middle: a tall target fits best beside it, a wide one above it.
    const card = { x0: 300, y0: 250, x1: 800, y1: 400 };
    expect(openArea(800, 500, [card], 0.5)).toMatchObject({ x0: 0, x1: 300 });
    expect(openArea(800, 500, [card], 4)).toMatchObject({ y0: 0, y1: 250 });
  });
});

describe('overlayPadding', () => {
  const map = rect(0, 55, 820, 523);

  it('pads the left for the event card at the bottom left of a wide map', () => {
    const pad = overlayPadding(map, [rect(12, 206, 380, 360)], 2);
    expect(pad.left).toBeGreaterThanOrEqual(392 + PADDING);
    expect(pad.bottom).toBe(PADDING);
  });

  it('pads the bottom for a card across a phone map', () => {
    const pad = overlayPadding(rect(0, 170, 390, 500), [rect(8, 440, 374, 230)], 1);
    expect(pad.bottom).toBeGreaterThan(230);
    expect(pad.left).toBe(PADDING);
  });

  it('pads the right for the slide caption and never pads away the whole map', () => {
    const screen = rect(0, 0, 1280, 720);
    expect(overlayPadding(screen, [rect(780, 0, 500, 720)]).right).toBeGreaterThan(500);
    const crowded = overlayPadding(rect(0, 0, 400, 300), [rect(0, 0, 380, 300), rect(20, 0, 380, 300)]);
    expect(crowded.left + crowded.right).toBeLessThanOrEqual(360);
  });
});
