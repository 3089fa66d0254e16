declare global {
  /** Set by the one-file edition's page (`scripts/edition/boot.js`): a file of the build as a blob: URL. */
  var __editionAsset: ((path: string) => string) | undefined;
  /** Set by the same page: the page as it was opened, to save again with another story. */
  var __editionSource: string | undefined;
}

/** True in the one-file edition (`vite build --mode edition`); a constant, so the served app drops its branches. */
export const IS_EDITION = import.meta.env.MODE === 'edition';

/**
 * The URL to fetch a file of the build from (a path relative to the page): in the served app the
 * file beside the page, in the one-file edition the copy the page carries.
 */
export function assetUrl(path: string): string {
  if (IS_EDITION && globalThis.__editionAsset) return globalThis.__editionAsset(path);
  return new URL(path, document.baseURI).href;
}
