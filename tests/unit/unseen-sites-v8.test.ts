/** The frozen unseen-sites v8 set: deterministic, every file accounted for, v2's outlet convention, translated credits, a scorer that sees wrong answers. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V8, SITES_V8, generateUnseenV8 } from '../../scripts/unseen-sites-v8.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decode } from '../../src/ingest/decode.ts';
import { rightAnswer, FULL_MARKS, expectOutletConvention } from './unseen-answers.ts';

/** Invented articles (no corpus text): river ferries, covered markets and harbour cranes, and who pays to keep them. */
const PLACES = ['Loire', 'Garonne', 'Dordogne', 'Charente', 'Rance', 'Vilaine', 'Somme', 'Saône', 'Adour', 'Meuse', 'Lot', 'Cher', 'Blavet', 'Sèvre', 'Aulne'];
const THINGS = ['le bac à chaîne', 'la halle couverte', 'la grue du port', 'l’écluse du moulin', 'le marché aux bestiaux', 'la passerelle piétonne', 'le lavoir communal', 'la cale de halage', 'le phare de l’estuaire', 'la criée', 'le quai des pêcheurs', 'la gare fluviale', 'le chantier naval', 'la digue du bourg'];
/** Sentence banks with numbers woven in: two articles never share a paragraph. */
const OPENINGS = [
  (p: string, t: string, n: number) => `Au bord de la ${p}, ${t} attend ses travaux depuis ${n} mois et les riverains perdent patience.`,
  (p: string, t: string, n: number) => `Le conseil communautaire de la vallée de la ${p} a reporté pour la ${n}e fois le vote sur ${t}.`,
  (p: string, t: string, n: number) => `Une pétition pour sauver ${t} de la ${p} a recueilli ${n} signatures en trois semaines.`,
  (p: string, t: string, n: number) => `Fermé depuis l’automne, ${t} de la ${p} coûterait ${n} mille euros à remettre aux normes.`,
];
const QUOTES = [
  (k: number) => `« On traversait ici bien avant ma naissance, il y a ${k} ans encore on faisait la queue le dimanche », se souvient un retraité.`,
  (k: number) => `Une commerçante installée depuis ${k} ans estime avoir perdu un tiers de sa clientèle depuis la fermeture.`,
  (k: number) => `« Sans ce passage, il me faut ${k} kilomètres de détour pour aller au travail », explique une infirmière.`,
  (k: number) => `Le maire rappelle que la commune ne compte que ${k} centaines d’habitants et ne peut pas tout payer seule.`,
];
const ANSWERS = [
  (n: number) => `L’État renvoie vers la région, qui dit attendre un plan de financement d’ici ${n} semaines.`,
  (n: number) => `Un bureau d’études doit rendre ses conclusions dans ${n} mois, selon la préfecture.`,
  (n: number) => `Le département avance une enveloppe de ${n * 10} mille euros, jugée insuffisante par l’association.`,
  (n: number) => `Les services techniques évoquent ${n} interventions d’urgence depuis le début de l’année.`,
];
const CLOSINGS = [
  (n: number) => `Un rassemblement est annoncé samedi matin sur la rive, où ${n} personnes sont attendues.`,
  (n: number) => `L’association des usagers tiendra son assemblée générale le ${(n % 27) + 1} du mois prochain.`,
  (n: number) => `En attendant, ${n} bénévoles se relaient pour informer les visiteurs.`,
  (n: number) => `Les élus d’opposition demandent un référendum local et réunissent déjà ${n} soutiens.`,
];
const POOL: UnseenSource[] = PLACES.flatMap((place, i) =>
  THINGS.map((thing, j) => ({
    id: `riviere-${i}-${j}.txt`,
    title: `Sur la ${place}, ${thing} menacé : ${12 + 5 * i + j} élus écrivent au ministre`,
    body: [
      OPENINGS[(i + j) % 4]!(place, thing, 7 + 11 * i + 3 * j),
      QUOTES[(2 * i + j + 1) % 4]!(9 + i + 2 * j),
      ANSWERS[(i + 3 * j) % 4]!(3 + i * j + i),
      CLOSINGS[(3 * i + j + 2) % 4]!(25 + 7 * i + 5 * j),
    ],
  })),
);

