/** The frozen unseen-sites v13 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V13, SITES_V13, generateUnseenV13 } from '../../scripts/unseen-sites-v13.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { FULL_MARKS, expectOutletConvention, itIsFrozen, rightAnswer } from './unseen-answers.ts';

/** Invented articles (no corpus text): ferries, dairies and lighthouses, and the money nobody agrees on. */
const PORTS = ['Roscoff', 'Cancale', 'Honfleur', 'Sète', 'Bandol', 'Gravelines', 'Pornic', 'Royan', 'Collioure', 'Granville', 'Erquy', 'Audierne', 'Fécamp', 'Agde', 'Arcachon'];
const MATTERS = ['la ligne de bac', 'la fromagerie coopérative', 'le phare désaffecté', 'la criée', 'le camping municipal', 'la maison de retraite', 'le club de voile', 'la digue nord', 'l’école de musique', 'le parking relais', 'la fête des marins', 'le centre nautique', 'la conserverie', 'le musée de la pêche'];
const paragraph = (port: string, matter: string, i: number, j: number, k: number): string =>
  [
    `Le sort de ${matter} divise ${port} depuis ${i + 2} ans, et le dossier est revenu ${j + k + 1} fois devant le conseil municipal.`,
    `« Nous avons fait ${11 * (i + 1) + j} propositions, aucune n’a été retenue », regrette le président de l’association de défense du site.`,
    `Selon la communauté de communes, l’opération coûterait ${120 + 7 * i + 13 * j} mille euros, hors subventions de l’État et du département.`,
    `Les commerçants du port disent avoir perdu ${(3 * i + 2 * j) % 40 + 5} % de leur chiffre d’affaires depuis le début des discussions, sans compensation.`,
    `Un nouveau vote est annoncé pour la fin du trimestre ; ${40 + 9 * i + 5 * j} habitants ont déjà signé la pétition qui réclame une consultation locale.`,
  ][k]!;
const POOL: UnseenSource[] = PORTS.flatMap((port, i) =>
  MATTERS.map((matter, j) => ({
    id: `port-${i}-${j}.txt`,
    title: `${port} : ${matter} en sursis, ${i + j + 3} réunions plus tard`,
    body: [0, 1, 2, 3, 4].slice(0, 4 + ((i + j) % 2)).map((k) => paragraph(port, matter, i, j, k)),
  })),
);

/** A file's text, decoded from the encoding its manifest row names (independent of the ingest's decoder). */
function decoded(bytes: Uint8Array, encoding: string): string {
  const label = encoding.startsWith('cp1252') ? 'windows-1252' : encoding === 'utf-16le-bom' ? 'utf-16le' : 'utf-8';
  return new TextDecoder(label).decode(bytes).replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
}

