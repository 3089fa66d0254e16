import type { FeatureIdentifier } from 'maplibre-gl';

/** Feature states set in one frame at most: with thousands, MapLibre's next frame is a long task. */
const STATES_PER_FRAME = 200;

type Apply = (feature: FeatureIdentifier, state: Record<string, boolean>) => void;

/**
 * Sets features' states a batch a frame. An event of hundreds of places lights them all, and
 * MapLibre redoes every changed feature's paint values in the frame after: in batches, that work is
 * spread over a few frames. States are set in the order asked, so what is marked first (the
 * event's routes and places) lights up at once.
 */
export class FeatureStateQueue {
  private readonly pending = new Map<string, [FeatureIdentifier, Record<string, boolean>]>();
  private frame = 0;

  constructor(
    private readonly apply: Apply,
    private readonly perFrame = STATES_PER_FRAME,
  ) {}

  set(feature: FeatureIdentifier, state: string, value: boolean): void {
    // A later value for the same feature and state replaces one not yet set.
    const key = `${feature.source}\u0000${feature.sourceLayer ?? ''}\u0000${feature.id}\u0000${state}`;
    this.pending.set(key, [feature, { [state]: value }]);
  }

  /** Sets a frame's share now and the rest in the frames after. */
  flush(): void {
    if (this.frame) return;
    let budget = this.perFrame;
    for (const [key, [feature, state]] of this.pending) {
      if (budget-- === 0) {
        this.frame = requestAnimationFrame(() => {
          this.frame = 0;
          this.flush();
        });
        return;
      }
      this.pending.delete(key);
      this.apply(feature, state);
    }
  }

  cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending.clear();
  }
}
