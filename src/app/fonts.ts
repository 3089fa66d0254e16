/**
 * The page's font for the characters the built-in story and the interface do not use: the first
 * stylesheet declares only theirs (`scripts/page-fonts/plugin.ts`). Another story (a file, a
 * draft, an address) may need any of the others.
 */
let loading: Promise<unknown> | undefined;

export function loadAllFonts(): Promise<unknown> {
  loading ??= Promise.all([
    import('@fontsource/noto-sans-sc/400.css?rest'),
    import('@fontsource/noto-sans-sc/700.css?rest'),
  ]);
  return loading;
}
