/** Orders articles newest first; articles without a date come last (never given an invented one). */
import type { ArticleEntry } from '../schemas/article.ts';

/** Milliseconds since the epoch, or null when the date is absent or unreadable. */
export function timeOf(article: Pick<ArticleEntry, 'publishedAt'>): number | null {
  if (article.publishedAt === null) return null;
  const ms = Date.parse(article.publishedAt);
  return Number.isNaN(ms) ? null : ms;
}

/** Comparator on dates in one direction (1: oldest first, -1: newest first), undated last, then by id. */
function byDate(direction: 1 | -1): (a: ArticleEntry, b: ArticleEntry) => number {
  return (a, b) => {
    const ta = timeOf(a);
    const tb = timeOf(b);
    if (ta !== tb) {
      if (ta === null) return 1;
      if (tb === null) return -1;
      return direction * (ta - tb);
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/**
 * Comparator: newest first, undated last, then by id so that the order is stable across builds.
 *
 * @example articles.toSorted(compareNewestFirst)
 */
export const compareNewestFirst = byDate(-1);

/** Comparator: oldest first (for timelines), undated last, then by id. */
export const compareOldestFirst = byDate(1);
