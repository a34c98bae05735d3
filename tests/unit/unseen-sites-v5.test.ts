/** The frozen unseen-sites v5 set: deterministic, every file accounted for, v2's outlet convention, a scorer that sees wrong answers. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V5, SITES_V5, generateUnseenV5 } from '../../scripts/unseen-sites-v5.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decode } from '../../src/ingest/decode.ts';
import { rightAnswer as perfect, FULL_MARKS, expectOutletConvention } from './unseen-answers.ts';

/** Invented articles (no corpus text): small towns and the things their residents queue, march or petition for. */
const TOWNS = ['Montmorillon', 'Saint-Affrique', 'Lodève', 'Clamecy', 'Ruffec', 'Bressuire', 'Loudéac', 'Gourdon', 'Mauriac', 'Nogent-le-Rotrou', 'Langres', 'Castelsarrasin', 'Oloron', 'Sézanne', 'Aubusson'];
const CAUSES = ['la ligne de bus vers la gare', 'les urgences de nuit', 'le marché couvert', 'la piscine intercommunale', 'le guichet de la caisse d’allocations', 'le prix du gazole', 'le passage à niveau', 'la maternité', 'le collège rural', 'le centre des impôts', 'la halte-garderie', 'le tribunal d’instance', 'le relais de téléphonie', 'la desserte ferroviaire'];
/** Sentence banks: each article draws one variant per paragraph, so that unrelated articles are not near-duplicates. */
const LEADS = [
  (t: string, c: string, n: number) => `Ils étaient ${n} sous la pluie, vendredi en fin d’après-midi, sur le parvis de la sous-préfecture de ${t}, pour défendre ${c}.`,
  (t: string, c: string, n: number) => `À ${t}, le sort réservé à ${c} a rassemblé ${n} personnes samedi, une affluence que personne n’avait vue depuis la fermeture de l’usine.`,
  (t: string, c: string, n: number) => `Le collectif né à ${t} cet automne a réuni ${n} signataires en dix jours pour obtenir un moratoire sur ${c}.`,
  (t: string, c: string, n: number) => `Depuis lundi, ${n} habitants de ${t} se relaient devant la mairie, où une tente a été dressée pour parler de ${c}.`,
  (t: string, c: string, n: number) => `Une réunion publique sur ${c} a attiré ${n} participants mercredi soir à ${t}, dans une salle des fêtes pleine à craquer.`,
];
const VOICES = [
  (k: number) => `« On nous demande toujours de faire plus de kilomètres pour la même chose », lâche un chauffeur routier qui habite le quartier depuis ${k} ans.`,
  (k: number) => `Une aide-soignante résume : « Après ${k} ans de service, je vois les choses se dégrader chaque hiver un peu plus. »`,
  (k: number) => `« Ce n’est pas une question de droite ou de gauche », insiste un commerçant installé sur la grand-rue depuis ${k} ans.`,
  (k: number) => `Un lycéen de ${k % 5 + 15} ans a pris la parole au micro : « Mes parents ne pourront pas toujours m’emmener en voiture. »`,
  (k: number) => `« J’ai fait ${k} kilomètres ce matin pour une simple démarche », raconte une retraitée, dossier cartonné sous le bras.`,
];
const REPLIES = [
  'La direction régionale assure que la décision répond à des contraintes budgétaires et promet un bilan d’étape avant l’été, sans s’engager sur la suite.',
  'Le député de la circonscription a demandé un rendez-vous au ministère et dit attendre des garanties écrites plutôt que des promesses orales.',
  'À la préfecture, on rappelle qu’un comité de suivi a été créé et qu’aucune fermeture ne sera prononcée sans consultation des élus concernés.',
  'Le président de la communauté de communes évoque une solution transitoire, financée pour dix-huit mois, le temps de trouver un nouvel exploitant.',
  'Les syndicats jugent les annonces insuffisantes et préparent une journée d’action commune avec les associations d’usagers du département.',
];
const ENDS = [
  (n: number) => `Les organisateurs donnent rendez-vous dans quinze jours et espèrent dépasser les ${n} participants.`,
  (n: number) => `Une motion sera soumise au conseil municipal ; ${n} élus des communes voisines ont déjà promis de la soutenir.`,
  (n: number) => `Un courrier signé par ${n} familles doit partir cette semaine vers le cabinet du ministre.`,
  (n: number) => `Le prochain rassemblement est fixé au premier samedi du mois, avec ${n} banderoles déjà peintes par les enfants du centre social.`,
  (n: number) => `Faute de réponse, ${n} usagers menacent de saisir le défenseur des droits d’ici la fin de l’année.`,
];
const POOL: UnseenSource[] = TOWNS.flatMap((town, i) =>
  CAUSES.map((cause, j) => ({
    id: `town-${i}-${j}.txt`,
    title: `${town} : la mobilisation grandit autour de ${cause}, ${40 + 3 * i + j} jours après l’annonce`,
    body: [
      LEADS[(i + 2 * j) % 5]!(town, cause, 60 + 9 * i + j),
      VOICES[(3 * i + j) % 5]!(8 + i + j),
      REPLIES[(i + j + 2) % 5]!,
      ENDS[(2 * i + 3 * j + 1) % 5]!(120 + 13 * i * j),
    ],
  })),
);

