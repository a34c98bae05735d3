/**
 * Classes found on the v24 development sites, each tested with the line that showed it and with wordings
 * and languages that did not: a date or a clock is no outlet's name, a copyright's name ends at a spaced
 * middle dot, bylines with a role set apart or capitalised as a title, "… pour / for X" bylines, a cue in
 * another language before a slash, "supplied by" and partner credits, a consent notice and its buttons
 * above a masthead, a colon rubric one copy sets before the headline the others show bare; dates with a
 * North American clock (month first), in universal time written "TU", a clock before an ordinal day, and
 * one date in two languages either side of a slash.
 */
import { describe, expect, it } from 'vitest';
import { creditName, parseRepublishCredit, siteEvidence } from '../../src/ingest/attribution.ts';
import { bylineName, extractMetaLines, parseByline, parseDateLine, splitTitle } from '../../src/ingest/metadata.ts';
import { buildChromeEvidence, removeChrome } from '../../src/ingest/chrome/index.ts';
import { coreHeadline } from '../../src/ingest/title.ts';
import type { Removal } from '../../src/ingest/types.ts';

describe('a date or a clock after a credit cue is no outlet', () => {
  it('reads no name out of a publication time, in either language and any format', () => {
    const dates = [
      'Original publication: 2019-01-02 17:20 UTC',
      'Première publication : 02/01/2019 à 17 h 20 HNE',
      'Originally published: Jan 2, 2019 17:20 GMT',
      'Publié initialement le 12.03.2021, 08:15 CET',
      'First published on Tue 5 March 2019 at 9.40am GMT+1',
    ];
    for (const line of dates) expect(parseRepublishCredit(line), line).toBeNull();
  });
  it('still reads names that hold a figure', () => {
    expect(parseRepublishCredit('Publié initialement par France 24')?.name).toBe('France 24');
    expect(parseRepublishCredit('Originally published in 20 Minutes')?.name).toBe('20 Minutes');
  });
});

describe('a copyright line names its owner up to a spaced middle dot or bullet', () => {
  it('leaves the address and the legal words after the dot out', () => {
    expect(creditName('© 2019 Leeside Ledger · Patrick Street, Cork · All rights reserved')).toBe('Leeside Ledger');
    expect(creditName('Copyright 2020 • Hebdo du Causse • 12 rue Haute, Millau')).toBe('Hebdo du Causse');
    expect(creditName('© La Gazette de Thiers · tous droits réservés')).toBe('La Gazette de Thiers');
  });
});

describe('bylines', () => {
  const author = (line: string) => parseByline(line)?.author ?? null;
  it('reads a name before a role set apart by a bar, capitalised as a title or with an inclusive ending', () => {
    expect(author('Salma Bennani | Europe Correspondent')).toBe('Salma Bennani');
    expect(author('Marie Durand | Chief Political Writer')).toBe('Marie Durand');
    expect(author('Róisín Ní Bhriain, correspondant(e) en Wallonie picarde')).toBe('Róisín Ní Bhriain');
    expect(author('Anna Keller, rédacteur(rice) au Seeland')).toBe('Anna Keller');
  });
  it('does not take two names, or two rubrics, for a name and a role', () => {
    expect(author('Jean Dupont | Marie Curie')).toBeNull();
    expect(author('Politique | Économie')).toBeNull();
  });
  it('reads "name, pour / for" the newsroom or the outlet the person wrote for', () => {
    expect(author('Moussa Issoufou Abdou, pour le site d’origine')).toBe('Moussa Issoufou Abdou');
    expect(parseByline('Jane Smith for The Guardian')).toEqual({ author: 'Jane Smith', outlets: ['The Guardian'], published: null });
    expect(parseByline('Anna Keller pour Le Temps')).toEqual({ author: 'Anna Keller', outlets: ['Le Temps'], published: null });
    expect(author('Jean Dupont for the original website')).toBe('Jean Dupont');
  });
  it('leaves a headline about a person and a cause alone', () => {
    expect(parseByline('Emmanuel Macron pour une réforme')).toBeNull();
    expect(parseByline('Nicolas Hulot pour la planète')).toBeNull();
  });
  it('reads a byline whose cue is written in two languages, a few words before the slash', () => {
    expect(author('Skrivet gant / Écrit par Lukas Gerber')).toBe('Lukas Gerber');
    expect(author('Geschrieben von / Written by Anna Keller')).toBe('Anna Keller');
    expect(author('Scritto da / Écrit par Marco Rossi')).toBe('Marco Rossi');
    expect(parseByline('Europe / Monde')).toBeNull();
  });
});

