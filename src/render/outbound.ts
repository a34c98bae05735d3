/** Outbound links to an article's original page: only http(s) addresses, labelled with their site's host. */

/** An outbound link a page may render. */
export interface OutboundLink {
  /** The address, as the URL parser normalised it. */
  href: string;
  /** Host without a leading "www." ("lemonde.fr"), for "Lire sur lemonde.fr". */
  host: string;
}

/** Schemes a reader's browser may be sent to: never javascript:, data:, file:… */
const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The link to the original article, or null when the address is missing, unreadable, not http(s),
 * or carries credentials (`https://user:pass@host/` is a phishing shape, never a news URL).
 *
 * @param url The article's source URL as the ingest read it.
 */
export function outboundLink(url: string | null | undefined): OutboundLink | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol) || parsed.username || parsed.password || !parsed.hostname) return null;
  return { href: parsed.href, host: parsed.hostname.replace(/^www\./, '') };
}
