/** Short plain-text excerpt of an article's first paragraphs, cut at a word boundary. */
import type { ArticleEntry } from '../schemas/article.ts';

/** Two or three lines on a card, on a phone as on a desktop. */
export const EXCERPT_CHARS = 220;

/** Paragraph ends after which the next paragraph can follow with a plain space. */
const SENTENCE_END = /[.!?…»"”)]$/u;

/**
 * The start of the body (the entry's lead, ENTRY_LEAD_CHARS: more than any excerpt asks), at most
 * `maxChars` characters plus "…" when cut. Paragraphs are
 * joined with a space, or " — " when one does not end a sentence (a subtitle, a lead line).
 *
 * @param article The article.
 * @param maxChars Longest excerpt before the ellipsis.
 */
export function excerpt(article: Pick<ArticleEntry, 'lead'>, maxChars: number = EXCERPT_CHARS): string {
  let text = '';
  for (const p of article.lead) {
    text = text ? `${text}${SENTENCE_END.test(text) ? ' ' : ' — '}${p}` : p;
    if (text.length > maxChars) break;
  }
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  const head = space > maxChars / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.—–-]+$/u, '')}…`;
}
