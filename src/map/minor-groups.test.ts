import { describe, expect, it } from 'vitest';
import { outOfGroups, REGROUP_MAX } from './minor-groups';

describe('outOfGroups', () => {
  it('takes the active minor places out of their groups, sorted', () => {
    expect(outOfGroups(12, ['kuryk', 'aktau'])).toEqual(['aktau', 'kuryk']);
    expect(outOfGroups(REGROUP_MAX, ['aktau'])).toEqual(['aktau']);
  });

  it('leaves every group whole in a story with more minor places than it regroups', () => {
    expect(outOfGroups(REGROUP_MAX + 1, ['kuryk', 'aktau'])).toEqual([]);
  });

  it('takes nothing out when no minor place is active', () => {
    expect(outOfGroups(12, [])).toEqual([]);
  });
});
