/** A path into the story, as validation reports it: `['events', 3, 'title', 'en']` is `events[3].title.en`. */
export type Path = readonly (string | number)[];

export function getIn(value: unknown, path: Path): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/**
 * A copy of `value` with `next` at `path`, sharing every untouched branch: the undo history keeps
 * hundreds of versions of a story for the cost of the parts that changed. `undefined` removes a key.
 */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return next as T;
  const child = (value as Record<string | number, unknown> | undefined)?.[key];
  const updated = setIn(child, rest, next);
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[key as number] = updated;
    return copy as T;
  }
  const copy: Record<string | number, unknown> = { ...(value as object) };
  if (updated === undefined) delete copy[key];
  else copy[key] = updated;
  return copy as T;
}

/** The DOM id of the field that edits `path`; a problem's link focuses it. */
export const fieldId = (path: Path | string): string =>
  `field:${typeof path === 'string' ? path : formatPathOf(path)}`;

function formatPathOf(path: Path): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}
