/** The frozen unseen-sites v4 set: deterministic, every file accounted for, v2's outlet convention, a scorer that sees wrong answers. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FROZEN_SEED_V4, SITES_V4, generateUnseenV4 } from '../../scripts/unseen-sites-v4.ts';
import type { UnseenSource } from '../../scripts/unseen-sites.ts';
import { scoreUnseen, type UnseenEntry } from '../../src/eval/unseen-sites.ts';
import { decode } from '../../src/ingest/decode.ts';
import { rightAnswer as perfect, FULL_MARKS, expectOutletConvention } from './unseen-answers.ts';

/** Invented articles (no corpus text): mountain villages and their public services, long words for the PDF's hyphenation. */
const VILLAGES = ['Aiguilles', 'Ceillac', 'Abriès', 'Molines', 'Névache', 'Vallouise', 'Réallon', 'Orcières', 'Ancelle', 'Chaillol', 'Valgaudemar', 'Pelvoux', 'Freissinières', 'Arvieux', 'Risoul', 'Vars'];
const SERVICES = ['le bureau de poste', 'l’école communale', 'la navette scolaire', 'le cabinet médical', 'la pharmacie', 'la gendarmerie', 'la trésorerie', 'le déneigement', 'la station-service', 'la maternité', 'la perception', 'la ligne de car', 'le centre de secours', 'la bibliothèque', 'la crèche'];
/** Sentence banks: each article draws one variant per paragraph, so that unrelated articles are not near-duplicates. */
const OPENINGS = [
  (v: string, s: string, n: number) => `Près de ${n} habitants de ${v} se sont rassemblés samedi matin devant la mairie pour protester contre la fermeture annoncée de ${s}, une décision jugée incompréhensible par les élus.`,
  (v: string, s: string, n: number) => `Mardi soir, la salle polyvalente de ${v} était trop petite pour accueillir les ${n} personnes venues dire leur colère face à la disparition programmée de ${s}.`,
  (v: string, s: string, n: number) => `Banderoles accrochées aux balcons et klaxons dans la rue principale : ${v} a manifesté dimanche, à ${n}, son refus de voir partir ${s}.`,
  (v: string, s: string, n: number) => `Le maire de ${v} a reçu jeudi une délégation de ${n} administrés inquiets, après la lettre recommandée annonçant l’avenir incertain de ${s}.`,
  (v: string, s: string, n: number) => `C’est une première depuis des décennies : ${n} villageois de ${v} ont bloqué pacifiquement le carrefour pour défendre ${s}.`,
];
const QUOTES = [
  (y: number) => `« Nous avons déjà perdu la boulangerie et le distributeur automatique, il ne nous restera bientôt plus que l’église », s’indigne une retraitée installée dans la commune depuis ${y} ans.`,
  (y: number) => `« Quand la neige tombe, descendre dans la vallée prend une heure, parfois davantage », rappelle un moniteur de ski qui fait l’aller-retour quotidiennement depuis ${y} hivers.`,
  (y: number) => `Un agriculteur, éleveur de brebis depuis ${y} ans, résume l’état d’esprit général : « On nous explique que tout se fera par internet, mais ici le réseau décroche dès qu’il pleut. »`,
  (y: number) => `« Mes enfants sont partis travailler à Grenoble, je reste seule et sans voiture », confie une ancienne institutrice de ${60 + y} ans rencontrée sur la place du marché.`,
  (y: number) => `La gérante du camping, présente depuis ${y} saisons, craint surtout pour les touristes : « L’été, nous triplons notre population, et personne ne semble l’avoir remarqué. »`,
];
const ANSWERS = [
  'Le conseil départemental affirme que la réorganisation permettra des économies substantielles, mais les syndicats redoutent un allongement considérable des trajets pendant les mois d’enneigement.',
  'Interrogée, la direction régionale évoque une fréquentation en baisse constante et promet des permanences itinérantes, une solution que les opposants jugent largement insuffisante.',
  'Du côté de la préfecture, on assure qu’aucune décision définitive n’a été arrêtée et qu’une concertation s’ouvrira au printemps avec l’ensemble des communes concernées.',
  'Les parlementaires du département ont écrit au ministre pour réclamer un moratoire, en rappelant les engagements pris lors de la dernière conférence nationale des territoires ruraux.',
  'L’intercommunalité propose de reprendre une partie des missions dans une maison de services publics, mais son financement au-delà de deux ans reste parfaitement hypothétique.',
];
const CLOSINGS = [
  (n: number) => `Une pétition a recueilli ${n} signatures en une semaine ; les opposants promettent de la remettre en personne au préfet avant la fin du trimestre.`,
  (n: number) => `Un nouveau rassemblement est prévu le mois prochain, et ${n} foyers ont déjà annoncé qu’ils feraient le déplacement jusqu’au chef-lieu.`,
  (n: number) => `Le collectif, qui revendique ${n} adhérents, envisage désormais un recours devant le tribunal administratif si la fermeture était confirmée.`,
  (n: number) => `En attendant, ${n} courriers ont été envoyés à l’Élysée, accompagnés de dessins réalisés par les écoliers du canton.`,
  (n: number) => `Le conseil municipal votera lundi une motion de soutien, la troisième en ${n % 12 + 2} ans sur un sujet comparable.`,
];
const POOL: UnseenSource[] = VILLAGES.flatMap((village, i) =>
  SERVICES.map((service, j) => ({
    id: `village-${i}-${j}.txt`,
    title: `À ${village}, les habitants se mobilisent pour sauver ${service} menacé de fermeture en ${2019 + ((i + j) % 4)}`,
    body: [
      OPENINGS[(i + j) % 5]!(village, service, 80 + 7 * i + j),
      QUOTES[(2 * i + 3 * j) % 5]!(12 + j),
      ANSWERS[(3 * i + j + 1) % 5]!,
      CLOSINGS[(i + 4 * j + 2) % 5]!(300 + 11 * i * j),
    ],
  })),
);

