/** For the build report: removed lines grouped by file, plus a count per reason. */
import type { RemovedLine } from '../schemas/article.ts';

/** Removed lines of one file, in line order. */
export interface RemovedGroup {
  path: string;
  lines: RemovedLine[];
}

const byPath = new Intl.Collator('fr', { numeric: true });

/**
 * @param removed Every line taken out of article bodies.
 * @returns Groups sorted by path; lines by line number.
 */
export function groupRemovedLines(removed: readonly RemovedLine[]): RemovedGroup[] {
  const map = new Map<string, RemovedLine[]>();
  for (const r of removed) {
    const list = map.get(r.path);
    if (list) list.push(r);
    else map.set(r.path, [r]);
  }
  return [...map]
    .map(([path, lines]) => ({ path, lines: lines.sort((a, b) => a.line - b.line) }))
    // Paths equal for the numeric collator ("01.txt", "1.txt") in code-point order, whatever the input order.
    .sort((a, b) => byPath.compare(a.path, b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * How many lines each reason removed, most frequent first.
 *
 * @param removed Every line taken out of article bodies.
 */
export function countRemovedReasons(removed: readonly RemovedLine[]): Array<{ reason: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
}
