declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs' {
  /** MapLibre's worker, given the worker's global scope: it answers the page's messages. */
  export default class MapLibreWorker {
    constructor(scope: unknown);
  }
}
