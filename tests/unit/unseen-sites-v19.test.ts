/** The frozen unseen-sites v19 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V19, SITES_V19, generateUnseenV19 } from '../../scripts/unseen-sites-v19.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): mountain huts, the hiking trails that lead to them, and the wardens who keep them. */
const MASSIFS = ['Queyras', 'Vercors', 'Chartreuse', 'Écrins', 'Mercantour', 'Ossau', 'Cerdagne', 'Beaufortain', 'Aravis', 'Cantal', 'Vosges du Sud', 'Bauges'];
const TROUBLES = [
  'l’éboulement du sentier d’accès', 'le départ du gardien', 'le manque d’eau au refuge', 'la fermeture d’une passerelle', 'le balisage effacé',
  'la surfréquentation estivale', 'le coût du ravitaillement par hélicoptère', 'les réservations non honorées', 'le chantier des toilettes sèches',
  'la cohabitation avec les troupeaux', 'la neige tardive', 'les secours en hausse', 'la rénovation du dortoir', 'le stationnement au départ des sentiers',
  'les panneaux solaires en panne', 'les bivouacs sauvages', 'la fonte du névé', 'la hausse du prix des nuitées',
];
const paragraph = (massif: string, trouble: string, i: number, j: number, k: number): string =>
  [
    `Dans le massif du ${massif}, ${trouble} inquiète les randonneurs depuis ${i + 2} saisons, et ${30 + 6 * j + i} gardiens de refuge ont signé la lettre ouverte au département.`,
    `« On monte le pain à dos d’homme quand l’hélicoptère ne vole pas, et personne ne le voit », raconte une gardienne installée là-haut depuis ${j % 6 + 9} étés.`,
    `Le refuge a accueilli ${2_000 + 90 * i + 17 * j} nuitées l’été dernier, soit ${(4 * i + j) % 22 + 3} % de ${(i + j) % 2 === 0 ? 'plus' : 'moins'} que l’année précédente.`,
    `Le club alpin évalue les travaux nécessaires à ${1 + i + j} centaines de milliers d’euros, d’après le diagnostic remis au parc naturel.`,
    `Une réunion publique aura lieu vendredi soir à la maison du parc ; ${20 + 3 * i + 2 * j} accompagnateurs en montagne ont annoncé leur venue.`,
  ][k]!;
const POOL: UnseenSource[] = MASSIFS.flatMap((massif, i) =>
  TROUBLES.map((trouble, j) => ({
    id: `refuge-${i}-${j}.txt`,
    title: `Refuges du ${massif} : ${trouble} met gardiens et randonneurs à l’épreuve après ${i + j + 2} saisons`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((2 * i + j) % 2)).map((k) => paragraph(massif, trouble, i, j, k)),
  })),
);

describe('unseen-sites v19 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV19(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV19, POOL, FROZEN_SEED_V19, 'df7125e1934e6240', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V19, { maxFiles: 350, wrongOutlet: 'Kaloum Actu', decoration: `DÉCRYPTAGE ➜ ` });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['Coup de cœur ✦ ', 'DÉCRYPTAGE ➜ ', 'Fil minier : ', 'FRENCH PRESS • '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(4);
    const suffixed = shown.filter(([m, l]) =>
      [' ‖ Nakamal Info', ' - kaloumactu.com', ' / Sologne Nature & Chasse', ' [ABONNÉS]', ' (NZ edition)'].some((tail) => l === `${m.title}${tail}`),
    );
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(5);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^( ― | >> | \().+/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V19, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(4);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(4);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    // English renderings on the two English sites, French garbles on the three French sites that translate.
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['nola-francophone', 'auckland-monitor']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['sophia-tech', 'conakry-portal', 'rouyn-mining']));
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article ("du Point Guinéen").
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('shows dates in Paris time or on a named clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-0[1-3])-\d\dT\d\d:\d\d:00\+01:00$/);
    // The day-only sites expect midnight; the others the time they show.
    const dayOnly = new Set(['portvila-portal', 'bulle-gruyere-review', 'nazaire-works-council']);
    for (const m of dated.filter((x) => dayOnly.has(x.site))) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => !dayOnly.has(x.site) && !x.publishedAt!.includes('T00:00')).length).toBeGreaterThan(50);
    // Sites on another clock name its zone, and show the hour of that zone (Paris hour minus 1, 6 or 7, plus 12).
    const clocks: Record<string, [number, RegExp]> = {
      'conakry-portal': [-1, / (\d{2})h\d{2} GMT$/],
      'rouyn-mining': [-6, / (\d{1,2}) h \d{2} \(HNE\)$/],
      'nola-francophone': [-7, / (\d{1,2}):\d{2} (AM|PM) CST$/],
      'auckland-monitor': [12, / (\d{1,2})\.\d{2}(am|pm) NZDT$/],
    };
    for (const [site, [shift, shape]] of Object.entries(clocks)) {
      const onSite = dated.filter((m) => m.site === site);
      expect(onSite.length, site).toBeGreaterThan(5);
      for (const m of onSite) {
        const line = m.meta.find((l) => shape.test(l));
        expect(line, m.file).toBeDefined();
        const [, h, half] = shape.exec(line!)!;
        const shown = half === undefined ? Number(h) : (Number(h) % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
        expect(shown, `${m.file}: ${line}`).toBe((Number(m.publishedAt!.slice(11, 13)) + shift + 24) % 24);
      }
    }
  });

});
