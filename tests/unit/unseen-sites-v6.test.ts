/** The frozen unseen-sites v6 set: deterministic, every file accounted for, v2's outlet convention, translated credits, a scorer that sees wrong answers. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V6, SITES_V6, generateUnseenV6 } from '../../scripts/unseen-sites-v6.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry, type UnseenResult } from '../../src/eval/unseen-sites.ts';
import { decode } from '../../src/ingest/decode.ts';
import { rightAnswer, FULL_MARKS, expectOutletConvention } from './unseen-answers.ts';

/** Invented articles (no corpus text): harbours and workshops, and what their workers and neighbours ask for. */
const PORTS = ['Paimpol', 'Concarneau', 'Fécamp', 'Port-Vendres', 'Sète', 'Le Croisic', 'Honfleur', 'Gravelines', 'Camaret', 'Étel', 'Agde', 'Boulogne', 'Saint-Malo', 'Audierne', 'Collioure', 'Dieppe'];
const TRADES = ['les mareyeurs', 'la criée', 'le chantier naval', 'la conserverie', 'les dockers', 'la coopérative ostréicole', 'le bac de nuit', 'les saisonniers', 'la halle aux poissons', 'l’atelier de voilerie', 'la station de carburant du port', 'les pilotes du port', 'la cale de halage', 'le syndicat des pêcheurs'];
/** Sentence banks with numbers woven in: two articles never share a paragraph. */
const OPENINGS = [
  (p: string, t: string, n: number) => `Sur le quai de ${p}, ${t} ont cessé le travail mardi à l’aube ; ${n} personnes ont suivi l’appel, selon les organisateurs.`,
  (p: string, t: string, n: number) => `Le conseil portuaire de ${p} devait trancher jeudi l’avenir de ${t}, mais ${n} riverains ont envahi la salle avant le vote.`,
  (p: string, t: string, n: number) => `Voilà ${n} jours que ${t} de ${p} attendent une réponse de la région sur le prix du gazole professionnel.`,
  (p: string, t: string, n: number) => `Une pétition lancée par ${t} a recueilli ${n} signatures en une semaine à ${p}, un record pour la commune.`,
];
const QUOTES = [
  (k: number) => `« Le plein du bateau nous coûte ${k} euros de plus qu’il y a deux ans, et le poisson ne se vend pas plus cher », calcule un patron pêcheur.`,
  (k: number) => `« Cela fait ${k} saisons que je viens ici, je n’ai jamais vu autant de colère », confie une ouvrière venue avec ses collègues.`,
  (k: number) => `Un retraité de la marine marchande, ${k} ans de navigation derrière lui, dit ne plus reconnaître son port.`,
  (k: number) => `« On nous parle de transition, mais nos ${k} bateaux ne vont pas marcher au vent », ironise le président de l’association locale.`,
];
const ANSWERS = [
  (n: number) => `La préfecture maritime a proposé une réunion le ${n % 27 + 1} du mois prochain, sans calendrier précis pour la suite.`,
  (n: number) => `Le maire promet une aide de ${n * 10} euros par navire, financée sur le budget annexe du port, en attendant l’État.`,
  (n: number) => `La direction évoque ${n} postes menacés si les tarifs ne baissent pas avant la prochaine campagne de pêche.`,
  (n: number) => `Les élus régionaux annoncent un fonds de ${n} mille euros, jugé dérisoire par les représentants des salariés.`,
];
const CLOSINGS = [
  (n: number) => `Un nouveau rassemblement est annoncé pour samedi, avec ${n} véhicules attendus sur le rond-point de l’entrée de ville.`,
  (n: number) => `Le mouvement compte désormais ${n} adhérents et a ouvert une permanence dans l’ancienne capitainerie.`,
  (n: number) => `En attendant, ${n} bateaux restent à quai et la criée tourne au ralenti.`,
  (n: number) => `Les grévistes se donnent ${n} jours pour obtenir un rendez-vous au ministère avant de durcir le ton.`,
];
const POOL: UnseenSource[] = PORTS.flatMap((port, i) =>
  TRADES.map((trade, j) => ({
    id: `port-${i}-${j}.txt`,
    title: `À ${port}, ${trade} haussent le ton : ${12 + 5 * i + j} jours de conflit et toujours pas d’accord`,
    body: [
      OPENINGS[(i + j) % 4]!(port, trade, 35 + 11 * i + 2 * j),
      QUOTES[(2 * i + j + 1) % 4]!(3 + i + 2 * j),
      ANSWERS[(i + 3 * j) % 4]!(7 + i * j + j),
      CLOSINGS[(3 * i + j + 2) % 4]!(20 + 7 * i + 3 * j),
    ],
  })),
);

