import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Root, RootContent } from 'hast';
import { articleHast, articleHtml, articleMdast } from '../../src/render/article-html.ts';
import { formatLongDate, formatShortDate } from '../../src/render/dates.ts';
import { href } from '../../src/render/href.ts';

/** Hostile paragraphs: each must come out as the same literal text, never as markup. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[clic](javascript:alert(1))',
  '# Titre',
  '&amp;lt;b&amp;gt;',
  'Texte \u202Eesrevni\u202C et espaces\u200B\u200Dinvisibles',
  '**gras** _italique_ `code` <b>gras</b> <!-- commentaire --> ]]>',
  'Une ligne <a href="javascript:alert(1)">lien</a> piégée',
];

/** Parses the produced HTML back like a browser would. */
function parse(html: string): Root {
  return unified().use(rehypeParse, { fragment: true }).parse(html);
}

function elements(tree: Root): Element[] {
  const out: Element[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'element') {
        out.push(node);
        walk(node.children);
      }
    }
  };
  walk(tree.children);
  return out;
}

function paragraphsText(tree: Root): string[] {
  return elements(tree).map((p) => p.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
}

describe('articleHtml', () => {
  it('builds root > paragraph > text in mdast', () => {
    const tree = articleMdast(['Moscou et Téhéran ont nié.']);
    expect(tree).toEqual({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Moscou et Téhéran ont nié.' }] }] });
  });

  it('produces only <p> elements with text children in hast', () => {
    for (const el of elements(articleHast(HOSTILE))) {
      expect(el.tagName).toBe('p');
      expect(el.children.every((c) => c.type === 'text')).toBe(true);
    }
  });

  it('keeps hostile text inert: no element but <p>, no attribute, text identical after a browser-like parse', () => {
    const html = articleHtml(HOSTILE);
    const tree = parse(html);
    const els = elements(tree);
    expect(els.map((e) => e.tagName)).toEqual(HOSTILE.map(() => 'p'));
    for (const el of els) expect(Object.keys(el.properties)).toEqual([]);
    expect(paragraphsText(tree)).toEqual(HOSTILE);
    expect(html).not.toMatch(/<(script|img|a|h1|b|strong|em|code)\b/i);
    expect(html).not.toContain('<!--');
  });

  it('does not decode entities written in the text', () => {
    const html = articleHtml(['&amp;lt;b&amp;gt; et &eacute;']);
    expect(html).toBe('<p>&#x26;amp;lt;b&#x26;amp;gt; et &#x26;eacute;</p>');
  });

  it('renders a seed paragraph unchanged, one <p> per paragraph', () => {
    const seed = [
      'Moscou et Téhéran ont nié à plusieurs reprises que des livraisons d’armes aient eu lieu au milieu du conflit en Ukraine',
      'Selon le Post, la Russie et l’Iran travaillent rapidement pour transférer les conceptions et les composants clés des véhicules aériens sans pilote (UAV), ce qui pourrait permettre à la production de commencer dans quelques mois.',
    ];
    expect(paragraphsText(parse(articleHtml(seed)))).toEqual(seed);
    expect(articleHtml([])).toBe('');
  });
});

describe('dates', () => {
  it('writes the long French form in Paris time', () => {
    expect(formatLongDate('2022-10-23T13:27:00+02:00')).toBe('23 octobre 2022 à 13 h 27');
    // 11:27 UTC is 13:27 in Paris in summer time, 12:27 in winter.
    expect(formatLongDate('2022-10-23T11:27:00Z')).toBe('23 octobre 2022 à 13 h 27');
    expect(formatLongDate('2022-12-01T08:05:00Z')).toBe('1er décembre 2022 à 9 h 05');
    // A day without a time (a date line or a URL naming only the day) is stored as midnight in Paris.
    expect(formatLongDate('2018-11-17T00:00:00+01:00')).toBe('17 novembre 2018');
  });
  it('writes the short form for cards', () => {
    expect(formatShortDate('2022-10-23T13:27:00+02:00')).toBe('23 oct. 2022');
    expect(formatShortDate('2023-05-01T00:30:00+02:00')).toBe('1er mai 2023');
  });
  it('never invents a date', () => {
    expect(formatLongDate(null)).toBeNull();
    expect(formatShortDate('pas une date')).toBeNull();
  });
});

describe('href', () => {
  it('prefixes the base path', () => {
    expect(href('articles/a/', '/kiosque/')).toBe('/kiosque/articles/a/');
    expect(href('/sources/', '/kiosque')).toBe('/kiosque/sources/');
    expect(href('', '/')).toBe('/');
  });
});
