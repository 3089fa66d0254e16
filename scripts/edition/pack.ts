import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { STORY_BLOCK_ID, storyBlockText } from '../../src/lib/edition.ts';
import { pageText } from '../page-text.ts';
import { subsetFontFaces, withoutFontFaces } from './fonts.ts';

const BOOT = readFileSync(new URL('./boot.js', import.meta.url), 'utf8');
const ICON = readFileSync(new URL('../../public/icon.svg', import.meta.url), 'utf8');

const TYPES: Record<string, string> = {
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  pbf: 'application/x-protobuf',
  svg: 'image/svg+xml',
  png: 'image/png',
};

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The edition's policy: nothing from any other place, not even other files beside it; scripts,
 * styles, workers and data only from the page itself (its one inline script, by hash, and the
 * blob: and data: URLs it makes from its own blocks; MapLibre starts its workers from data: URLs
 * on file:// pages).
 */
export function editionPolicy(bootHash: string): string {
  return [
    "default-src 'none'",
    `script-src blob: data: ${bootHash}`,
    'worker-src blob: data:',
    'child-src blob: data:',
    'img-src data: blob:',
    'style-src blob:',
    'font-src data:',
    'connect-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'));
}

const extension = (path: string) => path.slice(path.lastIndexOf('.') + 1);

function packedBlock(path: string, bytes: Buffer | string, attrs = ''): string {
  const body = gzipSync(bytes, { level: 9 }).toString('base64');
  const type = TYPES[extension(path)] ?? 'application/octet-stream';
  return `<script type="application/gzip" data-asset="${path}" data-type="${type}" data-encoding="gzip-base64"${attrs}>${body}</script>`;
}

/**
 * Packs a `vite build --mode edition` output folder and a story (already validated) into one HTML
 * page: every file the app fetches becomes a block of the page, fonts are cut to the page's text.
 */
export async function packEdition(dir: string, storyText: string): Promise<string> {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/([^"]+)"[^>]*><\/script>/.exec(html);
  const sheet = /<link rel="stylesheet"[^>]*href="\.\/([^"]+)"[^>]*>/.exec(html);
  if (!entry?.[1] || !sheet?.[1]) throw new Error(`${dir}/index.html: no app script or stylesheet`);
  const all = files(dir);
  const story = all.find((f) => /^assets\/story-[\w-]+\.json$/.test(f));
  if (!story) throw new Error(`${dir}: no story file in the build`);

  const css =
    withoutFontFaces(readFileSync(join(dir, sheet[1]), 'utf8')) +
    (await subsetFontFaces(pageText(storyText)));
  const blocks = [
    `<script type="application/json" id="${STORY_BLOCK_ID}" data-asset="${story}" data-type="application/json">${storyBlockText(storyText)}</script>`,
    packedBlock(sheet[1], css, ' data-style'),
    packedBlock(entry[1], readFileSync(join(dir, entry[1])), ' data-entry'),
    ...all
      .filter((f) => f !== story && f !== sheet[1] && f !== entry[1] && f !== 'index.html')
      // Fontsource's files are replaced by the cut fonts inside the stylesheet.
      .filter((f) => !/\.woff2?$/.test(f))
      .map((f) => packedBlock(f, readFileSync(join(dir, f)))),
  ];
  const boot = `<script type="module">${BOOT}</script>`;
  return (
    html
      .replace(entry[0], '')
      // The icon goes inside the page; a manifest and home-screen icon are for the installed app.
      .replace(/<link rel="apple-touch-icon"[^>]*>\s*/, '')
      .replace(/<link rel="manifest"[^>]*>\s*/, '')
      .replace(
        /(<link rel="icon" href=")[^"]*(")/,
        (_, open: string, close: string) => `${open}data:image/svg+xml,${encodeURIComponent(ICON)}${close}`,
      )
      .replace(sheet[0], '')
      .replace(
        /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/,
        () => `<meta http-equiv="Content-Security-Policy" content="${editionPolicy(sha256(BOOT))}">`,
      )
      .replace('</head>', () => `${boot}\n</head>`)
      .replace('</body>', () => `${blocks.join('\n')}\n</body>`)
  );
}
