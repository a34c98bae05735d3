/** The frozen unseen-sites v15 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V15, SITES_V15, generateUnseenV15 } from '../../scripts/unseen-sites-v15.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { FULL_MARKS, decodedAs, expectOutletConvention, itIsFrozen, rightAnswer } from './unseen-answers.ts';

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

  it('accounts for every file once: about 300 files from 12 sites, bare files, chrome-only pages and junk', () => {
    expect(manifest.map((m) => m.file)).toEqual(files.map((f) => f.name));
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    expect(files.length).toBeGreaterThan(270);
    expect(files.length).toBeLessThan(340);
    expect(new Set(SITES_V15.map((s) => s.id)).size).toBe(12);
    const chromeOnly = manifest.filter((m) => m.kind === 'chrome-only').map((m) => m.site).sort();
    expect(chromeOnly).toEqual(SITES_V15.filter((s) => s.chromeOnlyPage).map((s) => s.id).sort());
    expect(chromeOnly.length).toBeGreaterThanOrEqual(3);
    expect(manifest.filter((m) => m.kind === 'junk').length).toBeGreaterThanOrEqual(8);
    const bare = manifest.filter((m) => m.site === 'bare');
    expect(bare).toHaveLength(10);
    for (const m of bare) expect([m.outlet, m.outletEvidence], m.file).toEqual([null, 'none']);
    for (const m of manifest) expect(m.expectReject, m.file).toBe(m.kind !== 'article');
    for (const s of SITES_V15) expect(articles.filter((m) => m.site === s.id).length, s.id).toBeGreaterThanOrEqual(s.originals);
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

  it('decorates some headlines with a prefix tag, a site-name suffix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    expect(shown.filter(([m, l]) => l === `Flash info | ${m.title}` || l === `Abonnés · ${m.title}`).length).toBeGreaterThan(4);
    const suffixes = [' • L’Est Comtois', ' — Lothian Clarion', ' (translated from French)'];
    expect(shown.filter(([m, l]) => suffixes.some((x) => l === `${m.title}${x}`)).length).toBeGreaterThan(6);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/ [—·/] /.test(l.slice(m.title!.length, m.title!.length + 3)), `${m.file}: ${l}`).toBe(true);
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

  it('gives a right answer full marks and sees wrong outlets, decorated titles, leaked chrome and kept junk', () => {
    const right = rightAnswer(manifest);
    const scores = scoreUnseen(manifest, right).scores;
    for (const k of FULL_MARKS) expect(scores[k].value, k).toBe(1);
    expect(scores.leak.value).toBe(0);

    const wrongOutlet: UnseenResult = {
      ...right,
      articles: right.articles.map((a) => ({ ...a, files: a.files.map((f) => ({ ...f, outlet: f.outlet === null ? 'Le Vigilant du Golfe' : null })) })),
    };
    expect(scoreUnseen(manifest, wrongOutlet).scores.outlet.value).toBe(0);

    const decorated: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, title: `Flash info | ${a.title}` })) };
    expect(scoreUnseen(manifest, decorated).scores.title.value).toBeLessThan(0.5);

    const row = new Map(manifest.map((m) => [m.file, m]));
    const leaky: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, paragraphs: [...a.paragraphs, ...row.get(a.files[0]!.path)!.chrome] })) };
    expect(scoreUnseen(manifest, leaky).scores.leak.value).toBeGreaterThan(0.5);

    const keptJunk: UnseenResult = { ...right, rejected: right.rejected.filter((r) => r.reason !== 'junk') };
    expect(scoreUnseen(manifest, keptJunk).scores.junkRejected.value).toBeLessThan(1);
  });
});
