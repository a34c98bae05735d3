/** Machine output saved as `.txt`: data exports (JSON, CSV), HTTP error pages and browser interstitials hold no article. */
import { chromeScore } from './chrome/features.ts';
import type { Line } from './types.ts';

/**
 * A page this short holds no article when its text is an error or an interface prompt: an error page
 * or a browser check is a status and a sentence or two; a real brief with so few words is a headline,
 * which addresses no reader and names no interface.
 */
const TINY_PAGE_WORDS = 15;
/** Interface score from which a line speaks to the reader about the page (the chrome features' notice bar). */
const INTERFACE_SCORE = 2.5;
/** A data table has at least this many rows, every one with the same number (≥ 2) of field separators. */
const TABLE_MIN_ROWS = 2;
/** A table's cell holds a few words; a row of more is prose that happens to hold semicolons. */
const TABLE_MAX_ROW_WORDS = 12;

/** An HTTP status line: "403 Forbidden", "HTTP/1.1 404 Not Found", "502 Bad Gateway". */
const HTTP_STATUS = /^(?:HTTP\/[\d.]+\s+)?[45]\d\d(?:\s+[\p{L}][\p{L} ]{1,40})?$/u;

/** Words of a text (letters or digits runs). */
function wordCount(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).length;
}

/**
 * Why a file's lines are machine output rather than an article, or null when they may be an article:
 * a JSON document, a data table (rows with the same number of separators), an HTTP error page, or a
 * tiny page that only speaks about the browser or the site.
 */
export function machineOutputReason(lines: readonly Line[]): string | null {
  const texts = lines.map((l) => l.text.trim()).filter((t) => t.length > 0);
  if (texts.length === 0) return null;
  // Only a file that opens and closes like JSON is joined and parsed (no copy of every article).
  if (/^[{[]/.test(texts[0]!) && /[}\]]$/.test(texts[texts.length - 1]!)) {
    try {
      JSON.parse(texts.join('\n'));
      return 'no article text: a JSON document (data or an API answer), not an article';
    } catch {
      // not JSON: read on
    }
  }
  if (texts.length >= TABLE_MIN_ROWS) {
    for (const sep of [';', '\t', ',', '|']) {
      const first = texts[0]!.split(sep).length - 1;
      // Cheap exits first: the header row must hold separators, and every row the same number.
      if (first < 2 || !texts.every((t) => t.split(sep).length - 1 === first)) continue;
      if (texts.every((t) => wordCount(t) <= TABLE_MAX_ROW_WORDS)) {
        return `no article text: a data table (${texts.length} rows of ${first + 1} fields), not an article`;
      }
    }
  }
  // Longer pages are never tiny: stop counting as soon as the bar is passed.
  let words = 0;
  for (const t of texts) {
    words += wordCount(t);
    if (words > TINY_PAGE_WORDS) return null;
  }
  const status = texts.find((t) => HTTP_STATUS.test(t));
  if (status !== undefined) return `no article text: an HTTP error page ("${status}")`;
  if (texts.some((t) => chromeScore(t, wordCount(t)) >= INTERFACE_SCORE)) {
    return 'no article text: a short page that only speaks about the browser or the site (an error or a check page)';
  }
  return null;
}
