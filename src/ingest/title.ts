/** Decides whether the first real line of a file is its title, and derives a title when it is not. */
import type { Line } from './types.ts';

/**
 * Longest first line still taken as a title. Real headlines in both corpora are at most ~180
 * characters; files without a headline start with a lead paragraph of 130–2,000+ characters
 * that is several sentences long.
 */
export const MAX_TITLE_CHARS = 200;
/** A derived title is cut near this length, at a word boundary. */
export const DERIVED_TITLE_CHARS = 110;

/** Counts sentence ends (". ", "! ", "? " followed by a capital or a quote) inside a line. */
function innerSentenceEnds(text: string): number {
  let count = 0;
  for (let i = 1; i < text.length - 2; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ') {
      const next = text[i + 2] ?? '';
      if (next !== next.toLowerCase() || next === '«' || next === '"') count++;
    }
  }
  return count;
}

/** True when a line reads like a headline rather than a lead paragraph. */
export function isTitleLike(text: string): boolean {
  if (text.length > MAX_TITLE_CHARS) return false;
  // A headline is one sentence, or several without a final full stop ("… ? « Non ! »", "… (VIDEO)");
  // a lead paragraph has two or more sentences and ends with one.
  if (innerSentenceEnds(text) === 0 || text.length <= 120) return true;
  return !/[.…]["»”)]?$/u.test(text);
}

/** First sentence of a paragraph, cut at a word boundary near DERIVED_TITLE_CHARS, with an ellipsis when cut. */
export function deriveTitle(text: string): string {
  let end = text.length;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ' && i > 20) {
      end = i + (c === '.' ? 0 : 1);
      break;
    }
  }
  let title = text.slice(0, end);
  if (title.length > DERIVED_TITLE_CHARS) {
    const cut = title.lastIndexOf(' ', DERIVED_TITLE_CHARS);
    title = `${title.slice(0, cut > 40 ? cut : DERIVED_TITLE_CHARS).replace(/[\s,;:–—-]+$/u, '')}…`;
  }
  return title;
}

/**
 * Picks the title from the first kept line. When that line is a lead paragraph, the title is
 * derived from it and the line stays in the body (no text is lost).
 */
export function pickTitle(lines: readonly Line[]): { title: string | null; titleLine: Line | null; body: Line[] } {
  const [first, ...rest] = lines;
  if (!first) return { title: null, titleLine: null, body: [] };
  if (isTitleLike(first.text)) return { title: first.text, titleLine: first, body: rest };
  return { title: deriveTitle(first.text), titleLine: null, body: [...lines] };
}
