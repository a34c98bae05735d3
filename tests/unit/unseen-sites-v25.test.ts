/** The frozen unseen-sites v25 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V25, SITES_V25, generateUnseenV25 } from '../../scripts/unseen-sites-v25.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import type { UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decodedAs, expectOutletConvention, itHasTheSharedShape, itIsFrozen } from './unseen-answers.ts';

/** Invented articles (no corpus text): town libraries, their opening hours and the readers who use them. */
const TOWNS = ['Guéret', 'Aurillac', 'Lons-le-Saunier', 'Privas', 'Auxerre', 'Chaumont', 'Tulle', 'Mende', 'Digne', 'Foix', 'Vesoul', 'Alençon'];
const ISSUES = [
  'l’ouverture le dimanche', 'la suppression du bibliobus', 'le prêt de liseuses', 'la fin des amendes de retard', 'le désherbage des rayonnages',
  'la salle de jeux vidéo', 'le portage de livres à domicile', 'les ateliers numériques pour les seniors', 'la fusion avec le conservatoire',
  'le recrutement de vacataires', 'le fonds local en danger', 'la climatisation de la salle d’étude', 'l’abonnement devenu gratuit',
  'le déménagement dans l’ancienne caserne', 'les heures du soir', 'le club de lecture des adolescents', 'la numérisation des archives', 'la boîte de retour',
];
const paragraph = (town: string, issue: string, i: number, j: number, k: number): string =>
  [
    `À la médiathèque de ${town}, ${issue} fait débat depuis ${i + 2} mois, et ${40 + 5 * j + i} lecteurs ont signé le cahier de doléances posé à l’accueil.`,
    `« Les étudiants viennent réviser ici parce qu’ils n’ont pas de calme chez eux », explique une bibliothécaire en poste depuis ${j % 8 + 6} ans.`,
    `Les prêts ont ${(i + j) % 2 === 0 ? 'progressé' : 'reculé'} de ${(5 * i + j) % 17 + 3} % l’an dernier, pour ${20_000 + 350 * i + 41 * j} documents empruntés, selon le rapport d’activité.`,
    `La communauté de communes estime le coût du projet à ${3 + i + j} centaines de milliers d’euros et attend l’avis de la direction régionale des affaires culturelles.`,
    `Un conseil communautaire doit trancher jeudi soir ; ${15 + 2 * i + 3 * j} usagers ont prévenu qu’ils viendraient écouter les débats.`,
  ][k]!;
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  ISSUES.map((issue, j) => ({
    id: `mediatheque-${i}-${j}.txt`,
    title: `Médiathèque de ${town} : ${issue} partage élus et lecteurs depuis ${i + j + 2} mois`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + 3 * j) % 2)).map((k) => paragraph(town, issue, i, j, k)),
  })),
);

