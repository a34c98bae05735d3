/** Recognises a web page saved as `.txt` and turns it into plain text (title first, one block per line, chrome elements dropped). */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Characters inspected at the start of the text for a doctype or an opening <html>/<head>/<body>. */
const HEAD_SNIFF_CHARS = 1024;

/**
 * A page without a doctype is still HTML when it has this many block-level tags *and* most of its
 * non-blank lines start with a tag. Prose quoting one "<script>" or "<img onerror=…>" never does.
 */
const MIN_BLOCK_TAGS = 4;
const MIN_TAG_LINE_SHARE = 0.5;

/** Elements whose content is never article text. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'iframe', 'svg', 'button',
  'select', 'input', 'textarea', 'object', 'embed', 'canvas', 'dialog', 'menu',
]);
/** Dropped only outside <article>/<main>: the site header/footer, not the article's own. */
const DROP_OUTSIDE_ARTICLE = new Set(['header', 'footer']);

const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'article', 'section', 'main',
  'header', 'footer', 'nav', 'table', 'tr', 'td', 'blockquote', 'br', 'head', 'body', 'html',
  'title', 'meta', 'link', 'figure', 'figcaption', 'span', 'a', 'strong', 'em',
]);

/** Tag names at a "<", bounded so megabyte lines scan linearly. */
const TAG_RE = /<\/?([a-zA-Z][a-zA-Z0-9]{0,15})(?=[\s>/])/g;

/**
 * True when `text` is a web page saved as text: it opens with a doctype or an <html>, <head> or
 * <body> tag (after an optional XML declaration or comment), or it is dense markup (several block
 * tags, most lines starting with a tag). French prose that merely contains a hostile
 * `<script>alert(1)</script>` or `<img onerror=…>` is not a web page: its text stays text.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, HEAD_SNIFF_CHARS).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  let start = head;
  // Skip an XML declaration and leading comments.
  for (let guard = 0; guard < 5; guard++) {
    if (start.startsWith('<?xml')) start = start.slice(start.indexOf('>') + 1).trimStart();
    else if (start.startsWith('<!--')) {
      const end = start.indexOf('-->');
      if (end < 0) break;
      start = start.slice(end + 3).trimStart();
    } else break;
  }
  if (/^<!doctype\s+html/.test(start) || /^<(html|head|body)[\s>]/.test(start)) return true;

  let blockTags = 0;
  for (const m of text.matchAll(TAG_RE)) {
    if (BLOCK_TAGS.has(m[1]!.toLowerCase())) blockTags++;
    if (blockTags >= MIN_BLOCK_TAGS) break;
  }
  if (blockTags < MIN_BLOCK_TAGS) return false;
  let lines = 0;
  let tagLines = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    lines++;
    if (t.startsWith('<')) tagLines++;
  }
  return lines > 0 && tagLines / lines >= MIN_TAG_LINE_SHARE;
}

function isElement(node: RootContent | ElementContent | Root): node is Element {
  return node.type === 'element';
}

function findFirst(node: Root | Element, tag: string): Element | null {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) return child;
    const found = findFirst(child, tag);
    if (found) return found;
  }
  return null;
}

function countTag(node: Root | Element, tag: string): number {
  let n = 0;
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) n++;
    n += countTag(child, tag);
  }
  return n;
}

/** Removes dropped elements in place (iterative over children, recursive over depth). */
function prune(node: Root | Element, insideArticle: boolean, skip: Element | null): void {
  node.children = node.children.filter((child) => {
    if (!isElement(child)) return child.type !== 'comment' && child.type !== 'doctype';
    if (child === skip) return false;
    if (DROP.has(child.tagName)) return false;
    if (!insideArticle && DROP_OUTSIDE_ARTICLE.has(child.tagName)) return false;
    const props = child.properties ?? {};
    if (props['hidden'] !== undefined && props['hidden'] !== null && String(props['hidden']) !== 'false') return false;
    if (String(props['ariaHidden']) === 'true') return false;
    prune(child, insideArticle || child.tagName === 'article' || child.tagName === 'main', skip);
    return true;
  }) as typeof node.children;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Converts a web page to plain text: the first <h1> (or else the <title>) becomes the first line,
 * block elements become separate lines with a blank line between paragraphs, entities are decoded,
 * and script/style/noscript/template/nav/aside/form/iframe/svg (plus the site's own header and
 * footer) are dropped. When the page has a <main> or a single <article>, only that is kept.
 */
export function htmlToText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const h1 = findFirst(tree, 'h1');
  const titleEl = findFirst(tree, 'title');
  const h1Text = h1 ? oneLine(toText(h1)) : '';
  const title = h1Text || (titleEl ? oneLine(toText(titleEl)) : '');

  let scope: Root | Element = findFirst(tree, 'body') ?? tree;
  const main = findFirst(tree, 'main');
  if (main) scope = main;
  else if (countTag(tree, 'article') === 1) scope = findFirst(tree, 'article')!;
  const insideArticle = scope !== tree && (scope as Element).tagName !== 'body';
  prune(scope, insideArticle, h1Text ? h1 : null);

  const body = toText(scope as Element)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return title ? `${title}\n\n${body}` : body;
}
