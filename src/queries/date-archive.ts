/** The date archive: dated articles grouped by month and by day (Paris time), newest first. */
import type { ArticleEntry } from '../schemas/article.ts';
import { parisDay } from '../render/dates.ts';
import { compareNewestFirst } from './compare-newest-first.ts';

/** One day of the archive. */
export interface ArchiveDay {
  /** "YYYY-MM-DD". */
  day: string;
  /** Articles of the day, newest first. */
  articles: ArticleEntry[];
}

/** One month of the archive. */
export interface ArchiveMonth {
  /** "YYYY-MM". */
  month: string;
  /** Its days with articles, newest first. */
  days: ArchiveDay[];
  /** Articles in the month. */
  count: number;
}

/**
 * Months and days that have articles, newest first; undated articles are in none (never placed).
 *
 * @param articles All articles of the site.
 */
export function archiveMonths(articles: readonly ArticleEntry[]): ArchiveMonth[] {
  const byDay = new Map<string, ArticleEntry[]>();
  for (const a of articles) {
    const day = parisDay(a.publishedAt);
    if (day === null) continue;
    const list = byDay.get(day);
    if (list) list.push(a);
    else byDay.set(day, [a]);
  }
  const months = new Map<string, ArchiveDay[]>();
  for (const day of [...byDay.keys()].sort().reverse()) {
    const month = day.slice(0, 7);
    const days = months.get(month) ?? [];
    days.push({ day, articles: byDay.get(day)!.sort(compareNewestFirst) });
    months.set(month, days);
  }
  return [...months].map(([month, days]) => ({ month, days, count: days.reduce((n, d) => n + d.articles.length, 0) }));
}
