/** For the build report: articles whose URL can be read as more than one day, with the day kept. */
import type { ArticleEntry } from '../schemas/article.ts';
import { urlDateReadings } from '../ingest/urldate.ts';

/** One URL read more than one way. */
export interface AmbiguousUrlDate {
  /** Input file of the shown copy (the report is the only page that names files). */
  path: string;
  articleId: string;
  url: string;
  /** Every reading (ISO day, midnight Paris), in path order. */
  readings: string[];
  /** The article's date as published: one of the readings, a date from the text, or null. */
  kept: string | null;
}

/**
 * @param articles All articles of the site.
 * @returns Articles whose URL holds two or more readable days, sorted by path.
 */
export function listAmbiguousUrlDates(articles: readonly ArticleEntry[]): AmbiguousUrlDate[] {
  const out: AmbiguousUrlDate[] = [];
  for (const a of articles) {
    if (a.url === null) continue;
    const readings = urlDateReadings(a.url);
    if (readings.length < 2) continue;
    out.push({ path: a.files[0]!.path, articleId: a.id, url: a.url, readings: readings.map((r) => r.iso), kept: a.publishedAt });
  }
  return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}
