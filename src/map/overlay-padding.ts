export const PADDING = 60;

export type Padding = { top: number; right: number; bottom: number; left: number };

/**
 * Room for whatever covers the map (the event card, the slide caption): each element marked
 * `data-map-overlay` pads the side that leaves the larger open area.
 */
export function overlayPadding(map: DOMRect, overlays: DOMRect[]): Padding {
  const pad: Padding = { top: PADDING, right: PADDING, bottom: PADDING, left: PADDING };
  for (const o of overlays) {
    if (
      o.width === 0 ||
      o.right <= map.left ||
      o.left >= map.right ||
      o.bottom <= map.top ||
      o.top >= map.bottom
    )
      continue;
    const sides: [keyof Padding, number, number][] = [
      ['left', o.right - map.left, (map.right - o.right) * map.height],
      ['right', map.right - o.left, (o.left - map.left) * map.height],
      ['bottom', map.bottom - o.top, (o.top - map.top) * map.width],
      ['top', o.bottom - map.top, (map.bottom - o.bottom) * map.width],
    ];
    const [side, size] = sides.reduce((a, b) => (b[2] > a[2] ? b : a));
    pad[side] = Math.max(pad[side], size + PADDING / 2);
  }
  // Never pad away the whole map: MapLibre then refuses to fit.
  const squeeze = (a: number, b: number, total: number) =>
    a + b > total * 0.8 ? (total * 0.8) / (a + b) : 1;
  const h = squeeze(pad.left, pad.right, map.width);
  const v = squeeze(pad.top, pad.bottom, map.height);
  return { top: pad.top * v, bottom: pad.bottom * v, left: pad.left * h, right: pad.right * h };
}

const overlayRects = () =>
  [...document.querySelectorAll('[data-map-overlay]')].map((el) => el.getBoundingClientRect());

/** The padding for a map drawn in `container`, from the overlays on the page now. */
export function mapPadding(container: HTMLElement): Padding {
  return overlayPadding(container.getBoundingClientRect(), overlayRects());
}

/** The overlays on the page now, as boxes in the coordinates of a map drawn in `container`. */
export function overlayBoxes(container: HTMLElement): { x0: number; y0: number; x1: number; y1: number }[] {
  const map = container.getBoundingClientRect();
  return overlayRects()
    .filter((o) => o.width > 0)
    .map((o) => ({
      x0: o.left - map.left,
      y0: o.top - map.top,
      x1: o.right - map.left,
      y1: o.bottom - map.top,
    }));
}
