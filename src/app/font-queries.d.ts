/** Fontsource's stylesheets split by `scripts/page-fonts/plugin.ts`. */
declare module '*.css?story';
declare module '*.css?rest';
