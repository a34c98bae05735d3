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

/**
 * Deepest element nesting kept when a page is read. The tree is converted and walked recursively
 * (hast), which overflows the stack at about 2,000 levels; real pages nest a few dozen. Chromium's
 * HTML parser stops nesting at 512 levels too (deeper elements become siblings), so this is what a
 * browser would show.
 */
export const MAX_HTML_DEPTH = 512;

/**
 * Most tags (start and end) a web page may have to be parsed. Parsing costs ~1.5 kB of memory per
 * tag (a 4.9 MB page of 450,000 <p> took 1.35 GB and 10 s, before the line limit could see its
 * text). A heavy real news page has a few thousand elements (tens of thousands of DOM nodes are
 * already extreme), so 50,000 tags leaves a wide margin and bounds one page to ~75 MB.
 */
export const MAX_HTML_TAGS = 50_000;

const tagCount = new Intl.NumberFormat('en-US');

/** Why a web page is refused before parsing (too many tags), or null. One linear scan, no copies. */
export function tagLimitReason(html: string): string | null {
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    let c = html.charCodeAt(i + 1);
    if (c === 47) c = html.charCodeAt(i + 2); // "</"
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) tags++;
  }
  return tags > MAX_HTML_TAGS ? `web page with ${tagCount.format(tags)} tags, over the ${tagCount.format(MAX_HTML_TAGS)}-tag limit` : null;
}

/** Elements without content: they never nest. */
const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements closed implicitly by the next one of the same name ("<p>a<p>b", "<li>…<li>…"). */
const IMPLIED_END_TAGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp']);
/** How far down the open elements an implied end is looked for (a <p> or <li> closes its sibling, not an ancestor's). */
const IMPLIED_END_REACH = 8;
/** Elements whose content is text, not tags: skipped whole. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
/** A comment, or a start/end tag with its attributes (quoted values may hold ">"). */
const ANY_TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * Flattens markup nested deeper than `MAX_HTML_DEPTH`: start tags beyond it and their end tags are
 * replaced by `<br>` (a line break, no nesting; one per run of such tags), so the text stays, in
 * order and on separate lines.
 * Approximates the parser's stack from the tags (void elements, implied ends, raw-text elements);
 * one linear scan. Returns the input itself when nothing is that deep (every real page).
 */
export function capNesting(html: string): string {
  const stack: { name: string; dropped: boolean }[] = [];
  let depth = 0;
  let out = '';
  let copied = 0;
  /** True when the output ends with a <br> and blanks only: runs of dropped tags make one line break. */
  let broken = false;
  const drop = (start: number, end: number): void => {
    const between = html.slice(copied, start);
    const blank = between.trim() === '';
    out += blank && broken ? between : `${between}<br>`;
    broken = true;
    copied = end;
  };
  ANY_TAG.lastIndex = 0;
  for (let m = ANY_TAG.exec(html); m !== null; m = ANY_TAG.exec(html)) {
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] === '/') {
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== name) at--;
      if (at < 0) continue; // stray end tag: the parser ignores it
      const dropped = stack[at]!.dropped;
      for (const e of stack.splice(at)) if (!e.dropped) depth--;
      if (dropped) drop(start, end);
      continue;
    }
    if (VOID_TAGS.has(name)) continue;
    if (RAW_TEXT_TAGS.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = end;
      if (close.exec(html) !== null) ANY_TAG.lastIndex = close.lastIndex;
      continue;
    }
    if (IMPLIED_END_TAGS.has(name)) {
      for (let at = stack.length - 1; at >= Math.max(0, stack.length - IMPLIED_END_REACH); at--) {
        if (stack[at]!.name !== name) continue;
        for (const e of stack.splice(at)) if (!e.dropped) depth--;
        break;
      }
    }
    const dropped = depth >= MAX_HTML_DEPTH;
    stack.push({ name, dropped });
    if (dropped) drop(start, end);
    else depth++;
  }
  return copied === 0 ? html : out + html.slice(copied);
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
 * Markup nested deeper than `MAX_HTML_DEPTH` is flattened first (`capNesting`), so no page overflows the stack.
 */
export function htmlToText(html: string): string {
  const tree = unified().use(rehypeParse).parse(capNesting(html)) as Root;
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
