/**
 * RSS 2.0 feeds written by hand, so that every text is escaped for where it lands: plain-text
 * elements for XML once, elements feed readers render as HTML (description, category,
 * dc:creator) for HTML and then for XML.
 */
import { rfc822Date } from './dates.ts';

/** One item of a feed. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the item's page (also its guid). */
  link: string;
  /** Plain text; readers render it as HTML, so it is escaped twice. Empty: no description (headline-only items). */
  description: string;
  /** ISO-8601 with offset, or null (no pubDate: never an invented one). */
  publishedAt: string | null;
  /** People's names (dc:creator; `<author>` is for e-mail addresses). */
  creator: string | null;
  categories: readonly string[];
}

/** A whole feed. */
export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  self: string;
  items: readonly FeedItem[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** HTML escapes understood by every HTML parser (`&apos;` is not HTML 4). */
const HTML_ESCAPES: Record<string, string> = { ...XML_ESCAPES, "'": '&#39;' };
/** Characters XML 1.0 forbids even escaped (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F). */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as XML character data or attribute value.
 *
 * @param text Any text.
 */
export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
}

/**
 * Text as HTML character data.
 *
 * @param text Any text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Text for an element a feed reader renders as HTML: escaped as HTML, then as XML, so that after
 * XML parsing the element holds escaped HTML that displays as the original text.
 *
 * @param text Plain text (article text, an outlet name, a byline).
 */
export function escapeHtmlInXml(text: string): string {
  return escapeXml(escapeHtml(text));
}

function element(name: string, value: string): string {
  return `<${name}>${value}</${name}>`;
}

/**
 * The feed as an RSS 2.0 document. `lastBuildDate` is the newest item's date (not the clock: the
 * same folder must give the same bytes), absent when no item is dated.
 *
 * @param feed Channel and items, in the order to write them.
 */
export function renderFeed(feed: Feed): string {
  let newest: { t: number; iso: string } | null = null;
  for (const item of feed.items) {
    const t = item.publishedAt === null ? Number.NaN : Date.parse(item.publishedAt);
    if (!Number.isNaN(t) && (newest === null || t > newest.t)) newest = { t, iso: item.publishedAt! };
  }
  const lastBuild = newest === null ? null : rfc822Date(newest.iso);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', escapeXml(feed.title)),
    element('description', escapeHtmlInXml(feed.description)),
    element('link', escapeXml(feed.link)),
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    element('language', 'fr'),
    ...(lastBuild ? [element('lastBuildDate', lastBuild)] : []),
  ];
  for (const item of feed.items) {
    const pubDate = rfc822Date(item.publishedAt);
    out.push(
      [
        '<item>',
        element('title', escapeXml(item.title)),
        element('link', escapeXml(item.link)),
        `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
        ...(item.description ? [element('description', escapeHtmlInXml(item.description))] : []),
        ...(pubDate ? [element('pubDate', pubDate)] : []),
        ...(item.creator ? [element('dc:creator', escapeHtmlInXml(item.creator))] : []),
        ...item.categories.map((c) => element('category', escapeHtmlInXml(c))),
        '</item>',
      ].join(''),
    );
  }
  out.push('</channel>', '</rss>');
  return `${out.join('\n')}\n`;
}
