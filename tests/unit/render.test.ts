import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Root, RootContent } from 'hast';
import { articleHast, articleHtml, articleMdast } from '../../src/render/article-html.ts';
import { formatLongDate, formatShortDate } from '../../src/render/dates.ts';
import { href } from '../../src/render/href.ts';
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { frenchSpacing, NBSP, NNBSP, readerText, unglueSentences } from '../../src/render/typography.ts';
import { renderFeed } from '../../src/render/feed.ts';
import { rfc822Date } from '../../src/render/dates.ts';
import { outboundLink } from '../../src/render/outbound.ts';
import { headerPolicy, metaPolicy } from '../../src/render/csp.ts';
import { jsonLdText } from '../../src/render/json-ld.ts';
import { searchFields, UNDATED_SORT } from '../../src/render/search-fields.ts';

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

describe('French typography (readerText)', () => {
  it('puts a narrow no-break space before ; ! ? and inside « », a no-break space before :', () => {
    expect(frenchSpacing('Vraiment ? Oui ! Alors ; bref')).toBe(`Vraiment${NNBSP}? Oui${NNBSP}! Alors${NNBSP}; bref`);
    expect(frenchSpacing('Il a dit : « Nous partons » hier.')).toBe(`Il a dit${NBSP}: «${NNBSP}Nous partons${NNBSP}» hier.`);
    // Several or odd spaces become one of the right kind.
    expect(frenchSpacing('Pourquoi  \u2009?')).toBe(`Pourquoi${NNBSP}?`);
  });

  it('never adds a space that is not there: times, URLs, numbers, English', () => {
    for (const text of ['Rendez-vous à 13:27 précises', 'https://exemple.fr/page?id=3&x=1', 'Score 3:2, ratio 1:1000', 'Why? Because!', 'a;b']) {
      expect(frenchSpacing(text)).toBe(text);
    }
  });

  it('splits sentences glued by a lost space, in French and in English', () => {
    expect(unglueSentences('à l’audience.Les avocats ont plaidé')).toBe('à l’audience. Les avocats ont plaidé');
    expect(unglueSentences('the hearing ended.Lawyers then spoke.Écoutez')).toBe('the hearing ended. Lawyers then spoke. Écoutez');
  });

  it('leaves abbreviations, initials, acronyms, numbers, domains and URLs alone', () => {
    for (const text of [
      'M.Dupont et J.-C.Decaux',
      'U.S.Army',
      'le ministère.UE',
      'version 3.5 puis 1.Le',
      'sur lemonde.fr et Booking.com',
      'voir https://exemple.fr/dossier/Page.Html ou www.site.Fr',
      'écrire à redaction@journal.Fr',
    ]) {
      expect(unglueSentences(text), text).toBe(text);
    }
  });

  it('is applied to article bodies at render time', () => {
    expect(articleHtml(['Il a dit : oui.Puis il est parti ?'])).toBe(`<p>Il a dit${NBSP}: oui. Puis il est parti${NNBSP}?</p>`);
    expect(readerText('« Ah ! »')).toBe(`«${NNBSP}Ah${NNBSP}!${NNBSP}»`);
  });
});

