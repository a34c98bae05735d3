/** The frozen unseen-sites v20 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V20, SITES_V20, generateUnseenV20 } from '../../scripts/unseen-sites-v20.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): covered markets, the stallholders who keep them going and the towns that own the halls. */
const TOWNS = ['Brive', 'Niort', 'Vannes', 'Dax', 'Mâcon', 'Épinal', 'Millau', 'Cahors', 'Saumur', 'Vierzon', 'Gap', 'Bourg-en-Bresse'];
const ISSUES = [
  'la hausse des droits de place', 'la fermeture du lundi', 'le départ du dernier poissonnier', 'la rénovation de la charpente', 'le parking payant',
  'les horaires du dimanche', 'la concurrence du supermarché voisin', 'le chauffage des allées', 'les stands restés vides', 'la livraison à domicile',
  'le tri des déchets', 'l’arrivée des food trucks', 'la nocturne du vendredi', 'le marché de producteurs', 'les travaux de la place',
  'la sécurité des étals', 'la carte de fidélité', 'le loyer des caves',
];
const paragraph = (town: string, issue: string, i: number, j: number, k: number): string =>
  [
    `Aux halles de ${town}, ${issue} agite les allées depuis ${i + 2} mois, et ${12 + 3 * j + i} commerçants ont signé la pétition remise au maire.`,
    `« Le samedi matin, on sert encore du monde, mais la semaine les clients ne viennent plus », résume une fromagère installée là depuis ${j % 7 + 11} ans.`,
    `La fréquentation a reculé de ${(3 * i + j) % 19 + 4} % en un an, selon le comptage de ${1_500 + 80 * i + 13 * j} passages réalisé par la chambre de commerce.`,
    `La municipalité chiffre les travaux à ${2 + i + j} centaines de milliers d’euros et promet une décision avant la fin du conseil de ${(i + j) % 2 === 0 ? 'printemps' : 'rentrée'}.`,
    `Une réunion entre élus et commerçants est prévue mardi soir ; ${25 + 2 * i + 3 * j} habitants se sont inscrits pour y assister.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  ISSUES.map((issue, j) => ({
    id: `halles-${i}-${j}.txt`,
    title: `Halles de ${town} : ${issue} divise commerçants et clients depuis ${i + j + 2} mois`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + 2 * j) % 2)).map((k) => paragraph(town, issue, i, j, k)),
  })),
);

describe('unseen-sites v20 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV20(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV20, POOL, FROZEN_SEED_V20, '6cd5d3441bb1d065', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V20, { maxFiles: 350, wrongOutlet: 'Bab el-Mandeb Info', decoration: 'Filière pêche › ' });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['L’essentiel ▸ ', 'Filière pêche › ', 'Grand Nord ¦ ', 'Paris Briefing — '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(4);
    const suffixed = shown.filter(([m, l]) =>
      [' :: Le Comptoir', ' – Bab el-Mandeb Info', ' • PHOTOS', ' (translated)', ' (accès adhérents)'].some((tail) => l === `${m.title}${tail}`),
    );
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(5);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^( \[.+\]| — .+| · lu dans .+)$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V20, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(4);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(4);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    // English renderings on the two English sites, French garbles on the three French sites that translate.
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['halifax-wire', 'dubai-business']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(new Set(['boulogne-fisheries', 'djibouti-portal', 'yellowknife-francophone']));
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article ("du Monde de la Corne", "au Soleil de minuit").
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('puts credits at the top, inside the text or at its foot', () => {
    const lines = (m: UnseenEntry): string[] => text(m).split('\n').filter((l) => l.trim() !== '');
    const credited = articles.filter((m) => m.outletEvidence === 'credit' || m.outletEvidence === 'source-line');
    const where = (m: UnseenEntry): 'top' | 'inside' | 'foot' => {
      const all = lines(m);
      const body = m.body.map((b) => all.indexOf(b));
      const at = all.findIndex((l) => m.meta.includes(l) && !/\d{1,2}[:h.]\d{2}|\d{4}/.test(l) && l !== `Auteur : ${m.author}`);
      return at < body[0]! ? 'top' : at > body[body.length - 1]! ? 'foot' : 'inside';
    };
    const seen = new Set(credited.map(where));
    expect(seen).toEqual(new Set(['top', 'inside', 'foot']));
    for (const m of credited.filter((x) => x.site === 'djibouti-portal')) expect(where(m), m.file).toBe('inside');
    for (const m of credited.filter((x) => x.site === 'yellowknife-francophone')) expect(where(m), m.file).toBe('foot');
  });

  it('shows dates in Paris time or on a named clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    // The day-only sites expect midnight; the others the time they show.
    const dayOnly = new Set(['tours-heritage-review', 'foix-firefighters']);
    for (const m of dated.filter((x) => dayOnly.has(x.site))) expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
    expect(dated.filter((x) => !dayOnly.has(x.site) && !x.publishedAt!.includes('T00:00')).length).toBeGreaterThan(50);
    // Sites on another clock name its zone, and show that zone's time (Paris time plus the shift, in minutes).
    const clocks: Record<string, [number, RegExp]> = {
      'pondichery-portal': [270, / (\d{2})h(\d{2}) IST$/],
      'djibouti-portal': [120, / (\d{2}):(\d{2}) \(heure locale, GMT\+3\)$/],
      'yellowknife-francophone': [-480, / (\d{2}):(\d{2}) HNR$/],
      'halifax-wire': [-300, / (\d{1,2}):(\d{2}) (a\.m\.|p\.m\.) AST$/],
      'dubai-business': [180, / (\d{2}):(\d{2}) (AM|PM) \(GMT\+4\)$/],
    };
    for (const [site, [shift, shape]] of Object.entries(clocks)) {
      const onSite = dated.filter((m) => m.site === site);
      expect(onSite.length, site).toBeGreaterThan(5);
      for (const m of onSite) {
        const line = m.meta.find((l) => shape.test(l));
        expect(line, m.file).toBeDefined();
        const [, h, min, half] = shape.exec(line!)!;
        const hour = half === undefined ? Number(h) : (Number(h) % 12) + (half.toLowerCase().startsWith('p') ? 12 : 0);
        const paris = Number(m.publishedAt!.slice(11, 13)) * 60 + Number(m.publishedAt!.slice(14, 16));
        expect(hour * 60 + Number(min), `${m.file}: ${line}`).toBe((paris + shift + 1440) % 1440);
      }
    }
    // The Pau site shows an update time after the publication time, the day of publication.
    for (const m of dated.filter((x) => x.site === 'pau-daily')) {
      const line = m.meta.find((l) => l.startsWith('Publié le '))!;
      const [, hh, mm, uh, um] = /à (\d{2}):(\d{2}) \(mis à jour à (\d{2}):(\d{2})\)$/.exec(line)!;
      expect(Number(uh) * 60 + Number(um), line).toBeGreaterThan(Number(hh) * 60 + Number(mm));
      expect(`${hh}:${mm}`, m.file).toBe(m.publishedAt!.slice(11, 16));
    }
  });
});
