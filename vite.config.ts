import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { mapAssets } from './scripts/map-assets/plugin.ts';

/**
 * Only this site may be used. MapLibre needs `blob:` for workers and images it makes itself;
 * inline styles are set through the CSSOM by React and MapLibre, which CSP does not restrict;
 * Vite inlines the smallest font subsets as `data:` URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The policy as a meta tag, so it travels with `dist/` to any static host; dev keeps Vite's inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The story, the basemap and MapLibre start downloading with the page, but MapLibre is only run
 * once the timeline and article are on screen: the map must not hold the reader back.
 */
function preloadStoryAndMap(): Plugin {
  const PRELOADS: [RegExp, Record<string, string>][] = [
    [/^assets\/story-[\w-]+\.json$/, { rel: 'preload', as: 'fetch', crossorigin: '' }],
    [/^assets\/countries-50m-[\w-]+\.json$/, { rel: 'preload', as: 'fetch', crossorigin: '' }],
    [/^assets\/map-extras-[\w-]+\.json$/, { rel: 'preload', as: 'fetch', crossorigin: '' }],
    [/^assets\/maplibre-[\w-]+\.js$/, { rel: 'modulepreload', crossorigin: '' }],
  ];
  return {
    name: 'preload-story-and-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle }) =>
        Object.keys(bundle ?? {}).flatMap((file) => {
          const attrs = PRELOADS.find(([pattern]) => pattern.test(file))?.[1];
          return attrs
            ? [{ tag: 'link', attrs: { ...attrs, href: `./${file}` }, injectTo: 'head' as const }]
            : [];
        }),
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    mapAssets(),
    contentSecurityPolicy(),
    preloadStoryAndMap(),
    VitePWA({
      // Registered by src/app/offline.ts, which also stores the fonts the story needs.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        // The app, its data, basemap and MapLibre worker; fonts are cached as they are used.
        globPatterns: ['**/*.{html,js,mjs,css,json,pbf}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            urlPattern: ({ request }) => request.destination === 'font' || /\.woff2?$/.test(request.url),
            handler: 'CacheFirst',
            options: {
              cacheName: 'fonts',
              expiration: { maxEntries: 400 },
              // Font requests are CORS requests and the warm-up's are not; a `Vary: Origin` must not split them.
              matchOptions: { ignoreVary: true },
            },
          },
        ],
      },
    }),
  ],
  // Relative base so the built app also runs from a sub-folder or a USB stick.
  base: './',
  worker: {
    format: 'es',
    // MapLibre imports a worker script ending in .mjs as a module (src/map/basemap-worker.ts).
    rolldownOptions: { output: { entryFileNames: 'assets/[name]-[hash].mjs' } },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Vendors in chunks of their own: they change less often than the app, and `npm run bench`
        // weighs the app's own code without them. React's virtualiser (windowed views of large stories) goes with React.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]/ },
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
