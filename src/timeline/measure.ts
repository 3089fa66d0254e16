/** The timeline's label font: widths are measured with it, so names are broken where the browser would. */
export const LABEL_FONT = '12px "Noto Sans SC", "Noto Sans SC Fallback", system-ui, sans-serif';

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Text width in the label font, px (cached: titles are measured at every zoom). */
export function measureLabel(text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (context) context.font = LABEL_FONT;
    width = context ? context.measureText(text).width : text.length * 7;
    widths.set(text, width);
  }
  return width;
}

/** Widths measured before the web font arrived are wrong: forget them once it has. */
export function onLabelFontReady(callback: () => void): void {
  void document.fonts?.load(LABEL_FONT, 'Aa中').then(() => {
    widths.clear();
    callback();
  });
}
