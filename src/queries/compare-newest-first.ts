/** Orders articles newest first; articles without a date come last (never given an invented one). */
import type { Article } from '../schemas/article.ts';

/** Milliseconds since the epoch, or null when the date is absent or unreadable. */
export function timeOf(article: Pick<Article, 'publishedAt'>): number | null {
  if (article.publishedAt === null) return null;
  const ms = Date.parse(article.publishedAt);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Comparator: newest first, undated last, then by id so that the order is stable across builds.
 *
 * @example articles.toSorted(compareNewestFirst)
 */
export function compareNewestFirst(a: Article, b: Article): number {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta !== tb) {
    if (ta === null) return 1;
    if (tb === null) return -1;
    return tb - ta;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Comparator: oldest first (for timelines), undated last, then by id. */
export function compareOldestFirst(a: Article, b: Article): number {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta !== tb) {
    if (ta === null) return 1;
    if (tb === null) return -1;
    return ta - tb;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
