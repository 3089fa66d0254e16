import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas, Image } from '@napi-rs/canvas';

/**
 * `npm run icons`: the app's PNG icons (192 and 512 pixels, for the web manifest and home screens),
 * drawn from `public/icon.svg`, the one drawing of the icon.
 */
const svg = readFileSync(new URL('../public/icon.svg', import.meta.url));
for (const size of [192, 512]) {
  const image = new Image(size, size);
  image.src = svg;
  const canvas = createCanvas(size, size);
  canvas.getContext('2d').drawImage(image, 0, 0, size, size);
  const file = new URL(`../public/icon-${size}.png`, import.meta.url);
  writeFileSync(file, canvas.toBuffer('image/png'));
  console.log(`${file.pathname}: ${size}×${size}`);
}
