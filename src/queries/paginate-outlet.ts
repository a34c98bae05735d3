/** Splits an outlet's two lists (articles attributed, articles citing) into static pages walked in parallel. */
import type { ArticleEntry } from '../schemas/article.ts';
import type { OutletSummary } from './types.ts';

/** Articles per list and page: keeps an outlet page around 20–30 KB of HTML. */
export const OUTLET_PAGE_SIZE = 30;

/** One static page of an outlet. */
export interface OutletPage {
  /** Route param for `[...page]`: undefined for page 1, "2", "3"… after. */
  param: string | undefined;
  current: number;
  last: number;
  attributed: ArticleEntry[];
  citing: ArticleEntry[];
}

/**
 * Pages of an outlet: page n shows the n-th slice of both lists, so each list stays in order and
 * the page count is that of the longer list (at least one page).
 *
 * @param outlet The outlet summary from `listOutlets`.
 * @param pageSize Articles per list and page.
 */
export function paginateOutlet(outlet: OutletSummary, pageSize: number = OUTLET_PAGE_SIZE): OutletPage[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`paginateOutlet: pageSize must be a positive integer, got ${pageSize}`);
  const last = Math.max(1, Math.ceil(Math.max(outlet.articles.length, outlet.citing.length) / pageSize));
  const pages: OutletPage[] = [];
  for (let current = 1; current <= last; current++) {
    const from = (current - 1) * pageSize;
    pages.push({
      param: current === 1 ? undefined : String(current),
      current,
      last,
      attributed: outlet.articles.slice(from, from + pageSize),
      citing: outlet.citing.slice(from, from + pageSize),
    });
  }
  return pages;
}