const textOf = (bytes: Uint8Array): string => {
  const d = decode(bytes);
  return d.ok ? d.value.text.replace(/\r\n/g, '\n') : '';
};
/** The text with a PDF converter's line wrapping undone (a hyphen at a line's end joins the word's halves). */
const unwrapped = (text: string): string => text.replace(/-\n/g, '').replace(/\n/g, ' ');
const words = (l: string): number => l.split(/\s+/).filter(Boolean).length;

describe('unseen-sites v4 evaluation set (frozen)', () => {
  const set = generateUnseenV4(POOL);
  const digests = (files: typeof set.files): string[] => files.map((f) => createHash('md5').update(f.bytes).digest('hex'));

  it('gives the same files for its seed and other files for another seed', () => {
    const again = generateUnseenV4(POOL);
    expect(again.manifest).toEqual(set.manifest);
    expect(digests(again.files)).toEqual(digests(set.files));
    expect(digests(generateUnseenV4(POOL, FROZEN_SEED_V4 + 1).files)).not.toEqual(digests(set.files));
  });

  it('stays frozen: templates, wordings and draws give the bytes they gave when the set was frozen', () => {
    const h = createHash('sha256');
    for (const f of set.files) h.update(f.name).update(f.bytes);
    // Changing this digest changes the frozen set: write a v5 instead (see scripts/unseen-sites-v4.ts).
    expect(h.digest('hex').slice(0, 16)).toBe('5d5341a2a4ae5f7c');
  });

  it('accounts for every file, and writes every expected line into its file', () => {
    expect(set.manifest.map((m) => m.file)).toEqual(set.files.map((f) => f.name));
    expect(new Set(set.files.map((f) => f.name)).size).toBe(set.files.length);
    expect(set.files.length).toBeGreaterThan(300);
    expect(SITES_V4.length).toBe(12);
    for (const [i, m] of set.manifest.entries()) {
      if (m.kind === 'junk') continue;
      const text = textOf(set.files[i]!.bytes);
      for (const line of [...m.chrome, ...m.meta]) expect(text, m.file).toContain(line);
      // The PDF export wraps and hyphenates its paragraphs: they are whole once the wrapping is undone.
      const bodyText = m.site === 'argus-veille' ? unwrapped(text) : text;
      for (const para of m.body) expect(bodyText, m.file).toContain(para);
      if (m.kind === 'chrome-only') {
        expect([m.body, m.meta, m.title, m.outlet]).toEqual([[], [], null, null]);
        continue;
      }
      // Headlines may be shown in capitals or with a prefix or suffix: compare case-blind.
      expect(text.toLocaleLowerCase('fr').includes(m.title!.toLocaleLowerCase('fr')), m.file).toBe(m.headline);
      if (m.author) expect(text, m.file).toContain(m.author);
      if (m.translatedCredit) expect(text, m.file).not.toContain(m.outlet!);
    }
    const pdf = set.manifest.filter((m) => m.site === 'argus-veille' && m.kind === 'article');
    expect(pdf.some((m, k) => m.body.some((para) => !textOf(set.files[set.manifest.indexOf(pdf[k]!)]!.bytes).includes(para)))).toBe(true);
    const count = (keep: (m: UnseenEntry) => boolean): number => set.manifest.filter(keep).length;
    expect(count((m) => m.kind === 'chrome-only')).toBeGreaterThanOrEqual(6);
    expect(count((m) => m.kind === 'junk')).toBeGreaterThanOrEqual(6);
    expect(count((m) => m.translatedCredit)).toBeGreaterThanOrEqual(15);
    expect(count((m) => m.lookalike)).toBeGreaterThanOrEqual(20);
    expect(count((m) => m.kind === 'article' && !m.headline)).toBeGreaterThanOrEqual(15);
    expect(new Set(set.manifest.map((m) => m.encoding)).size).toBeGreaterThanOrEqual(6);
    for (const site of SITES_V4) {
      const chrome = set.manifest.filter((m) => m.site === site.id).flatMap((m) => m.chrome);
      expect(chrome.some((l) => words(l) >= 25 && words(l) <= 60), site.id).toBe(true);
    }
  });

  it('follows v2’s outlet convention, each file naming the evidence its outlet comes from', () => {
    expectOutletConvention(set.manifest, SITES_V4, { bylinedWithoutCredit: ['bare'] });
  });

  it('scores a perfect ingest at 100 %, and sees a mapped look-alike, a title cut from the lead and a kept chrome-only page', () => {
    const { manifest } = set;
    const good = scoreUnseen(manifest, perfect(manifest)).scores;
    for (const k of FULL_MARKS) {
      expect(good[k].value, k).toBe(1);
    }
    expect([good.leak.value, good.metaLeak.value, good.republisher?.value]).toEqual([0, 0, 1]);

    const wrong = perfect(manifest);
    const articles = [...wrong.articles];
    const look = manifest.find((m) => m.lookalike && m.kind === 'article' && m.republisher !== null)!;
    const at = articles.findIndex((a) => a.files.some((f) => f.path === look.file));
    const known = look.outlet!.split(' ').slice(0, 2).join(' ');
    articles[at] = {
      ...articles[at]!,
      title: articles[at]!.paragraphs[0]!.split(' ').slice(0, 12).join(' '),
      files: articles[at]!.files.map((f) => (f.path === look.file ? { ...f, outlet: known } : f)),
    };
    const junk = manifest.find((m) => m.kind === 'chrome-only')!;
    articles.push({ title: junk.chrome[0]!, storyId: junk.file, author: null, publishedAt: null, paragraphs: junk.chrome.slice(1), files: [{ path: junk.file, outlet: null }] });
    const s = scoreUnseen(manifest, { articles, rejected: wrong.rejected.filter((r) => r.path !== junk.file) }).scores;
    expect(s.accounted.value).toBe(1);
    expect([s.lookalike.total - s.lookalike.hit, s.outlet.total - s.outlet.hit]).toEqual([1, 1]);
    expect(s.title.total - s.title.hit).toBe(articles[at]!.files.length);
    expect(s.chromeOnlyRejected.total - s.chromeOnlyRejected.hit).toBe(1);
    expect(s.leak.hit).toBeGreaterThan(0);
  });
});
