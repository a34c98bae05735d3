/** The frozen unseen-sites v10 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V10, SITES_V10, generateUnseenV10 } from '../../scripts/unseen-sites-v10.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { rightAnswer as flawless } from './unseen-answers.ts';

/** Invented articles (no corpus text): city works, harbours and libraries, and the council votes about them. */
const CITIES = ['Albi', 'Rodez', 'Vannes', 'Laval', 'Niort', 'Agen', 'Épinal', 'Sète', 'Cahors', 'Auch', 'Tarbes', 'Bastia', 'Alès', 'Mâcon'];
const WORKS = ['le tramway', 'le port de plaisance', 'la bibliothèque', 'le pont suspendu', 'la halle aux grains', 'le stade', 'la voie verte', 'le conservatoire', 'les abattoirs', 'le parking relais', 'la patinoire', 'le musée des beaux-arts', 'la station d’épuration', 'le jardin botanique'];
const OPENINGS = [
  (c: string, w: string, n: number) => `Les travaux sur ${w} de ${c} ont pris ${n} semaines de retard, a reconnu l’adjoint chargé de l’urbanisme.`,
  (c: string, w: string, n: number) => `Le conseil municipal de ${c} a débattu pendant ${n} minutes du budget prévu pour ${w}.`,
  (c: string, w: string, n: number) => `À ${c}, la réouverture de ${w} est repoussée pour la ${n}e fois depuis le début du chantier.`,
];
const QUOTES = [
  (k: number) => `« On nous avait promis la fin du chantier il y a ${k} mois », soupire une commerçante du quartier.`,
  (k: number) => `Un riverain affirme avoir compté ${k} camions devant chez lui dans la seule matinée de lundi.`,
  (k: number) => `L’architecte explique que ${k} pieux ont dû être refaits après une expertise des sols.`,
];
const FIGURES = [
  (n: number) => `La facture atteint désormais ${n} millions d’euros, soit un tiers de plus que le devis initial.`,
  (n: number) => `L’opposition réclame un audit et a recueilli ${n} signatures en une semaine.`,
  (n: number) => `La métropole assure que ${n} emplois ont été créés pendant la durée des travaux.`,
];
const CLOSINGS = [
  (n: number) => `Une visite du chantier sera ouverte au public le premier samedi du mois, sur inscription, dans la limite de ${n} places.`,
  (n: number) => `Le prochain point d’étape est fixé au conseil de janvier, où ${n} questions écrites ont déjà été déposées.`,
  (n: number) => `Les associations de quartier promettent de revenir avec ${n} propositions chiffrées avant l’été prochain.`,
];
const POOL: UnseenSource[] = CITIES.flatMap((city, i) =>
  WORKS.map((work, j) => ({
    id: `works-${i}-${j}.txt`,
    title: `${city} : ${work} encore en travaux, ${11 + 5 * i + j} mois après la date promise`,
    body: [
      OPENINGS[(i + j) % 3]!(city, work, 3 + 7 * i + 2 * j),
      QUOTES[(2 * i + j) % 3]!(4 + i + 3 * j),
      FIGURES[(i + 2 * j) % 3]!(12 + 2 * i + 5 * j),
      CLOSINGS[(i * j + 1) % 3]!(30 + 4 * i + 9 * j),
    ],
  })),
);

