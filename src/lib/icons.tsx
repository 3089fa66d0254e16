/**
 * Icons for buttons that used arrow characters: those sit in three of the Chinese font's subsets,
 * about 80 kB the English interface loaded for them alone, and the page's text was set again when
 * they arrived. Drawn in the text's colour, at its size.
 */
const PATHS = {
  left: 'M13.5 8h-11M7 3.5 2.5 8 7 12.5',
  right: 'M2.5 8h11M9 3.5 13.5 8 9 12.5',
  // Fit the whole: arrows out to two corners.
  expand: 'M9.5 2.5h4v4M13.5 2.5 9 7M6.5 13.5h-4v-4M2.5 13.5 7 9',
};
type Name = keyof typeof PATHS;

const SVG = { viewBox: '0 0 16 16', width: '1em', height: '1em', 'aria-hidden': 'true' } as const;
const PATH = {
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '1.6',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

export const Icon = ({ name }: { name: Name }) => (
  <svg className="icon" viewBox={SVG.viewBox} width={SVG.width} height={SVG.height} aria-hidden="true">
    <path
      d={PATHS[name]}
      fill={PATH.fill}
      stroke={PATH.stroke}
      strokeWidth={PATH['stroke-width']}
      strokeLinecap={PATH['stroke-linecap']}
      strokeLinejoin={PATH['stroke-linejoin']}
    />
  </svg>
);

/** The same icon as an element, for controls built outside React (the map's). */
export function iconElement(name: Name): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const path = document.createElementNS(ns, 'path');
  for (const [k, v] of Object.entries({ class: 'icon', ...SVG })) svg.setAttribute(k, v);
  for (const [k, v] of Object.entries({ d: PATHS[name], ...PATH })) path.setAttribute(k, v);
  svg.append(path);
  return svg;
}
