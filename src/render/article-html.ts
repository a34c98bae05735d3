/** Builds an article body's HTML from its plain-text paragraphs through syntax trees (mdast → hast → HTML). */
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { readerText } from './typography.ts';

/**
 * Bumped whenever the HTML produced for the same paragraphs changes, so that entries
 * cached in Astro's data store are rendered again (it is part of every entry's digest).
 */
export const RENDER_VERSION = 2;

/**
 * The mdast tree of an article body: one `paragraph` holding one `text` node per paragraph.
 * The text is never parsed: Markdown or HTML syntax in it stays literal text. French spacing
 * and glued sentences are fixed here, at render time (`readerText`): the ingest keeps the text as read.
 *
 * @param paragraphs Clean body paragraphs, plain text.
 */
export function articleMdast(paragraphs: readonly string[]): MdastRoot {
  return {
    type: 'root',
    children: paragraphs.map((value) => ({
      type: 'paragraph',
      children: [{ type: 'text', value: readerText(value) }],
    })),
  };
}

/**
 * The hast tree of an article body (`<p>` elements holding text nodes only).
 *
 * @param paragraphs Clean body paragraphs, plain text.
 */
export function articleHast(paragraphs: readonly string[]): HastRoot {
  // mdast-util-to-hast maps text nodes to hast text nodes: nothing is interpreted.
  return toHast(articleMdast(paragraphs)) as HastRoot;
}

/**
 * Serialises an article body to HTML. Every `<`, `&` and quote of the text is escaped by
 * hast-util-to-html; no element other than `<p>` can appear.
 *
 * @param paragraphs Clean body paragraphs, plain text.
 * @returns HTML such as `<p>…</p>\n<p>…</p>`.
 */
export function articleHtml(paragraphs: readonly string[]): string {
  return toHtml(articleHast(paragraphs));
}