const decoded = (bytes: Uint8Array): string => {
  const d = decode(bytes);
  return d.ok ? d.value.text.replace(/\r\n/g, '\n') : '';
};
const wordCount = (l: string): number => l.split(/\s+/).filter(Boolean).length;
const folded = (s: string): string => s.toLocaleLowerCase('fr');

/** The answer with one file's outlet replaced. */
function withOutlet(answer: UnseenResult, file: string, outlet: string | null): UnseenResult {
  return {
    ...answer,
    articles: answer.articles.map((a) => ({ ...a, files: a.files.map((f) => (f.path === file ? { ...f, outlet } : f)) })),
  };
}

describe('unseen-sites v6 evaluation set (frozen)', () => {
  const set = generateUnseenV6(POOL);
  const { manifest } = set;
  const texts = set.files.map((f) => decoded(f.bytes));
  const digests = (files: typeof set.files): string[] => files.map((f) => createHash('sha1').update(f.bytes).digest('hex'));

  it('gives the same files for its seed and other files for another seed', () => {
    const again = generateUnseenV6(POOL);
    expect(again.manifest).toEqual(manifest);
    expect(digests(again.files)).toEqual(digests(set.files));
    expect(digests(generateUnseenV6(POOL, FROZEN_SEED_V6 + 1).files)).not.toEqual(digests(set.files));
  });

  it('stays frozen: templates, wordings and draws give the bytes they gave when the set was frozen', () => {
    const h = createHash('sha256');
    for (const f of set.files) h.update(f.name).update(f.bytes);
    // Changing this digest changes the frozen set: write a v7 instead (see scripts/unseen-sites-v6.ts).
    expect(h.digest('hex').slice(0, 16)).toBe('20b31d22eaa0ba09');
  });

  it('accounts for every file, and writes every expected line into its file', () => {
    expect(manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(manifest.map((m) => m.file)).size).toBe(manifest.length);
    expect(manifest.length).toBeGreaterThanOrEqual(280);
    expect(SITES_V6.length).toBe(12);
    for (const [i, m] of manifest.entries()) {
      if (m.kind === 'junk') continue;
      const text = texts[i]!;
      for (const line of [...m.chrome, ...m.meta, ...m.body]) expect(text, m.file).toContain(line);
      if (m.kind === 'chrome-only') {
        expect([m.body, m.meta, m.title, m.outlet, m.outletEvidence]).toEqual([[], [], null, null, 'none']);
        continue;
      }
      expect(folded(text).includes(folded(m.title!)), m.file).toBe(m.headline);
      if (m.author) expect(folded(text), m.file).toContain(folded(m.author));
    }
    const count = (keep: (m: UnseenEntry) => boolean): number => manifest.filter(keep).length;
    expect([count((m) => m.kind === 'chrome-only'), count((m) => m.kind === 'junk')]).toEqual([3, 6]);
    expect(count((m) => m.kind === 'article' && !m.headline)).toBeGreaterThanOrEqual(15);
    expect(new Set(manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(6);
    for (const site of SITES_V6) {
      const chrome = manifest.filter((m) => m.site === site.id).flatMap((m) => m.chrome);
      expect(chrome.some((l) => wordCount(l) >= 25 && wordCount(l) <= 60), site.id).toBe(true);
    }
  });

  it('shows a relative date only beside an absolute one, whose day is the expected date', () => {
    const relative = manifest.flatMap((m) => m.meta.filter((l) => /\bil y a\b|\bago\b/i.test(l)).map((l) => [m, l] as const));
    expect(relative.length).toBeGreaterThanOrEqual(5);
    for (const [m, line] of relative) {
      expect(line, m.file).toContain(m.publishedAt!.slice(0, 4));
    }
  });

  it('credits real outlets machine-translated both ways, and never prints the canonical name beside a translation', () => {
    const translated = manifest.filter((m) => m.translatedCredit);
    expect(translated.filter((m) => m.lang === 'en').length).toBeGreaterThanOrEqual(6);
    expect(translated.filter((m) => m.lang === 'fr').length).toBeGreaterThanOrEqual(6);
    for (const m of translated) {
      const text = texts[manifest.indexOf(m)]!;
      expect(text, m.file).not.toContain(m.outlet!);
      expect([m.lookalike, m.republisher !== null, m.outletEvidence]).toEqual([false, true, 'credit']);
    }
    // Look-alike names are other outlets: kept as written, on republished copies and on the look-alike site's own pages.
    expect(manifest.filter((m) => m.lookalike && m.republisher !== null).length).toBeGreaterThanOrEqual(15);
    expect(manifest.some((m) => m.lookalike && m.outletEvidence === 'masthead-byline')).toBe(true);
  });

  it('copies a story across sites in several encodings, some of them without a headline', () => {
    const groups = Map.groupBy(manifest.filter((m) => m.kind === 'article'), (m) => m.dup_group);
    const copied = [...groups.values()].filter((g) => new Set(g.map((m) => m.site)).size > 1);
    expect(copied.length).toBeGreaterThanOrEqual(60);
    expect(copied.some((g) => new Set(g.map((m) => m.encoding)).size > 1)).toBe(true);
    expect(copied.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThanOrEqual(15);
  });

  it('follows v2’s outlet convention, each file naming the evidence its outlet comes from', () => {
    expectOutletConvention(manifest, SITES_V6, { bylinedWithoutCredit: ['bare'] });
  });

  it('scores a right answer at 100 %, and sees an untranslated credit, a mapped look-alike, a kept chrome-only page and a split copy', () => {
    const right = rightAnswer(manifest);
    const good = scoreUnseen(manifest, right).scores;
    for (const k of FULL_MARKS) {
      expect(good[k].value, k).toBe(1);
    }
    expect([good.leak.value, good.metaLeak.value, good.republisher?.value]).toEqual([0, 0, 1]);

    // A translated credit answered as printed (its credit line: the meta line naming neither the author nor a date).
    const translated = manifest.find((m) => m.translatedCredit)!;
    const printed = translated.meta.find((l) => !/\d/.test(l) && !(translated.author && l.includes(translated.author)))!;
    expect(printed).toBeTruthy();
    let wrong = withOutlet(right, translated.file, printed);
    // A look-alike mapped onto the outlet whose name it starts with.
    const look = manifest.find((m) => m.lookalike && m.republisher !== null && !m.translatedCredit)!;
    wrong = withOutlet(wrong, look.file, look.outlet!.split(/\s+/).slice(0, 2).join(' '));
    // A copy without headline split off as its own article, titled by its first words.
    const headless = manifest.find((m) => m.kind === 'article' && !m.headline && m !== translated && m !== look)!;
    const articles = wrong.articles.map((a) => ({ ...a, files: a.files.filter((f) => f.path !== headless.file) }));
    articles.push({ title: headless.body[0]!.split(' ').slice(0, 9).join(' '), storyId: 'alone', author: null, publishedAt: null, paragraphs: headless.body, files: [{ path: headless.file, outlet: headless.outlet }] });
    // A chrome-only page kept as an article.
    const empty = manifest.find((m) => m.kind === 'chrome-only')!;
    articles.push({ title: empty.chrome[0]!, storyId: empty.file, author: null, publishedAt: null, paragraphs: empty.chrome.slice(1), files: [{ path: empty.file, outlet: null }] });
    const s = scoreUnseen(manifest, { articles, rejected: wrong.rejected.filter((r) => r.path !== empty.file) }).scores;
    expect(s.accounted.value).toBe(1);
    expect([s.translated.total - s.translated.hit, s.lookalike.total - s.lookalike.hit, s.outlet.total - s.outlet.hit]).toEqual([1, 1, 2]);
    expect(s.titleHeadless.total - s.titleHeadless.hit).toBe(1);
    expect(s.dupRecall.value).toBeLessThan(1);
    expect(s.chromeOnlyRejected.total - s.chromeOnlyRejected.hit).toBe(1);
    expect(s.leak.hit).toBeGreaterThan(0);
  });
});
