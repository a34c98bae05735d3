/** The frozen unseen-sites v14 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V14, SITES_V14, generateUnseenV14 } from '../../scripts/unseen-sites-v14.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { FULL_MARKS, decodedAs, expectOutletConvention, itIsFrozen, rightAnswer } from './unseen-answers.ts';

/** Invented articles (no corpus text): mountain villages and the small things their councils fight over. */
const VILLAGES = ['Morzine', 'Barcelonnette', 'Luchon', 'Saint-Véran', 'Briançon', 'Ax-les-Thermes', 'Bessans', 'Gérardmer', 'Le Mont-Dore', 'Aussois', 'Métabief', 'Ceillac', 'Orcières', 'Valloire'];
const ISSUES = ['le téléski des Crêtes', 'la navette des saisonniers', 'la fruitière', 'le refuge communal', 'la piste de luge', 'l’étable-musée', 'le cabinet médical', 'la chaufferie bois', 'le gîte d’étape', 'la patinoire couverte', 'le marché de Noël', 'la ligne de car', 'la retenue collinaire', 'le bureau de poste', 'la cantine scolaire'];
const passage = (village: string, issue: string, i: number, j: number, k: number): string =>
  [
    `À ${village}, l’avenir de ${issue} occupe les conversations depuis ${i + 3} hivers, et le conseil municipal en a débattu ${j + k + 2} fois cette année.`,
    `« On nous a promis ${9 * (i + 2) + j} solutions, on attend toujours la première », soupire une élue de l’opposition à la sortie de la séance.`,
    `D’après la mairie, les travaux reviendraient à ${200 + 11 * i + 17 * j} mille euros, dont moins d’un tiers serait couvert par la région.`,
    `Les moniteurs et les hébergeurs estiment avoir perdu ${(5 * i + 3 * j) % 35 + 4} % de leur clientèle depuis que le sujet est sur la table.`,
    `Une réunion publique est prévue avant la fin de la saison ; ${60 + 7 * i + 4 * j} habitants ont déjà écrit au préfet pour réclamer un arbitrage.`,
  ][k]!;
const POOL: UnseenSource[] = VILLAGES.flatMap((village, i) =>
  ISSUES.map((issue, j) => ({
    id: `village-${i}-${j}.txt`,
    title: `${village} : ${issue} dans l’impasse après ${i + j + 4} mois de débats`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + 2 * j) % 2)).map((k) => passage(village, issue, i, j, k)),
  })),
);

