import { describe, expect, it } from 'vitest';
import { fakeFrames } from '../lib/fake-frames';
import { FeatureStateQueue } from './feature-states';

describe('FeatureStateQueue', () => {
  const frame = fakeFrames();
  const queue = (perFrame: number) => {
    const set: string[] = [];
    const q = new FeatureStateQueue((f, s) => set.push(`${f.id}:${JSON.stringify(s)}`), perFrame);
    return { q, set };
  };
  const place = (id: string) => ({ source: 'major', id });

  it('sets a few states at once', () => {
    const { q, set } = queue(3);
    q.set(place('a'), 'active', true);
    q.set(place('b'), 'dim', true);
    q.flush();
    expect(set).toEqual(['a:{"active":true}', 'b:{"dim":true}']);
  });

  it('spreads many over frames, in the order asked', () => {
    const { q, set } = queue(2);
    for (const id of ['a', 'b', 'c', 'd', 'e']) q.set(place(id), 'dim', true);
    q.flush();
    expect(set).toHaveLength(2);
    // Asked again before its frame: the queue keeps its pace.
    q.flush();
    expect(set).toHaveLength(2);
    frame();
    expect(set).toHaveLength(4);
    frame();
    expect(set.map((s) => s[0])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('sets only the last value asked for a feature not yet set', () => {
    const { q, set } = queue(1);
    q.set(place('a'), 'dim', true);
    q.set(place('b'), 'dim', true);
    q.flush();
    q.set(place('b'), 'dim', false);
    frame();
    expect(set).toEqual(['a:{"dim":true}', 'b:{"dim":false}']);
  });

  it('keeps the same id in different sources and states apart', () => {
    const { q, set } = queue(10);
    q.set(place('a'), 'dim', true);
    q.set(place('a'), 'active', true);
    q.set({ source: 'routes', id: 'a' }, 'dim', true);
    q.flush();
    expect(set).toHaveLength(3);
  });

  it('sets nothing more once cancelled', () => {
    const { q, set } = queue(1);
    q.set(place('a'), 'dim', true);
    q.set(place('b'), 'dim', true);
    q.flush();
    q.cancel();
    frame();
    expect(set).toEqual(['a:{"dim":true}']);
  });
});
