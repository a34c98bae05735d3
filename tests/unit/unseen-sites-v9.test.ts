/** The frozen unseen-sites v9 set: deterministic, every file accounted for, v2's outlet convention, translated credits both ways, a scorer that sees wrong answers. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V9, SITES_V9, generateUnseenV9 } from '../../scripts/unseen-sites-v9.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decode } from '../../src/ingest/decode.ts';
import { rightAnswer as perfect, FULL_MARKS, expectOutletConvention } from './unseen-answers.ts';

/** Invented articles (no corpus text): village schools, bus lines and bakeries, and the votes that decide their fate. */
const TOWNS = ['Aubenas', 'Millau', 'Figeac', 'Oloron', 'Gien', 'Vitré', 'Bernay', 'Lodève', 'Apt', 'Guéret', 'Thiers', 'Dole', 'Digne', 'Ussel', 'Nyons', 'Redon'];
const SUBJECTS = ['l’école du hameau', 'la ligne de car du matin', 'la dernière boulangerie', 'le bureau de poste', 'la piscine municipale', 'la maternité', 'le cinéma associatif', 'la gare routière', 'le centre de santé', 'la médiathèque', 'la halte-garderie', 'le marché du jeudi', 'la caserne des pompiers'];
/** Four sentence banks with the numbers varying by article: no two articles share a paragraph. */
const LEADS = [
  (t: string, s: string, n: number) => `À ${t}, ${s} pourrait fermer à la rentrée, faute de ${n} inscriptions supplémentaires selon la mairie.`,
  (t: string, s: string, n: number) => `Les élus de ${t} ont voté à ${n} voix contre une le maintien de ${s} jusqu’à la fin de l’année.`,
  (t: string, s: string, n: number) => `Depuis ${n} jours, des habitants de ${t} se relaient devant ${s} pour en empêcher la fermeture.`,
  (t: string, s: string, n: number) => `Le sort de ${s} de ${t} se jouera mardi soir, lors d’un conseil où ${n} riverains comptent venir.`,
];
const VOICES = [
  (k: number) => `« Mes enfants y vont à pied, sans cela il faudrait ${k} minutes de route chaque matin », raconte une mère de famille.`,
  (k: number) => `Un artisan installé depuis ${k} ans dit ne plus comprendre pourquoi les services partent les uns après les autres.`,
  (k: number) => `« Nous avons déjà perdu la banque et le médecin il y a ${k} ans, on ne lâchera pas ça », prévient un ancien adjoint.`,
  (k: number) => `La directrice rappelle que l’équipe compte ${k} salariés, presque tous du canton.`,
];
const REPLIES = [
  (n: number) => `La préfecture promet une étude d’impact d’ici ${n} semaines et parle d’un regroupement possible.`,
  (n: number) => `Le département dit avoir proposé ${n} solutions de remplacement, toutes refusées par le collectif.`,
  (n: number) => `La région avance un coût de fonctionnement de ${n * 12} mille euros par an, qu’aucune commune ne peut porter seule.`,
  (n: number) => `Selon l’intercommunalité, la fréquentation a baissé de ${n} % en cinq ans.`,
];
const ENDINGS = [
  (n: number) => `Une réunion publique est prévue vendredi à la salle des fêtes, où ${n} chaises ont été installées.`,
  (n: number) => `Le collectif de défense annonce une marche le ${(n % 27) + 1} du mois prochain.`,
  (n: number) => `Une cagnotte en ligne a déjà réuni ${n} donateurs.`,
  (n: number) => `Les opposants ont déposé un recours signé par ${n} habitants devant le tribunal administratif.`,
];
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  SUBJECTS.map((subject, j) => ({
    id: `village-${i}-${j}.txt`,
    title: `${town} : ${subject} en sursis, ${20 + 3 * i + j} familles mobilisées`,
    body: [
      LEADS[(i + 2 * j) % 4]!(town, subject, 14 + 9 * i + 4 * j),
      VOICES[(i + j + 3) % 4]!(6 + 2 * i + j),
      REPLIES[(3 * i + j) % 4]!(2 + i + j * i),
      ENDINGS[(i + 3 * j + 1) % 4]!(40 + 6 * i + 7 * j),
    ],
  })),
);