describe('credits of a supplier or a partner', () => {
  it('reads "supplied by" credits, with a twin in another language after a slash', () => {
    expect(parseRepublishCredit('Contenu fourni par RFI / Inhalt von RFI')?.name).toBe('RFI');
    expect(parseRepublishCredit('Contenu fourni par 24 heures')?.name).toBe('24 heures');
    expect(parseRepublishCredit('Content supplied by Le Temps')?.name).toBe('Le Temps');
  });
  it('reads a partner named after a possessive', () => {
    expect(parseRepublishCredit('Avec nos partenaires du Parisien')?.name).toBe('Le Parisien');
    expect(parseRepublishCredit('Avec nos partenaires de La Gazette du Val')?.name).toBe('La Gazette du Val');
  });
  it('reads no list of partners as one partner', () => {
    expect(parseRepublishCredit('Avec nos partenaires du Soir et de La Libre')).toBeNull();
  });
  it('leaves news sentences with the same words in the body', () => {
    expect(parseRepublishCredit('Nos partenaires du Monde ont révélé que le ministre a menti dans cette affaire depuis des mois, selon plusieurs sources concordantes au ministère')).toBeNull();
    expect(parseRepublishCredit('Les pièces fournies par un fournisseur espagnol ne sont pas arrivées.')).toBeNull();
  });
});

describe('the masthead under a consent notice', () => {
  const removal = (n: number, text: string, reason = 'chrome:recurring'): Removal => ({ line: { n, text }, reason });
  it('skips the notice the template rule took and its buttons, in English and in French', () => {
    const english = [
      removal(1, 'Leeside Ledger values your privacy. We and our partners process personal data such as cookie identifiers to measure advertising. You can withdraw consent at any time.'),
      removal(2, 'I agree'),
      removal(3, 'Show purposes'),
      removal(5, 'LEESIDE LEDGER'),
      removal(33, '© 2019 Leeside Ledger · Patrick Street, Cork · All rights reserved', 'chrome:copyright'),
    ];
    expect(siteEvidence(english, 9).siteName).toBe('Leeside Ledger');
    const french = [
      removal(1, 'Nous et nos partenaires utilisons des traceurs pour mesurer l’audience de ce site. Vous pouvez retirer votre consentement à tout moment.'),
      removal(2, 'Tout refuser'),
      removal(3, 'Je choisis'),
      removal(4, 'RADIO BOCAGE'),
      removal(40, '© 2021 Radio Bocage · 4 place de la Halle, Vire', 'chrome:copyright'),
    ];
    expect(siteEvidence(french, 8).siteName).toBe('Radio Bocage');
  });
});

describe('coreHeadline', () => {
  it('takes a colon rubric in another language than the headline, which the other copies show bare, for decoration', () => {
    const bare = "L'industrie automobile touchée par les gilets jaunes";
    expect(coreHeadline([`Dispatch from France: ${bare}`, bare])).toBe(bare);
    const english = 'Carmakers hit by the yellow vest blockades for a third week';
    expect(coreHeadline([`Vu de la presse française : ${english}`, english, english])).toBe(english);
  });
  it('keeps a topic before a colon in the headline\'s own language: a site that drops it shortened the headline', () => {
    const bare = 'la conductrice qui a écrasé une manifestante en Savoie a été mise en examen';
    expect(coreHeadline([`Gilets jaunes : ${bare}`, bare])).toBeNull();
  });
  it('keeps titles that differ by more than a rubric apart', () => {
    expect(coreHeadline(['Brexit: le Parlement britannique rejette l’accord de Theresa May', 'Le Parlement britannique vote'])).toBeNull();
  });
});

