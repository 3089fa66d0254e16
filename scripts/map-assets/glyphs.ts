import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import TinySDF from '@mapbox/tiny-sdf';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { PbfWriter as Pbf } from 'pbf';

/** MapLibre's glyph files: 24 px signed-distance fields with a 3 px border, 256 code points a file. */
const SIZE = 24;
const BUFFER = 3;
const RANGE = 256;
/**
 * TinySDF measures `top` from the baseline; glyph files measure it from an origin above the em box.
 * MapLibre shifts its own TinySDF glyphs by the same amount, so built and locally drawn glyphs line up.
 */
const TOP_ADJUSTMENT = 27.5;

export const FONT_FAMILY = 'Noto Sans SC';

class NodeTinySDF extends TinySDF {
  protected _createCanvas(size: number) {
    return createCanvas(size, size);
  }
}

let registered = false;

/** Registers every weight-400 unicode-range subset of the bundled font with the canvas library. */
function registerFont(): void {
  if (registered) return;
  const css = createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css');
  const dir = join(dirname(css), 'files');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('-400-normal.woff2'))) {
    GlobalFonts.registerFromPath(join(dir, file), FONT_FAMILY);
  }
  registered = true;
}

export interface Glyph {
  id: number;
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** Renders each code point as MapLibre's server-side glyphs are made. */
export function renderGlyphs(codePoints: Iterable<number>): Glyph[] {
  registerFont();
  const sdf = new NodeTinySDF({
    fontSize: SIZE,
    buffer: BUFFER,
    radius: 8,
    cutoff: 0.25,
    fontFamily: FONT_FAMILY,
  });
  return [...codePoints].map((id) => {
    const g = sdf.draw(String.fromCodePoint(id));
    const empty = g.glyphWidth === 0 || g.glyphHeight === 0;
    return {
      id,
      // A blank glyph (a space) has metrics and no bitmap.
      bitmap: empty ? new Uint8Array(0) : Uint8Array.from(g.data),
      width: empty ? 0 : g.glyphWidth,
      height: empty ? 0 : g.glyphHeight,
      left: Math.round(g.glyphLeft),
      top: Math.round(g.glyphTop - TOP_ADJUSTMENT),
      advance: Math.round(g.glyphAdvance),
    };
  });
}

/** One range file (`{start}-{end}.pbf`) in MapLibre's glyph protobuf. */
export function encodeRange(fontstack: string, start: number, glyphs: Glyph[]): Uint8Array {
  const pbf = new Pbf();
  pbf.writeMessage(
    1,
    (_: unknown, p: Pbf) => {
      p.writeStringField(1, fontstack);
      p.writeStringField(2, `${start}-${start + RANGE - 1}`);
      for (const g of glyphs) {
        p.writeMessage(
          3,
          (glyph: Glyph, q: Pbf) => {
            q.writeVarintField(1, glyph.id);
            if (glyph.bitmap.length) q.writeBytesField(2, glyph.bitmap);
            q.writeVarintField(3, glyph.width);
            q.writeVarintField(4, glyph.height);
            q.writeSVarintField(5, glyph.left);
            q.writeSVarintField(6, glyph.top);
            q.writeVarintField(7, glyph.advance);
          },
          g,
        );
      }
    },
    null,
  );
  return pbf.finish();
}

/** Glyph files for the given text, keyed by their range's first code point. */
export function buildGlyphRanges(fontstack: string, codePoints: Set<number>): Map<number, Uint8Array> {
  const byRange = new Map<number, number[]>();
  for (const cp of [...codePoints].sort((a, b) => a - b)) {
    const start = cp - (cp % RANGE);
    byRange.set(start, [...(byRange.get(start) ?? []), cp]);
  }
  return new Map(
    [...byRange].map(([start, cps]) => [start, encodeRange(fontstack, start, renderGlyphs(cps))]),
  );
}

export const rangeFile = (start: number): string => `${start}-${start + RANGE - 1}.pbf`;