const textOf = (bytes: Uint8Array): string => {
  const d = decode(bytes);
  return d.ok ? d.value.text.replace(/\r\n/g, '\n') : '';
};
const words = (l: string): number => l.split(/\s+/).filter(Boolean).length;
const lower = (s: string): string => s.toLocaleLowerCase('fr');

describe('unseen-sites v5 evaluation set (frozen)', () => {
  const set = generateUnseenV5(POOL);
  const md5 = (files: typeof set.files): string[] => files.map((f) => createHash('md5').update(f.bytes).digest('hex'));

  it('gives the same files for its seed and other files for another seed', () => {
    const again = generateUnseenV5(POOL);
    expect(again.manifest).toEqual(set.manifest);
    expect(md5(again.files)).toEqual(md5(set.files));
    expect(md5(generateUnseenV5(POOL, FROZEN_SEED_V5 + 1).files)).not.toEqual(md5(set.files));
  });

  it('stays frozen: templates, wordings and draws give the bytes they gave when the set was frozen', () => {
    const h = createHash('sha256');
    for (const f of set.files) h.update(f.name).update(f.bytes);
    // Changing this digest changes the frozen set: write a v6 instead (see scripts/unseen-sites-v5.ts).
    expect(h.digest('hex').slice(0, 16)).toBe('b4669edabf123f30');
  });

  it('accounts for every file, and writes every expected line into its file', () => {
    expect(set.manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(set.files.map((f) => f.name)).size).toBe(set.files.length);
    expect(set.files.length).toBeGreaterThanOrEqual(280);
    expect(SITES_V5.length).toBe(11);
    for (const [i, m] of set.manifest.entries()) {
      if (m.kind === 'junk') continue;
      const text = textOf(set.files[i]!.bytes);
      for (const line of [...m.chrome, ...m.meta, ...m.body]) expect(text, m.file).toContain(line);
      if (m.kind === 'chrome-only') {
        expect([m.body, m.meta, m.title, m.outlet, m.outletEvidence]).toEqual([[], [], null, null, 'none']);
        continue;
      }
      // Headlines may carry a prefix or suffix, and bylines may be in capitals: compare case-blind.
      expect(lower(text).includes(lower(m.title!)), m.file).toBe(m.headline);
      if (m.author) expect(lower(text), m.file).toContain(lower(m.author));
      if (m.translatedCredit) expect(text, m.file).not.toContain(m.outlet!);
    }
    const count = (keep: (m: UnseenEntry) => boolean): number => set.manifest.filter(keep).length;
    expect(count((m) => m.kind === 'chrome-only')).toBe(3);
    expect(count((m) => m.kind === 'junk')).toBe(6);
    expect(count((m) => m.translatedCredit && m.lang === 'en')).toBeGreaterThanOrEqual(8);
    expect(count((m) => m.translatedCredit && m.lang === 'fr')).toBeGreaterThanOrEqual(5);
    expect(count((m) => m.lookalike && m.republisher !== null)).toBeGreaterThanOrEqual(15);
    expect(count((m) => m.kind === 'article' && !m.headline)).toBeGreaterThanOrEqual(15);
    expect(new Set(set.manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(6);
    for (const site of SITES_V5) {
      const chrome = set.manifest.filter((m) => m.site === site.id).flatMap((m) => m.chrome);
      expect(chrome.some((l) => words(l) >= 25 && words(l) <= 60), site.id).toBe(true);
    }
  });

  it('copies a story across sites in several encodings, some of them without a headline', () => {
    const groups = Map.groupBy(set.manifest.filter((m) => m.kind === 'article'), (m) => m.dup_group);
    const copied = [...groups.values()].filter((g) => new Set(g.map((m) => m.site)).size > 1);
    expect(copied.length).toBeGreaterThanOrEqual(60);
    expect(copied.some((g) => new Set(g.map((m) => m.encoding)).size > 1)).toBe(true);
    expect(copied.filter((g) => g.some((m) => m.headline) && g.some((m) => !m.headline)).length).toBeGreaterThanOrEqual(15);
  });

  it('follows v2’s outlet convention, each file naming the evidence its outlet comes from', () => {
    expectOutletConvention(set.manifest, SITES_V5, { bylinedWithoutCredit: ['bare'] });
  });

  it('scores a perfect ingest at 100 %, and sees a mapped look-alike, a lost headless title and a kept chrome-only page', () => {
    const { manifest } = set;
    const good = scoreUnseen(manifest, perfect(manifest)).scores;
    for (const k of FULL_MARKS) {
      expect(good[k].value, k).toBe(1);
    }
    expect([good.leak.value, good.metaLeak.value, good.republisher?.value]).toEqual([0, 0, 1]);

    const wrong = perfect(manifest);
    const articles = [...wrong.articles];
    // A look-alike credit mapped onto the known outlet its name starts with ("Le Monde diplomatique" → "Le Monde").
    const look = manifest.find((m) => m.lookalike && m.republisher !== null)!;
    const at = articles.findIndex((a) => a.files.some((f) => f.path === look.file));
    const short = look.outlet!.split(' ').slice(0, 2).join(' ');
    articles[at] = { ...articles[at]!, files: articles[at]!.files.map((f) => (f.path === look.file ? { ...f, outlet: short } : f)) };
    // A headless copy split off on its own, titled with its first words.
    const headless = manifest.find((m) => m.kind === 'article' && !m.headline)!;
    const from = articles.findIndex((a) => a.files.some((f) => f.path === headless.file));
    articles[from] = { ...articles[from]!, files: articles[from]!.files.filter((f) => f.path !== headless.file) };
    articles.push({ title: headless.body[0]!.split(' ').slice(0, 10).join(' '), storyId: 'split', author: null, publishedAt: null, paragraphs: headless.body, files: [{ path: headless.file, outlet: headless.outlet }] });
    // A chrome-only page kept as an article.
    const junk = manifest.find((m) => m.kind === 'chrome-only')!;
    articles.push({ title: junk.chrome[0]!, storyId: junk.file, author: null, publishedAt: null, paragraphs: junk.chrome.slice(1), files: [{ path: junk.file, outlet: null }] });
    const s = scoreUnseen(manifest, { articles, rejected: wrong.rejected.filter((r) => r.path !== junk.file) }).scores;
    expect(s.accounted.value).toBe(1);
    expect([s.lookalike.total - s.lookalike.hit, s.outlet.total - s.outlet.hit]).toEqual([1, 1]);
    expect([s.title.total - s.title.hit, s.titleHeadless.total - s.titleHeadless.hit]).toEqual([1, 1]);
    expect(s.dupRecall.value).toBeLessThan(1);
    expect(s.chromeOnlyRejected.total - s.chromeOnlyRejected.hit).toBe(1);
    expect(s.leak.hit).toBeGreaterThan(0);
  });
});