describe('RSS feeds', () => {
  const HOSTILE_ITEM = {
    title: 'Titre <script>alert(1)</script> & fin',
    link: 'https://exemple.org/articles/a/',
    description: 'Texte <img src=x onerror=alert(1)> et <b onmouseover="x()">gras</b> &amp; ]]> fin',
    publishedAt: '2025-12-01T00:00:00+01:00',
    creator: 'Jean <b onmouseover=alert(1)>Dupont</b>',
    categories: ['Le <img src=x onerror=alert(2)> Journal'],
  };
  const feed = renderFeed({
    title: 'Kiosque',
    description: 'Flux <i>test</i>',
    link: 'https://exemple.org/',
    self: 'https://exemple.org/rss.xml',
    items: [HOSTILE_ITEM, { ...HOSTILE_ITEM, link: 'https://exemple.org/articles/b/', publishedAt: '2025-12-02T18:05:00+01:00', description: '', creator: null, categories: [] }],
  });
  const xml = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(feed) as {
    rss: { channel: { item: Array<Record<string, string>>; 'atom:link': Record<string, string>; lastBuildDate: string } };
  };
  const items = xml.rss.channel.item;

  it('is well-formed XML with atom:link rel=self and lastBuildDate from the newest item', () => {
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(xml.rss.channel['atom:link']['@_rel']).toBe('self');
    expect(xml.rss.channel['atom:link']['@_href']).toBe('https://exemple.org/rss.xml');
    expect(xml.rss.channel.lastBuildDate).toBe('Tue, 02 Dec 2025 18:05:00 +0100');
  });

  it('keeps description, category and dc:creator text once parsed as XML and then as HTML: no element from the text', () => {
    const item = items[0]!;
    for (const [field, original] of [['description', HOSTILE_ITEM.description], ['dc:creator', HOSTILE_ITEM.creator], ['category', HOSTILE_ITEM.categories[0]!]] as const) {
      const html = String(item[field]);
      const tree = parse(html);
      expect(elements(tree), field).toEqual([]);
      expect(tree.children.map((c) => (c.type === 'text' ? c.value : '')).join(''), field).toBe(original);
    }
    expect(item['title']).toBe(HOSTILE_ITEM.title);
  });

  it('writes a day without a time on its own day, names in dc:creator, no author element', () => {
    expect(items[0]!['pubDate']).toBe('Mon, 01 Dec 2025 00:00:00 +0100');
    expect(new Date(items[0]!['pubDate']!).toISOString()).toBe('2025-11-30T23:00:00.000Z');
    expect(feed).not.toContain('<author>');
    expect(items[1]!['description']).toBeUndefined();
  });

  it('writes RFC 822 dates in the offset given', () => {
    expect(rfc822Date('2022-10-23T13:27:00+02:00')).toBe('Sun, 23 Oct 2022 13:27:00 +0200');
    expect(rfc822Date('2022-10-23T11:27:00Z')).toBe('Sun, 23 Oct 2022 11:27:00 +0000');
    expect(rfc822Date(null)).toBeNull();
    expect(rfc822Date('pas une date')).toBeNull();
  });
});

describe('outbound links', () => {
  it('accepts http and https only, labelled by host', () => {
    expect(outboundLink('https://www.lemonde.fr/international/article/x.html')).toEqual({ href: 'https://www.lemonde.fr/international/article/x.html', host: 'lemonde.fr' });
    expect(outboundLink('http://news.example.com/a')?.host).toBe('news.example.com');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://exemple.fr/a', 'https://user:pw@exemple.fr/', 'pas une adresse', '', null]) {
      expect(outboundLink(bad), String(bad)).toBeNull();
    }
  });
});

describe('Content-Security-Policy meta fallback', () => {
  it('is the policy of public/_headers minus header-only directives', () => {
    const headers = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    const policy = headerPolicy(headers)!;
    expect(policy).toContain("default-src 'self'");
    const meta = metaPolicy(policy);
    expect(meta).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    // Every other directive is kept as written.
    const kept = policy.split(';').map((d) => d.trim()).filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta.split('; ')).toEqual(kept);
  });
});

describe('JSON-LD', () => {
  it('cannot close its script element, whatever the text', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' });
  });
});

describe('search fields (Pagefind contract)', () => {
  it('gives outlet, Paris day and month, and a sort value that keeps undated articles (last)', () => {
    expect(searchFields({ outlet: 'Le Monde', publishedAt: '2025-11-30T23:30:00Z' })).toEqual({ source: 'Le Monde', date: '2025-12-01', month: '2025-12', sort: '2025-12-01' });
    const undated = searchFields({ outlet: null, publishedAt: null });
    expect(undated).toEqual({ source: 'Source inconnue', date: null, month: null, sort: UNDATED_SORT });
    expect(undated.sort < '1900-01-01').toBe(true);
  });
});
