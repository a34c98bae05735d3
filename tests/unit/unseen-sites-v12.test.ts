/** The frozen unseen-sites v12 set: deterministic, every file accounted for, v2's outlet convention kept, a frozen digest, a scorer that sees wrong answers. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V12, SITES_V12, generateUnseenV12 } from '../../scripts/unseen-sites-v12.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { rightAnswer } from './unseen-answers.ts';

/** Invented articles (no corpus text): harbour works, choir concerts and bus timetables, and the arguments about them. */
const TOWNS = ['Paimpol', 'Autun', 'Céret', 'Binche', 'Sierre', 'Nicolet', 'Kribi', 'Tipaza', 'Jacmel', 'Dinan', 'Beaune', 'Prades', 'Ath', 'Martigny'];
const THINGS = ['le quai du port', 'la chorale paroissiale', 'la navette du samedi', 'le terrain de rugby', 'la médiathèque', 'le lavoir', 'la halle aux grains', 'le refuge animalier', 'la piste cyclable', 'le jardin partagé', 'la fanfare', 'la station-service', 'le marché de Noël', 'le foyer des jeunes'];
const OPENINGS = [
  (t: string, x: string, n: number) => `Les travaux sur ${x} de ${t} ont pris ${n} semaines de retard, a reconnu l’adjoint chargé du dossier.`,
  (t: string, x: string, n: number) => `À ${t}, ${x} attire désormais ${n} visiteurs par jour, un record que personne n’avait prévu.`,
  (t: string, x: string, n: number) => `Un collectif de ${n} riverains de ${t} réclame qu’on consulte enfin les habitants sur ${x}.`,
];
const QUOTES = [
  (k: number) => `« On nous avait promis une réponse il y a ${k} mois, et rien n’a bougé », s’agace une bénévole.`,
  (k: number) => `Le conseil départemental indique avoir reçu ${k} courriers à ce sujet depuis l’automne.`,
  (k: number) => `La responsable du service dit avoir besoin de ${k} agents supplémentaires pour tenir les horaires.`,
];
const FIGURES = [
  (n: number) => `La facture atteindrait ${n} mille euros, dont un tiers pris en charge par la région.`,
  (n: number) => `D’après la gendarmerie, ${n} véhicules empruntent chaque jour la route qui y mène.`,
  (n: number) => `Le budget voté en décembre prévoit ${n} mille euros d’entretien, une somme jugée insuffisante.`,
];
const CLOSINGS = [
  (n: number) => `Une réunion publique est prévue le mois prochain, et ${n} personnes se sont déjà inscrites pour y prendre la parole.`,
  (n: number) => `Le maire espère une décision avant l’été, après l’avis d’un bureau d’études attendu sous ${n} semaines.`,
  (n: number) => `Les associations locales ont lancé une pétition qui a recueilli ${n} signatures en quelques jours seulement.`,
];
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  THINGS.map((thing, j) => ({
    id: `bourg-${i}-${j}.txt`,
    title: `${town} : ${thing} au cœur d’un nouveau désaccord, ${7 + 3 * i + j} mois après les promesses`,
    body: [
      OPENINGS[(i + j) % 3]!(town, thing, 3 + 4 * i + 2 * j),
      QUOTES[(2 * i + j) % 3]!(2 + i + 3 * j),
      FIGURES[(i + 2 * j) % 3]!(30 + 5 * i + 4 * j),
      CLOSINGS[(i * j + j) % 3]!(20 + 7 * i + 3 * j),
    ],
  })),
);

/** A file's text, decoded from the encoding its manifest row names (independent of the ingest's decoder). */
function textOfFile(bytes: Uint8Array, encoding: string): string {
  const label = encoding.startsWith('cp1252') ? 'windows-1252' : encoding === 'utf-16le-bom' ? 'utf-16le' : 'utf-8';
  return new TextDecoder(label).decode(bytes).replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
}

