import { formatStoryDate, formatYear } from '../i18n/format-date';
import type { TimedEvent } from '../story/normalise';
import type { Lang } from '../story/schema';

const COARSE = new Set(['century', 'decade']);

/** Events grouped by year (or by their century or decade where that is all the story knows), in time order. */
export function byYear(events: TimedEvent[], lang: Lang): { label: string; events: TimedEvent[] }[] {
  const groups: { label: string; events: TimedEvent[] }[] = [];
  for (const e of events) {
    const label = COARSE.has(e.precision)
      ? formatStoryDate(e.start, e.precision, lang)
      : formatYear(new Date(e.start.time).getUTCFullYear(), lang);
    const last = groups.at(-1);
    if (last?.label === label) last.events.push(e);
    else groups.push({ label, events: [e] });
  }
  return groups;
}

export type ListRow = { kind: 'year'; label: string } | { kind: 'event'; event: TimedEvent };

/** The year groups as one flat list of rows (a year's heading, then its events), and the row of each event. */
export function listRows(groups: { label: string; events: TimedEvent[] }[]) {
  const rows: ListRow[] = [];
  const rowOf = new Map<string, number>();
  for (const g of groups) {
    rows.push({ kind: 'year', label: g.label });
    for (const event of g.events) {
      rowOf.set(event.id, rows.length);
      rows.push({ kind: 'event', event });
    }
  }
  return { rows, rowOf };
}
