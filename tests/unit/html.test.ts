import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH, MAX_HTML_TAGS, capNesting, htmlToText, looksLikeHtml, tagLimitReason } from '../../src/ingest/html.ts';

const page = `<!DOCTYPE html>
<html lang="fr"><head><title>Drones : l'accord russo-iranien - Le Quotidien</title>
<script>window.dataLayer = [];</script><style>p { color: red }</style></head>
<body>
<header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav></header>
<article>
<h1>La Russie conclut un accord sur les drones avec l&rsquo;Iran</h1>
<p>Moscou et T&eacute;h&eacute;ran ont approfondi leurs liens de d&eacute;fense, selon le <em>Washington Post</em>.</p>
<p>Des drones de conception iranienne seront construits en Russie&nbsp;: une &laquo;&nbsp;menace&nbsp;&raquo; pour l&#x2019;Ukraine.</p>
<aside>Lire aussi : les sanctions contre T&eacute;h&eacute;ran</aside>
<form><button>S'abonner</button></form>
</article>
<footer>Contact | Mentions légales | Plan du site</footer>
<noscript>Activez JavaScript</noscript>
</body></html>`;

describe('looksLikeHtml', () => {
  it('recognises a web page saved as .txt', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml('<html><body><p>Bonjour</p></body></html>')).toBe(true);
  });

  it('does not treat hostile prose as a web page', () => {
    const hostile = [
      "Un pirate a tenté d'injecter <script>alert(1)</script> dans le formulaire du site de la mairie.",
      '',
      "La balise <img src=x onerror=alert(1)> a été neutralisée, a précisé l'hébergeur.",
    ].join('\n');
    expect(looksLikeHtml(hostile)).toBe(false);
  });

  it('does not treat a French article with a few <p> quoted inline as a page', () => {
    const text = "Le code <p> et </p> entoure un paragraphe, explique le formateur.\nIl ajoute que <div> structure la page.";
    expect(looksLikeHtml(text)).toBe(false);
  });
});

describe('htmlToText', () => {
  const text = htmlToText(page);
  const lines = text.split('\n');

  it('puts the first <h1> as the first line', () => {
    expect(lines[0]).toBe('La Russie conclut un accord sur les drones avec l’Iran');
  });

  it('keeps paragraphs as separate lines with a blank line between them, entities decoded', () => {
    expect(text).toContain(
      'Moscou et Téhéran ont approfondi leurs liens de défense, selon le Washington Post.\n\nDes drones de conception iranienne seront construits en Russie\u00a0: une «\u00a0menace\u00a0» pour l’Ukraine.',
    );
  });

  it('drops script, style, nav, header, footer, aside, form and noscript', () => {
    for (const gone of ['dataLayer', 'color: red', 'Accueil', 'Lire aussi', "S'abonner", 'Mentions légales', 'JavaScript']) {
      expect(text).not.toContain(gone);
    }
    expect(lines.filter((l) => l.includes('La Russie conclut'))).toHaveLength(1);
  });

  it('falls back to <title> when there is no <h1>', () => {
    const out = htmlToText('<html><head><title>Gilets jaunes : acte XII</title></head><body><p>Les manifestants étaient 58 600.</p></body></html>');
    expect(out).toBe('Gilets jaunes : acte XII\n\nLes manifestants étaient 58 600.');
  });
});

describe('htmlToText on absurdly deep pages (issue 12, point 8)', () => {
  it('reads a page nested 3,000 and 100,000 levels deep without a stack overflow, keeping its text', () => {
    for (const depth of [3000, 100_000]) {
      const html = `<!doctype html><html><head><title>Titre</title></head><body><h1>Un titre tout en haut</h1>${'<div><span>'.repeat(depth)}<p>Le texte est tout au fond.</p>${'</span></div>'.repeat(depth)}<p>Et un paragraphe après.</p></body></html>`;
      const started = performance.now();
      const text = htmlToText(html);
      expect(text.split('\n')[0], String(depth)).toBe('Un titre tout en haut');
      expect(text).toContain('Le texte est tout au fond.');
      expect(text).toContain('Et un paragraphe après.');
      expect(performance.now() - started).toBeLessThan(10_000);
    }
  });

  it('leaves ordinary nesting as it is, and keeps text past the cap in document order', () => {
    expect(htmlToText(page)).toBe(htmlToText(capNesting(page)));
    expect(capNesting(page)).toBe(page);
    const deep = `<body>${'<section>'.repeat(MAX_HTML_DEPTH + 50)}<p>un</p><p>deux</p>${'</section>'.repeat(MAX_HTML_DEPTH + 50)}<p>trois</p></body>`;
    const capped = capNesting(deep);
    expect(capped.match(/<section>/g)!.length).toBeLessThan(MAX_HTML_DEPTH);
    expect(htmlToText(deep).split(/\s+/).filter(Boolean)).toEqual(['un', 'deux', 'trois']);
  });
});

describe('web pages with too many elements (issue 12, point 3)', () => {
  it('counts tags in one linear scan and names the count and the limit', () => {
    const many = `<!doctype html><html><body><h1>Titre</h1>${'<p>x</p>\n'.repeat(MAX_HTML_TAGS)}</body></html>`;
    expect(tagLimitReason(many)).toBe(`web page with ${(2 * MAX_HTML_TAGS + 6).toLocaleString('en-US')} tags, over the ${MAX_HTML_TAGS.toLocaleString('en-US')}-tag limit`);
    expect(tagLimitReason(page)).toBeNull();
    // A heavy real page: 4,000 paragraphs with links and emphasis.
    const heavy = `<html><body>${'<p>Texte <a href="/x">lien</a> et <em>accent</em>.</p>\n'.repeat(4000)}</body></html>`;
    expect(tagLimitReason(heavy)).toBeNull();
    // "<" in prose or before a digit is not a tag.
    expect(tagLimitReason(`a < b et 3<4 ${'x <5 '.repeat(MAX_HTML_TAGS)}`)).toBeNull();
  });
});