describe('unseen-sites v13 evaluation set (frozen)', () => {
  const set = generateUnseenV13(POOL);
  const { manifest, files } = set;
  const bytesOf = new Map(files.map((f) => [f.name, f.bytes]));
  const read = (m: UnseenEntry): string => decoded(bytesOf.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');

  itIsFrozen(generateUnseenV13, POOL, FROZEN_SEED_V13, '9f787292fcb41b95', { manifest, files });

  it('accounts for every file once: about 300 files from 12 sites, bare files, chrome-only pages and junk', () => {
    expect(manifest.map((m) => m.file)).toEqual(files.map((f) => f.name));
    expect(new Set(manifest.map((m) => m.file)).size).toBe(files.length);
    expect(files.length).toBeGreaterThan(270);
    expect(files.length).toBeLessThan(340);
    expect(SITES_V13).toHaveLength(12);
    const chromeOnly = manifest.filter((m) => m.kind === 'chrome-only').map((m) => m.site).sort();
    expect(chromeOnly).toEqual(SITES_V13.filter((s) => s.chromeOnlyPage).map((s) => s.id).sort());
    expect(chromeOnly.length).toBeGreaterThanOrEqual(3);
    expect(manifest.filter((m) => m.kind === 'junk').length).toBeGreaterThanOrEqual(8);
    expect(manifest.filter((m) => m.site === 'bare')).toHaveLength(10);
    for (const m of manifest) expect(m.expectReject).toBe(m.kind !== 'article');
    for (const s of SITES_V13) expect(articles.filter((m) => m.site === s.id).length).toBeGreaterThanOrEqual(s.originals);
    const encodings = new Set(manifest.map((m) => m.encoding));
    for (const e of ['utf-8', 'utf-8-bom', 'cp1252', 'utf-8-crlf', 'cp1252-crlf', 'utf-16le-bom']) expect(encodings.has(e), e).toBe(true);
  });

  it('writes every paragraph, chrome and meta line it records, and the headline (maybe decorated) exactly where it says so', () => {
    for (const m of articles) {
      const lines = new Set(read(m).split('\n'));
      for (const line of [...m.body, ...m.chrome, ...m.meta]) expect(lines.has(line), `${m.file}: ${line}`).toBe(true);
      expect([...lines].some((l) => l.includes(m.title!)), m.file).toBe(m.headline);
    }
    for (const m of manifest.filter((x) => x.kind === 'chrome-only')) {
      expect(read(m).length).toBeGreaterThan(150);
      expect(m.body).toEqual([]);
    }
  });

  it('copies stories across sites and encodings, some copies headless or shortened', () => {
    const groups = [...Map.groupBy(articles, (m) => m.dup_group).values()].filter((g) => g.length > 1);
    expect(groups.length).toBeGreaterThan(50);
    expect(groups.filter((g) => new Set(g.map((m) => m.encoding)).size > 1).length).toBeGreaterThan(10);
    expect(groups.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThan(10);
    expect(groups.filter((g) => new Set(g.map((m) => m.body.length)).size > 1).length).toBeGreaterThan(5);
  });

  it('keeps the v2 outlet convention in every file, each evidence at least ten times', () => {
    expectOutletConvention(manifest, SITES_V13, { pageText: read });
  });

  it('translates credited names both ways, never beside the canonical name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(2);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(2);
    for (const m of translated) expect(m.meta.join('\n')).not.toContain(m.outlet!);
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    expect(lookalikes.filter((m) => m.republisher === null).length).toBeGreaterThan(4);
    // As written, up to French's contraction of the article ("du Soir Paysan").
    for (const m of lookalikes) expect(read(m)).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('shows dates in Paris winter time and expects them so', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt).toMatch(/^(2018-12|2019-0[1-3])-\d\dT\d\d:\d\d:00\+01:00$/);
  });

  it('gives a right answer full marks and sees wrong outlets, suffixed titles, leaked chrome and kept junk', () => {
    const right = rightAnswer(manifest);
    const scores = scoreUnseen(manifest, right).scores;
    for (const k of FULL_MARKS) expect(scores[k].value, k).toBe(1);
    expect(scores.leak.value).toBe(0);

    const wrongOutlet: UnseenResult = {
      ...right,
      articles: right.articles.map((a) => ({ ...a, files: a.files.map((f) => ({ ...f, outlet: f.outlet === null ? 'Le Progrès' : null })) })),
    };
    expect(scoreUnseen(manifest, wrongOutlet).scores.outlet.value).toBe(0);

    const suffixed: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, title: `${a.title} - La Gazette du Trégor` })) };
    expect(scoreUnseen(manifest, suffixed).scores.title.value).toBeLessThan(0.5);

    const row = new Map(manifest.map((m) => [m.file, m]));
    const leaky: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, paragraphs: [...a.paragraphs, ...row.get(a.files[0]!.path)!.chrome] })) };
    expect(scoreUnseen(manifest, leaky).scores.leak.value).toBeGreaterThan(0.5);

    const keptJunk: UnseenResult = { ...right, rejected: right.rejected.filter((r) => r.reason !== 'junk') };
    expect(scoreUnseen(manifest, keptJunk).scores.junkRejected.value).toBeLessThan(1);
  });
});