/** The text of a file from the encoding the manifest names (not the ingest's decoder: the truth stands alone). */
function textOf(bytes: Uint8Array, encoding: string): string {
  const label = encoding.startsWith('utf-16le') ? 'utf-16le' : encoding.startsWith('cp1252') ? 'windows-1252' : 'utf-8';
  return new TextDecoder(label).decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

describe('unseen-sites v10 evaluation set (frozen)', () => {
  const set = generateUnseenV10(POOL);
  const { manifest } = set;
  const bytesOf = new Map(set.files.map((f) => [f.name, f.bytes]));
  const text = (m: UnseenEntry): string => textOf(bytesOf.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');

  it('is deterministic for its seed, and another seed gives another set', () => {
    const again = generateUnseenV10(POOL);
    expect(again.files.map((f) => f.name)).toEqual(set.files.map((f) => f.name));
    expect(again.manifest).toEqual(manifest);
    expect(generateUnseenV10(POOL, FROZEN_SEED_V10 + 1).files.map((f) => f.name)).not.toEqual(set.files.map((f) => f.name));
  });

  it('is frozen: the bytes and the truth hash to the recorded digest', () => {
    const hash = createHash('sha256');
    for (const f of set.files) hash.update(f.name).update(f.bytes);
    hash.update(JSON.stringify(manifest));
    expect(hash.digest('hex').slice(0, 16)).toBe('1a222219e07ea630');
  });

  it('accounts for every file once: about 300 files, 12 sites, bare files, chrome-only pages and junk', () => {
    expect(manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(manifest.map((m) => m.file)).size).toBe(manifest.length);
    expect(manifest.length).toBeGreaterThan(260);
    expect(manifest.length).toBeLessThan(340);
    expect(SITES_V10).toHaveLength(12);
    expect(manifest.filter((m) => m.kind === 'chrome-only')).toHaveLength(SITES_V10.filter((s) => s.chromeOnlyPage).length);
    expect(manifest.filter((m) => m.kind === 'junk').length).toBeGreaterThanOrEqual(5);
    expect(manifest.filter((m) => m.site === 'bare')).toHaveLength(10);
    for (const m of manifest) expect(m.expectReject).toBe(m.kind !== 'article');
    for (const site of SITES_V10) expect(articles.filter((m) => m.site === site.id).length).toBeGreaterThanOrEqual(site.originals);
    expect(new Set(manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(5);
  });

  it('writes every paragraph, headline, chrome and meta line it records, and no headline where it says none', () => {
    for (const m of articles) {
      const lines = text(m).split('\n');
      for (const p of m.body) expect(lines).toContain(p);
      for (const c of [...m.chrome, ...m.meta]) expect(lines).toContain(c);
      const titled = lines.some((l) => l.startsWith(m.title!));
      expect(titled).toBe(m.headline);
    }
    for (const m of manifest.filter((x) => x.kind === 'chrome-only')) {
      expect(text(m).length).toBeGreaterThan(100);
      expect(m.body).toEqual([]);
    }
  });

  it('copies stories across sites and encodings, some without their headline', () => {
    const groups = Map.groupBy(articles, (m) => m.dup_group);
    const copied = [...groups.values()].filter((g) => g.length > 1);
    expect(copied.length).toBeGreaterThan(50);
    expect(copied.some((g) => new Set(g.map((m) => m.encoding)).size > 1)).toBe(true);
    expect(copied.filter((g) => g.some((m) => !m.headline) && g.some((m) => m.headline)).length).toBeGreaterThan(10);
  });

  it('follows the v2 outlet convention per file', () => {
    const names = new Map(SITES_V10.map((s) => [s.id, s.name]));
    for (const m of articles) {
      const evidence = m.outletEvidence;
      if (evidence === 'masthead-byline') {
        expect(m.outlet).toBe(names.get(m.site));
        expect(m.republisher).toBeNull();
      } else if (evidence === 'none') {
        expect(m.outlet).toBeNull();
      } else {
        expect(m.outlet).not.toBeNull();
        expect(m.outlet).not.toBe(names.get(m.site));
        expect(m.republisher).toBe(names.get(m.site));
      }
      // Republishing sites show a byline only beside a credit.
      if (evidence === 'none') expect(m.author).toBeNull();
    }
    const kinds = new Set(articles.map((m) => m.outletEvidence));
    for (const k of ['credit', 'source-line', 'url-host', 'title-suffix', 'masthead-byline', 'none'] as const) expect(kinds).toContain(k);
  });

  it('translates credited names both ways and never prints the canonical name beside a translation', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(3);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(3);
    for (const m of translated) expect(m.meta.join('\n')).not.toContain(m.outlet!);
    expect(articles.filter((m) => m.lookalike).length).toBeGreaterThan(3);
    // Kept as written, up to French's contraction of the article ("tiré du Matin du Sahara").
    for (const m of articles.filter((x) => x.lookalike)) expect(`${m.meta.join('\n')}\n${text(m)}`).toContain(m.outlet!.replace(/^(Le|La|The) /, ''));
  });

  it('shows dates as Paris winter time and expects them as such', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt).toMatch(/^(2018-1[12]|2019-0[1-3])-\d\dT\d\d:\d\d:00\+01:00$/);
  });

  it('gives a flawless answer full marks and sees wrong outlets, titles, leaks and kept junk', () => {
    const right = flawless(manifest);
    const good = scoreUnseen(manifest, right).scores;
    for (const k of ['accounted', 'title', 'outlet', 'translated', 'lookalike', 'chromeOnlyRejected', 'junkRejected'] as const) expect(good[k].value).toBe(1);
    expect(good.leak.value).toBe(0);

    const wrongOutlets: UnseenResult = {
      ...right,
      articles: right.articles.map((a) => ({ ...a, files: a.files.map((f) => ({ ...f, outlet: f.outlet === null ? 'Le Monde' : null })) })),
    };
    expect(scoreUnseen(manifest, wrongOutlets).scores.outlet.value).toBe(0);

    const wrongTitles: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, title: `${a.title} | Actualité` })) };
    expect(scoreUnseen(manifest, wrongTitles).scores.title.value).toBeLessThan(0.5);

    const leaky: UnseenResult = {
      ...right,
      articles: right.articles.map((a) => {
        const row = manifest.find((m) => m.file === a.files[0]!.path)!;
        return { ...a, paragraphs: [...a.paragraphs, ...row.chrome] };
      }),
    };
    expect(scoreUnseen(manifest, leaky).scores.leak.value).toBeGreaterThan(0.5);

    const keptJunk: UnseenResult = { ...right, rejected: right.rejected.filter((r) => !r.reason.startsWith('junk')) };
    expect(scoreUnseen(manifest, keptJunk).scores.junkRejected.value).toBeLessThan(1);
  });
});
