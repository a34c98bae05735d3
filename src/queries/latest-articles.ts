/** The most recent articles (for the RSS feed): dated ones newest first, then undated ones. */
import type { ArticleEntry } from '../schemas/article.ts';
import { compareNewestFirst } from './compare-newest-first.ts';

/** Items in the RSS feed. */
export const FEED_SIZE = 50;

/**
 * @param articles All articles of the site.
 * @param count How many to keep.
 */
export function latestArticles(articles: readonly ArticleEntry[], count: number = FEED_SIZE): ArticleEntry[] {
  return articles.toSorted(compareNewestFirst).slice(0, count);
}
