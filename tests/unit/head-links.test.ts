/**
 * Lines above the headline that point elsewhere or repeat it, each tested with invented pages in both
 * languages: a site label before another page's headline ("Article suivant : …", "Up next: …", "←
 * Précédent : …"), read by agreement across the folder (the headline below is one another page links
 * to); a reminder of the headline ("Vous lisez : …", "You are reading: …") and a breadcrumb ending on
 * the headline cut short, on one page alone. Guards: a topic before each headline of a site ("Marée
 * noire : …") above a standfirst, an e-mail's subject above its standfirst, and a rubric headline above
 * a standfirst that opens on the same words.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/pipeline.ts';

const HEADS = [
  'La halle du marché rouvre ses portes après deux ans de travaux',
  'Le conseil municipal vote la gratuité des transports scolaires',
  'Une nouvelle boulangerie ouvre dans le quartier de la gare',
  'Les pompiers volontaires manquent de bras cet hiver',
  'Le festival de jazz annonce sa programmation estivale',
  'La piscine intercommunale fermée trois semaines pour vidange',
];
/** Standfirsts without a full stop, each opening on other words. */
const STANDFIRSTS = [
  'Les commerçants attendent ce moment depuis longtemps',
  'Une décision saluée par les parents d’élèves',
  'Le boulanger vient de la région lyonnaise',
  'Seize volontaires seulement pour tout le canton',
  'Trois concerts gratuits sur la place centrale',
  'Réouverture prévue au début des vacances',
];
/** What each headline is about, as its lead names it (a page's headline names what its lead tells). */
const TOPICS = ['la halle du marché, qui rouvre ses portes', 'la gratuité des transports scolaires, votée par le conseil municipal', 'la boulangerie qui ouvre près de la gare', 'les pompiers volontaires, qui manquent de bras', 'le festival de jazz et sa programmation', 'la piscine intercommunale, fermée pour vidange'];
const body = (i: number): string[] => [
  `Le dossier de ${TOPICS[i]}, a occupé les élus mardi soir : le projet numéro ${i + 3} doit aboutir d’ici l’été prochain, après ${i + 2} années de concertation.`,
  `Le chantier coûtera ${120 + i * 7} 000 euros, dont la moitié à la charge de la communauté de communes, a précisé le maire lors de la séance publique.`,
  `Les riverains pourront donner leur avis lors d’une réunion prévue dans ${i + 2} semaines à la salle des fêtes, où les plans seront exposés.`,
];

/** Titles of a folder of pages, by file, each page: masthead, menu, `head(i)` lines, byline, date, body. */
async function titles(head: (i: number) => string[], count = HEADS.length, text: (i: number) => string[] = body): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosque-links-'));
  try {
    for (let i = 0; i < count; i++) {
      const lines = ['LA GAZETTE DU BOURG', 'Accueil | Vie locale | Sports | Agenda', ...head(i), 'Par Jeanne Martin', '12 mars 2019 à 10 h 05', ...text(i), '© La Gazette du Bourg 2019'];
      await writeFile(join(dir, `p${i}.txt`), lines.join('\n\n') + '\n');
    }
    const result = await ingestFolder(dir);
    return result.articles.sort((a, b) => a.files[0]!.path.localeCompare(b.files[0]!.path)).map((a) => a.title);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('a site label before another page’s headline', () => {
  it('is passed over where the headline below is one another page links to', async () => {
    for (const link of ['Article suivant :', 'Up next:', '← Précédent :', 'À lire ensuite ›']) {
      expect(await titles((i) => [`${link} ${HEADS[(i + 1) % HEADS.length]}`, HEADS[i]!]), link).toEqual(HEADS);
    }
  });

  it('is passed over where it names articles outside the folder, which the page’s lead does not tell', async () => {
    const elsewhere = [
      'Le club de rugby recrute un entraîneur venu de Bayonne',
      'Storm warning lifted for the northern coast after a quiet night',
      'La médiathèque prolonge ses horaires le samedi',
      'Council approves new cycle lanes along the harbour road',
      'Un incendie détruit un hangar agricole près du lac',
      'Local bakery wins regional prize for its sourdough',
    ];
    for (const link of ['Up next:', 'Article suivant :']) {
      expect(await titles((i) => [`${link} ${elsewhere[i]}`, HEADS[i]!]), link).toEqual(HEADS);
    }
  });

  it('stays a topic where it opens each page’s own headline above a standfirst', async () => {
    const topical = HEADS.map((h) => `Marée noire : ${h.charAt(0).toLowerCase()}${h.slice(1)}`);
        expect(await titles((i) => [topical[i]!, STANDFIRSTS[i]!])).toEqual(topical);
  });

  it('stays a site’s tag before its headlines where one page opens its text on a question that names other things', async () => {
    const tagged = HEADS.map((h) => `Vie du bourg — ${h}`);
    // an interview: its first question and answer name neither the hall nor the market
    const interview = ['Que vous a inspiré la réunion de mardi avec les habitants ?', 'La réunion de mardi avec les habitants m’a inspiré de l’espoir : beaucoup de questions, et une vraie envie de participer.', 'Nous organiserons une autre rencontre avant la fin du mois.'];
    expect(await titles((i) => [tagged[i]!], HEADS.length, (i) => (i === 0 ? interview : body(i)))).toEqual(tagged);
  });

  it('stays the headline in an e-mail whose subject line names it above a standfirst', async () => {
    const got = await titles((i) => [`Objet : ${HEADS[i]}`, STANDFIRSTS[i]!], 5);
    for (const [i, t] of got.entries()) expect(t).toContain(HEADS[i]!);
  });
});

describe('a reminder of the headline above it', () => {
  it('is passed over on one page alone, in French and in English', async () => {
    expect(await titles(() => [`Vous lisez : ${HEADS[0]}`, HEADS[0]!], 1)).toEqual([HEADS[0]]);
    expect(await titles(() => [`You are reading: ${HEADS[1]}`, HEADS[1]!], 1)).toEqual([HEADS[1]]);
  });

  it('is passed over as a breadcrumb ending on the headline cut short, with the masthead above it', async () => {
    expect(await titles(() => [`Accueil › Vie locale › ${HEADS[2]!.slice(0, 30)}…`, HEADS[2]!], 1)).toEqual([HEADS[2]]);
    expect(await titles(() => [`Home > Local news > ${HEADS[3]!.slice(0, 28)}...`, HEADS[3]!], 1)).toEqual([HEADS[3]]);
  });

  it('is no reminder when the line below only opens on the same words, uncut', async () => {
    const got = await titles(() => ['Gilets jaunes : la mobilisation faiblit', 'La mobilisation faiblit encore à Lyon et dans la région'], 1);
    expect(got).toEqual(['Gilets jaunes : la mobilisation faiblit']);
  });
});

describe('a site’s note in braces after each headline', () => {
  it('is the site’s decoration, as a note in brackets or parentheses is', async () => {
    for (const note of ['{traduction automatique}', '{machine translation}', '{version abrégée}']) {
      expect(await titles((i) => [`${HEADS[i]} ${note}`]), note).toEqual(HEADS);
    }
  });

  it('stays in a headline that holds braces on one page only', async () => {
    const odd = 'Le tarif des cantines adopté par le conseil {mis à jour}';
    expect(await titles((i) => [i === 0 ? odd : HEADS[i]!])).toEqual([odd, ...HEADS.slice(1)]);
  });
});
