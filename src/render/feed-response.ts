/** Builds the RSS response of a list of articles (site, outlet and story feeds share it). */
import type { ArticleEntry } from '../schemas/article.ts';
import { excerpt } from '../queries/excerpt.ts';
import { latestArticles } from '../queries/latest-articles.ts';
import { articleHref } from './href.ts';
import { renderFeed } from './feed.ts';
import { readerText } from './typography.ts';

/** What a feed route knows about its page. */
export interface FeedPage {
  title: string;
  description: string;
  /** Site path of the page the feed belongs to (with the base path). */
  page: string;
  /** Site path of the feed. */
  self: string;
}

/**
 * An RSS response of the newest articles (undated ones after the dated ones).
 *
 * @param articles The articles the feed covers (any order).
 * @param page The feed's page and own address.
 * @param site The site's origin (Astro's `site`).
 */
export function feedResponse(articles: readonly ArticleEntry[], page: FeedPage, site: URL | undefined): Response {
  const abs = (path: string) => new URL(path, site).href;
  const body = renderFeed({
    title: readerText(page.title),
    description: readerText(page.description),
    link: abs(page.page),
    self: abs(page.self),
    items: latestArticles(articles).map((a) => ({
      title: readerText(a.title),
      link: abs(articleHref(a.id)),
      description: readerText(excerpt(a)),
      publishedAt: a.publishedAt,
      creator: a.author,
      categories: a.outlet ? [a.outlet] : [],
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