describe('dates', () => {
  const published = (line: string) => parseDateLine(line)?.published ?? null;
  it('reads the month first on a numeric date under a clock of the United States or English Canada', () => {
    expect(published('Posted 12/04/2018 at 2:44 a.m. PT')).toBe('2018-12-04T02:44:00-08:00');
    expect(published('Filed 11/05/2020, 08:30 CT')).toBe('2020-11-05T08:30:00-06:00');
    expect(parseDateLine('Updated 03/07/2019 5:10 PM EST')?.updated).toBe('2019-03-07T17:10:00-05:00');
  });
  it('keeps the day first elsewhere, and when the first figure cannot be a month', () => {
    expect(published('Publié le 12/04/2018 à 14:05')).toBe('2018-04-12T14:05:00+02:00');
    expect(published('Publié le 12/04/2018 à 14:05 HNE')).toBe('2018-04-12T14:05:00-04:00');
    expect(published('Posted 25/01/2019 at 12:39 p.m. PT')).toBe('2019-01-25T12:39:00-08:00');
  });
  it('reads "TU" (temps universel) as universal time', () => {
    expect(published('Niamey, 25.02.2019 à 08:54 TU')).toBe('2019-02-25T08:54:00+00:00');
    expect(published('Dakar, le 3 mars 2019 à 17h10 TU')).toBe('2019-03-03T17:10:00+00:00');
  });
  it('reads a clock before a day written as an ordinal', () => {
    expect(published('Published at 7.26pm GMT on 18th February 2019')).toBe('2019-02-18T19:26:00+00:00');
    expect(published('Posted at 9:05 am GMT on 3rd March 2019')).toBe('2019-03-03T09:05:00+00:00');
  });
  it('reads one date in two languages either side of a slash, from the half it can read', () => {
    expect(published("Embannet d'an 11 a viz C'hwevrer 2019 / Publié le 11 février 2019, 14h33")).toBe('2019-02-11T14:33:00+01:00');
    expect(published('Gepubliceerd op 3 maart / Publié le 3 mars 2021, 09h05')).toBe('2021-03-03T09:05:00+01:00');
    expect(parseDateLine('3 mars 2019 / 4 mars 2019')).toBeNull();
  });
});

describe('more credits of where a piece comes from', () => {
  const credited = (line: string) => parseRepublishCredit(line)?.name ?? null;
  it('reads the publisher of "the original version" as the line\'s subject', () => {
    expect(credited('Le Bois International en a publié la version originale.')).toBe('Le Bois International');
    expect(credited('The Timber Gazette published the original version of this story.')).toBe('The Timber Gazette');
    expect(credited('La version originale de ce rapport est disponible en ligne.')).toBeNull();
  });
  it('reads where the page\'s own piece comes from, not where a fact comes from', () => {
    expect(credited('Le présent article provient d’Ouest-France.')).toBe('Ouest-France');
    expect(credited('This story comes from The Harbour Courier.')).toBe('The Harbour Courier');
  });
  it('reads no place after "à" as a publisher', () => {
    expect(credited('Initialement prévue à Barchon, la conférence avait été déplacée à plusieurs reprises.')).toBeNull();
    expect(credited('Originally planned at Hillcrest, the meeting moved twice.')).toBeNull();
  });
  it('reads where the site read or saw a piece, with the leave or the act of taking it again', () => {
    expect(credited('Lu chez Médias24 et reproduit avec son accord.')).toBe('Médias24');
    expect(credited('Vu dans Le Temps, repris avec l’accord de la rédaction.')).toBe('Le Temps');
    expect(credited('Seen in The Harbour Courier and reprinted with permission.')).toBe('The Harbour Courier');
    expect(credited('Lu dans la presse')).toBeNull();
  });
});