describe('unseen-sites v25 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV25(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;

  itIsFrozen(generateUnseenV25, POOL, FROZEN_SEED_V25, '68c6fd52d1f75518', { manifest, files });
  itHasTheSharedShape({ manifest, files }, SITES_V25, { maxFiles: 350, wrongOutlet: 'Lakou Info', decoration: 'Nouvelles d’ici : ' });

  it('has eight French-language and four English-language sites', () => {
    expect(SITES_V25.filter((s) => s.lang === 'fr')).toHaveLength(8);
    expect(SITES_V25.filter((s) => s.lang === 'en')).toHaveLength(4);
  });

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    const prefixed = shown.filter(([m, l]) => ['EN PRIMEUR – ', 'Nouvelles d’ici : ', 'Europe Watch » ', 'WIRE/FR | '].some((tag) => l === `${tag}${m.title}`));
    expect(prefixed.length).toBeGreaterThan(10);
    expect(new Set(prefixed.map(([m]) => m.site)).size).toBe(4);
    const suffixed = shown.filter(([m, l]) => [' — Lakou Info', ' · Kaz Info Sud', ' + VIDÉO', ' (Premium)', ' – UPDATED'].some((tail) => l === `${m.title}${tail}`));
    expect(suffixed.length).toBeGreaterThan(10);
    expect(new Set(suffixed.map(([m]) => m.site)).size).toBe(5);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^( • .+| \[via .+\]| – .+, extrait)$/.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
    // Undecorated headlines outnumber decorated ones.
    expect(shown.filter(([m, l]) => l === m.title).length).toBeGreaterThan(shown.length / 2);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V25, { pageText: text });
  });

  it('translates credited names both ways, never beside the real name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.length).toBeGreaterThanOrEqual(25);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(10);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(10);
    for (const m of translated) expect(m.meta.join('\n'), m.file).not.toContain(m.outlet!);
    // English renderings on the two English sites that translate, French garbles on the four French sites that do.
    expect(new Set(translated.filter((m) => m.lang === 'en').map((m) => m.site))).toEqual(new Set(['brisbane-desk', 'nordic-wire']));
    expect(new Set(translated.filter((m) => m.lang === 'fr').map((m) => m.site))).toEqual(
      new Set(['acadian-peninsula', 'haiti-portal', 'reunion-south', 'savoie-mountain-mag']),
    );
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, but for French's contraction of the article ("du Soleil de …").
    for (const m of lookalikes) expect(text(m), m.file).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('puts credits at the top, inside the text or at its foot', () => {
    const lines = (m: UnseenEntry): string[] => text(m).split('\n').filter((l) => l.trim() !== '');
    const credited = articles.filter((m) => m.outletEvidence === 'credit' || m.outletEvidence === 'source-line');
    const where = (m: UnseenEntry): 'top' | 'inside' | 'foot' => {
      const all = lines(m);
      const body = m.body.map((b) => all.indexOf(b));
      const at = all.findIndex((l) => m.meta.includes(l) && !/\d{1,2}[:h.]\d{2}|\d{4}/.test(l) && !l.includes(m.author!));
      return at < body[0]! ? 'top' : at > body[body.length - 1]! ? 'foot' : 'inside';
    };
    expect(new Set(credited.map(where))).toEqual(new Set(['top', 'inside', 'foot']));
    for (const m of credited.filter((x) => x.site === 'acadian-peninsula')) expect(where(m), m.file).toBe('top');
    for (const m of credited.filter((x) => x.site === 'haiti-portal')) expect(where(m), m.file).toBe('inside');
    for (const m of credited.filter((x) => x.site === 'reunion-south')) expect(where(m), m.file).toBe('foot');
    for (const site of ['savoie-mountain-mag', 'brisbane-desk', 'nordic-wire']) {
      expect(new Set(credited.filter((x) => x.site === site).map(where)), site).toEqual(new Set(['top', 'foot']));
    }
  });

  it('shows dates in Paris time or on a named clock, and expects the same instant in Paris time', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt, m.file).toMatch(/^(2018-1[12]|2019-0[12])-\d\dT\d\d:\d\d:00\+01:00$/);
    // The day-only sites expect midnight, on the day they show; the others the time they show.
    const dayOnly = new Set(['university-review', 'dordogne-expat-newsletter']);
    for (const m of dated.filter((x) => dayOnly.has(x.site))) {
      expect(m.publishedAt, m.file).toMatch(/T00:00:00\+01:00$/);
      const day = Number(m.publishedAt!.slice(8, 10));
      expect(m.meta.some((l) => new RegExp(`(^|\\D)${day}(st|nd|rd|th)?\\D`).test(l)), m.file).toBe(true);
    }
    expect(dated.filter((x) => !dayOnly.has(x.site) && !x.publishedAt!.includes('T00:00')).length).toBeGreaterThan(50);
    // Each site shows its own clock: Paris time plus the shift, in minutes.
    const clocks: Record<string, [number, RegExp]> = {
      'estuary-local': [-360, / à (\d{1,2}) h (\d{2}) \(heure de l’Est\)$/],
      'townships-weekly': [-360, /^Published (\d{1,2}):(\d{2}) (AM|PM) EST, /],
      'acadian-peninsula': [-300, / (\d{2})h(\d{2}) HNA$/],
      'haiti-portal': [-360, / à (\d{2}):(\d{2}) \(heure de Port-au-Prince\)$/],
      'reunion-south': [180, /^(\d{2})h(\d{2}), le \d{2}\/\d{2}\/\d{4} \(heure de La Réunion\)$/],
      'papeete-portal': [-660, / · (\d{2}):(\d{2}) \(heure de Tahiti, UTC−10\)$/],
      'brisbane-desk': [540, / (\d{1,2}):(\d{2})(am|pm) AEST$/],
      'nordic-wire': [-60, /T(\d{2}):(\d{2})Z$/],
      'rhine-crossborder': [0, / \| (\d{2})\.(\d{2}) Uhr MEZ$/],
      'savoie-mountain-mag': [0, / • (\d{2}):(\d{2}) • Lecture \d min$/],
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
    // Where the shown day is all digits, the shown day and time are the expected instant on that clock.
    const numeric: Record<string, [number, RegExp]> = {
      'reunion-south': [240, /^(\d{2})h(\d{2}), le (\d{2})\/(\d{2})\/(\d{4})/],
      'brisbane-desk': [600, /(\d{2})\/(\d{2})\/(\d{4}) (\d{1,2}):(\d{2})(am|pm)/],
      'nordic-wire': [0, /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/],
      'rhine-crossborder': [60, /^(\d{2})\.(\d{2})\.(\d{4}) \| (\d{2})\.(\d{2})/],
    };
    for (const [site, [offset, shape]] of Object.entries(numeric)) {
      for (const m of dated.filter((x) => x.site === site)) {
        const g = shape.exec(m.meta.find((l) => shape.test(l))!)!.slice(1);
        let [y, mo, d, h, mi] = [0, 0, 0, 0, 0];
        if (site === 'reunion-south') [h, mi, d, mo, y] = g.map(Number) as [number, number, number, number, number];
        else if (site === 'nordic-wire') [y, mo, d, h, mi] = g.map(Number) as [number, number, number, number, number];
        else [d, mo, y, h, mi] = g.slice(0, 5).map(Number) as [number, number, number, number, number];
        if (g[5] !== undefined) h = (h % 12) + (g[5] === 'pm' ? 12 : 0);
        expect(Date.UTC(y, mo - 1, d, h, mi) - offset * 60_000, m.file).toBe(Date.parse(m.publishedAt!));
      }
    }
  });
});
