import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { mapAssets } from '../../scripts/map-assets/plugin.ts';

/** The bare MapLibre page `npm run bench` compares the app with; built apart from the app's dist/. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [mapAssets()],
  worker: {
    format: 'es',
    rolldownOptions: { output: { entryFileNames: 'assets/[name]-[hash].mjs' } },
  },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../.build/bare', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