describe('a byline with the publication in brackets', () => {
  it('reads the person and the publication written as a name of two words or more', () => {
    expect(parseByline('Youssef El Amrani (Minett Info)')).toEqual({ author: 'Youssef El Amrani', outlets: ['Minett Info'], published: null });
    expect(parseByline('Jane Roe (The Harbour Courier)')).toEqual({ author: 'Jane Roe', outlets: ['The Harbour Courier'], published: null });
    expect(parseByline('Jean Dupont (Le Monde)')).toEqual({ author: 'Jean Dupont', outlets: ['Le Monde'], published: null });
  });
  it('leaves a party, a place, a role or another person in brackets', () => {
    expect(parseByline('Marie Durand (PS)')).toBeNull();
    expect(parseByline('Jean Dupont (Lausanne)')).toBeNull();
    expect(parseByline('Marie Curie (Jean Dupont)')).toBeNull();
    expect(parseByline('Paul Martin (Envoyé Spécial)')?.outlets ?? []).toEqual([]);
  });
});

describe('a status bar above the headline', () => {
  // Invented pages of two sites: the bar's figures and some of its words change every day, its parts recur.
  const paragraph = (k: number) => `Le conseil municipal a voté ${k + 3} délibérations lundi soir, dont la rénovation de l'école et un nouveau plan de circulation pour le centre, après ${k + 2} heures de débat.`;
  const headlines = ['Le marché couvert rouvre ses portes', 'La piscine ferme pour travaux', 'Un nouveau maire adjoint élu', 'Le festival de jazz annule sa soirée', 'La ligne de bus 4 prolongée', 'Les commerçants inquiets avant les fêtes'];
  const bars = (k: number) => [
    `River Teche at Breaux Bridge: ${k + 4} ft · Zydeco breakfast Saturday at the old mill`,
    `Météo : ${12 + k} °C · Niveau du lac : ${380 + 7 * k} cm · Col du Marchairuz : ${k % 2 ? 'ouvert' : 'fermé'}`,
  ];
  const pages = headlines.flatMap((h, k) =>
    bars(k).map((bar, site) => ({ site, lines: [site ? 'LE COURRIER DU LAC' : 'THE TECHE GAZETTE', site ? 'Accueil | Région | Sport' : 'Home | News | Music', bar, `${h}${site ? '' : ' '}`, paragraph(k + site), paragraph(k + site + 9)] })),
  );
  const evidence = buildChromeEvidence(pages.map((p) => p.lines.map((text, i) => ({ n: i + 1, text }))));
  it('takes the bar for chrome on every page, in either language, and keeps the headline', () => {
    for (const p of pages) {
      const { kept } = removeChrome(p.lines.map((text, i) => ({ n: i + 1, text })), evidence);
      expect(kept[0]!.text.trim(), p.lines[2]).toBe(p.lines[3]!.trim());
    }
  });
  it('keeps a headline with its site\'s name after a middle dot: the headline is a part of its own', () => {
    const lines = ['LE COURRIER DU LAC', 'Accueil | Région | Sport', 'Le port de plaisance agrandi · Le Courrier du Lac', paragraph(1), paragraph(2)];
    const { kept } = removeChrome(lines.map((text, i) => ({ n: i + 1, text })), evidence);
    expect(kept[0]!.text).toBe('Le port de plaisance agrandi · Le Courrier du Lac');
  });
});

