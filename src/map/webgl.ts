/** Whether the browser gives out the WebGL2 context MapLibre needs; the throwaway context is released at once. */
export function hasWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

/** MapLibre's GPUInitializationError (not exported): the browser gave it no WebGL2 context. */
export const isGpuError = (error: unknown): boolean =>
  error instanceof Error && error.name === 'GPUInitializationError';