const textOf = (bytes: Uint8Array): string => {
  const r = decode(bytes);
  return r.ok ? r.value.text.replace(/\r\n/g, '\n') : '';
};
const fold = (s: string): string => s.toLocaleLowerCase('fr');
const wordCount = (line: string): number => line.split(/\s+/).filter(Boolean).length;

describe('unseen-sites v8 evaluation set (frozen)', () => {
  const set = generateUnseenV8(POOL);
  const { manifest } = set;
  const texts = set.files.map((f) => textOf(f.bytes));
  const digests = (files: readonly { bytes: Uint8Array }[]): string[] => files.map((f) => createHash('sha1').update(f.bytes).digest('hex'));
  const textFor = (m: UnseenEntry): string => texts[manifest.indexOf(m)]!;

  it('is deterministic for its seed, and another seed draws other files', () => {
    const again = generateUnseenV8(POOL);
    expect(again.manifest).toEqual(manifest);
    expect(digests(again.files)).toEqual(digests(set.files));
    expect(digests(generateUnseenV8(POOL, FROZEN_SEED_V8 + 1).files)).not.toEqual(digests(set.files));
  });

  it('stays frozen: its templates, wordings and draws give the bytes they gave when it was frozen', () => {
    const h = createHash('sha256');
    for (const f of set.files) h.update(f.name).update(f.bytes);
    // Another digest means another set: freeze a v9 instead (see scripts/unseen-sites-v8.ts).
    expect(h.digest('hex').slice(0, 16)).toBe('c19c18ff8a47e8ae');
  });

  it('accounts for every file in its manifest, and every expected line is in its file', () => {
    expect(manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(set.files.map((f) => f.name)).size).toBe(set.files.length);
    expect(set.files.length).toBeGreaterThanOrEqual(270);
    expect(SITES_V8.length).toBe(12);
    for (const m of manifest) {
      if (m.kind === 'junk') continue;
      const text = textFor(m);
      for (const line of [...m.body, ...m.meta, ...m.chrome]) expect(text, m.file).toContain(line);
      if (m.kind === 'chrome-only') {
        expect([m.title, m.outlet, m.outletEvidence, m.body, m.meta], m.file).toEqual([null, null, 'none', [], []]);
      } else {
        expect(fold(text).includes(fold(m.title!)), m.file).toBe(m.headline);
        if (m.author !== null) expect(text, m.file).toContain(m.author);
      }
    }
    const count = (kind: UnseenEntry['kind']): number => manifest.filter((m) => m.kind === kind).length;
    expect([count('chrome-only'), count('junk')]).toEqual([3, 6]);
    expect(manifest.filter((m) => m.kind === 'article' && !m.headline).length).toBeGreaterThanOrEqual(20);
    expect(new Set(manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(6);
    // Each site prints at least one long notice (paywall, cookies, donation, moderation, licence…) of 25 to 60 words.
    for (const site of SITES_V8) {
      const notices = manifest.filter((m) => m.site === site.id).flatMap((m) => m.chrome).filter((l) => wordCount(l) >= 25 && wordCount(l) <= 60);
      expect(notices.length, site.id).toBeGreaterThan(0);
    }
  });

  it('prints a relative age only on a line that also holds the date with its year', () => {
    const lines = manifest.flatMap((m) => m.meta.filter((l) => /\bil y a\b|\bago\b/i.test(l)).map((line) => [m, line] as const));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const [m, line] of lines) {
      expect(m.publishedAt, m.file).not.toBeNull();
      expect(line, m.file).toMatch(/\b201[89]\b/);
    }
  });

  it('credits real outlets machine-translated both ways without their canonical name, and keeps look-alikes as written', () => {
    const translated = manifest.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThanOrEqual(6);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThanOrEqual(6);
    for (const m of translated) {
      expect(textFor(m), m.file).not.toContain(m.outlet!);
      expect([m.outletEvidence, m.lookalike, m.republisher === null], m.file).toEqual(['credit', false, false]);
    }
    const alike = manifest.filter((m) => m.lookalike);
    expect(alike.filter((m) => m.republisher !== null).length).toBeGreaterThanOrEqual(12);
    expect(alike.some((m) => m.outletEvidence === 'masthead-byline')).toBe(true);
    // As written (French contracts the article: 'du Point du Jour' credits 'Le Point du Jour').
    for (const m of alike) expect(textFor(m), m.file).toContain(m.outlet!.replace(/^L[ea] /, ''));
  });

  it('copies stories across sites and encodings, some copies without the headline another copy shows', () => {
    const groups = [...Map.groupBy(manifest.filter((m) => m.kind === 'article'), (m) => m.dup_group).values()];
    const acrossSites = groups.filter((g) => new Set(g.map((m) => m.site)).size > 1);
    expect(acrossSites.length).toBeGreaterThanOrEqual(50);
    expect(acrossSites.some((g) => new Set(g.map((m) => m.encoding)).size > 1)).toBe(true);
    expect(acrossSites.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThanOrEqual(15);
  });

  it('follows v2’s outlet convention, each file naming the evidence its outlet comes from', () => {
    expectOutletConvention(manifest, SITES_V8, { pageText: textFor });
  });

  it('scores a right answer at 100 %, and sees a translated credit answered as printed, a look-alike mapped, a chrome-only page kept and a copy split off', () => {
    const right = rightAnswer(manifest);
    const best = scoreUnseen(manifest, right).scores;
    for (const k of FULL_MARKS) {
      expect(best[k].value, k).toBe(1);
    }
    expect([best.leak.value, best.metaLeak.value, best.republisher?.value]).toEqual([0, 0, 1]);

    // A French credit machine-translated into English, answered with the English words it prints.
    const translated = manifest.find((m) => m.translatedCredit && m.lang === 'en')!;
    const printed = translated.meta.find((l) => /first|originally|ran this|permission/i.test(l))!;
    // A look-alike answered as the listed outlet its name begins with.
    const alike = manifest.find((m) => m.lookalike && m.republisher !== null && !m.translatedCredit)!;
    const wrongOutlet = new Map<string, string>([
      [translated.file, printed],
      [alike.file, alike.outlet!.split(' ').slice(0, 2).join(' ')],
    ]);
    // A headless copy split off as an article of its own, and a chrome-only page kept.
    const headless = manifest.find((m) => m.kind === 'article' && !m.headline && !wrongOutlet.has(m.file))!;
    const empty = manifest.find((m) => m.kind === 'chrome-only')!;
    const articles = right.articles.map((a) => ({
      ...a,
      files: a.files.filter((f) => f.path !== headless.file).map((f) => (wrongOutlet.has(f.path) ? { ...f, outlet: wrongOutlet.get(f.path)! } : f)),
    }));
    articles.push({ title: headless.body[0]!.split(' ').slice(0, 7).join(' '), storyId: 'split', author: null, publishedAt: null, paragraphs: headless.body, files: [{ path: headless.file, outlet: headless.outlet, republisher: null }] });
    articles.push({ title: empty.chrome[0]!, storyId: 'kept', author: null, publishedAt: null, paragraphs: empty.chrome.slice(1), files: [{ path: empty.file, outlet: null, republisher: null }] });
    const s = scoreUnseen(manifest, { articles, rejected: right.rejected.filter((r) => r.path !== empty.file) }).scores;
    expect(s.accounted.value).toBe(1);
    expect([s.translated.total - s.translated.hit, s.lookalike.total - s.lookalike.hit, s.outlet.total - s.outlet.hit]).toEqual([1, 1, 2]);
    expect(s.titleHeadless.total - s.titleHeadless.hit).toBe(1);
    expect(s.chromeOnlyRejected.total - s.chromeOnlyRejected.hit).toBe(1);
    expect(s.dupRecall.value).toBeLessThan(1);
    expect(s.leak.hit).toBeGreaterThan(0);
  });
});
