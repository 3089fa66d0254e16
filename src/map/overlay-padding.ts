/** Room kept between the framed places and the edge of the open area, for their names. */
export const PADDING = 48;

export type Padding = { top: number; right: number; bottom: number; left: number };

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The open rectangle of a `width` × `height` map that shows a target of the given aspect
 * (width / height) largest, with no overlay over it. Candidates are bounded by the map's and the
 * overlays' edges; a handful of overlays make a few thousand candidates at most.
 */
export function openArea(width: number, height: number, overlays: Box[], aspect: number): Box {
  const boxes = overlays
    .map((o) => ({
      x0: Math.max(0, o.x0),
      y0: Math.max(0, o.y0),
      x1: Math.min(width, o.x1),
      y1: Math.min(height, o.y1),
    }))
    .filter((o) => o.x1 > o.x0 && o.y1 > o.y0);
  const xs = [...new Set([0, width, ...boxes.flatMap((b) => [b.x0, b.x1])])].sort((a, b) => a - b);
  const ys = [...new Set([0, height, ...boxes.flatMap((b) => [b.y0, b.y1])])].sort((a, b) => a - b);
  let best: Box = { x0: 0, y0: 0, x1: width, y1: height };
  let bestScore = -1;
  for (const [i, x0] of xs.entries())
    for (const x1 of xs.slice(i + 1))
      for (const [j, y0] of ys.entries())
        for (const y1 of ys.slice(j + 1)) {
          const rect = { x0, y0, x1, y1 };
          if (boxes.some((b) => overlaps(rect, b))) continue;
          // How large the target can be drawn: limited by the tighter of the two sides.
          const w = Math.max(0, x1 - x0 - 2 * PADDING);
          const h = Math.max(0, y1 - y0 - 2 * PADDING);
          const score = Math.min(w, h * aspect) + 1e-6 * (x1 - x0) * (y1 - y0);
          if (score > bestScore) {
            best = rect;
            bestScore = score;
          }
        }
  return best;
}

/** Padding that keeps a fitted target inside the open area, with room for names around it. */
export function overlayPadding(map: DOMRect, overlays: DOMRect[], aspect = 1): Padding {
  const area = openArea(map.width, map.height, overlayBoxesIn(map, overlays), aspect);
  const pad = {
    top: area.y0 + PADDING,
    left: area.x0 + PADDING,
    bottom: map.height - area.y1 + PADDING,
    right: map.width - area.x1 + PADDING,
  };
  // Never pad away the whole map: MapLibre then refuses to fit.
  const squeeze = (a: number, b: number, total: number) =>
    a + b > total * 0.9 ? (total * 0.9) / (a + b) : 1;
  const h = squeeze(pad.left, pad.right, map.width);
  const v = squeeze(pad.top, pad.bottom, map.height);
  return { top: pad.top * v, bottom: pad.bottom * v, left: pad.left * h, right: pad.right * h };
}

const overlayRects = () =>
  [...document.querySelectorAll('[data-map-overlay]')].map((el) => el.getBoundingClientRect());

function overlayBoxesIn(map: DOMRect, overlays: DOMRect[]): Box[] {
  return overlays
    .filter((o) => o.width > 0 && o.height > 0)
    .map((o) => ({
      x0: o.left - map.left,
      y0: o.top - map.top,
      x1: o.right - map.left,
      y1: o.bottom - map.top,
    }));
}

/** The padding for a map drawn in `container`, from the overlays on the page now. */
export function mapPadding(container: HTMLElement, aspect = 1): Padding {
  return overlayPadding(container.getBoundingClientRect(), overlayRects(), aspect);
}

/** The overlays on the page now, as boxes in the coordinates of a map drawn in `container`. */
export function overlayBoxes(container: HTMLElement): Box[] {
  return overlayBoxesIn(container.getBoundingClientRect(), overlayRects());
}
