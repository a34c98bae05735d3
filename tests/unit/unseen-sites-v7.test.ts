/** The frozen unseen-sites v7 set: deterministic, every file accounted for, v2's outlet convention, translated credits, a scorer that sees wrong answers. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V7, SITES_V7, generateUnseenV7 } from '../../scripts/unseen-sites-v7.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { decode } from '../../src/ingest/decode.ts';
import { rightAnswer as perfect, FULL_MARKS, expectOutletConvention } from './unseen-answers.ts';

/** Invented articles (no corpus text): country bus lines and village schools, and what parents and drivers ask for. */
const VALLEYS = ['Aubrac', 'Morvan', 'Queyras', 'Livradois', 'Bugey', 'Diois', 'Perche', 'Thiérache', 'Ardenne', 'Vercors', 'Margeride', 'Boischaut', 'Chartreuse', 'Corbières', 'Bocage'];
const CAUSES = ['la ligne de car scolaire', 'l’école à classe unique', 'le ramassage du matin', 'la cantine du collège', 'la navette du marché', 'le transport à la demande', 'la halte-garderie', 'le bureau de poste', 'la pharmacie de garde', 'le dépôt des cars', 'le service de nuit', 'la maison de santé', 'le relais des assistantes maternelles', 'la piscine intercommunale'];
/** Sentence banks with numbers woven in: two articles never share a paragraph. */
const LEADS = [
  (v: string, c: string, n: number) => `Dans le ${v}, ${c} ferme à la rentrée : ${n} familles ont signé la lettre ouverte remise lundi au département.`,
  (v: string, c: string, n: number) => `Les élus du ${v} devaient voter mercredi le sort de ${c}, mais ${n} parents ont occupé la salle du conseil.`,
  (v: string, c: string, n: number) => `Depuis ${n} semaines, ${c} du ${v} fonctionne avec un seul chauffeur, et les retards s’accumulent.`,
  (v: string, c: string, n: number) => `Un collectif né sur un parking du ${v} défend ${c} et revendique ${n} membres actifs.`,
];
const VOICES = [
  (k: number) => `« Mes enfants partent à ${k} heures moins le quart et rentrent à la nuit tombée », raconte une mère de famille.`,
  (k: number) => `Un conducteur, ${k} ans de métier, dit n’avoir jamais vu la fréquentation baisser aussi vite.`,
  (k: number) => `« Avec ${k} kilomètres par jour pour aller travailler, le plein mange tout le salaire », résume un artisan.`,
  (k: number) => `La directrice de l’école compte ${k} élèves inscrits, contre le double il y a dix ans.`,
];
const REPLIES = [
  (n: number) => `Le département promet une étude d’ici ${n} mois, sans engagement sur le maintien du service.`,
  (n: number) => `La région évoque un surcoût de ${n * 100} euros par élève et par an, qu’elle refuse d’assumer seule.`,
  (n: number) => `La préfecture annonce une réunion de concertation le ${(n % 27) + 1} du mois prochain.`,
  (n: number) => `Le syndicat de transport estime à ${n} le nombre de postes de chauffeur vacants dans le secteur.`,
];
const ENDINGS = [
  (n: number) => `Une marche est prévue dimanche entre les deux mairies, avec ${n} participants annoncés.`,
  (n: number) => `Le collectif tiendra une permanence chaque samedi et vise ${n} signatures avant l’hiver.`,
  (n: number) => `En attendant, ${n} enfants sont conduits chaque jour par des parents volontaires.`,
  (n: number) => `Les opposants se donnent ${n} jours avant de saisir le tribunal administratif.`,
];
const POOL: UnseenSource[] = VALLEYS.flatMap((valley, i) =>
  CAUSES.map((cause, j) => ({
    id: `vallee-${i}-${j}.txt`,
    title: `Dans le ${valley}, ${cause} en sursis : ${20 + 3 * i + j} jours pour trouver une solution`,
    body: [
      LEADS[(i + j) % 4]!(valley, cause, 41 + 13 * i + 2 * j),
      VOICES[(i + 2 * j + 1) % 4]!(5 + i + 3 * j),
      REPLIES[(3 * i + j) % 4]!(4 + i * j + j),
      ENDINGS[(i + 3 * j + 2) % 4]!(30 + 9 * i + 4 * j),
    ],
  })),
);

