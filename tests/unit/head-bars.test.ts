/**
 * Classes found on the v30 development sites (after it stopped being frozen), each tested with invented
 * wordings, in both languages: a status bar whose items are "label : value" with values that change from
 * page to page (joined by a pictogram, or by dashes when every item has its label), long enough to look
 * like a paragraph, or standing under a masthead; a rubric before a colon in another language than the
 * headline (ending on a figure too); a day-only date beside a copy's date to the minute; bylines crediting
 * two crafts ("Story and photos by X") or naming where the reporter was ("Par X au stade Y"); a masthead the
 * page names below the title beside a copyright that names its company; credits with a verb of taking
 * ("Article emprunté aux Échos", "Lifted from X") and thanks before a contracted article ("Merci au X");
 * dates whose clock comes first after a cue, and zones written out with their abbreviation in brackets; a
 * source label set apart by any spaced symbol ("Source rédactionnelle ❖ X").
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRepublishCredit, siteEvidence } from '../../src/ingest/attribution.ts';
import { buildChromeEvidence, removeChrome } from '../../src/ingest/chrome/index.ts';
import { extractMetaLines, parseByline, parseDateLine } from '../../src/ingest/metadata.ts';
import { ingestFolder } from '../../src/ingest/pipeline.ts';
import { buildTitleEvidence, coreHeadline, stripSitePrefix } from '../../src/ingest/title.ts';
import type { Line, Removal } from '../../src/ingest/types.ts';

const asLines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));
const LEAD = (k: number) =>
  `Le conseil communautaire a adopté ${k + 4} délibérations mardi soir, dont la rénovation de la halle et un nouveau plan de circulation pour le bourg, après ${k + 2} heures de débat.`;
const NEXT = (k: number) => `La séance a réuni ${k + 20} élus ; le budget de l'année prochaine sera voté en mars, a précisé le président de l'intercommunalité.`;
const HEADS = [
  'La halle du marché rouvre ses portes',
  'La piscine intercommunale ferme pour travaux',
  'Un nouveau vice-président élu au conseil',
  'Le festival des cornemuses annule sa soirée',
  'La ligne de car 12 prolongée jusqu’au port',
  'Les commerçants inquiets avant les fêtes',
];

describe('a status bar of labelled items whose values change', () => {
  const VALUES = [['ouverte', 'fermée (verglas)', 'alternée'], ['reprise lundi', 'arrêt technique', 'campagne finie'], ['à l’heure', 'annulé', 'retard 20 min']];
  // Two invented sites: one joins its items with a pictogram, the other with dashes; each item keeps its label.
  const bars = (k: number) => [
    `Route du col : ${VALUES[0]![k % 3]} ✧ Coopérative laitière : ${VALUES[1]![(k + 1) % 3]} ✧ Car de 7 h : ${VALUES[2]![(k + 2) % 3]}`,
    `Harbour ferry: ${['on time', 'cancelled (gale)', 'Saturday only'][k % 3]} – Fish auction: ${['from 6 am', 'closed today', 'moved to the quay'][(k + 1) % 3]} – Town library: ${['open late', 'closed Monday'][k % 2]}`,
  ];
  const pages = HEADS.flatMap((h, k) =>
    bars(k).map((bar, site) => [site ? 'THE QUAYSIDE NEWS' : 'LE RÉVEIL DU PLATEAU', site ? 'Home | Town | Harbour' : 'Accueil | Communes | Agenda', bar, h, LEAD(k + site), NEXT(k)]),
  );
  const evidence = buildChromeEvidence(pages.map(asLines));

  it('takes the bar out on every page, whatever its values, and keeps the headline', () => {
    for (const p of pages) {
      const { kept, removed } = removeChrome(asLines(p), evidence);
      expect(removed.map((r) => r.line.text), p[2]).toContain(p[2]);
      expect(kept.map((l) => l.text), p[2]).toContain(p[3]);
    }
  });

  it('keeps a headline that opens on a topic and ends on its site\'s name, though both recur at the heads', () => {
    // A topic many headlines open on ("Grève :") and a site suffix: one labelled part only.
    const heads = HEADS.map((h) => `Grève : ${h.toLowerCase()} · Le Réveil du Plateau`);
    const site = heads.map((h, k) => ['LE RÉVEIL DU PLATEAU', 'Accueil | Communes | Agenda', h, LEAD(k), NEXT(k)]);
    const ev = buildChromeEvidence(site.map(asLines));
    for (const p of site) expect(removeChrome(asLines(p), ev).kept[0]!.text).toBe(p[2]);
  });

  it('keeps a headline with a dash and a colon of its own', () => {
    const p = ['LE RÉVEIL DU PLATEAU', 'Accueil | Communes | Agenda', 'Grève des cars : la région cède – et après ?', LEAD(1), NEXT(1)];
    const ev = buildChromeEvidence([...pages.map(asLines), asLines(p)]);
    expect(removeChrome(asLines(p), ev).kept[0]!.text).toBe(p[2]);
  });

  it('takes a bar of many items for a bar, not for the first paragraph, and one under a masthead too', () => {
    const long = (k: number) =>
      `Prix du blé tendre : ${180 + k} €/t ◆ Silo de la coopérative : ${['réception jusqu’à 19 h', 'fermé samedi', 'pesée en panne'][k % 3]} ◆ Foire aux bestiaux de Saint-Flour : ${['mardi dès 7 h', 'annulée (neige)', 'sous la halle'][k % 3]}`;
    // The masthead alone, with no menu under it: the title reading meets it first.
    const farm = HEADS.map((h, k) => ['LA GAZETTE DES ÉPIS', long(k), h, LEAD(k), NEXT(k)]);
    const ev = buildChromeEvidence(farm.map(asLines));
    for (const p of farm) {
      const { kept } = removeChrome(asLines(p), ev);
      expect(kept.map((l) => l.text), p[1]).not.toContain(p[1]);
      expect(kept.map((l) => l.text)).toContain(p[2]);
    }
  });

  it('keeps a dateline before the lead whose parts recur in the article\'s copies', () => {
    const lead = 'Les délégués de quelque 190 pays réunis à Bonn ont adopté samedi les règles d’application de l’accord, après deux semaines de négociations difficiles.';
    const copies = [0, 1, 2, 3, 4].map((k) => [`THE SITE ${'ABCDE'[k]} NEWS`, 'Accords de Bonn : le texte adopté', `BONN | ${lead}`, NEXT(k)]);
    const ev = buildChromeEvidence(copies.map(asLines));
    for (const p of copies) expect(removeChrome(asLines(p), ev).kept.map((l) => l.text)).toContain(p[2]);
  });
});

describe('a rubric before a colon in another language than the headline', () => {
  const frenchHeads = HEADS;
  const englishHeads = ['Harbour ferry cancelled for the whole week', 'New mayor sworn in at the town hall', 'Library to stay open late in June', 'Fish auction moves to the old quay', 'Storm damage repaired on the coast road', 'School bus line extended to the port'];
  const folder = (rubric: string, heads: readonly string[], bare: readonly string[]) => [
    ...heads.map((h, k) => asLines(['THE SITE', `${rubric}: ${h}`, LEAD(k), NEXT(k)])),
    // Another site shows some of those headlines bare (copies).
    ...bare.map((h, k) => asLines(['AUTRE SITE', h, LEAD(k + 7), NEXT(k + 7)])),
  ];

  it('is the site\'s rubric on all its pages, a figure at its end or not', () => {
    for (const [rubric, heads] of [['Seen from Halifax', frenchHeads], ['Over the Top 40', frenchHeads], ['Vu de Genève', englishHeads]] as const) {
      const ev = buildTitleEvidence(folder(rubric, heads, heads.slice(0, 2)));
      for (const h of heads) expect(stripSitePrefix(`${rubric}: ${h}`, ev), rubric).toBe(h);
    }
  });

  it('needs no bare copy in the folder when it is in another language than every headline it opens', () => {
    const ev = buildTitleEvidence(folder('From the Maritimes', frenchHeads, []));
    for (const h of frenchHeads) expect(stripSitePrefix(`From the Maritimes: ${h}`, ev)).toBe(h);
    const series = buildTitleEvidence(folder('La chronique du jeudi', frenchHeads, []));
    expect(stripSitePrefix(`La chronique du jeudi: ${frenchHeads[1]}`, series)).toBe(`La chronique du jeudi: ${frenchHeads[1]}`);
  });
  it('stays when rubric and headline are in one language: a column\'s name no other page shows bare, a topic the text names', () => {
    // A column's name: its text does not name it, but no copy elsewhere drops it.
    const column = buildTitleEvidence(folder('La chronique du jeudi', frenchHeads, []));
    expect(stripSitePrefix(`La chronique du jeudi: ${frenchHeads[3]}`, column)).toBe(`La chronique du jeudi: ${frenchHeads[3]}`);
    // A topic: two of its headlines shown bare elsewhere, but each page's text names what it is about.
    for (const [topic, named] of [['Gilets jaunes', 'les gilets jaunes'], ['Marée noire', 'la marée noire'], ['Grève au port', 'la grève au port']] as const) {
      const pages = [
        ...frenchHeads.map((h, k) => asLines(['THE SITE', `${topic}: ${h}`, `${LEAD(k)} Le sujet de ${named} a aussi été abordé.`, NEXT(k)])),
        ...frenchHeads.slice(0, 2).map((h, k) => asLines(['AUTRE SITE', h, LEAD(k + 7), NEXT(k + 7)])),
      ];
      expect(stripSitePrefix(`${topic}: ${frenchHeads[3]}`, buildTitleEvidence(pages)), topic).toBe(`${topic}: ${frenchHeads[3]}`);
    }
  });

  it('is the site\'s department when its pages\' text does not name it and another page shows one of its headlines bare (v36, development data)', () => {
    // A department stands before articles on anything ("Vie des quartiers : <a pool's closing>"); one
    // bare copy elsewhere says the label is no part of the headline. A column's name read the same way
    // is taken for the site's once its headlines stand bare elsewhere.
    for (const [rubric, heads] of [['Vie des quartiers', frenchHeads], ['Économie et métiers', frenchHeads], ['Business desk', englishHeads], ['La chronique du jeudi', frenchHeads]] as const) {
      const ev = buildTitleEvidence(folder(rubric, heads, heads.slice(0, 1)));
      for (const h of heads) expect(stripSitePrefix(`${rubric}: ${h}`, ev), rubric).toBe(h);
    }
  });

  it('is the one copy\'s addition when the other copies show the headline bare, its rubric ending on a figure', () => {
    expect(coreHeadline(['South of 49: La halle du marché rouvre ses portes', 'La halle du marché rouvre ses portes', 'La halle du marché rouvre ses portes'])).toBe('La halle du marché rouvre ses portes');
    expect(coreHeadline(['Vu de la route 66 : Harbour ferry cancelled for the whole week', 'Harbour ferry cancelled for the whole week'])).toBe('Harbour ferry cancelled for the whole week');
    // One language on both sides: the topic is the headline's own, no copy's decoration.
    expect(coreHeadline(['Brexit : la halle du marché rouvre ses portes', 'la halle du marché rouvre ses portes'])).toBeNull();
  });
});

describe('a day-only date beside a copy dated to the minute', () => {
  it('dates the article to the minute, whichever copy is shown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-day-only-'));
    const body = [LEAD(1), NEXT(1), `Le président a rappelé que ${LEAD(2).toLowerCase()}`];
    // The longest copy, shown, prints its day only; a shorter one gives the time.
    await writeFile(join(dir, 'a.txt'), ['La halle du marché rouvre ses portes', 'Mercredi 6 mars 2024', ...body, 'Un paragraphe de plus, propre à ce site, qui rend cette copie la plus longue des deux sans changer l’article.'].join('\n\n'));
    await writeFile(join(dir, 'b.txt'), ['La halle du marché rouvre ses portes', 'Publié le 06/03/2024 à 14h35', ...body].join('\n\n'));
    // A copy dated another day does not lend its time.
    await writeFile(join(dir, 'c.txt'), ['Le pont fermé aux camions jusqu’en mars', 'Jeudi 7 mars 2024', LEAD(5), NEXT(5), 'Un paragraphe de plus, propre à ce site, qui rend cette copie la plus longue des deux sans changer l’article.'].join('\n\n'));
    await writeFile(join(dir, 'd.txt'), ['Le pont fermé aux camions jusqu’en mars', 'Publié le 09/03/2024 à 10h05', LEAD(5), NEXT(5)].join('\n\n'));
    const r = await ingestFolder(dir);
    await rm(dir, { recursive: true, force: true });
    const halle = r.articles.find((a) => a.title.startsWith('La halle'))!;
    expect(halle.files).toHaveLength(2);
    expect(halle.publishedAt).toBe('2024-03-06T14:35:00+01:00');
    const pont = r.articles.find((a) => a.title.startsWith('Le pont'))!;
    expect(pont.files).toHaveLength(2);
    expect(pont.publishedAt).toBe('2024-03-07T00:00:00+01:00');
  });
});

describe('bylines of two crafts, or with the place the reporter filed from', () => {
  const author = (line: string) => parseByline(line)?.author ?? null;
  it('reads the writer after two crafts joined by "and" / "et"', () => {
    expect(author('Words and pictures by Sam Hill')).toBe('Sam Hill');
    expect(author('Texte et dessins de Marie Curie')).toBe('Marie Curie');
    expect(author('Report and photos by Ama Mensah and Kofi Boateng')).toBe('Ama Mensah and Kofi Boateng');
  });
  it('never takes a photographer alone for the writer', () => {
    expect(author('Pictures by Sam Hill')).toBeNull();
  });
  it('leaves out a place after a preposition, in lower case too, and keeps a name\'s particles', () => {
    expect(author('Par Jean Dupont au palais des sports')).toBe('Jean Dupont');
    expect(author('Par Awa Diop aux abords du stade Léopold-Senghor')).toBe('Awa Diop');
    expect(author('By Jane Roe at the town hall')).toBe('Jane Roe');
    expect(author('Par Anne Roux en direct de Kiev')).toBe('Anne Roux');
    expect(author('Par Anne de Sainte-Croix')).toBe('Anne de Sainte-Croix');
  });
});

describe('a masthead the page names below the title, beside a copyright that names its company', () => {
  const removal = (n: number, text: string, reason = 'chrome:recurring'): Removal => ({ line: { n, text }, reason });
  it('names the site by its masthead, in either language', () => {
    const french = [
      removal(2, 'L’ÉCHO DES ABERS'),
      removal(3, 'Accueil | Communes | Mer | Agenda', 'chrome:navigation'),
      removal(30, 'L’Écho des Abers est imprimé à Lannilis et distribué dans quinze communes du pays des Abers.'),
      removal(32, '© 2020 Les Éditions des Abers SARL — Lannilis — Tous droits réservés', 'chrome:copyright'),
    ];
    expect(siteEvidence(french, 6).siteName).toBe('L’Écho des Abers');
    const english = [
      removal(1, 'THE MOOSE JAW BUGLE'),
      removal(2, 'Home | City | Farm | Sports', 'chrome:navigation'),
      removal(40, 'If you enjoy The Moose Jaw Bugle, tell a neighbour about us.'),
      removal(42, '© 2021 The Prairie Printing Company | Main Street North', 'chrome:copyright'),
    ];
    expect(siteEvidence(english, 5).siteName?.toUpperCase()).toBe('THE MOOSE JAW BUGLE');
  });
  it('keeps the copyright\'s name when nothing below the title names the masthead', () => {
    const page = [removal(2, 'LA FEUILLE DU CANTON'), removal(40, '© 2020 Les Éditions du Canton — Tous droits réservés', 'chrome:copyright')];
    expect(siteEvidence(page, 5).siteName).toBe('Les Éditions du Canton');
  });
});

describe('credits with a verb of taking, and thanks before a contracted article', () => {
  const credit = (line: string) => parseRepublishCredit(line)?.name ?? null;
  it('reads the publisher a piece was taken from, in either language', () => {
    expect(credit('Chronique empruntée au Nouvelliste')).toBe('Le Nouvelliste');
    expect(credit('Texte pris à La Croix avec son accord')).toBe('La Croix');
    expect(credit('Borrowed, with thanks, from The Irish Times')).toBe('The Irish Times');
    expect(credit('Lifted from The Guardian with permission')).toBe('The Guardian');
    expect(credit('Merci aux Échos pour cet article')).toBe('Les Échos');
  });
  it('reads the page\'s own piece pointed at by where it stands ("le texte ci-contre", "the story above")', () => {
    expect(credit('L’article ci-dessous provient de La Croix.')).toBe('La Croix');
    expect(credit('Le texte ci-dessus est tiré du Devoir')).toBe('Le Devoir');
    expect(credit('Le tableau ci-contre est extrait du rapport de la Cour des comptes.')).toBeNull();
  });
  it('reads a notice of the agreement the page reprints under, not an agreement in the news', () => {
    expect(credit('By arrangement with The Hindu.')).toBe('The Hindu');
    expect(credit('En accord avec Le Nouvelliste.')).toBe('Le Nouvelliste');
    expect(credit('Avec l’accord du Quotidien jurassien')).toBe('Le Quotidien jurassien');
    expect(credit('Accord avec l’Iran')).toBeNull();
    expect(credit('Avec l’accord de Bruxelles')).toBeNull();
    expect(credit('En accord avec Emmanuel Macron')).toBeNull();
  });
  it('reads the publisher that ran the piece first, said in a main clause with a pronoun for the piece', () => {
    expect(credit('Le Journal de Kigali l’a publié en premier.')).toBe('Le Journal de Kigali');
    expect(credit('The Harbour Courier ran it first; we translated it.')).toBe('The Harbour Courier');
    expect(credit('Le maire l’a publié en premier sur Facebook.')).toBeNull();
    expect(credit('Apple published it first, then Samsung followed.')).toBeNull();
  });
  it('reads no credit in news sentences that use the same verbs', () => {
    expect(credit('Alain Finkielkraut pris à partie par des manifestants à Paris')).toBeNull();
    expect(credit('Taken from his home at dawn, the suspect was questioned by police in Lyon.')).toBeNull();
    expect(credit('Extrait de la lettre de Macron aux Français')).toBeNull();
    expect(credit('Un vers emprunté à Victor Hugo')).toBeNull();
    expect(credit('Le ballon repris au Paris Saint-Germain par Lyon')).toBeNull();
  });
});

describe('an article copied on several sites, one copy each', () => {
  // Six invented sites of five pages; each signs its pages with its own notice, and each carries one copy
  // of the same interview, whose short questions recur in six files with the sites' chrome around them.
  const SITES = ['Le Réveil du Plateau', 'The Quayside News', 'La Gazette des Épis', 'Radio Bocage', 'The Moose Jaw Bugle', 'L’Écho des Abers'];
  const QUESTIONS = ['Que vous a inspiré la décision du conseil municipal de mardi soir ?', 'What did the harbour master tell the fishermen after the storm last week?'];
  const interview = [
    'Le maire a reçu les représentants des commerçants du centre pendant deux heures lundi, sans trouver d’accord sur le plan de circulation.',
    QUESTIONS[0]!,
    'Nous avons été surpris, mais nous attendons de lire la délibération avant de répondre, explique la présidente de l’association.',
    QUESTIONS[1]!,
    'He said the quay would reopen on Monday, and that the insurers would send an expert before the end of the month.',
  ];
  const own = (site: number, k: number) => [LEAD(site * 5 + k), NEXT(site * 5 + k)];
  const notice = (site: number) => `${SITES[site]} est édité par une association de bénévoles ; abonnez-vous pour soutenir l’information locale.`;
  const pages = SITES.flatMap((_, site) => [
    // (Each copy with a line of its own between the paragraphs: the site's pointer to another page.)
    [SITES[site]!.toUpperCase(), 'L’entretien de la semaine', ...interview.slice(0, 2), `${HEADS[site]!}, notre autre sujet du jour, à lire plus bas sur cette page`, ...interview.slice(2), notice(site)],
    ...[0, 1, 2, 3].map((k) => [SITES[site]!.toUpperCase(), HEADS[k]!, ...own(site, k), notice(site)]),
  ]);
  const evidence = buildChromeEvidence(pages.map(asLines));

  it('keeps the copied article\'s short paragraphs in every copy, and takes each site\'s notice out', () => {
    for (const [i, p] of pages.entries()) {
      const kept = removeChrome(asLines(p), evidence).kept.map((l) => l.text);
      if (i % 5 === 0) for (const q of QUESTIONS) expect(kept, `${SITES[i / 5]}`).toContain(q);
      expect(kept).not.toContain(p.at(-1));
    }
  });
});

describe('dates with the clock first, and zones written out before their abbreviation', () => {
  const published = (line: string) => parseDateLine(line)?.published ?? null;
  it('reads a clock before the date after a cue, whatever joins them and however the hour is written', () => {
    expect(published('Filed 9:12 PM EST · Wednesday, Mar. 6, 2024')).toBe('2024-03-06T21:12:00-05:00');
    expect(published('Posted 9:12 AM, Tuesday, April 2, 2024')).toBe('2024-04-02T09:12:00+02:00');
    expect(published('Publié à 9 h 12 – mercredi 6 mars 2024')).toBe('2024-03-06T09:12:00+01:00');
  });
  it('reads the zone a line writes out even with its abbreviation after it', () => {
    expect(published('Wednesday 6 Mar 2024 – 09:12 Atlantic Standard Time (AST)')).toBe('2024-03-06T09:12:00-04:00');
    expect(published('Mercredi 6 mars 2024 – 9 h 12, heure normale de Terre-Neuve (HNT)')).toBe('2024-03-06T09:12:00-03:30');
  });
  it('reads no date in a sentence that opens on a time', () => {
    expect(published('À 9 h 12, les pompiers sont arrivés sur place et ont évacué les habitants du quartier.')).toBeNull();
  });
});

describe('a source label set apart by any spaced symbol', () => {
  const source = (line: string) =>
    extractMetaLines(asLines(['La halle du marché rouvre ses portes', line, LEAD(1), NEXT(1)])).meta.sourceOutlet;
  it('reads the outlet after the label, whatever symbol sets it apart', () => {
    expect(source('Source ✦ Le Télégramme')).toBe('Le Télégramme');
    expect(source('Sources | The Irish Times')).toBe('The Irish Times');
    expect(source('Source éditoriale ▸ Ouest-France')).toBe('Ouest-France');
  });
  it('reads no source line where the label does not open the line', () => {
    expect(source('Les pêcheurs ✦ Source du Loch : nouvelle saison')).toBeNull();
  });
});

describe('a line pasted between the paragraphs of unrelated articles', () => {
  // Six invented pages, each with an article of its own and a sponsored line of 16 words between two of
  // its paragraphs; their mastheads differ, so no site group holds them.
  const AD = 'Contenu sponsorisé ⁂ Envoyez de l’argent à votre famille au pays, frais de transfert offerts tout ce mois-ci';
  const TOWNS = ['Murat', 'Salers', 'Riom', 'Allanche', 'Condat', 'Mauriac'];
  const own = (k: number) => [
    `${TOWNS[k]} et les ${k + 3} communes du canton ont voté mardi un budget commun pour l’entretien des routes de montagne.`,
    `À ${TOWNS[(k + 1) % 6]}, le président de la communauté de communes a défendu un effort de ${k + 10} % sur l’investissement.`,
    `${TOWNS[(k + 2) % 6]} accueillera la prochaine séance, le ${k + 5} mars : le ramassage scolaire et la piscine seront au programme.`,
  ];
  const pages = HEADS.map((h, k) => [`LE JOURNAL ${'ABCDEF'[k]}`, h, own(k)[0]!, AD, own(k)[1]!, own(k)[2]!]);
  const evidence = buildChromeEvidence(pages.map(asLines));
  it('goes from every page, whatever its length, and the articles stay whole', () => {
    for (const p of pages) {
      const kept = removeChrome(asLines(p), evidence).kept.map((l) => l.text);
      expect(kept).not.toContain(AD);
      for (const para of p.slice(2).filter((t) => t !== AD)) expect(kept).toContain(para);
    }
  });

  it('goes as a full sentence too, a notice in either language, unless it reports (v36, development data)', () => {
    const notices = [
      'La Gazette des Estives vit des seules cotisations de ses adhérents ; les avis publiés dans ces colonnes engagent leurs signataires et non le bureau.',
      'Consignes d’hiver : les chaînes sont obligatoires sur la route du col, et tout agent doit signaler son départ au poste de garde avant de partir.',
      'This newsletter is paid for by its members alone; the views printed in it belong to their writers and not to the committee that runs it.',
    ];
    for (const notice of notices) {
      const withNotice = HEADS.map((h, k) => [`LE JOURNAL ${'ABCDEF'[k]}`, h, own(k)[0]!, notice, own(k)[1]!, own(k)[2]!]);
      const ev = buildChromeEvidence(withNotice.map(asLines));
      for (const p of withNotice) {
        const kept = removeChrome(asLines(p), ev).kept.map((l) => l.text);
        expect(kept, notice).not.toContain(notice);
        for (const para of p.slice(2).filter((t) => t !== notice)) expect(kept).toContain(para);
      }
    }
    // A quote or a reported sentence a newsroom repeats in its own articles stays.
    for (const quote of [
      '« Nous ne lâcherons rien tant que la ligne ne sera pas rouverte », a déclaré le président du collectif des usagers mardi soir.',
      'The line will stay closed until the spring at least, according to the regional council, which has not yet found the money for the works.',
    ]) {
      const withQuote = HEADS.map((h, k) => [`LE JOURNAL ${'ABCDEF'[k]}`, h, own(k)[0]!, quote, own(k)[1]!, own(k)[2]!]);
      const ev = buildChromeEvidence(withQuote.map(asLines));
      for (const p of withQuote) expect(removeChrome(asLines(p), ev).kept.map((l) => l.text), quote).toContain(quote);
    }
  });
});

describe('a site\'s insert whose item is long', () => {
  // Invented pages of one site: between two paragraphs, a label and a classified ad of some twenty words.
  const ADS = [
    'Loue studio meublé au bord du lac, proche de la gare et des commerces, libre en mars',
    'Vends barque en bois de cinq mètres avec ses rames et un moteur neuf, visible au ponton',
    'Cherche personne sérieuse pour garder deux enfants le mercredi après-midi et pendant les vacances',
    'Donne chatons sevrés et vaccinés, très affectueux, à réserver auprès de la mairie ou par téléphone',
  ];
  const pages = HEADS.slice(0, 4).map((h, k) => ['LE RÉVEIL DU PLATEAU', h, LEAD(k), `Les petites annonces des lecteurs ⟡ ${ADS[k]}`, NEXT(k)]);
  const evidence = buildChromeEvidence(pages.map(asLines));
  it('goes on every page, the paragraphs around it stay', () => {
    for (const p of pages) {
      const kept = removeChrome(asLines(p), evidence).kept.map((l) => l.text);
      expect(kept).not.toContain(p[3]);
      expect(kept).toContain(p[2]);
      expect(kept).toContain(p[4]);
    }
  });
});

describe('a counter line that ends on a quoted word (v36, development data)', () => {
  // Six invented pages of one site, each with an article of its own and a reactions line whose count
  // changes from page to page; the line closes on a quoted word, with no sentence punctuation.
  const TOWNS = ['Saint-Flour', 'Chaudes-Aigues', 'Pierrefort', 'Ruynes', 'Neuvéglise', 'Massiac'];
  const NEEDS = ['une halle rénovée', 'un cabinet médical', 'une école agrandie', 'une salle des fêtes', 'un gîte communal', 'une crèche'];
  const FUNDERS = ['la région', 'le département', 'l’État', 'la communauté de communes', 'un mécène local', 'l’Europe'];
  const own = (k: number) => [
    `${TOWNS[k]} a inauguré samedi ${NEEDS[k]}, attendue depuis ${k + 3} ans par les habitants du plateau.`,
    `${FUNDERS[k]!.charAt(0).toUpperCase()}${FUNDERS[k]!.slice(1)} en a payé la moitié, soit ${k + 3}00 000 euros, pour ${NEEDS[(k + 3) % 6]} aussi.`,
    `${TOWNS[(k + 1) % 6]} et ${TOWNS[(k + 2) % 6]} pourraient suivre l’exemple d’ici ${2020 + k}, a conclu l’adjoint aux travaux.`,
  ];
  for (const counter of [(k: number) => `Lecteurs ⊹ ${k * 7 + 2} mentions « bravo » ⊹ ${k + 1} « merci »`, (k: number) => `Readers ~ ${k * 5 + 1} found it “helpful”`]) {
    it(`goes from every page with its count read alike: ${counter(0)}`, () => {
      const pages = HEADS.map((h, k) => ['LA FEUILLE DU PLATEAU', h, own(k)[0]!, counter(k), own(k)[1]!, own(k)[2]!, '© La Feuille du Plateau']);
      const evidence = buildChromeEvidence(pages.map(asLines));
      for (const [k, p] of pages.entries()) {
        const kept = removeChrome(asLines(p), evidence).kept.map((l) => l.text);
        expect(kept).not.toContain(counter(k));
        for (const para of own(k)) expect(kept).toContain(para);
      }
    });
  }
});


describe('a bar of figures longer than a short line (v37, development data)', () => {
  // Six invented pages of one site: a bar of three fields whose figures change from page to page,
  // longer than the twelve words a line's numbers are read alike within, above each page's headline.
  const TOWNS = ['Saint-Christophe', 'Bourganeuf', 'Felletin', 'Boussac', 'Chénérailles', 'Ahun'];
  const own = (k: number) => [
    `${TOWNS[k]} accueillera en ${['mars', 'avril', 'mai', 'juin', 'juillet', 'août'][k]} la foire aux bestiaux, la première depuis ${k + 4} ans selon le comité.`,
    `${['Les éleveurs', 'Les négociants', 'Les bouchers', 'Les élus', 'Les vétérinaires', 'Les transporteurs'][k]} attendent ${k + 2}00 visiteurs et une quarantaine d’exposants venus de tout le département.`,
  ];
  for (const bar of [
    (k: number) => `Marché aux bestiaux de Guéret : broutard ${k + 2},${k + 1}0 € le kg vif - génisse ${k + 1},8${k} € - Vent d’ouest : ${k * 7 + 12} km/h`,
    (k: number) => `Fish market at Killybegs: mackerel ${k + 1}.${k + 2}0 GBP a kilo ~ herring 0.${k + 5}5 GBP a kilo ~ Swell: ${k + 1}.5 m every ${k + 6} s`,
  ]) {
    it(`goes from every page, its figures read alike: ${bar(0)}`, () => {
      const pages = HEADS.map((h, k) => ['LA FEUILLE DES FOIRES', bar(k), h, own(k)[0]!, own(k)[1]!, '© La Feuille des Foires']);
      const evidence = buildChromeEvidence(pages.map(asLines));
      for (const [k, p] of pages.entries()) {
        const kept = removeChrome(asLines(p), evidence).kept.map((l) => l.text);
        expect(kept).not.toContain(bar(k));
        expect(kept).toContain(HEADS[k]);
        for (const para of own(k)) expect(kept).toContain(para);
      }
    });
  }
  it('keeps a headline with two figures that one page shows', () => {
    const headline = 'Foire de Guéret : 1 200 bêtes vendues et 35 exposants venus de 4 départements samedi';
    const pages = HEADS.map((h, k) => ['LA FEUILLE DES FOIRES', k === 2 ? headline : h, own(k)[0]!, own(k)[1]!, '© La Feuille des Foires']);
    const evidence = buildChromeEvidence(pages.map(asLines));
    expect(removeChrome(asLines(pages[2]!), evidence).kept.map((l) => l.text)).toContain(headline);
  });
});