describe('bylines of several hands', () => {
  const author = (line: string) => parseByline(line)?.author ?? null;
  it('reads the writer among the hands a line credits, not the translator, the editor or the photographer', () => {
    expect(author('Translated from French by Lucas Mortier; original reporting by Patient Ilunga Mukendi')).toBe('Patient Ilunga Mukendi');
    expect(author('Reporting by Matthias Kieffer; Editing by Lucas Mortier')).toBe('Matthias Kieffer');
    expect(author('Texte : Anna Keller ; photos : Marc Dubois')).toBe('Anna Keller');
    expect(author('Traduit de l’anglais par Jean Roy ; texte de Marie Lebrun')).toBe('Marie Lebrun');
  });
  it('reads "Reporting:" and "Story:" as labels of the writer', () => {
    expect(author('Reporting: Callum Urquhart')).toBe('Callum Urquhart');
    expect(author('Story: Clémentine Schaeffer, special correspondent')).toBe('Clémentine Schaeffer');
  });
  it('leaves a sentence with a semicolon alone', () => {
    expect(parseByline('Le maire a démissionné; le conseil se réunira lundi')).toBeNull();
  });
});

describe('more bylines', () => {
  it('reads a name beside a class or a year in brackets that opens in lower case', () => {
    expect(bylineName('Pierre-Paul Filippi (promo 2020)')).toBe('Pierre-Paul Filippi');
    expect(bylineName('Anna Keller (classe de 2021)')).toBe('Anna Keller');
    expect(bylineName('Jean Dupont (2019)')).toBeNull();
  });
  it('keeps "Story credit: X" a credit, not a byline', () => {
    expect(parseByline('Story credit: Le Canard de Glenelg')).toBeNull();
    expect(parseByline('Story by Jane Roe')?.author).toBe('Jane Roe');
  });
});

describe('a headline that speaks to the reader', () => {
  const P = (k: number) => `Les syndicats ont déposé ${k + 2} préavis de grève pour la semaine prochaine, et la direction du réseau de bus annonce un service minimum sur les grandes lignes.`;
  it('stays the headline when a credit sentence, not a second heading, follows it', () => {
    for (const [headline, credit] of [
      ['⚠ Travel alert: suivez notre direct sur la grève des bus à Charleroi', 'Based on a French-language report by La Meuse.'],
      ['Grève des bus : suivez notre direct toute la journée', 'D’après un article paru dans Le Soir.'],
    ] as const) {
      const { kept } = removeChrome([headline, credit, P(1), P(2)].map((text, i) => ({ n: i + 1, text })), buildChromeEvidence([]));
      expect(kept[0]!.text).toBe(headline);
    }
  });
});

describe('v26 development classes, other wordings', () => {
  it('reads a time after any one symbol that decorates a date line', () => {
    expect(parseDateLine('12 févr 2019 ● 12:19')?.published).toBe('2019-02-12T12:19:00+01:00');
    expect(parseDateLine('Le 3 mars 2019 ◆ 9h05')?.published).toBe('2019-03-03T09:05:00+01:00');
    expect(parseDateLine('March 3, 2019 ▸ 9:05 am GMT')?.published).toBe('2019-03-03T09:05:00+00:00');
  });
  it('reads a source line whose label has a word of its own after "source"', () => {
    const source = (line: string) =>
      extractMetaLines([{ n: 1, text: 'Un titre de test assez long pour en être un' }, { n: 2, text: line }, { n: 3, text: 'Premier paragraphe du texte, qui raconte longuement ce qui s’est passé hier soir à la mairie du village.' }]).meta.sourceOutlet;
    expect(source('Source publication: L’Indépendant de Balagne')).toBe('L\'Indépendant de Balagne');
    expect(source('Source primaire : La Dépêche des Pistes')).toBe('La Dépêche des Pistes');
    expect(source('Source principale : Reuters')).toBe('Reuters');
    expect(source('Source de revenus : les abonnements')).toBeNull();
  });
  it('reads a name after a kind of publication as a publication, even shaped like a person\'s name', () => {
    expect(parseRepublishCredit('(Article publié à l’origine sur le site de Campus Flandres)')?.name).toBe('Campus Flandres');
    expect(parseRepublishCredit('Originally published on the website of Harbour Lights')?.name).toBe('Harbour Lights');
  });
  it('reads names before a comma and a role with a newsroom word anywhere in it', () => {
    expect(parseByline('Rita Khoury-Haddad and Ziad Nassar, Local Democracy Reporter')?.author).toBe('Rita Khoury-Haddad and Ziad Nassar');
    expect(parseByline('Anna Keller, grand reporter')?.author).toBe('Anna Keller');
    expect(parseByline('Emmanuel Macron, Europe')).toBeNull();
  });
});

