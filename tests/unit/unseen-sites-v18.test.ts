/** The frozen unseen-sites v18 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V18, SITES_V18, generateUnseenV18 } from '../../scripts/unseen-sites-v18.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): small wine regions, their harvests, and the growers and cellars that live on them. */
const VINEYARDS = ['Gaillac', 'Cahors', 'Madiran', 'Irouléguy', 'Saint-Pourçain', 'Chinon', 'Sancerre', 'Arbois', 'Bandol', 'Banyuls', 'Marcillac', 'Fronton'];
const WORRIES = [
  'la grêle de juin', 'le manque de vendangeurs', 'le prix du raisin à la cave', 'le gel de printemps', 'l’arrachage des vieilles vignes', 'la sécheresse d’août',
  'le mildiou', 'la fermeture d’un chai', 'le logement des saisonniers', 'la taxe sur les bouteilles', 'la succession des domaines', 'la concurrence du vrac',
  'les vendanges avancées', 'le coût des bouchons', 'la baisse des ventes en salon', 'la fusion des caves coopératives', 'la mécanisation', 'le classement en appellation',
];
const paragraph = (vineyard: string, worry: string, i: number, j: number, k: number): string =>
  [
    `Dans le vignoble de ${vineyard}, ${worry} occupe toutes les conversations depuis ${i + 2} vendanges, et ${40 + 7 * j + i} exploitations ont répondu à l’enquête du syndicat.`,
    `« Une mauvaise année, on l’encaisse ; trois de suite, on vend les tracteurs », résume un vigneron installé depuis ${j % 5 + 12} ans sur les coteaux.`,
    `La cave coopérative a rentré ${900 + 40 * i + 13 * j} tonnes de raisin cette saison, soit ${(3 * i + j) % 25 + 5} % de ${(i + j) % 2 === 0 ? 'plus' : 'moins'} que la précédente.`,
    `La chambre d’agriculture estime les pertes à ${2 + i + j} millions d’euros sur l’appellation, d’après les déclarations de récolte déposées en douane.`,
    `Une réunion est prévue samedi matin à la salle des fêtes ; ${25 + 4 * i + 3 * j} viticulteurs ont déjà confirmé leur présence.`,
  ][k]!;
const POOL: UnseenSource[] = VINEYARDS.flatMap((vineyard, i) =>
  WORRIES.map((worry, j) => ({
    id: `vigne-${i}-${j}.txt`,
    title: `Vignoble de ${vineyard} : ${worry} préoccupe vignerons et caves coopératives après ${i + j + 2} saisons`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + 2 * j) % 2)).map((k) => paragraph(vineyard, worry, i, j, k)),
  })),
);

describe('unseen-sites v18 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV18(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV18, POOL, FROZEN_SEED_V18, 'a1e5f87ee224305e', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V18, { maxFiles: 350, wrongOutlet: 'Estuaire Infos 241', decoration: `Veille éco ⟫ ` });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['REGARD — ', 'EXCLU ▶ ', 'Veille éco ⟫ ', 'Europe Brief — ', '⚠ Travel alert: '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(5);
    const suffixed = shown.filter(([m, l]) => [' • Fenua Uvea Info', ' » Estuaire Infos 241', ' [mis à jour]', ' (réservé aux adhérents)'].some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(8);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(4);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^( -- | ◆ | \[)./.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V18, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(4);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(4);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    // English renderings on the two English sites, French garbles on the three French sites that translate.
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['singapore-markets', 'valletta-travel-wire']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['angouleme-cci', 'joux-watch-letter', 'libreville-portal']));
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article ("du Temps Horloger").
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('shows dates in Paris winter time and expects them so', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-0[1-3])-\d\dT\d\d:\d\d:00\+01:00$/);
    // The day-only sites expect midnight; the others the time they show.
    const dayOnly = new Set(['rodez-diocesan', 'wallis-portal', 'nairobi-alliance-review', 'poitiers-hospital-letter']);
    for (const m of dated.filter((x) => dayOnly.has(x.site))) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => !dayOnly.has(x.site) && !x.publishedAt!.includes('T00:00')).length).toBeGreaterThan(50);
  });

});
