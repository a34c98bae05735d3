/** Machine output saved as `.txt`: data exports (JSON, CSV), HTTP error pages and browser interstitials hold no article. */
import { chromeScore } from './chrome/features.ts';
import { isWordCodePoint } from './text.ts';
import type { Line } from './types.ts';

/**
 * A page this short holds no article when its text is an error or an interface prompt: an error page
 * or a browser check is a status and a sentence or two of a dozen words each ("Vérification de votre
 * navigateur avant d’accéder au site. Cette opération est automatique. Patientez cinq secondes."); a
 * real brief with so few words is a headline, which addresses no reader and names no interface.
 */
const TINY_PAGE_WORDS = 25;
/** Interface score from which a line speaks to the reader about the page (the chrome features' notice bar). */
const INTERFACE_SCORE = 2.5;
/** A data table has at least this many rows, every one with the same number (≥ 2) of field separators. */
const TABLE_MIN_ROWS = 2;
/** A table's cell holds a few words; a row of more is prose that happens to hold semicolons. */
const TABLE_MAX_ROW_WORDS = 12;

/** An HTTP status line: "403 Forbidden", "HTTP/1.1 404 Not Found", "502 Bad Gateway". */
const HTTP_STATUS = /^(?:HTTP\/[\d.]+\s+)?[45]\d\d(?:\s+[\p{L}][\p{L} ]{1,40})?$/u;

/**
 * A directive or field line of a data or configuration file: one token, a colon right after it, a
 * value ("DTSTART:20190115T140000", "User-agent: *", "Disallow: /admin/"). Prose puts words before
 * its colons, and French prose a space.
 */
const FIELD_LINE = /^[\p{L}][\p{L}\p{N}_.\-;=]{0,40}:(?:\s.*|[^\s/].*)?$/u;
/** A data or configuration file has at least this many lines, all of them fields. */
const FIELD_MIN_LINES = 3;
/** A line of markup alone: it opens with a tag and closes with one ("<?xml …?>", "<rss …>…</rss>"). */
const MARKUP_LINE = /^<[?!/\p{L}][^]*>$/u;
/**
 * A form or a menu: at least this many lines, each of at most LABEL_MAX_WORDS words, none a sentence
 * ("Connexion / Identifiant / Mot de passe / Se souvenir de moi"): labels of an interface, on a page
 * too short to hold an article (a brief has a headline of more words).
 */
const LABELS_MIN_LINES = 4;
const LABEL_MAX_WORDS = 5;

/** The empty values programs write when they have nothing: JavaScript's, Python's, JSON's, Ruby's, Go's. */
const EMPTY_VALUE = /^(?:null|undefined|NaN|None|nil|\[\]|\{\}|""|'')$/u;

/** Words of a text (letters or digits runs, code point by code point as /[\p{L}\p{N}]/u reads them). One scan, no copies. */
function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const word = isWordCodePoint(cp);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/**
 * Why a file's lines are machine output rather than an article, or null when they may be an article:
 * a JSON document, a data table (rows with the same number of separators), a data or configuration
 * file of "field: value" lines, markup with no text line, an HTTP error page, or a tiny page that
 * only speaks about the browser or the site or only holds interface labels.
 */
export function machineOutputReason(lines: readonly Line[]): string | null {
  const texts = lines.map((l) => l.text.trim()).filter((t) => t.length > 0);
  if (texts.length === 0) return null;
  // A program's empty value written as the whole file ("null", "undefined", "None", "[]").
  if (texts.length === 1 && EMPTY_VALUE.test(texts[0]!)) return `no article text: an empty value written by a program ("${texts[0]}"), not an article`;
  // Only a file that opens and closes like JSON is joined and parsed (no copy of every article).
  if (/^[{[]/.test(texts[0]!) && /[}\]]$/.test(texts[texts.length - 1]!)) {
    try {
      JSON.parse(texts.join('\n'));
      return 'no article text: a JSON document (data or an API answer), not an article';
    } catch {
      // not JSON: read on
    }
  }
  // A data export's header alone ("date;titre;auteur;url"): one line of three fields or more, no spaces.
  if (texts.length === 1 && !/\s/u.test(texts[0]!) && [';', '\t', ','].some((sep) => texts[0]!.split(sep).length >= 3)) {
    return `no article text: the header of an empty data table ("${texts[0]!.slice(0, 60)}"), not an article`;
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
  if (texts.length >= FIELD_MIN_LINES && texts.every((t) => FIELD_LINE.test(t) && !/[.!?]$/u.test(t))) {
    return `no article text: a data or configuration file (${texts.length} "field: value" lines), not an article`;
  }
  if (texts.every((t) => MARKUP_LINE.test(t))) return 'no article text: markup only (an XML or HTML document with no text lines), not an article';
  // Longer pages are never tiny: stop counting as soon as the bar is passed.
  let words = 0;
  for (const t of texts) {
    words += wordCount(t);
    if (words > TINY_PAGE_WORDS) return null;
  }
  const status = texts.find((t) => HTTP_STATUS.test(t));
  if (status !== undefined) return `no article text: an HTTP error page ("${status}")`;
  // One line on the bar, or several that together reach it ("Site en maintenance" / "Merci de votre
  // patience."): on a page this short, speaking to the reader about the site is all it does.
  let interfaceScore = 0;
  for (const t of texts) {
    const score = chromeScore(t, wordCount(t));
    interfaceScore += score;
    if (score >= INTERFACE_SCORE || interfaceScore >= INTERFACE_SCORE) {
      return 'no article text: a short page that only speaks about the browser or the site (an error or a check page)';
    }
  }
  if (texts.length >= LABELS_MIN_LINES && texts.every((t) => wordCount(t) <= LABEL_MAX_WORDS && !/[.!;…]["»”)]?$/u.test(t))) {
    return `no article text: a short page of ${texts.length} interface labels (a form or a menu), not an article`;
  }
  return null;
}