describe('a source line with a word of its own, never news', () => {
  it('leaves a value in lower case, and the plural sources (people), alone', () => {
    const source = (line: string) =>
      extractMetaLines([{ n: 1, text: 'Un titre de test assez long pour en être un' }, { n: 2, text: line }, { n: 3, text: 'Premier paragraphe du texte, qui raconte longuement ce qui s’est passé hier soir à la mairie du village.' }]).meta.sourceOutlet;
    expect(source('Source policière : trois blessés')).toBeNull();
    expect(source('Sources policières : trois blessés')).toBeNull();
    expect(source('Source proche du dossier : aucune décision')).toBeNull();
  });
});

describe('names with a word joined by an apostrophe, and more name words', () => {
  it('keeps a word an apostrophe joins inside a name ("Aujourd’hui"), not an elision', () => {
    expect(parseRepublishCredit('Article publié initialement par Aujourd’hui le Maroc')?.name).toBe('Aujourd\'hui le Maroc');
    expect(parseRepublishCredit('Cet article est paru dans Aujourd’hui le Maroc.')?.name).toBe('Aujourd\'hui le Maroc');
    expect(parseRepublishCredit('Publié initialement par L’Écho de la Lys')?.name).toBe('L\'Écho de la Lys');
  });
  it('reads "The Good Public" as Le Bien public (good/bien in the lexicon), in a credit', () => {
    expect(parseRepublishCredit('First published in The Good Public.')?.name).toBe('Le Bien public');
  });
});

describe('a notice of two clauses parted by a semicolon', () => {
  it('reads the original named in the second clause', () => {
    expect(parseRepublishCredit('Translated copy; original: Leeside Ledger')?.name).toBe('Leeside Ledger');
    expect(parseRepublishCredit('Reproduit avec autorisation; texte original : Le Clairon du Val')?.name).toBe('Le Clairon du Val');
    expect(parseRepublishCredit('Nous avons traduit ce texte; il a été écrit par Jean Dupont')).toBeNull();
  });
});

describe('a translated name of an outlet whose listed name holds a qualifier', () => {
  it('is read without the qualifier, which a translation never renders', () => {
    expect(parseRepublishCredit('Cet article est paru initialement dans Jour des affaires.')?.name).toBe('Business Day (South Africa)');
    expect(parseRepublishCredit('Publié initialement par Le Nouveau Temps')?.name).toBe('The New Times (Rwanda)');
  });
  it('never reads the bare name as written, nor an ordinary word a qualifier sets apart ("Elle (magazine)")', () => {
    expect(splitTitle('Pourquoi Rennes n’aurait pas aussi son « palais de la découverte » à elle ?').outlet).toBeNull();
    expect(splitTitle('Une saison à elle - Elle').title).toBe('Une saison à elle - Elle');
  });
});

describe('a bare qualified name of one word', () => {
  it('is never read: it is an ordinary word, capitalised or not', () => {
    expect(parseByline('Par la rédaction')).toEqual({ author: null, outlets: [], published: null });
    expect(parseByline('Par La Rédaction')?.outlets ?? []).toEqual([]);
  });
});

describe('a first act of publishing, whatever the noun', () => {
  it('reads "Première diffusion" credits as "Première publication" ones, and leaves a programme\'s airing alone', () => {
    expect(parseRepublishCredit('Première diffusion : La Gazette de Stavelot')?.name).toBe('La Gazette de Stavelot');
    expect(parseRepublishCredit('Diffusé pour la première fois par Le Courrier de l’Ourthe')?.name).toBe('Le Courrier de l\'Ourthe');
    expect(parseRepublishCredit('Première diffusion de l’émission à 20 heures')).toBeNull();
  });
});
