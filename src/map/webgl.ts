/**
 * Whether this browser has WebGL2 at all. Deliberately cheap: creating a throwaway context would
 * hold up the first paint (over half a second under software rendering), and a browser that has
 * the API but no usable context is caught when MapLibre asks for one. `in` does not build the
 * interface object as `typeof` does (a couple of milliseconds before the first screen).
 */
export const mayHaveWebGL2 = (): boolean => 'WebGL2RenderingContext' in globalThis;

/** MapLibre's GPUInitializationError (not exported): the browser gave it no WebGL2 context. */
export const isGpuError = (error: unknown): boolean =>
  error instanceof Error && error.name === 'GPUInitializationError';
