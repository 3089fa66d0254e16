/** The world's cities, made at build time by scripts/gazetteer/plugin.ts. */
declare module 'virtual:gazetteer' {
  const gazetteer: import('./gazetteer').Gazetteer;
  export default gazetteer;
}