describe('unseen-sites v12 evaluation set (frozen)', () => {
  const set = generateUnseenV12(POOL);
  const { manifest } = set;
  const bytesOf = new Map(set.files.map((f) => [f.name, f.bytes]));
  const read = (m: UnseenEntry): string => textOfFile(bytesOf.get(m.file)!, m.encoding);
  const articles = manifest.filter((m) => m.kind === 'article');
  const nameOf = new Map(SITES_V12.map((s) => [s.id, s.name]));

  it('is the same set for its seed and a different one for another seed', () => {
    const again = generateUnseenV12(POOL);
    expect(again.manifest).toEqual(manifest);
    expect(again.files.map((f) => f.name)).toEqual(set.files.map((f) => f.name));
    expect(generateUnseenV12(POOL, FROZEN_SEED_V12 + 3).manifest).not.toEqual(manifest);
  });

  it('is frozen: its files and truth hash to the recorded digest', () => {
    const hash = createHash('sha256');
    for (const f of set.files) hash.update(f.name).update(f.bytes);
    expect(hash.update(JSON.stringify(manifest)).digest('hex').slice(0, 16)).toBe('57edee4b2a3d7009');
  });

  it('accounts for every file exactly once: about 300 files from 12 sites, bare files, chrome-only pages and junk', () => {
    expect(manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(manifest.map((m) => m.file)).size).toBe(set.files.length);
    expect(set.files.length).toBeGreaterThan(270);
    expect(set.files.length).toBeLessThan(340);
    expect(SITES_V12).toHaveLength(12);
    const chromeOnly = manifest.filter((m) => m.kind === 'chrome-only').map((m) => m.site).sort();
    expect(chromeOnly).toEqual(SITES_V12.filter((s) => s.chromeOnlyPage).map((s) => s.id).sort());
    expect(chromeOnly.length).toBeGreaterThanOrEqual(2);
    expect(manifest.filter((m) => m.kind === 'junk').length).toBeGreaterThanOrEqual(6);
    expect(manifest.filter((m) => m.site === 'bare')).toHaveLength(10);
    for (const m of manifest) expect(m.expectReject).toBe(m.kind !== 'article');
    for (const s of SITES_V12) expect(articles.filter((m) => m.site === s.id).length).toBeGreaterThanOrEqual(s.originals);
    expect(new Set(manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(6);
  });

  it('writes every paragraph, chrome and meta line it records, and a headline exactly where it says so', () => {
    for (const m of articles) {
      const lines = new Set(read(m).split('\n'));
      for (const line of [...m.body, ...m.chrome, ...m.meta]) expect(lines.has(line), `${m.file}: ${line}`).toBe(true);
      expect([...lines].some((l) => l.startsWith(m.title!)), m.file).toBe(m.headline);
    }
    for (const m of manifest.filter((x) => x.kind === 'chrome-only')) {
      expect(read(m).length).toBeGreaterThan(150);
      expect(m.body).toEqual([]);
    }
  });

  it('copies stories across sites and encodings, some copies without the headline another copy has', () => {
    const groups = [...Map.groupBy(articles, (m) => m.dup_group).values()].filter((g) => g.length > 1);
    expect(groups.length).toBeGreaterThan(50);
    expect(groups.filter((g) => new Set(g.map((m) => m.encoding)).size > 1).length).toBeGreaterThan(10);
    expect(groups.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThan(10);
  });

  it('keeps the v2 outlet convention in every file', () => {
    for (const m of articles) {
      if (m.outletEvidence === 'masthead-byline') {
        expect([m.outlet, m.republisher]).toEqual([nameOf.get(m.site), null]);
        expect(m.author).not.toBeNull();
      } else if (m.outletEvidence === 'none') {
        // Nothing credits an outlet, and a republishing site signs nothing without a credit.
        expect([m.outlet, m.republisher, m.author]).toEqual([null, null, null]);
      } else {
        expect(m.outlet).not.toBeNull();
        expect(m.outlet).not.toBe(nameOf.get(m.site));
        expect(m.republisher).toBe(nameOf.get(m.site));
      }
    }
    const kinds = new Set(articles.map((m) => m.outletEvidence));
    for (const e of ['credit', 'source-line', 'url-host', 'title-suffix', 'masthead-byline', 'none'] as const) expect(kinds.has(e), e).toBe(true);
  });

  it('translates credited names both ways, never beside the canonical name, and keeps look-alikes as written', () => {
    const translated = articles.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThan(2);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThan(2);
    for (const m of translated) expect(m.meta.join('\n')).not.toContain(m.outlet!);
    const lookalikes = articles.filter((m) => m.lookalike);
    expect(lookalikes.filter((m) => m.republisher !== null).length).toBeGreaterThan(4);
    // As written, up to French's contraction of the article ("du Temps du Gabon").
    for (const m of lookalikes) expect(read(m)).toContain(m.outlet!.replace(/^(Le|La|Les|The) /, ''));
  });

  it('shows dates in Paris winter time and expects them so', () => {
    const dated = articles.filter((m) => m.publishedAt !== null);
    expect(dated.length).toBeGreaterThan(articles.length / 2);
    for (const m of dated) expect(m.publishedAt).toMatch(/^(2018-1[12]|2019-0[1-3])-\d\dT\d\d:\d\d:00\+01:00$/);
  });

  it('gives a right answer full marks and sees wrong outlets, suffixed titles, leaked chrome and kept junk', () => {
    const right = rightAnswer(manifest);
    const scores = scoreUnseen(manifest, right).scores;
    for (const k of ['accounted', 'title', 'outlet', 'translated', 'lookalike', 'chromeOnlyRejected', 'junkRejected'] as const) expect(scores[k].value, k).toBe(1);
    expect(scores.leak.value).toBe(0);

    const wrongOutlet: UnseenResult = {
      ...right,
      articles: right.articles.map((a) => ({ ...a, files: a.files.map((f) => ({ ...f, outlet: f.outlet === null ? 'Le Monde' : null })) })),
    };
    expect(scoreUnseen(manifest, wrongOutlet).scores.outlet.value).toBe(0);

    const suffixed: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, title: `${a.title} | Dijon Cité Info` })) };
    expect(scoreUnseen(manifest, suffixed).scores.title.value).toBeLessThan(0.5);

    const row = new Map(manifest.map((m) => [m.file, m]));
    const leaky: UnseenResult = { ...right, articles: right.articles.map((a) => ({ ...a, paragraphs: [...a.paragraphs, ...row.get(a.files[0]!.path)!.chrome] })) };
    expect(scoreUnseen(manifest, leaky).scores.leak.value).toBeGreaterThan(0.5);

    const keptJunk: UnseenResult = { ...right, rejected: right.rejected.filter((r) => r.reason !== 'junk') };
    expect(scoreUnseen(manifest, keptJunk).scores.junkRejected.value).toBeLessThan(1);
  });
});
