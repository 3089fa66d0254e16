import { describe, expect, it } from 'vitest';
import { buildHash, parseHash } from './url-state';

describe('url state', () => {
  it('round-trips the active event, language and text mode', () => {
    const hash = buildHash({ event: 'sco-summit', lang: 'zh', text: 'both' });
    expect(hash).toBe('#event=sco-summit&lang=zh&text=both');
    expect(parseHash(hash)).toEqual({ event: 'sco-summit', lang: 'zh', text: 'both' });
  });

  it('ignores values it does not know', () => {
    expect(parseHash('#lang=fr&text=all&x=1')).toEqual({});
  });
});
