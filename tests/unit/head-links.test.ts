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

  it('is passed over when it ends on a single guillemet pointing back (v37, development data)', async () => {
    for (const link of ['Billet précédent ‹', 'Earlier story ‹']) {
      expect(await titles((i) => [`${link} ${HEADS[(i + 5) % HEADS.length]}`, HEADS[i]!]), link).toEqual(HEADS);
    }
    // A headline quoting inside a quote keeps its single guillemets.
    const quoted = 'Le maire : « On m’a répondu ‹ pas cette année › sans un mot de plus »';
    expect(await titles(() => [quoted], 1)).toEqual([quoted]);
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

describe('two head lines that agree on the headline, each with its own tag (v34, development data)', () => {
  it('takes the headline a reminder and a tagged line share', async () => {
    // a reminder above a kicker-led headline, in both languages, kickers changing from page to page
    const kickers = ['Commune', 'Agglo', 'Canton', 'Quartiers', 'Vallée', 'Plateau'];
    expect(await titles((i) => [`Vous lisez : ${HEADS[i]}`, `${kickers[i]} ◈ ${HEADS[i]}`])).toEqual(HEADS);
    expect(await titles((i) => [`You're reading: ${HEADS[i]}`, `${kickers[i]!.toUpperCase()} | ${HEADS[i]}`])).toEqual(HEADS);
  });

  it('reads a breadcrumb that cuts the headline after its own colon', async () => {
    const heads = HEADS.map((h, i) => `Bourg-en-Plaine : ${h.charAt(0).toLowerCase()}${h.slice(1)} (${i + 1})`);
    const cut = (h: string) => `${h.split(' ').slice(0, 4).join(' ')}…`;
    expect(await titles((i) => [`Accueil › Vie locale › ${cut(heads[i]!)}`, `Ponant ⚑ ${heads[i]}`])).toEqual(heads);
  });

  it('passes over a link label above a breadcrumb and the headline', async () => {
    const cut = (h: string) => `${h.split(' ').slice(0, 4).join(' ')}…`;
    expect(await titles((i) => [`Article suivant : ${HEADS[(i + 1) % HEADS.length]}`, `Accueil ⚓ Le Port ⚓ ${cut(HEADS[i]!)}`, HEADS[i]!])).toEqual(HEADS);
  });

  it('passes over a link label above a reminder on one page alone, whatever words the link shares', async () => {
    const cut = (h: string) => `${h.split(' ').slice(0, 4).join(' ')}…`;
    // the link names the same topic as the page (its lead shares the link's words): only the reminder tells
    expect(await titles((i) => [`Read next: ${HEADS[i]!.replace(/^\S+ \S+/u, 'Encore')} cette semaine`, `Vie locale ⚑ Bourg ⚑ ${cut(HEADS[i]!)}`, HEADS[i]!], 1)).toEqual(HEADS.slice(0, 1));
  });

  it('passes over a link label above a short section line and the headline', async () => {
    const sections = ['News › Crime', 'Local › Courts', 'Sport', 'Région › Économie', 'Culture', 'Faits divers'];
    expect(await titles((i) => [`Up next: ${HEADS[(i + 1) % HEADS.length]}`, sections[i]!, HEADS[i]!])).toEqual(HEADS);
  });

  it('keeps a tagged headline repeated word for word, tag and all', async () => {
    const heads = HEADS.map((h) => `Édito : ${h}`);
    expect(await titles((i) => [heads[i]!, heads[i]!], 2)).toEqual(heads.slice(0, 2));
  });
});

describe('a site’s label before a colon, told from a headline’s topic by the folder (v34, development data)', () => {
  /** Titles of the pages of a folder: each page is [head lines…], then a byline, a date and `body(i)`. */
  async function folderTitles(pages: string[][], text: (i: number) => string[] = body): Promise<Map<string, string>> {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-colon-'));
    try {
      for (const [i, head] of pages.entries()) {
        const lines = [...head, 'Par Jeanne Martin', '12 mars 2019 à 10 h 05', ...text(i % HEADS.length)];
        await writeFile(join(dir, `p${String(i).padStart(2, '0')}.txt`), lines.join('\n\n') + '\n');
      }
      const result = await ingestFolder(dir);
      return new Map(result.articles.flatMap((a) => a.files.map((f) => [f.path, a.title] as const)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('strips a label most of whose headlines other pages show bare', async () => {
    for (const label of ['Fil & fuseaux', 'Notre revue de presse', 'Seen elsewhere']) {
      // six pages of a letter putting its label before each headline, four of them copied bare by another site
      const pages = [...HEADS.map((h) => ['LA LETTRE DES DENTELLIÈRES', `${label} : ${h}`]), ...HEADS.slice(0, 4).map((h) => ['LE COURRIER DU CANTON', h])];
      const titles = await folderTitles(pages);
      expect(HEADS.map((_, i) => titles.get(`p${String(i).padStart(2, '0')}.txt`)), label).toEqual(HEADS);
    }
  });

  it('strips a site’s own name before a colon with fewer bare copies', async () => {
    // the site's name stands alone as its masthead on its pages: two of six headlines copied bare suffice
    const pages = [...HEADS.map((h) => ['Harbour Ledger', `Harbour Ledger: ${h}`]), ...HEADS.slice(0, 2).map((h) => ['LE COURRIER DU CANTON', h])];
    const titles = await folderTitles(pages);
    expect(HEADS.map((_, i) => titles.get(`p${String(i).padStart(2, '0')}.txt`))).toEqual(HEADS);
  });

  it('strips a label whose line below is a signature or a date in a wording the parsers do not read (v36, development data)', async () => {
    // A label before a value, above a headline-shaped line, is a label of links: a signature or a date
    // below it is what stands under a page's own headline. Each wording here is new to the byline and
    // date parsers; the pages put it right below the labelled headline.
    const below: readonly ((i: number) => string)[] = [
      (i) => `Annick Le Goff, avec la rédaction du soir (${i})`,
      (i) => `Rowan Pike; edited by the night desk ${i}`,
      () => 'Contribution bénévole : Jeanne Martin',
      (i) => `Quimperlé ⁂ 1${i} de marzo de 2019 ⁂ 10:0${i}`,
    ];
    for (const [b, line] of below.entries()) {
      for (const label of ['Vie des quartiers', 'Campus news']) {
        const pages = [...HEADS.map((h, i) => ['LE FANAL DU CAMPUS', `${label} : ${h}`, line(i)]), ...HEADS.slice(0, 3).map((h) => ['LE COURRIER DU CANTON', h])];
        const titles = await folderTitles(pages);
        expect(HEADS.map((_, i) => titles.get(`p${String(i).padStart(2, '0')}.txt`)), `${label} / ${b}`).toEqual(HEADS);
      }
    }
  });

  it('keeps a topic its headlines keep on their copies', async () => {
    // a topic before six headlines, one of them shown bare once elsewhere; each page's text names the
    // topic, as an article filed under it does (a label its text never names is a site's department)
    const heads = HEADS.map((h) => `Marée noire : ${h.charAt(0).toLowerCase()}${h.slice(1)}`);
    const pages = [...heads.map((h) => ['LA GAZETTE DU BOURG', h]), ['LE COURRIER DU CANTON', HEADS[0]!], ...heads.slice(1, 4).map((h) => ['LE COURRIER DU CANTON', h])];
    const titles = await folderTitles(pages, (i) => [...body(i), `Depuis la marée noire, la commune compte chaque dépense, et ce dossier n’y échappe pas selon l’adjoint chargé des finances (${i}).`]);
    expect(heads.slice(1).map((_, i) => titles.get(`p${String(i + 1).padStart(2, '0')}.txt`))).toEqual(heads.slice(1));
  });

  it('reads a list of contents whose item cuts the headline short in brackets', async () => {
    const cut = (h: string, mark: string) => `${h.split(' ').slice(0, 4).join(' ')}${mark}`;
    expect(await titles((i) => [`Dans ce numéro ✦ ${cut(HEADS[i]!, '[...]')} ✦ la recette ✦ l’agenda`, `Revue ✦ ${HEADS[i]}`], 1)).toEqual(HEADS.slice(0, 1));
    expect(await titles((i) => [`In this issue :: ${cut(HEADS[i]!, ' (…)')} :: letters :: tides`, HEADS[i]!], 1)).toEqual(HEADS.slice(0, 1));
  });

  it('reads a list of contents whose items are numbered as no headline (v37, development data)', async () => {
    expect(await titles((i) => [`Dans ce numéro : 1) ${HEADS[i]} ; 2) ${HEADS[(i + 1) % HEADS.length]} ; 3) le mot du trésorier`, HEADS[i]!])).toEqual(HEADS);
    expect(await titles((i) => [`In this issue: 1. ${HEADS[(i + 2) % HEADS.length]} 2. The treasurer's corner`, HEADS[i]!])).toEqual(HEADS);
    // one number in a headline is no list
    const one = 'Les leçons du scrutin : 1) la gauche recule dans les villes moyennes';
    expect(await titles(() => [one, HEADS[0]!], 1)).toEqual([one]);
  });

  it('reads a ticker of three short fields joined by one separator as no headline', async () => {
    expect(await titles((i) => [`Weather ~ ${20 + i}°C ~ Seas calm ~ BZ$2.00 to the US dollar`, HEADS[i]!], 1)).toEqual(HEADS.slice(0, 1));
    expect(await titles((i) => [`Criée ▸ Bar ${12 + i} €/kg ▸ Sole stable ▸ Port fermé aux petits bateaux`, HEADS[i]!], 1)).toEqual(HEADS.slice(0, 1));
  });

  it('keeps a headline whose parts a dash or a colon joins', async () => {
    const heads = ['Brexit – Londres – Bruxelles : la négociation reprend lundi'];
    expect(await titles(() => [heads[0]!, 'Les deux camps se retrouvent après trois semaines de silence'], 1)).toEqual(heads);
  });

  it('reads a bar of fields joined by a doubled slash as no headline', async () => {
    // on one page alone, in both languages
    expect(await titles((i) => [`Vent : ${40 + i} km/h de nord-ouest // Prochain navire : dans ${i + 3} jours // Menu du soir : soupe`, HEADS[i]!], 1)).toEqual(HEADS.slice(0, 1));
    expect(await titles((i) => [`Tide: ${i + 2}.4 m, high at 6.12am /// Ferry: on time /// Roads: clear`, HEADS[i]!], 1)).toEqual(HEADS.slice(0, 1));
  });
});
