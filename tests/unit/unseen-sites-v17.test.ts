/** The frozen unseen-sites v17 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V17, SITES_V17, generateUnseenV17 } from '../../scripts/unseen-sites-v17.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { FULL_MARKS, decodedAs, expectOutletConvention, itIsFrozen, rightAnswer } from './unseen-answers.ts';

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

  it('accounts for every file once: about 300 files from 12 sites, bare files, chrome-only pages and junk', () => {
    expect(manifest.map((m) => m.file)).toEqual(files.map((f) => f.name));
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    expect(files.length).toBeGreaterThan(270);
    expect(files.length).toBeLessThan(340);
    expect(new Set(SITES_V17.map((s) => s.id)).size).toBe(12);
    const chromeOnly = manifest.filter((m) => m.kind === 'chrome-only').map((m) => m.site).sort();
    expect(chromeOnly).toEqual(SITES_V17.filter((s) => s.chromeOnlyPage).map((s) => s.id).sort());
    expect(chromeOnly.length).toBeGreaterThanOrEqual(3);
    expect(manifest.filter((m) => m.kind === 'junk').length).toBeGreaterThanOrEqual(8);
    const bare = manifest.filter((m) => m.site === 'bare');
    expect(bare).toHaveLength(10);
    for (const m of bare) expect([m.outlet, m.outletEvidence], m.file).toEqual([null, 'none']);
    for (const m of manifest) expect(m.expectReject, m.file).toBe(m.kind !== 'article');
    for (const s of SITES_V17) expect(articles.filter((m) => m.site === s.id).length, s.id).toBeGreaterThanOrEqual(s.originals);
    const encodings = new Set(manifest.map((m) => m.encoding));
    for (const e of ['utf-8', 'utf-8-bom', 'cp1252', 'utf-8-crlf', 'cp1252-crlf', 'utf-16le-bom']) expect(encodings.has(e), e).toBe(true);
    expect(new Set(articles.map((m) => m.lang))).toEqual(new Set(['fr', 'en', null]));
  });

  it('writes every recorded paragraph, chrome and meta line, and the headline (maybe decorated) only where it says so', () => {
    for (const m of articles) {
      const lines = new Set(text(m).split('\n'));
      for (const line of [...m.body, ...m.chrome, ...m.meta]) expect(lines.has(line), `${m.file}: ${line}`).toBe(true);
      expect([...lines].some((l) => l.includes(m.title!)), m.file).toBe(m.headline);
    }
    for (const m of manifest.filter((x) => x.kind === 'chrome-only')) {
      expect(text(m).length, m.file).toBeGreaterThan(150);
      expect([m.body, m.meta], m.file).toEqual([[], []]);
    }
  });

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

  it('copies stories across sites and encodings, some copies headless or cut short', () => {
    const groups = [...Map.groupBy(articles, (m) => m.dup_group).values()].filter((g) => g.length > 1);
    expect(groups.length).toBeGreaterThan(50);
    expect(groups.filter((g) => new Set(g.map((m) => m.encoding)).size > 1).length).toBeGreaterThan(10);
    expect(groups.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThan(10);
    expect(groups.filter((g) => new Set(g.map((m) => m.body.length)).size > 1).length).toBeGreaterThan(5);
    for (const g of groups) expect(new Set(g.map((m) => m.title)).size).toBe(1);
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

  it('gives a right answer full marks and sees wrong outlets, decorated titles, leaked chrome and kept junk', () => {
    const right = rightAnswer(manifest);
    const scores = scoreUnseen(manifest, right).scores;
    for (const k of FULL_MARKS) expect(scores[k].value, k).toBe(1);
    expect(scores.leak.value).toBe(0);

    const wrongOutlet: UnseenResult = {
      ...right,
      articles: right.articles.map((a) => ({ ...a, files: a.files.map((f) => ({ ...f, outlet: f.outlet === null ? 'Faso Veille' : null })) })),
    };
    expect(scoreUnseen(manifest, wrongOutlet).scores.outlet.value).toBe(0);

    const decorated: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, title: `ANALYSE » ${a.title}` })) };
    expect(scoreUnseen(manifest, decorated).scores.title.value).toBeLessThan(0.5);

    const row = new Map(manifest.map((m) => [m.file, m]));
    const leaky: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, paragraphs: [...a.paragraphs, ...row.get(a.files[0]!.path)!.chrome] })) };
    expect(scoreUnseen(manifest, leaky).scores.leak.value).toBeGreaterThan(0.5);

    const keptJunk: UnseenResult = { ...right, rejected: right.rejected.filter((r) => r.reason !== 'junk') };
    expect(scoreUnseen(manifest, keptJunk).scores.junkRejected.value).toBeLessThan(1);
  });
});
