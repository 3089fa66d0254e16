/** Made at build time by `scripts/map-assets/plugin.ts`. Paths are relative to the page. */
declare module 'virtual:map-assets' {
  /** Country names, anchors and areas, and the physical geography (`MapExtras`). */
  export const extrasPath: string;
  /** The basemap's vector tiles, in one file (`tile-pack.ts`). */
  export const tilesPath: string;
  /** Folder of the label glyph files, `{start}-{end}.pbf`. */
  export const glyphsPath: string;
  /** Every character those files hold. */
  export const builtCodePoints: string;
}
