import { describe, expect, it } from 'vitest';
import { isWindowed, itemsInSpan, lowerBound, WINDOW_ABOVE, windowSpan, withItem } from './windowing';

const marks = (...xs: number[]) => xs.map((x, i) => ({ id: `m${i}`, x }));
const ids = (items: { id: string }[]) => items.map((m) => m.id);

describe('isWindowed', () => {
  it('renders a story the size of the real one whole, and a large one windowed', () => {
    expect(isWindowed(107)).toBe(false);
    expect(isWindowed(WINDOW_ABOVE)).toBe(false);
    expect(isWindowed(WINDOW_ABOVE + 1)).toBe(true);
  });
});

describe('windowSpan', () => {
  it('covers the screen and one screen either side', () => {
    expect(windowSpan(1000, 400)).toEqual({ from: 600, to: 1800 });
    const { from, to } = windowSpan(1099, 400);
    expect(from).toBeLessThanOrEqual(1099 - 400);
    expect(to).toBeGreaterThanOrEqual(1099 + 400 + 300);
  });

  it('stays the same while the scroll stays within a quarter screen, and moves a quarter screen on', () => {
    expect(windowSpan(1000, 400)).toEqual(windowSpan(1099, 400));
    expect(windowSpan(1100, 400)).toEqual({ from: 700, to: 1900 });
  });

  it('starts before the axis at the start and survives a hidden (zero-sized) view', () => {
    expect(windowSpan(0, 400)).toEqual({ from: -400, to: 800 });
    expect(windowSpan(-30, 400)).toEqual({ from: -400, to: 800 });
    expect(windowSpan(50, 0).to).toBeGreaterThan(50);
  });
});

describe('lowerBound', () => {
  it('finds the first position at or after a point', () => {
    const items = marks(10, 20, 20, 30);
    expect(lowerBound(items, 20, (m) => m.x)).toBe(1);
    expect(lowerBound(items, 21, (m) => m.x)).toBe(3);
    expect(lowerBound(items, 0, (m) => m.x)).toBe(0);
    expect(lowerBound(items, 99, (m) => m.x)).toBe(4);
  });
});

describe('itemsInSpan', () => {
  const items = marks(0, 100, 200, 300, 400, 500);
  const x = (m: { x: number }) => m.x;

  it('keeps the items inside the span', () => {
    expect(ids(itemsInSpan(items, 150, 410, x, new Set()))).toEqual(['m2', 'm3', 'm4']);
  });

  it('adds the items to keep from outside, in position order', () => {
    expect(ids(itemsInSpan(items, 150, 310, x, new Set(['m5', 'm0'])))).toEqual(['m0', 'm2', 'm3', 'm5']);
  });

  it('does not repeat a kept item that is inside anyway', () => {
    expect(ids(itemsInSpan(items, 150, 310, x, new Set(['m2'])))).toEqual(['m2', 'm3']);
  });

  it('is empty for a span off the axis', () => {
    expect(itemsInSpan(items, 1000, 2000, x, new Set())).toEqual([]);
  });
});

describe('withItem', () => {
  const x = (m: { x: number }) => m.x;

  it('puts an item from elsewhere in position order, after those at the same position', () => {
    const shown = marks(10, 20, 20, 40);
    expect(ids([...withItem(shown, { id: 'a', x: 30 }, x)])).toEqual(['m0', 'm1', 'm2', 'a', 'm3']);
    expect(ids([...withItem(shown, { id: 'b', x: 20 }, x)])).toEqual(['m0', 'm1', 'm2', 'b', 'm3']);
    expect(ids([...withItem(shown, { id: 'c', x: 5 }, x)])).toEqual(['c', 'm0', 'm1', 'm2', 'm3']);
    expect(ids([...withItem(shown, { id: 'd', x: 50 }, x)])).toEqual(['m0', 'm1', 'm2', 'm3', 'd']);
  });

  it('returns the same array when the item is there already, or there is none', () => {
    const shown = marks(10, 20, 20, 40);
    expect(withItem(shown, shown[2], x)).toBe(shown);
    expect(withItem(shown, undefined, x)).toBe(shown);
  });
});
