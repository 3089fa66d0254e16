/**
 * Above this many minor places, an active one stays in its group. Taking it out makes MapLibre
 * cluster the whole set again and reload every tile of it: with 2,000 places, that work set off
 * the long tasks after each passage chosen in the bench's 10,000-event story.
 */
export const REGROUP_MAX = 500;

/**
 * The active minor places taken out of their groups, so a group's badge counts only what it still
 * hides; in a large story, none. Sorted: the joined ids tell when the set changes.
 */
export function outOfGroups(minorCount: number, activeMinor: readonly string[]): string[] {
  return minorCount > REGROUP_MAX ? [] : [...activeMinor].sort();
}
