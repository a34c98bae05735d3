/** The frozen unseen-sites v16 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V16, SITES_V16, generateUnseenV16 } from '../../scripts/unseen-sites-v16.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): harbours and fishing ports, and the quotas, wrecks and works that stir them. */
const PORTS = ['Le Guilvinec', 'Étel', 'Fécamp', 'Port-en-Bessin', 'Saint-Jean-de-Luz', 'Sète', 'Boulogne', 'Loctudy', 'Granville', 'Le Croisic', 'Erquy', 'Gravelines'];
const MATTERS = [
  'le quota de sole', 'la criée', 'le dragage du chenal', 'la cale de halage', 'le prix du gazole', 'la station de carburant',
  'le parc éolien en mer', 'la digue nord', 'le phare', 'la fermeture de la pêche au bar', 'le chantier naval', 'la conserverie',
  'le marché aux poissons', 'le poste de secours', 'la capitainerie', 'les pontons de plaisance', 'la zone de mouillage', 'le bac',
];
const sentence = (port: string, matter: string, i: number, j: number, k: number): string =>
  [
    `Au port de ${port}, ${matter} occupe les conversations sur les quais depuis ${i + 3} mois, et ${40 + 6 * j + i} patrons ont signé une lettre ouverte.`,
    `« On ne peut pas travailler dans ces conditions », tranche un armateur installé ici depuis ${12 + j} ans, qui emploie ${i % 5 + 2} marins.`,
    `La chambre de commerce évalue la dépense à ${2 + i + j} millions d’euros, étalés sur ${j % 3 + 2} exercices, sans garantie de l’État.`,
    `Les débarquements ont reculé de ${(3 * i + 5 * j) % 25 + 4} % l’an dernier, selon les chiffres publiés par la coopérative maritime.`,
    `Une réunion publique se tiendra mardi à la salle des fêtes ; ${25 + 7 * i + 3 * j} personnes y sont déjà attendues.`,
  ][k]!;
const POOL: UnseenSource[] = PORTS.flatMap((port, i) =>
  MATTERS.map((matter, j) => ({
    id: `port-${i}-${j}.txt`,
    title: `${port} : ${matter} divise encore pêcheurs et élus après ${i + j + 2} réunions`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + 2 * j) % 2)).map((k) => sentence(port, matter, i, j, k)),
  })),
);

describe('unseen-sites v16 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV16(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV16, POOL, FROZEN_SEED_V16, '04a32d771049cb8f', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V16, { maxFiles: 340, wrongOutlet: 'Lomé Matin Plus', decoration: `EN IMAGES. ` });

  it('decorates some headlines with a prefix tag, a site-name prefix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    expect(shown.filter(([m, l]) => l === `EN IMAGES. ${m.title}` || l === `Gower Ledger: ${m.title}`).length).toBeGreaterThan(4);
    expect(shown.filter(([m, l]) => l === `${m.title} (MAJ)` || l === `${m.title} [TRANSLATION]`).length).toBeGreaterThan(4);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^( \| | – | :: )./.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V16, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(4);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(4);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article ("du Républicain de la Seille").
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('shows dates in Paris winter time and expects them so', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-12|2019-0[1-3])-\d\dT\d\d:\d\d:00\+01:00$/);
  });

});
