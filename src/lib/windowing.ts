/**
 * Above this many paragraphs, marks or rows a view renders only what is near the screen. Below it
 * everything is in the page, so find-in-page, reading order and the real story's layout stay as they are.
 */
export const WINDOW_ABOVE = 300;

export const isWindowed = (count: number): boolean => count > WINDOW_ABOVE;

/** A scrolled axis's span moves on in steps of this share of a screen. */
const STEP = 1 / 4;

/**
 * The span of a scrolled axis to render: the screen and about a screen either side, moved on in steps of
 * a quarter screen, so scrolling re-renders a few times per screen crossed rather than on every
 * scroll event. Each step adds and removes a quarter screen's items: a whole screen's at once, with
 * thousands of events, made a frame of 100 ms.
 */
export function windowSpan(scrollStart: number, screen: number): { from: number; to: number } {
  const size = Math.max(1, screen);
  const start = Math.floor(Math.max(0, scrollStart) / (size * STEP)) * size * STEP;
  return { from: start - size, to: start + 2 * size };
}

/** Index of the first item whose position is at least `at`, in items sorted by position. */
export function lowerBound<T>(items: readonly T[], at: number, position: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (position(items[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items (sorted by position) between `from` and `to`, plus those to keep wherever they are
 * (the active one, the focused one), still in position order.
 */
export function itemsInSpan<T extends { id: string }>(
  items: readonly T[],
  from: number,
  to: number,
  position: (item: T) => number,
  keep: ReadonlySet<string>,
): T[] {
  const start = lowerBound(items, from, position);
  const end = lowerBound(items, to, position);
  const inside = items.slice(start, end);
  // Only when there is something to keep: a look through thousands of items at every step of a scroll costs.
  const before = keep.size ? items.slice(0, start).filter((m) => keep.has(m.id)) : [];
  const after = keep.size ? items.slice(end).filter((m) => keep.has(m.id)) : [];
  return [...before, ...inside, ...after];
}

/**
 * `items` (sorted by position) with `item` among them in position order: the same array when it is
 * there already, so a view that keeps one more item (the active one) re-renders only that item.
 */
export function withItem<T extends { id: string }>(
  items: readonly T[],
  item: T | undefined,
  position: (item: T) => number,
): readonly T[] {
  if (!item) return items;
  const at = position(item);
  let i = lowerBound(items, at, position);
  for (let j = i; j < items.length && position(items[j] as T) === at; j++) {
    if ((items[j] as T).id === item.id) return items;
  }
  while (i < items.length && position(items[i] as T) === at) i++;
  return [...items.slice(0, i), item, ...items.slice(i)];
}
