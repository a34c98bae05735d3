/** French typography at render time: no-break spaces before high punctuation and inside « », and sentences glued by a lost space ("audience.Les") split again. */

/** U+202F NARROW NO-BREAK SPACE: before ; ! ? and inside « » (Imprimerie nationale usage). */
export const NNBSP = '\u202f';
/** U+00A0 NO-BREAK SPACE: before a colon. */
export const NBSP = '\u00a0';

/** Horizontal spaces a scraper or a typist may have put before punctuation (never a line break). */
const SPACES = '[ \\u00a0\\u2007\\u2009\\u202f]+';
const BEFORE_HIGH = new RegExp(`${SPACES}(?=[;!?])`, 'gu');
const BEFORE_COLON = new RegExp(`${SPACES}(?=:)`, 'gu');
const AFTER_OPEN_QUOTE = new RegExp(`«${SPACES}`, 'gu');
const BEFORE_CLOSE_QUOTE = new RegExp(`${SPACES}»`, 'gu');

/**
 * Only spaces that are already there are changed: a space is never added where the text has
 * none, so times ("13:27"), URLs ("https://", "?q=1"), ratios and English "Why?" stay as written.
 *
 * @param text Plain text (a paragraph, a title, an interface string).
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(BEFORE_HIGH, NNBSP)
    .replace(BEFORE_COLON, NBSP)
    .replace(AFTER_OPEN_QUOTE, `«${NNBSP}`)
    .replace(BEFORE_CLOSE_QUOTE, `${NNBSP}»`);
}

/**
 * A word of two or more lowercase letters, a full stop, then a capitalised word: two sentences
 * whose space was lost when the page was scraped ("à l’audience.Les avocats"). Requiring two
 * lowercase letters before the stop leaves initials and abbreviations alone ("M.Dupont",
 * "J.-C.Decaux", "U.S.Army"); requiring a lowercase letter after the capital leaves acronyms
 * ("ministère.UE", "1.A"); digits never match, so numbers ("3.5", "1.Le") stay as written.
 */
const GLUED = /(\p{Ll}{2})\.(\p{Lu}\p{Ll})/gu;
/** The same, once: most texts have no glued sentence, and are returned after a single scan. */
const GLUED_ANY = /\p{Ll}{2}\.\p{Lu}\p{Ll}/u;
/** Tokens that are addresses: URLs, e-mail addresses, domains with a path. Never changed. */
const ADDRESS = /:\/\/|^www\.|@|\//iu;

/**
 * Puts back the space of glued sentences, token by token, skipping URLs, e-mail addresses and
 * paths ("https://exemple.fr/Page.Html" stays whole).
 *
 * @param text Plain text.
 */
export function unglueSentences(text: string): string {
  if (!text.includes('.') || !GLUED_ANY.test(text)) return text;
  return text
    .split(/(\s+)/u)
    .map((token) => (ADDRESS.test(token) ? token : token.replace(GLUED, '$1. $2')))
    .join('');
}

/**
 * Everything a reader sees of a text written by others (titles, paragraphs, excerpts) and of the
 * interface: glued sentences split, then French spacing.
 *
 * @param text Plain text; the result is plain text too (escaping is the serializer's job).
 */
export function readerText(text: string): string {
  return frenchSpacing(unglueSentences(text));
}
