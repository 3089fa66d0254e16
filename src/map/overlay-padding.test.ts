import { describe, expect, it } from 'vitest';
import { overlayPadding } from './overlay-padding';

const rect = (x: number, y: number, width: number, height: number) =>
  ({ x, y, left: x, top: y, width, height, right: x + width, bottom: y + height }) as DOMRect;

describe('overlayPadding', () => {
  const map = rect(0, 55, 820, 523);

  it('pads the left for the event card at the bottom left of a wide map', () => {
    const pad = overlayPadding(map, [rect(12, 206, 380, 360)]);
    expect(pad.left).toBeGreaterThan(380);
    expect(pad.bottom).toBe(60);
  });

  it('pads the bottom for a card across a phone map', () => {
    const pad = overlayPadding(rect(0, 170, 390, 500), [rect(8, 440, 374, 220)]);
    expect(pad.bottom).toBeGreaterThan(200);
    expect(pad.left).toBe(60);
  });

  it('pads the right for the slide caption and never pads away the whole map', () => {
    const screen = rect(0, 0, 1280, 720);
    expect(overlayPadding(screen, [rect(780, 0, 500, 720)]).right).toBeGreaterThan(500);
    const crowded = overlayPadding(rect(0, 0, 400, 300), [rect(0, 0, 380, 300), rect(20, 0, 380, 300)]);
    expect(crowded.left + crowded.right).toBeLessThanOrEqual(320);
  });
});
