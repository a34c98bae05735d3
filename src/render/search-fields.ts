/** The Pagefind fields of an article page (filters `source`, `mois`; meta `title`, `source`, `date`; sort `date`), the contract shared with the search index. */
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
}

/**
 * @param article The article of the page.
 */
export function searchFields(article: Pick<Article, 'outlet' | 'publishedAt'>): SearchFields {
  const date = parisDay(article.publishedAt);
  return { source: article.outlet ?? UNKNOWN_OUTLET, date, month: date === null ? null : date.slice(0, 7) };
}
