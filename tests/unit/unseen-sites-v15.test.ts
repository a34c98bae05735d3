/** The frozen unseen-sites v15 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V15, SITES_V15, generateUnseenV15 } from '../../scripts/unseen-sites-v15.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): market towns and the public services they are losing or saving. */
const TOWNS = ['Ornans', 'Morteau', 'Champagnole', 'Gray', 'Lure', 'Arbois', 'Saint-Claude', 'Baume-les-Dames', 'Luxeuil', 'Maîche', 'Poligny', 'Héricourt'];
const SERVICES = [
  'la maternité', 'la trésorerie', 'le guichet de la gare', 'la sous-préfecture', 'le centre des impôts', 'la piscine intercommunale',
  'l’antenne de la CAF', 'le tribunal de proximité', 'la caserne de pompiers', 'le bureau de poste', 'le collège', 'la ligne TER',
  'les urgences de nuit', 'la médiathèque', 'le cinéma associatif', 'l’agence Pôle emploi', 'la gendarmerie', 'le centre de tri',
];
const sentence = (town: string, service: string, i: number, j: number, k: number): string =>
  [
    `À ${town}, le sort de ${service} inquiète les habitants depuis ${i + 2} ans, et une pétition a déjà recueilli ${120 * (j + 3) + 7 * i} signatures.`,
    `« Nous avons appris la nouvelle par voie de presse, sans la moindre concertation », regrette le maire, élu depuis ${j % 4 + 1} mandats.`,
    `Selon l’agence régionale, le service coûte ${40 + 3 * i + 5 * j} mille euros par mois pour ${15 + 2 * j + i} usagers par jour en moyenne.`,
    `Les commerçants du centre-ville redoutent une baisse de ${(4 * i + 7 * j) % 30 + 5} % de leur fréquentation si la fermeture est confirmée.`,
    `Un rassemblement est prévu samedi devant la mairie ; ${30 + 9 * i + 2 * j} personnes se sont déjà inscrites pour affréter des cars.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  SERVICES.map((service, j) => ({
    id: `town-${i}-${j}.txt`,
    title: `${town} se mobilise pour ${service} après ${i + j + 3} semaines d’incertitude`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((2 * i + j) % 2)).map((k) => sentence(town, service, i, j, k)),
  })),
);

describe('unseen-sites v15 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV15(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV15, POOL, FROZEN_SEED_V15, '89a4f2856308ce66', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V15, { maxFiles: 340, wrongOutlet: 'Le Vigilant du Golfe', decoration: `Flash info | ` });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    expect(shown.filter(([m, l]) => l === `Flash info | ${m.title}` || l === `Abonnés · ${m.title}`).length).toBeGreaterThan(4);
    const suffixes = [' • L’Est Comtois', ' — Lothian Clarion', ' (translated from French)'];
    expect(shown.filter(([m, l]) => suffixes.some((x) => l === `${m.title}${x}`)).length).toBeGreaterThan(6);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/ [—·/] /.test(l.slice(m.title!.length, m.title!.length + 3)), `${m.file}: ${l}`).toBe(true);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V15, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(4);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(4);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article ("du Figaro des Caves").
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('shows dates in Paris winter time and expects them so', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-12|2019-0[1-3])-\d\dT\d\d:\d\d:00\+01:00$/);
  });

});
