/** The frozen unseen-sites v17 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V17, SITES_V17, generateUnseenV17 } from '../../scripts/unseen-sites-v17.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): small rail lines, their stations and timetables, and the towns that depend on them. */
const LINES = ['Clermont–Béziers', 'Épinal–Saint-Dié', 'Limoges–Angoulême', 'Abbeville–Le Tréport', 'Morlaix–Roscoff', 'Carhaix–Guingamp', 'Oloron–Canfranc', 'Nevers–Chagny', 'Montréjeau–Luchon', 'Belfort–Delle', 'Chartres–Courtalain', 'Guéret–Felletin'];
const ISSUES = [
  'la fermeture du guichet', 'le car de substitution', 'la limitation à 40 km/h', 'le premier train du matin', 'la rénovation des voies', 'le passage à niveau',
  'la suppression du dernier aller-retour', 'le parking de la gare', 'la halte voyageurs', 'le tarif de l’abonnement', 'la desserte du samedi', 'le fret de bois',
  'la correspondance ratée', 'le contrat de plan', 'les automotrices vieillissantes', 'le quai trop court', 'l’horaire d’hiver', 'la ligne de cars express',
];
const paragraph = (line: string, issue: string, i: number, j: number, k: number): string =>
  [
    `Sur la ligne ${line}, ${issue} revient à chaque conseil municipal depuis ${i + 2} ans, et ${120 + 9 * j + i} usagers ont signé la pétition du comité de défense.`,
    `« Sans le train, il nous faut une heure de voiture de plus chaque jour », raconte une aide-soignante qui fait le trajet ${j % 4 + 3} fois par semaine.`,
    `La région chiffre les travaux à ${3 + i + 2 * j} millions d’euros, dont ${(i * 7 + j) % 40 + 10} % à la charge de l’État, selon le dernier comité de ligne.`,
    `La fréquentation a ${(i + j) % 2 === 0 ? 'progressé' : 'reculé'} de ${(5 * i + 3 * j) % 20 + 2} % l’an passé, d’après les comptages réalisés en gare.`,
    `Une réunion publique est prévue jeudi soir à la mairie ; ${30 + 5 * i + 2 * j} habitants se sont déjà inscrits pour y prendre la parole.`,
  ][k]!;
const POOL: UnseenSource[] = LINES.flatMap((line, i) =>
  ISSUES.map((issue, j) => ({
    id: `rail-${i}-${j}.txt`,
    title: `Ligne ${line} : ${issue} inquiète toujours usagers et maires après ${i + j + 3} mois`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((2 * i + j) % 2)).map((k) => paragraph(line, issue, i, j, k)),
  })),
);

describe('unseen-sites v17 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV17(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV17, POOL, FROZEN_SEED_V17, '7577a8a791f3d2d4', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V17, { maxFiles: 340, wrongOutlet: 'Faso Veille', decoration: `ANALYSE » ` });

  it('decorates some headlines with a prefix tag, a note or a site-name suffix that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['À CHAUD. ', 'ANALYSE » ', '[Revue de presse] ', 'TRANSLATED | '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(8);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(4);
    const suffixed = shown.filter(([m, l]) => l === `${m.title} (vidéo)` || l === `${m.title} - Southern Cross Dispatch`);
    expect(suffixed.length).toBeGreaterThan(4);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(2);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^( ~ | \/\/ | ▸ )./.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V17, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(4);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(4);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    // English renderings on the two English sites, French garbles on the three French sites that translate.
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['adelaide-site', 'cape-town-site']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['tana-portal', 'saguenay-weekly', 'energy-site']));
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article ("du Dauphiné des Aravis").
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('shows dates in Paris winter time and expects them so', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-12|2019-0[1-3])-\d\dT\d\d:\d\d:00\+01:00$/);
    // The day-only sites expect midnight; the others the time they show.
    const dayOnly = new Set(['st-barth-weekly', 'aosta-review', 'saguenay-weekly', 'pensioners-newsletter']);
    for (const m of dated.filter((x) => dayOnly.has(x.site))) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
  });

});
