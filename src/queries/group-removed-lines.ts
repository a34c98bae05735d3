/** For the build report: removed lines grouped by file (a summary per reason, the first lines listed), plus a count per reason. */
import type { RemovedLine } from '../schemas/article.ts';
import { visiblePath } from '../ingest/files.ts';

/**
 * Removed lines listed per file in the report. A real file loses a handful (17 at most over the
 * 1,744 files of the gilets-jaunes corpus: chrome blocks, metadata, repeats); a file losing more is
 * a list or a template whose per-reason summary already says what happened, and listing every
 * line made the page grow with the input (39 MB for one file of 1,000,000 lines). Every line stays
 * in the CLI's JSON (`removed`).
 */
export const REPORT_LINES_PER_FILE = 50;
/** Characters of one removed line shown in the report: enough to recognise a paragraph, not a 2-MB line. */
export const REPORT_TEXT_CHARS = 300;

/** Removed lines of one file: totals per reason, and the first lines in line order. */
export interface RemovedGroup {
  path: string;
  /** The path as displayed (invisible and bidi characters shown as `[U+202E]`). */
  label: string;
  /** Lines removed from this file. */
  total: number;
  /** Lines per reason, most frequent first. */
  reasons: Array<{ reason: string; count: number }>;
  /** The first `REPORT_LINES_PER_FILE` lines by line number, texts cut to `REPORT_TEXT_CHARS` (with "…"). */
  lines: RemovedLine[];
  /** Lines not listed (`total - lines.length`). */
  hidden: number;
}

const byPath = new Intl.Collator('fr', { numeric: true });

/** Cuts a text to `max` UTF-16 units (never inside a surrogate pair), marking the cut with "…". */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * @param removed Every line taken out of article bodies.
 * @param options.linesPerFile Lines listed per file (default `REPORT_LINES_PER_FILE`).
 * @returns Groups sorted by path; lines by line number.
 */
export function groupRemovedLines(removed: readonly RemovedLine[], options: { linesPerFile?: number } = {}): RemovedGroup[] {
  const cap = options.linesPerFile ?? REPORT_LINES_PER_FILE;
  const map = new Map<string, RemovedLine[]>();
  for (const r of removed) {
    const list = map.get(r.path);
    if (list) list.push(r);
    else map.set(r.path, [r]);
  }
  return [...map]
    .map(([path, all]) => {
      const sorted = [...all].sort((a, b) => a.line - b.line);
      const lines = sorted.slice(0, cap).map((l) => (l.text.length > REPORT_TEXT_CHARS ? { ...l, text: clip(l.text, REPORT_TEXT_CHARS) } : l));
      return { path, label: visiblePath(path), total: all.length, reasons: countRemovedReasons(all), lines, hidden: all.length - lines.length };
    })
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