describe('unseen-sites v14 evaluation set (frozen)', () => {
  const { manifest, files } = generateUnseenV14(POOL);
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => decodedAs(byName.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');

  itIsFrozen(generateUnseenV14, POOL, FROZEN_SEED_V14, '127e7c8b86d66c22', { manifest, files });

  it('accounts for every file once: about 300 files from 12 sites, bare files, chrome-only pages and junk', () => {
    expect(manifest.map((m) => m.file)).toEqual(files.map((f) => f.name));
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    expect(files.length).toBeGreaterThan(270);
    expect(files.length).toBeLessThan(340);
    expect(SITES_V14).toHaveLength(12);
    expect(new Set(SITES_V14.map((s) => s.id)).size).toBe(12);
    const chromeOnly = manifest.filter((m) => m.kind === 'chrome-only').map((m) => m.site).sort();
    expect(chromeOnly).toEqual(SITES_V14.filter((s) => s.chromeOnlyPage).map((s) => s.id).sort());
    expect(chromeOnly.length).toBeGreaterThanOrEqual(3);
    expect(manifest.filter((m) => m.kind === 'junk').length).toBeGreaterThanOrEqual(8);
    expect(manifest.filter((m) => m.site === 'bare')).toHaveLength(10);
    for (const m of manifest.filter((x) => x.site === 'bare')) expect([m.outlet, m.outletEvidence], m.file).toEqual([null, 'none']);
    for (const m of manifest) expect(m.expectReject).toBe(m.kind !== 'article');
    for (const s of SITES_V14) expect(articles.filter((m) => m.site === s.id).length, s.id).toBeGreaterThanOrEqual(s.originals);
    const encodings = new Set(manifest.map((m) => m.encoding));
    for (const e of ['utf-8', 'utf-8-bom', 'cp1252', 'utf-8-crlf', 'cp1252-crlf', 'utf-16le-bom']) expect(encodings.has(e), e).toBe(true);
    expect(new Set(articles.map((m) => m.lang))).toEqual(new Set(['fr', 'en', null]));
  });

  it('writes every paragraph, chrome and meta line it records, and the headline (maybe decorated) exactly where it says so', () => {
    for (const m of articles) {
      const lines = new Set(text(m).split('\n'));
      for (const line of [...m.body, ...m.chrome, ...m.meta]) expect(lines.has(line), `${m.file}: ${line}`).toBe(true);
      expect([...lines].some((l) => l.includes(m.title!)), m.file).toBe(m.headline);
    }
    for (const m of manifest.filter((x) => x.kind === 'chrome-only')) {
      expect(text(m).length).toBeGreaterThan(150);
      expect(m.body).toEqual([]);
      expect(m.meta).toEqual([]);
    }
  });

  it('decorates some headlines with a prefix tag or a suffix that is not the headline', () => {
    const headlineLine = (m: UnseenEntry): string => text(m).split('\n').find((l) => l.includes(m.title!))!;
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    expect(shown.filter(([, l]) => /^\[(EXCLU|AUDIO)\] /.test(l)).length).toBeGreaterThan(4);
    expect(shown.filter(([m, l]) => l === `${m.title} | Dreyeckland Actu` || l === `${m.title} - The Cologne Correspondent`).length).toBeGreaterThan(4);
    for (const [m, l] of shown.filter(([x]) => x.outletEvidence === 'title-suffix')) expect(l.startsWith(`${m.title} `), m.file).toBe(true);
  });

  it('copies stories across sites and encodings, some copies headless or shortened', () => {
    const groups = [...Map.groupBy(articles, (m) => m.dup_group).values()].filter((g) => g.length > 1);
    expect(groups.length).toBeGreaterThan(50);
    expect(groups.filter((g) => new Set(g.map((m) => m.encoding)).size > 1).length).toBeGreaterThan(10);
    expect(groups.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThan(10);
    expect(groups.filter((g) => new Set(g.map((m) => m.body.length)).size > 1).length).toBeGreaterThan(5);
    for (const g of groups) expect(new Set(g.map((m) => m.title)).size).toBe(1);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V14, { pageText: text });
  });

  it('translates credited names both ways, never beside the canonical name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(2);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(2);
    for (const m of translated) expect(m.meta.join('\n')).not.toContain(m.outlet!);
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, up to French's contraction of the article ("du Télégramme des Champs").
    for (const m of lookalikes) expect(text(m)).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('shows dates in Paris winter time and expects them so', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt).toMatch(/^(2018-1[12]|2019-0[1-3])-\d\dT\d\d:\d\d:00\+01:00$/);
  });

  it('gives a right answer full marks and sees wrong outlets, suffixed titles, leaked chrome and kept junk', () => {
    const right = rightAnswer(manifest);
    const scores = scoreUnseen(manifest, right).scores;
    for (const k of FULL_MARKS) expect(scores[k].value, k).toBe(1);
    expect(scores.leak.value).toBe(0);

    const wrongOutlet: UnseenResult = {
      ...right,
      articles: right.articles.map((a) => ({ ...a, files: a.files.map((f) => ({ ...f, outlet: f.outlet === null ? 'La Provence' : null })) })),
    };
    expect(scoreUnseen(manifest, wrongOutlet).scores.outlet.value).toBe(0);

    const suffixed: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, title: `${a.title} | Dreyeckland Actu` })) };
    expect(scoreUnseen(manifest, suffixed).scores.title.value).toBeLessThan(0.5);

    const row = new Map(manifest.map((m) => [m.file, m]));
    const leaky: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, paragraphs: [...a.paragraphs, ...row.get(a.files[0]!.path)!.chrome] })) };
    expect(scoreUnseen(manifest, leaky).scores.leak.value).toBeGreaterThan(0.5);

    const keptJunk: UnseenResult = { ...right, rejected: right.rejected.filter((r) => r.reason !== 'junk') };
    expect(scoreUnseen(manifest, keptJunk).scores.junkRejected.value).toBeLessThan(1);
  });
});