const textOf = (bytes: Uint8Array): string => {
  const r = decode(bytes);
  return r.ok ? r.value.text.replace(/\r\n/g, '\n') : '';
};
const lower = (s: string): string => s.toLocaleLowerCase('fr');
const words = (line: string): number => line.split(/\s+/).filter(Boolean).length;

/** `answer` with the outlets of some files replaced. */
function reanswer(answer: UnseenResult, outlets: ReadonlyMap<string, string | null>): UnseenResult {
  const articles = answer.articles.map((a) => ({ ...a, files: a.files.map((f) => (outlets.has(f.path) ? { ...f, outlet: outlets.get(f.path)! } : f)) }));
  return { ...answer, articles };
}

describe('unseen-sites v7 evaluation set (frozen)', () => {
  const set = generateUnseenV7(POOL);
  const { manifest } = set;
  const texts = set.files.map((f) => textOf(f.bytes));
  const hashes = (files: readonly { bytes: Uint8Array }[]): string[] => files.map((f) => createHash('sha1').update(f.bytes).digest('hex'));

  it('is deterministic for its seed, and another seed draws other files', () => {
    const twice = generateUnseenV7(POOL);
    expect(twice.manifest).toEqual(manifest);
    expect(hashes(twice.files)).toEqual(hashes(set.files));
    expect(hashes(generateUnseenV7(POOL, FROZEN_SEED_V7 + 1).files)).not.toEqual(hashes(set.files));
  });

  it('stays frozen: its templates, wordings and draws give the bytes they gave when it was frozen', () => {
    const h = createHash('sha256');
    for (const f of set.files) h.update(f.name).update(f.bytes);
    // A new digest means a new set: freeze a v8 instead (see scripts/unseen-sites-v7.ts).
    expect(h.digest('hex').slice(0, 16)).toBe('efcc1e8b1e471672');
  });

  it('accounts for every file in its manifest, and every expected line is in its file', () => {
    expect(manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(set.files.map((f) => f.name)).size).toBe(set.files.length);
    expect(set.files.length).toBeGreaterThanOrEqual(290);
    expect(SITES_V7.length).toBe(12);
    for (const [i, m] of manifest.entries()) {
      if (m.kind === 'junk') continue;
      const text = texts[i]!;
      for (const line of [...m.body, ...m.meta, ...m.chrome]) expect(text, m.file).toContain(line);
      if (m.kind === 'chrome-only') {
        expect([m.title, m.outlet, m.outletEvidence, m.body, m.meta], m.file).toEqual([null, null, 'none', [], []]);
      } else {
        expect(lower(text).includes(lower(m.title!)), m.file).toBe(m.headline);
        if (m.author !== null) expect(text, m.file).toContain(m.author);
      }
    }
    const kinds = Map.groupBy(manifest, (m) => m.kind);
    expect([kinds.get('chrome-only')?.length, kinds.get('junk')?.length]).toEqual([3, 6]);
    expect(manifest.filter((m) => m.kind === 'article' && !m.headline).length).toBeGreaterThanOrEqual(20);
    expect(new Set(manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(6);
    // Every site has a long notice (licence, cookies, newsletter, paywall, donation…): 25 to 60 words.
    for (const site of SITES_V7) {
      const lines = manifest.filter((m) => m.site === site.id).flatMap((m) => m.chrome);
      expect(lines.some((l) => words(l) >= 25 && words(l) <= 60), site.id).toBe(true);
    }
  });

  it('shows a relative date only on a line that also holds an absolute date', () => {
    const relative = manifest.flatMap((m) => m.meta.filter((l) => /\bil y a\b|\bago\b/i.test(l)).map((line) => ({ m, line })));
    expect(relative.length).toBeGreaterThanOrEqual(5);
    for (const { m, line } of relative) {
      expect(m.publishedAt, m.file).not.toBeNull();
      expect(line, m.file).toMatch(/\b20(18|19)\b/);
    }
  });

  it('credits real outlets machine-translated both ways, never printing the canonical name, and keeps look-alikes as written', () => {
    const translated = manifest.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThanOrEqual(6);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThanOrEqual(6);
    for (const m of translated) {
      expect(texts[manifest.indexOf(m)], m.file).not.toContain(m.outlet!);
      expect([m.outletEvidence, m.lookalike, m.republisher === null]).toEqual(['credit', false, false]);
    }
    const alike = manifest.filter((m) => m.lookalike);
    expect(alike.filter((m) => m.republisher !== null).length).toBeGreaterThanOrEqual(12);
    expect(alike.some((m) => m.outletEvidence === 'masthead-byline')).toBe(true);
    // Kept as written (French may contract the article: 'du Monde d’en bas' credits 'Le Monde d’en bas').
    for (const m of alike) expect(texts[manifest.indexOf(m)], m.file).toContain(m.outlet!.replace(/^L[ea] /, ''));
  });

  it('copies stories across sites and encodings, some copies without the headline another copy shows', () => {
    const groups = [...Map.groupBy(manifest.filter((m) => m.kind === 'article'), (m) => m.dup_group).values()];
    const spread = groups.filter((g) => new Set(g.map((m) => m.site)).size > 1);
    expect(spread.length).toBeGreaterThanOrEqual(60);
    expect(spread.some((g) => new Set(g.map((m) => m.encoding)).size > 1)).toBe(true);
    expect(spread.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThanOrEqual(15);
  });

  it('follows v2’s outlet convention, each file naming the evidence its outlet comes from', () => {
    expectOutletConvention(manifest, SITES_V7);
  });

  it('scores a perfect answer at 100 %, and sees a credit left untranslated, a look-alike mapped, a chrome-only page kept and a copy split off', () => {
    const right = perfect(manifest);
    const best = scoreUnseen(manifest, right).scores;
    for (const k of FULL_MARKS) {
      expect(best[k].value, k).toBe(1);
    }
    expect([best.leak.value, best.metaLeak.value, best.republisher?.value]).toEqual([0, 0, 1]);

    const translated = manifest.find((m) => m.translatedCredit && m.lang === 'en')!;
    // Answered as printed: its credit line (the meta line holding neither a date nor the byline).
    const shown = translated.meta.find((l) => !/\d/.test(l) && !l.includes(translated.author ?? '\u0000'));
    expect(shown).toBeTruthy();
    const alike = manifest.find((m) => m.lookalike && m.republisher !== null && !m.translatedCredit)!;
    const wrongOutlets = new Map<string, string | null>([
      [translated.file, shown!],
      // Mapped onto the outlet whose name it starts with.
      [alike.file, alike.outlet!.split(' ').slice(0, 2).join(' ')],
    ]);
    const wrong = reanswer(right, wrongOutlets);
    // A copy without headline split off as an article of its own, titled by its first words.
    const headless = manifest.find((m) => m.kind === 'article' && !m.headline && !wrongOutlets.has(m.file))!;
    const articles = wrong.articles.map((a) => ({ ...a, files: a.files.filter((f) => f.path !== headless.file) }));
    articles.push({ title: headless.body[0]!.split(' ').slice(0, 8).join(' '), storyId: 'split', author: null, publishedAt: null, paragraphs: headless.body, files: [{ path: headless.file, outlet: headless.outlet }] });
    // A chrome-only page kept as an article.
    const empty = manifest.find((m) => m.kind === 'chrome-only')!;
    articles.push({ title: empty.chrome[0]!, storyId: 'chrome', author: null, publishedAt: null, paragraphs: empty.chrome.slice(1), files: [{ path: empty.file, outlet: null }] });
    const s = scoreUnseen(manifest, { articles, rejected: wrong.rejected.filter((r) => r.path !== empty.file) }).scores;
    expect(s.accounted.value).toBe(1);
    expect([s.translated.total - s.translated.hit, s.lookalike.total - s.lookalike.hit, s.outlet.total - s.outlet.hit]).toEqual([1, 1, 2]);
    expect(s.titleHeadless.total - s.titleHeadless.hit).toBe(1);
    expect(s.chromeOnlyRejected.total - s.chromeOnlyRejected.hit).toBe(1);
    expect(s.dupRecall.value).toBeLessThan(1);
    expect(s.leak.hit).toBeGreaterThan(0);
  });
});
