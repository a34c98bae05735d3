/** The frozen unseen-sites v16 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V16, SITES_V16, generateUnseenV16 } from '../../scripts/unseen-sites-v16.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { FULL_MARKS, decodedAs, expectOutletConvention, itIsFrozen, rightAnswer } from './unseen-answers.ts';

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

  it('accounts for every file once: about 300 files from 12 sites, bare files, chrome-only pages and junk', () => {
    expect(manifest.map((m) => m.file)).toEqual(files.map((f) => f.name));
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    expect(files.length).toBeGreaterThan(270);
    expect(files.length).toBeLessThan(340);
    expect(new Set(SITES_V16.map((s) => s.id)).size).toBe(12);
    const chromeOnly = manifest.filter((m) => m.kind === 'chrome-only').map((m) => m.site).sort();
    expect(chromeOnly).toEqual(SITES_V16.filter((s) => s.chromeOnlyPage).map((s) => s.id).sort());
    expect(chromeOnly.length).toBeGreaterThanOrEqual(3);
    expect(manifest.filter((m) => m.kind === 'junk').length).toBeGreaterThanOrEqual(8);
    const bare = manifest.filter((m) => m.site === 'bare');
    expect(bare).toHaveLength(10);
    for (const m of bare) expect([m.outlet, m.outletEvidence], m.file).toEqual([null, 'none']);
    for (const m of manifest) expect(m.expectReject, m.file).toBe(m.kind !== 'article');
    for (const s of SITES_V16) expect(articles.filter((m) => m.site === s.id).length, s.id).toBeGreaterThanOrEqual(s.originals);
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

  it('decorates some headlines with a prefix tag, a site-name prefix or a note that are not the headline', () => {
    const shown = articles.filter((m) => m.headline && m.site !== 'bare').map((m) => [m, headlineLine(m)] as const);
    expect(shown.filter(([m, l]) => l === `EN IMAGES. ${m.title}` || l === `Gower Ledger: ${m.title}`).length).toBeGreaterThan(4);
    expect(shown.filter(([m, l]) => l === `${m.title} (MAJ)` || l === `${m.title} [TRANSLATION]`).length).toBeGreaterThan(4);
    const named = shown.filter(([m]) => m.outletEvidence === 'title-suffix');
    expect(named.length).toBeGreaterThanOrEqual(10);
    for (const [m, l] of named) expect(/^( \| | – | :: )./.test(l.slice(m.title!.length)), `${m.file}: ${l}`).toBe(true);
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

  it('gives a right answer full marks and sees wrong outlets, decorated titles, leaked chrome and kept junk', () => {
    const right = rightAnswer(manifest);
    const scores = scoreUnseen(manifest, right).scores;
    for (const k of FULL_MARKS) expect(scores[k].value, k).toBe(1);
    expect(scores.leak.value).toBe(0);

    const wrongOutlet: UnseenResult = {
      ...right,
      articles: right.articles.map((a) => ({ ...a, files: a.files.map((f) => ({ ...f, outlet: f.outlet === null ? 'Lomé Matin Plus' : null })) })),
    };
    expect(scoreUnseen(manifest, wrongOutlet).scores.outlet.value).toBe(0);

    const decorated: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, title: `EN IMAGES. ${a.title}` })) };
    expect(scoreUnseen(manifest, decorated).scores.title.value).toBeLessThan(0.5);

    const row = new Map(manifest.map((m) => [m.file, m]));
    const leaky: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, paragraphs: [...a.paragraphs, ...row.get(a.files[0]!.path)!.chrome] })) };
    expect(scoreUnseen(manifest, leaky).scores.leak.value).toBeGreaterThan(0.5);

    const keptJunk: UnseenResult = { ...right, rejected: right.rejected.filter((r) => r.reason !== 'junk') };
    expect(scoreUnseen(manifest, keptJunk).scores.junkRejected.value).toBeLessThan(1);
  });
});
