// The one-file edition's only inline script (its hash is in the page's policy). Every file the app
// would fetch is a <script data-asset> block of this page: the story as JSON text, the rest gzip in
// base64. Each becomes a blob: URL the app's asset lookups return; then the app's script runs.
const source = `<!doctype html>\n${document.documentElement.outerHTML}`;
const blocks = [...document.querySelectorAll('script[data-asset]')];

async function blobOf(block) {
  const type = block.dataset.type || 'application/octet-stream';
  if (block.dataset.encoding !== 'gzip-base64') return new Blob([block.textContent], { type });
  const packed = await fetch(`data:application/gzip;base64,${block.textContent}`);
  const bytes = await new Response(packed.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  return new Blob([bytes], { type });
}

const urls = new Map(
  await Promise.all(blocks.map(async (b) => [b.dataset.asset, URL.createObjectURL(await blobOf(b))])),
);
// The page as it was opened, for "Save one-file edition" to copy with the story then shown.
globalThis.__editionSource = source;
globalThis.__editionAsset = (path) => urls.get(path.replace(/^\.\//, '')) ?? path;
for (const b of blocks) b.textContent = '';

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = urls.get(document.querySelector('script[data-style]').dataset.asset);
await new Promise((resolve) => {
  style.onload = style.onerror = resolve;
  document.head.append(style);
});
await import(urls.get(document.querySelector('script[data-entry]').dataset.asset));
