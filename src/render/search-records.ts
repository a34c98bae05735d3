/** The search index's records, made from the articles themselves (not from built pages): what Pagefind indexes for each article page. */
import type { Article } from '../schemas/article.ts';
import { searchFields } from './search-fields.ts';
import { readerText } from './typography.ts';

/** One article page as the search index sees it (Pagefind's custom record, plus the sitemap's date). */
export interface SearchRecord {
  /** Page path without the base path, as Pagefind's CLI makes result URLs ("/articles/<id>/"). */
  url: string;
  /** Indexed text: the headline, then the paragraphs (a headline-only brief: its headline). */
  content: string;
  meta: { title: string; source: string; date?: string };
  filters: { source: string[]; mois?: string[] };
  sort: { date: string };
  /** Publication instant (ISO with offset), for the sitemap's `lastmod`; not indexed. */
  published: string | null;
}

/** Page path of an article's record ("/articles/<id>/"). */
export const recordUrl = (id: string): string => `/articles/${id}/`;

/**
 * The records of a set of articles, in code-point order of their URLs (the order makes the index
 * reproducible). Fields follow the article page's `data-pagefind-*` attributes (src/render/search-fields.ts):
 * meta `title`, `source`, `date`; filters `source`, `mois`; sort `date`.
 */
export function searchRecords(articles: readonly Pick<Article, 'id' | 'title' | 'paragraphs' | 'outlet' | 'publishedAt'>[]): SearchRecord[] {
  const records = articles.map((a) => {
    const f = searchFields(a);
    const title = readerText(a.title);
    const record: SearchRecord = {
      url: recordUrl(a.id),
      content: [title, ...a.paragraphs.map(readerText)].join('\n'),
      meta: f.date === null ? { title, source: f.source } : { title, source: f.source, date: f.date },
      filters: f.month === null ? { source: [f.source] } : { source: [f.source], mois: [f.month] },
      sort: { date: f.sort },
      published: a.publishedAt,
    };
    return record;
  });
  return records.sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0));
}
