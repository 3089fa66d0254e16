// The one-file edition's only inline script (its hash is in the page's policy). Every file the app
// would fetch is a <script data-asset> block of this page: the story as JSON text, the rest gzip in
// base64. Each becomes a blob: URL the app's asset lookups return; then the app's script runs.

// The page as it was opened, for "Save one-file edition" to copy with the story then shown: a copy
// of its elements shares their text, and is written out only when it is saved.
const opened = document.documentElement.cloneNode(true);
const blocks = [...document.querySelectorAll('script[data-asset]')];

async function blobOf(block) {
  const type = block.dataset.type || 'application/octet-stream';
  if (block.dataset.encoding !== 'gzip-base64') return new Blob([block.textContent], { type });
  const packed = await fetch(`data:application/gzip;base64,${block.textContent}`);
  const bytes = await new Response(packed.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  return new Blob([bytes], { type });
}

// Each block's blob: URL, made as soon as that block is unpacked.
const made = blocks.map(async (b) => [b.dataset.asset, URL.createObjectURL(await blobOf(b))]);
const urlOf = async (selector) => (await made[blocks.indexOf(document.querySelector(selector))])[1];

// The stylesheet and the app's script load while the larger blocks (MapLibre's worker, the basemap)
// are still being unpacked; the script runs once every block has its URL, since it asks for them.
const styled = urlOf('script[data-style]').then(
  (href) =>
    new Promise((resolve) => {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = href;
      style.onload = style.onerror = resolve;
      document.head.append(style);
    }),
);
const entry = await urlOf('script[data-entry]');
const preload = document.createElement('link');
preload.rel = 'modulepreload';
preload.href = entry;
document.head.append(preload);

const urls = new Map(await Promise.all(made));
Object.defineProperty(globalThis, '__editionSource', {
  get: () => `<!doctype html>\n${opened.outerHTML}`,
});
globalThis.__editionAsset = (path) => urls.get(path.replace(/^\.\//, '')) ?? path;
for (const b of blocks) b.textContent = '';
await styled;
await import(entry);
