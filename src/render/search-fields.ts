/** The Pagefind fields of an article page (filters `source`, `mois`; meta `title`, `source`, `date`; sort `date`, undated last), the contract shared with the search index. */
import type { Article } from '../schemas/article.ts';
import { parisDay } from './dates.ts';
import { UNKNOWN_OUTLET } from '../queries/outlet-slug.ts';

/** Values an article page gives Pagefind. */
export interface SearchFields {
  /** Outlet display name ("Source inconnue" when none). Filter and meta `source`. */
  source: string;
  /** Publication day in Paris, ISO (YYYY-MM-DD), or null. Meta and sort `date`. */
  date: string | null;
  /** Publication month (YYYY-MM), or null. Filter `mois`. */
  month: string | null;
  /** Sort `date`: the ISO day, or UNDATED_SORT (Pagefind leaves pages without the key out of sorted results). */
  sort: string;
}

/**
 * Sort value of undated articles: before every ISO day, so "newest first" lists them last
 * instead of dropping them (Pagefind omits pages that lack the sort key when sorting).
 */
export const UNDATED_SORT = '0000-00-00';

/**
 * @param article The article of the page.
 */
export function searchFields(article: Pick<Article, 'outlet' | 'publishedAt'>): SearchFields {
  const date = parisDay(article.publishedAt);
  return { source: article.outlet ?? UNKNOWN_OUTLET, date, month: date === null ? null : date.slice(0, 7), sort: date ?? UNDATED_SORT };
}
