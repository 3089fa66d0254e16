import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { editionTemplate } from './scripts/edition/plugin.ts';
import { gazetteer } from './scripts/gazetteer/plugin.ts';
import { mapAssets } from './scripts/map-assets/plugin.ts';
import { firstScreenFonts, pageFonts } from './scripts/page-fonts/plugin.ts';
import { storyCheck } from './scripts/story-check/plugin.ts';

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
 * The story starts downloading with the page: its request is sent by a script of its own, which
 * runs as soon as it arrives, since the app's modules run only once all of them are in. The fonts
 * of the first screen come with the page too, after the scripts. MapLibre is not preloaded: it is
 * fetched once the timeline and article are on screen (`src/map/warm-up.ts`).
 */
function preloadFirstScreen(): Plugin {
  const TAGS: [RegExp, string, Record<string, string | boolean>][] = [
    [/^assets\/story-[\w-]+\.json$/, 'link', { rel: 'preload', as: 'fetch', crossorigin: '' }],
    [/^assets\/early-[\w-]+\.js$/, 'script', { type: 'module', async: true, crossorigin: '' }],
  ];
  const fontTags = async () =>
    (await firstScreenFonts()).map((file): (typeof TAGS)[number] => [
      new RegExp(`^assets/${file.replace(/\.woff2$/, '')}-[\\w-]+\\.woff2$`),
      'link',
      { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', fetchpriority: 'low' },
    ]);
  return {
    name: 'preload-story-and-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (_html, { bundle, path }) => {
        // The studio's page loads none of this.
        if (path.endsWith('studio.html')) return [];
        const tags = [...TAGS, ...(await fontTags())];
        return Object.keys(bundle ?? {}).flatMap((file) => {
          const found = tags.find(([pattern]) => pattern.test(file));
          if (!found) return [];
          const [, tag, attrs] = found;
          const src = tag === 'script' ? { src: `./${file}` } : { href: `./${file}` };
          return [{ tag, attrs: { ...attrs, ...src }, injectTo: 'head' as const }];
        });
      },
    },
  };
}

/**
 * `vite build --mode edition` builds the app for the one-file edition (`scripts/edition/`): one
 * script with every dynamic import inlined, one stylesheet, and every asset URL in the script
 * looked up at run time among the files the page carries.
 */
const EDITION_MODE = 'edition';

const editionBuild = {
  cssCodeSplit: false,
  modulePreload: false,
  rolldownOptions: { output: { codeSplitting: false } },
} as const;

const servedBuild = {
  target: 'es2022',
  chunkSizeWarningLimit: 1500,
  rolldownOptions: {
    // The studio is a page of its own: the explorer's visit loads none of its code.
    input: { index: 'index.html', studio: 'studio.html' },
    output: {
      // Vendors in chunks of their own: they change less often than the app, and `npm run bench`
      // weighs the app's own code without them. React's virtualiser (windowed views of large stories) goes with React.
      codeSplitting: {
        groups: [
          { name: 'early', test: /src[\\/]app[\\/]early-story/ },
          { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]/ },
          { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
        ],
      },
    },
  },
};

function servedAppPwa() {
  return VitePWA({
    // Registered by src/app/offline.ts, which also stores the fonts the story needs.
    injectRegister: false,
    registerType: 'autoUpdate',
    // The web manifest makes the app installable; its icons are drawn by `npm run icons`.
    includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png'],
    manifest: {
      name: 'Silk Road Story Map',
      short_name: 'Story Map',
      description: 'An offline, bilingual story map: map, timeline and text kept in sync.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#faf8f4',
      theme_color: '#9b1c14',
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      ],
    },
    workbox: {
      // The app, its data, basemap tiles and map worker; fonts are cached as they are used.
      globPatterns: ['**/*.{html,js,mjs,css,json,pbf,bin}'],
      // The one-file edition (megabytes) is fetched only when a reader saves one.
      globIgnores: ['edition.html'],
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      navigateFallback: 'index.html',
      // `studio.html?draft=…` and `index.html?story=…` are the stored pages, whatever their query.
      ignoreURLParametersMatching: [/./],
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
  });
}

export default defineConfig(({ mode }) => {
  const edition = mode === EDITION_MODE;
  return {
    plugins: [
      react(),
      pageFonts(),
      storyCheck(),
      mapAssets(),
      gazetteer(),
      contentSecurityPolicy(),
      ...(edition ? [] : [preloadFirstScreen(), editionTemplate(), servedAppPwa()]),
    ],
    // Relative base so the built app also runs from a sub-folder or a USB stick.
    base: './',
    publicDir: edition ? false : 'public',
    experimental: edition
      ? {
          renderBuiltUrl: (file: string, { hostType }: { hostType: string }) =>
            hostType === 'js' ? { runtime: `__editionAsset(${JSON.stringify(file)})` } : { relative: true },
        }
      : {},
    worker: {
      format: 'es' as const,
      // The map's worker (src/map/map-worker.ts) is a module, named as one.
      rolldownOptions: { output: { entryFileNames: 'assets/[name]-[hash].mjs' } },
    },
    build: edition ? { target: 'es2022', chunkSizeWarningLimit: 4000, ...editionBuild } : servedBuild,
    preview: { host: '127.0.0.1' },
    server: { host: '127.0.0.1' },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node' as const,
    },
  };
});
