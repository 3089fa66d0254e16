/**
 * The app's style layers the bare page keeps: the basemap and the story's places as markers. Ids
 * the style no longer has would leave the page drawing less than it should, so a unit test checks
 * them (scripts/bench/bare-page.test.ts).
 */
export const BARE_LAYERS: ReadonlySet<string> = new Set([
  'water',
  'land',
  'coast',
  'borders',
  'capital-places',
  'city-places',
]);