const decoded = (bytes: Uint8Array): string => {
  const r = decode(bytes);
  return r.ok ? r.value.text.replace(/\r\n/g, '\n') : '';
};
const lower = (s: string): string => s.toLocaleLowerCase('fr');
const words = (line: string): number => line.split(/\s+/).filter(Boolean).length;
const fingerprint = (files: readonly { bytes: Uint8Array }[]): string[] => files.map((f) => createHash('sha1').update(f.bytes).digest('hex'));

describe('unseen-sites v9 evaluation set (frozen)', () => {
  const set = generateUnseenV9(POOL);
  const { manifest } = set;
  const texts = new Map(set.files.map((f) => [f.name, decoded(f.bytes)]));
  const textOf = (m: UnseenEntry): string => texts.get(m.file)!;

  it('is deterministic for its seed, and another seed draws other files', () => {
    const again = generateUnseenV9(POOL);
    expect(again.manifest).toEqual(manifest);
    expect(fingerprint(again.files)).toEqual(fingerprint(set.files));
    expect(fingerprint(generateUnseenV9(POOL, FROZEN_SEED_V9 + 1).files)).not.toEqual(fingerprint(set.files));
  });

  it('stays frozen: its templates, wordings and draws give the bytes they gave when it was frozen', () => {
    const h = createHash('sha256');
    for (const f of set.files) h.update(f.name).update(f.bytes);
    // Another digest means another set: freeze a v10 instead (see scripts/unseen-sites-v9.ts).
    expect(h.digest('hex').slice(0, 16)).toBe('51074e8ac43ea3cc');
  });

  it('accounts for every file in its manifest, and every expected line is in its file', () => {
    expect(manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(texts.size).toBe(set.files.length);
    expect(set.files.length).toBeGreaterThanOrEqual(260);
    expect(SITES_V9.length).toBe(12);
    for (const m of manifest) {
      if (m.kind === 'junk') continue;
      const text = textOf(m);
      for (const line of [...m.body, ...m.meta, ...m.chrome]) expect(text, m.file).toContain(line);
      if (m.kind === 'chrome-only') {
        expect([m.title, m.outlet, m.outletEvidence, m.body, m.meta], m.file).toEqual([null, null, 'none', [], []]);
        continue;
      }
      expect(lower(text).includes(lower(m.title!)), m.file).toBe(m.headline);
      if (m.author !== null) expect(text, m.file).toContain(m.author);
    }
    const kinds = Map.groupBy(manifest, (m) => m.kind);
    expect([kinds.get('chrome-only')?.length, kinds.get('junk')?.length]).toEqual([3, 6]);
    expect(manifest.filter((m) => m.kind === 'article' && !m.headline).length).toBeGreaterThanOrEqual(20);
    expect(new Set(manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(6);
    // Every site prints at least one long notice (newsletter, paywall, cookies, donation, licence, contest…) of 25 to 60 words.
    for (const site of SITES_V9) {
      const long = manifest.filter((m) => m.site === site.id).flatMap((m) => m.chrome).filter((l) => words(l) >= 25 && words(l) <= 60);
      expect(long.length, site.id).toBeGreaterThan(0);
    }
  });

  it('prints a relative age only on a line that also holds the date with its year', () => {
    const relative = manifest.flatMap((m) => m.meta.filter((l) => /\bil y a\b|\bago\b/i.test(l)).map((line) => ({ m, line })));
    expect(relative.length).toBeGreaterThanOrEqual(5);
    for (const { m, line } of relative) {
      expect(m.publishedAt, m.file).not.toBeNull();
      expect(line, m.file).toMatch(/\b201[89]\b/);
    }
  });

  it('credits real outlets machine-translated both ways without their canonical name, and keeps look-alikes as written', () => {
    const translated = manifest.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThanOrEqual(6);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThanOrEqual(4);
    for (const m of translated) {
      expect(textOf(m), m.file).not.toContain(m.outlet!);
      expect([m.outletEvidence, m.lookalike, m.republisher === null], m.file).toEqual(['credit', false, false]);
    }
    const alike = manifest.filter((m) => m.lookalike);
    expect(alike.filter((m) => m.republisher !== null).length).toBeGreaterThanOrEqual(10);
    expect(alike.filter((m) => m.outletEvidence === 'masthead-byline').length).toBeGreaterThanOrEqual(5);
    // As written ('du Soir de Mons' credits 'Le Soir de Mons': French contracts the article).
    for (const m of alike) expect(textOf(m), m.file).toContain(m.outlet!.replace(/^L[ea] /, ''));
  });

  it('copies stories across sites and encodings, some copies without the headline another copy shows', () => {
    const groups = [...Map.groupBy(manifest.filter((m) => m.kind === 'article'), (m) => m.dup_group).values()];
    const shared = groups.filter((g) => new Set(g.map((m) => m.site)).size > 1);
    expect(shared.length).toBeGreaterThanOrEqual(50);
    expect(shared.filter((g) => new Set(g.map((m) => m.encoding)).size > 1).length).toBeGreaterThanOrEqual(20);
    expect(shared.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThanOrEqual(15);
  });

  it('follows v2’s outlet convention, each file naming the evidence its outlet comes from', () => {
    expectOutletConvention(manifest, SITES_V9, { pageText: textOf });
  });

  it('scores a flawless answer at 100 %, and sees a translated credit answered as printed, a look-alike mapped, a chrome-only page kept and a copy split off', () => {
    const right = perfect(manifest);
    const best = scoreUnseen(manifest, right).scores;
    for (const k of FULL_MARKS) {
      expect(best[k].value, k).toBe(1);
    }
    expect([best.leak.value, best.metaLeak.value, best.republisher?.value]).toEqual([0, 0, 1]);

    // An English credit line answered word for word ('The Evening' instead of Le Soir).
    const translated = manifest.find((m) => m.translatedCredit && m.lang === 'en')!;
    const asPrinted = translated.meta.find((l) => /appeared|permission|published this|courtesy/i.test(l))!;
    expect(asPrinted).toBeDefined();
    // A look-alike answered as the listed outlet its first two words name.
    const alike = manifest.find((m) => m.lookalike && m.republisher !== null && !m.translatedCredit)!;
    const wrong = new Map<string, string>([
      [translated.file, asPrinted],
      [alike.file, alike.outlet!.split(' ').slice(0, 2).join(' ')],
    ]);
    const headless = manifest.find((m) => m.kind === 'article' && !m.headline && !wrong.has(m.file))!;
    const chromeOnly = manifest.find((m) => m.kind === 'chrome-only')!;
    const articles = right.articles.map((a) => ({
      ...a,
      files: a.files.filter((f) => f.path !== headless.file).map((f) => ({ ...f, outlet: wrong.get(f.path) ?? f.outlet })),
    }));
    articles.push(
      { storyId: 'split', title: headless.body[0]!.split(' ').slice(0, 6).join(' '), author: null, publishedAt: null, paragraphs: headless.body, files: [{ path: headless.file, outlet: headless.outlet, republisher: null }] },
      { storyId: 'kept', title: chromeOnly.chrome[0]!, author: null, publishedAt: null, paragraphs: chromeOnly.chrome.slice(1), files: [{ path: chromeOnly.file, outlet: null, republisher: null }] },
    );
    const s = scoreUnseen(manifest, { articles, rejected: right.rejected.filter((r) => r.path !== chromeOnly.file) }).scores;
    expect(s.accounted.value).toBe(1);
    expect([s.translated.total - s.translated.hit, s.lookalike.total - s.lookalike.hit, s.outlet.total - s.outlet.hit]).toEqual([1, 1, 2]);
    expect(s.titleHeadless.total - s.titleHeadless.hit).toBe(1);
    expect(s.chromeOnlyRejected.total - s.chromeOnlyRejected.hit).toBe(1);
    expect(s.dupRecall.value).toBeLessThan(1);
    expect(s.leak.hit).toBeGreaterThan(0);
  });
});
