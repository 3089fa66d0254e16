import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's Worker that remembers every one made. */
function fakeWorkers() {
  const made: { url: string; terminated: boolean }[] = [];
  class FakeWorker {
    url: string;
    terminated = false;
    constructor(url: string | URL) {
      this.url = String(url);
      made.push(this);
    }
    terminate() {
      this.terminated = true;
    }
  }
  return { made, FakeWorker };
}

async function warmUp() {
  vi.resetModules();
  const module = await import('./warm-up');
  module.warmUpMap();
  return module;
}

describe('the early map worker', () => {
  let workers: ReturnType<typeof fakeWorkers>;
  beforeEach(() => {
    workers = fakeWorkers();
    vi.stubGlobal('document', { baseURI: 'http://example.test/app/' });
    vi.stubGlobal('WebGL2RenderingContext', class {});
    vi.stubGlobal('Worker', workers.FakeWorker);
    // As built: the development server does not take the tile pack's query.
    vi.stubEnv('DEV', false);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it('starts with the page, naming the tile pack, and is the first worker MapLibre makes', async () => {
    const { adoptEarlyWorker } = await warmUp();
    const { mapWorkerScript } = await import('./worker-script');
    expect(workers.made).toHaveLength(1);
    const [early] = workers.made;
    expect(new URL(early?.url ?? '').searchParams.get('pack')).toMatch(/basemap-tiles-\w+\.bin$/);
    let first: unknown;
    let second: unknown;
    adoptEarlyWorker(() => {
      first = new Worker(mapWorkerScript());
      second = new Worker(mapWorkerScript());
    });
    expect(first).toBe(early);
    expect(second).not.toBe(early);
    expect(workers.made).toHaveLength(2);
    expect(globalThis.Worker).toBe(workers.FakeWorker);
  });

  it('is given away once: a second map makes its own', async () => {
    const { adoptEarlyWorker } = await warmUp();
    adoptEarlyWorker(() => new Worker('a'));
    let later: unknown;
    adoptEarlyWorker(() => {
      later = new Worker('b');
    });
    expect(later).toBe(workers.made[1]);
  });

  it('is stopped if MapLibre makes no worker at once, and Worker is the browser’s again', async () => {
    const { adoptEarlyWorker } = await warmUp();
    adoptEarlyWorker(() => undefined);
    expect(workers.made[0]?.terminated).toBe(true);
    expect(globalThis.Worker).toBe(workers.FakeWorker);
  });

  it('is not started without WebGL2: there is no map to feed', async () => {
    Reflect.deleteProperty(globalThis, 'WebGL2RenderingContext');
    await warmUp();
    expect(workers.made).toHaveLength(0);
  });
});
