/** Structured data (schema.org JSON-LD) for article, story and outlet pages, and its safe serialisation. */
import type { ArticleEntry } from '../schemas/article.ts';
import { outboundLink } from './outbound.ts';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the line separators
 * are written as \u escapes, so that no article text can close the element ("</script>").
 *
 * @param data The object to write.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `NewsArticle` for an article page: datePublished only when known, the outlet as publisher,
 * the source URL as `isBasedOn` (http/https only).
 *
 * @param article The article.
 * @param url Absolute URL of the article page.
 * @param description Short plain-text summary.
 */
export function newsArticleLd(article: ArticleEntry, url: string, description: string): JsonLd {
  const source = outboundLink(article.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(description ? { description } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
    url,
    mainEntityOfPage: url,
    inLanguage: 'fr',
    ...(source ? { isBasedOn: source.href } : {}),
  };
}

/**
 * `CollectionPage` holding an `ItemList` of article pages (story and outlet pages).
 *
 * @param name Page title.
 * @param url Absolute URL of the page.
 * @param items Absolute URLs and titles of the listed articles, in page order.
 */
export function collectionLd(name: string, url: string, items: ReadonlyArray<{ url: string; name: string }>): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name,
    url,
    inLanguage: 'fr',
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: items.length,
      itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, url: item.url, name: item.name })),
    },
  };
}
