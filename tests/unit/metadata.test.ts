import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/ingest/types.ts';
import {
  creditOutlet,
  dateLead,
  dateTemplates,
  extractMetaLines,
  findCitedOutlets,
  parseByline,
  parseDateLine,
  parseSignature,
  splitTitle,
} from '../../src/ingest/metadata.ts';

/** Lines of a text as the line stage gives them: trimmed, non-empty, 1-based numbers. */
function lines(text: string): Line[] {
  return text
    .split('\n')
    .map((t, i) => ({ n: i + 1, text: t.trim() }))
    .filter((l) => l.text.length > 0);
}
const seed = (name: string): Line[] => lines(readFileSync(new URL(`../../content/articles/${name}`, import.meta.url), 'utf8'));
const SEED = {
  s000: '000_afaacc7f9a9718b6.txt',
  s001: '001_369633f4122bec38.txt',
  s002: '002_c765a03d0ea1d2fa.txt',
  s003: '003_2146e83494d5d6cf.txt',
  s004: '004_c031b9c9298e8268.txt',
};
const BODY =
  "Le gouvernement a annoncé mardi la suspension de la hausse des taxes sur les carburants, une première victoire pour les manifestants qui bloquent les ronds-points depuis trois semaines.";

describe('extractMetaLines', () => {
  it('reads seed 003: byline with date, Source line', () => {
    const r = extractMetaLines(seed(SEED.s003));
    expect(r.meta).toMatchObject({ sourceOutlet: 'Bloomberg', author: 'Elena Shcherban', publishedAt: '2022-10-23T13:27:00+02:00' });
    expect(r.removed.map((x) => [x.line.text, x.reason])).toEqual([
      ['Par: Elena Shcherban | 23.10.2022, 13:27', 'metadata:byline'],
      ['Source : Bloomberg', 'metadata:source'],
    ]);
    expect(r.kept.some((l) => l.text.startsWith('Par'))).toBe(false);
  });

  it('reads seed 002: "Source : The Washington Post"', () => {
    const r = extractMetaLines(seed(SEED.s002));
    expect(r.meta.sourceOutlet).toBe('The Washington Post');
    expect(r.removed.map((x) => x.reason)).toEqual(['metadata:source']);
  });

  it('reads a Source value with a parenthesised country or edition, translated or not', () => {
    expect(extractMetaLines(lines(`Titre\n${BODY}\nSource : Le Soir (Belgique)`)).meta.sourceOutlet).toBe('Le Soir');
    expect(extractMetaLines(lines(`Titre\n${BODY}\nSource : The Voice of the North (France)`)).meta).toMatchObject({ sourceOutlet: 'La Voix du Nord', translatedCredit: true });
  });

  it('canonicalises Source values and splits off a URL', () => {
    const r = extractMetaLines(lines(`Titre\n${BODY}\nSource: washington post - https://www.washingtonpost.com/world/2022/11/19/iran-russia-drones/`));
    expect(r.meta.sourceOutlet).toBe('The Washington Post');
    expect(r.meta.url).toBe('https://www.washingtonpost.com/world/2022/11/19/iran-russia-drones/');
    const multi = extractMetaLines(lines(`Titre\n${BODY}\nSources : AFP, Reuters`));
    expect(multi.meta.sourceOutlet).toBe('AFP');
    expect(multi.meta.creditOutlets).toEqual(['Reuters']);
  });

  it('keeps an unknown Source name without a note after it ("X, texte intégral")', () => {
    expect(extractMetaLines(lines(`Titre de l’article\n${BODY}\nSource : La Vigie du Causse, version abrégée`)).meta.sourceOutlet).toBe('La Vigie du Causse');
  });

  it('keeps an unknown Source name as written (an outlet missing from the list still works)', () => {
    const r = extractMetaLines(lines(`Titre\n${BODY}\nSource : Le Réveil du Médoc`));
    expect(r.meta.sourceOutlet).toBe('Le Réveil du Médoc');
  });

  it('reads "Via X" and "Credit: X" naming a listed outlet as a Source line, not a person, a network or a photo credit', () => {
    expect(extractMetaLines(lines(`Titre de l’article\n${BODY}\nVia Le Parisien`)).meta.sourceOutlet).toBe('Le Parisien');
    expect(extractMetaLines(lines(`Titre de l’article\n${BODY}\nCrédits : The Voice of the North`)).meta).toMatchObject({ sourceOutlet: 'La Voix du Nord', translatedCredit: true });
    expect(extractMetaLines(lines(`Titre de l’article\n${BODY}\nCredit: Jean Dupont`)).meta.sourceOutlet).toBeNull();
    expect(extractMetaLines(lines(`Titre de l’article\n${BODY}\nVia Twitter`)).meta.sourceOutlet).toBeNull();
    expect(extractMetaLines(lines(`Titre de l’article\n${BODY}\nVia Le Parisien (publication originale)`)).meta.sourceOutlet).toBe('Le Parisien');
    expect(extractMetaLines(lines(`Titre de l’article\n${BODY}\n(Source : Ouest-France)`)).meta.sourceOutlet).toBe('Ouest-France');
    expect(extractMetaLines(lines(`Titre de l’article\n${BODY}\nSOURCE — Sud Ouest`)).meta.sourceOutlet).toBe('Sud Ouest');
    expect(extractMetaLines(lines(`Titre de l’article\n${BODY}\nCrédit photo : AFP`)).meta.sourceOutlet).toBeNull();
    expect(extractMetaLines(lines(`Titre de l’article\n${BODY}\nCredit: Reuters`)).meta.sourceOutlet).toBeNull();
  });

  it('prefers a date said to be the publication date to a bare date in the site header', () => {
    const r = extractMetaLines(lines(`Mercredi 12 juin 2019\nLe Courrier des Plaines\nLe pont rouvre après trois mois de travaux\nMis en ligne le 03/06/2019 à 09:12\n${BODY}`));
    expect(r.meta.publishedAt).toBe('2019-06-03T09:12:00+02:00');
    const en = extractMetaLines(lines(`Tuesday, June 11, 2019\nBridge reopens after three months\nPosted on June 2, 2019 by Sam Ellis\n${BODY}`));
    expect(en.meta).toMatchObject({ publishedAt: '2019-06-02T00:00:00+02:00', author: 'Sam Ellis' });
  });

  it('takes a web address after a short label out as the URL, never a sentence with one', () => {
    const r = extractMetaLines(lines('Adresse de cette page : https://www.exemple.org/article-42\nLe conseil municipal a voté le budget.\nLe programme complet est en ligne : https://www.exemple.org/programme, a précisé la mairie lundi soir.'));
    expect(r.meta.url).toBe('https://www.exemple.org/article-42');
    expect(r.kept.map((l) => l.text)).toHaveLength(2);
    expect(extractMetaLines(lines('Permalink – www.example.com/story/1\nA body line.')).meta.url).toBe('www.example.com/story/1');
  });

  it('takes URL-only lines out, keeping the first as the URL and its domain as a credit', () => {
    const r = extractMetaLines(lines(`Titre\n${BODY}\nhttps://www.tdg.ch/geneve/manifestation-plaine-de-plainpalais/story/12345678\nhttps://t.co/abc`));
    expect(r.meta.url).toBe('https://www.tdg.ch/geneve/manifestation-plaine-de-plainpalais/story/12345678');
    expect(r.meta.creditOutlets).toEqual(['Tribune de Genève']);
    expect(r.removed.map((x) => x.reason)).toEqual(['metadata:url', 'metadata:url']);
  });

  it('reads bylines and date lines at the head, not prose that starts with "Par" or a date', () => {
    const text = [
      'Gilets jaunes : le gouvernement recule sur les taxes',
      'Par Jean Dupont et Marie Curie | Le Monde',
      'Publié le 5 décembre 2018 à 14h30',
      'Mis à jour le 6 décembre 2018 à 10h00',
      'Par ailleurs, les syndicats de routiers appellent à une grève reconductible dès dimanche soir.',
      'Le 13 novembre 2015, trois commandos avaient frappé Paris et Saint-Denis.',
      BODY,
    ].join('\n');
    const r = extractMetaLines(lines(text));
    expect(r.meta.author).toBe('Jean Dupont et Marie Curie');
    expect(r.meta.creditOutlets).toEqual(['Le Monde']);
    expect(r.meta.publishedAt).toBe('2018-12-05T14:30:00+01:00');
    expect(r.removed.map((x) => x.reason)).toEqual(['metadata:byline', 'metadata:date', 'metadata:updated']);
    expect(r.kept.map((l) => l.text.slice(0, 14))).toEqual(['Gilets jaunes ', 'Par ailleurs, ', 'Le 13 novembre', BODY.slice(0, 14)]);
  });

  it('never takes an update date for the publication date', () => {
    const r = extractMetaLines(lines(`Titre\nMis à jour le 6 janvier 2019 à 10h00\n${BODY}`));
    expect(r.meta.publishedAt).toBeNull();
    expect(r.removed.map((x) => x.reason)).toEqual(['metadata:updated']);
  });

  it('takes a closing signature as the author: a name, initials or an agency credit', () => {
    for (const sig of ['Lyès Menacer', 'K. Benali', 'R. I./Agences', 'KARIM MANSOURI']) {
      const r = extractMetaLines(lines(`Titre\n${BODY}\n${BODY}\n${sig}`));
      expect(r.meta.author, sig).toBe(sig);
      expect(r.removed.map((x) => x.reason), sig).toEqual(['metadata:signature']);
    }
    const credit = extractMetaLines(lines(`Titre\n${BODY}\n(Le Matin)\nSource : Le Matin`));
    expect(credit.removed.map((x) => x.reason)).toEqual(['metadata:signature', 'metadata:source']);
    expect(credit.meta.author).toBeNull();
  });

  it('reads a closing signature with a short role ("Name, correspondant")', () => {
    expect(parseSignature('Anouk Marchetti, correspondante')).toEqual({ author: 'Anouk Marchetti', outlets: [] });
    expect(parseSignature('Hugo Lemaire, envoyé spécial à Kiev')).toEqual({ author: 'Hugo Lemaire', outlets: [] });
    expect(parseSignature('Le Veilleur, édition du soir')).toBeNull();
  });

  it('never takes interface words written like a name for a signature', () => {
    for (const line of ['Réagir Facebook', 'Reply Comment', 'Newsletter Quotidienne', 'Partager Article']) expect(parseSignature(line)).toBeNull();
    expect(parseSignature('Anouk Marchetti')).toEqual({ author: 'Anouk Marchetti', outlets: [] });
  });

  it('leaves closing lines that are not names, and a headline-only item', () => {
    for (const last of ['Suite de l’article en page 4...', 'Chers lecteurs,', 'Réforme fiscale', 'Tous les résultats du week-end en direct']) {
      const r = extractMetaLines(lines(`Titre\n${BODY}\n${last}`));
      expect(r.removed, last).toEqual([]);
    }
    const brief = extractMetaLines(lines('Brigitte Bardot\n\nSource : Le Parisien\nhttps://www.leparisien.fr/culture-loisirs/x.php'));
    expect(brief.kept.map((l) => l.text)).toEqual(['Brigitte Bardot']);
    expect(brief.meta.author).toBeNull();
  });

  it('reads bylines and dates pushed past the first lines by site chrome, and at the bottom', () => {
    const menu = ['LE RELAIS CITOYEN', 'Actualités', 'Politique', 'Économie', 'Société', 'Culture', 'Accueil › Société'];
    const r = extractMetaLines(lines([...menu, 'Le gouvernement recule sur les taxes', 'Par Agathe de Villeneuve - Publié le 22 novembre 2018 à 21h30', BODY, BODY, BODY].join('\n')));
    expect(r.meta).toMatchObject({ author: 'Agathe de Villeneuve', publishedAt: '2018-11-22T21:30:00+01:00' });
    const tail = ['Titre', BODY, BODY, BODY, '— Marie Curie', 'Le 5 janvier 2019 à 14h30', 'Ces articles pourraient vous intéresser', 'Un', 'Deux', 'Trois', 'Quatre', 'Cinq'];
    const t = extractMetaLines(lines(tail.join('\n')));
    expect(t.meta).toMatchObject({ author: 'Marie Curie', publishedAt: '2019-01-05T14:30:00+01:00' });
    expect(t.removed.map((x) => x.reason)).toEqual(['metadata:byline', 'metadata:date']);
  });

  it('reads a byline led by a pictogram below the title, not a copyright sign', () => {
    const r = extractMetaLines(lines(['Le gouvernement recule sur les taxes', 'Édition du dimanche 17 février 2019', '✎ Rémi Castagné', BODY, BODY].join('\n')));
    expect(r.meta).toMatchObject({ author: 'Rémi Castagné', publishedAt: '2019-02-17T00:00:00+01:00' });
    const photo = extractMetaLines(lines(['Le gouvernement recule sur les taxes', '© Didier Bauweraerts', BODY, BODY].join('\n')));
    expect(photo.meta.author).toBeNull();
  });

  it('takes a name with its role next to a date line as the byline, even where a page shows no headline', () => {
    // the lines that motivated it: a student paper's and a daily's bylines without a cue
    const student = extractMetaLines(lines(['Rubrique : Politique', 'Karim Benaïssa, étudiante en master de journalisme', 'Lundi 3 décembre 2018', BODY, BODY].join('\n')));
    expect(student.meta.author).toBe('Karim Benaïssa');
    const desk = extractMetaLines(lines(['Le tram reprend du service', 'Élodie Marchal — service Mobilité', '24/11/2018 à 11:56', BODY, BODY].join('\n')));
    expect(desk.meta.author).toBe('Élodie Marchal');
    const en = extractMetaLines(lines(['Harbour works delayed again', 'Jane Roe | staff writer', 'March 5, 2019', BODY, BODY].join('\n')));
    expect(en.meta.author).toBe('Jane Roe');
    // a headline with a dash is no name with a role
    const head = extractMetaLines(lines(['Brexit - la fin du suspense', 'Publié le 5 janvier 2019', BODY, BODY].join('\n')));
    expect(head.meta.author).toBeNull();
  });

  it('takes a name alone next to a date line as the byline, never the title', () => {
    const r = extractMetaLines(lines(['Le gouvernement recule', 'Jean Dupont', 'Publié le 5 janvier 2019', BODY, BODY].join('\n')));
    expect(r.meta.author).toBe('Jean Dupont');
    expect(r.removed.map((x) => x.reason)).toEqual(['metadata:byline', 'metadata:date']);
    const title = extractMetaLines(lines(['Brigitte Bardot', 'Publié le 5 janvier 2019', BODY, BODY].join('\n')));
    expect(title.meta.author).toBeNull();
    expect(title.kept[0]!.text).toBe('Brigitte Bardot');
    // A banner in capitals before a date line that precedes the title is not an author.
    const banner = extractMetaLines(lines(['LE FIL DU NORD', 'Mardi 8 janvier 2019, 18:45', 'Le gouvernement recule sur les taxes', BODY, BODY].join('\n')));
    expect(banner.meta.author).toBeNull();
    // Other metadata lines between the date and the name (v12's "Lire l'article complet sur https://…"), in both languages.
    const between = extractMetaLines(lines(['Le gouvernement recule', '2019-03-03 16:15', 'Lire l’article complet sur https://www.exemple.ca/region/le-gouvernement-recule', 'Gwenaëlle Le Bihan', BODY, BODY].join('\n')));
    expect(between.meta.author).toBe('Gwenaëlle Le Bihan');
    const english = extractMetaLines(lines(['The government backs down', 'March 3, 2019', 'Source: The Kerry Echo', 'Aoife Byrne', BODY, BODY].join('\n')));
    expect(english.meta.author).toBe('Aoife Byrne');
  });

  it('a question headline or a quoted headline is not a paragraph: the byline after it is still at the head', () => {
    const notice = 'Ce site dépose des témoins de connexion pour mesurer sa fréquentation, merci de votre compréhension.';
    const r = extractMetaLines(lines([notice, 'Accepter', 'LE FIL DU NORD', 'Mardi 8 janvier 2019, 18:45', 'Emmanuel Macron va-t-il reconnaître ses erreurs dans son allocution de ce soir ?', 'Bastien Roumier, le 8 janvier 2019 à 18 h 45', BODY, BODY, BODY].join('\n')));
    expect(r.meta.author).toBe('Bastien Roumier');
    const links = ['Le juge tacle le film : "Cette chose n’a rien à voir avec le quotidien d’un juge"', '"La date de l’attentat n’a pas été choisie au hasard, selon l’enquête en cours"'];
    const t = extractMetaLines(lines(['Titre', BODY, BODY, BODY, BODY, BODY, 'Texte : Inès Fontanel', 'Dans l’actualité', ...links, 'Je m’inscris', 'Conditions d’utilisation', '© Le Fil du Nord'].join('\n')));
    expect(t.meta.author).toBe('Inès Fontanel');
  });

  it('reads source lines in other wordings ("[source] X", "Crédit source — X", "Lu dans : X", "Source de l’info : X")', () => {
    for (const [line, outlet] of [['[source] Le Soir', 'Le Soir'], ['Crédit source — Ouest-France', 'Ouest-France'], ['Lu dans : Le Parisien', 'Le Parisien'], ['Source de l’info : La Croix', 'La Croix'], ['Read in: Le Monde', 'Le Monde']]) {
      const r = extractMetaLines(lines(`Titre\n${BODY}\n${BODY}\n${line}`));
      expect(r.meta.sourceOutlet, line).toBe(outlet);
    }
    // a sentence that reads in the press names no source
    expect(extractMetaLines(lines(`Titre\n${BODY}\n${BODY}\nLu dans la presse ce matin`)).meta.sourceOutlet).toBeNull();
  });

  it('reads a bare domain line of a known outlet as a credit', () => {
    const r = extractMetaLines(lines(`Titre\n${BODY}\n${BODY}\nlesoir.be`));
    expect(r.meta.creditOutlets).toEqual(['Le Soir']);
    expect(r.removed.map((x) => x.reason)).toEqual(['metadata:url']);
  });

  it('reads a sentence crediting the original publisher', () => {
    const r = extractMetaLines(lines(`Titre\n${BODY}\n${BODY}\nCet article a d’abord été publié par Le Soir.`));
    expect(r.meta.originalOutlet).toBe('Le Soir');
    expect(r.meta.sourceOutlet).toBeNull();
    expect(r.removed.map((x) => x.reason)).toEqual(['metadata:credit']);
    const kept = extractMetaLines(lines(`Titre\n${BODY}\nCet article a d’abord été publié par un blogueur anonyme.`));
    expect(kept.removed).toEqual([]);
    // An unknown outlet is kept as written; a translated one is canonical and marked.
    const unknown = extractMetaLines(lines(`Titre\n${BODY}\n${BODY}\nUn article du Phare de Kerbrat, reproduit avec son accord.`));
    // "du" is "de" + "le": the article belongs to the name.
    expect(unknown.meta.originalOutlet).toBe('Le Phare de Kerbrat');
    const translated = extractMetaLines(lines(`Originally published in The Cross.\nTitre\n${BODY}\n${BODY}`));
    expect(translated.meta).toMatchObject({ originalOutlet: 'La Croix', translatedCredit: true });
  });

  it('reads a credit naming the piece itself between two paragraphs, with the byline under it', () => {
    // Far from both edges: six sentences above, four below.
    const inside = (credit: string, byline = 'Par Jeanne Martin-Diallo') =>
      extractMetaLines(lines(`Titre\n${[BODY, BODY, BODY, BODY, BODY, BODY].join('\n')}\n${credit}\n${byline}\n${[BODY, BODY, BODY, BODY].join('\n')}`));
    const fr = inside('Ce reportage a d’abord paru dans La Croix.');
    expect(fr.meta.originalOutlet).toBe('La Croix');
    expect(fr.meta.author).toBe('Jeanne Martin-Diallo');
    expect(fr.removed.map((x) => x.reason)).toEqual(['metadata:credit', 'metadata:byline']);
    const en = inside('This story was first published by The Guardian.', 'By Tom Whitfield');
    expect(en.meta).toMatchObject({ originalOutlet: 'The Guardian', author: 'Tom Whitfield' });
    // A parenthesised note opening on the piece noun, without a determiner.
    expect(inside('(Texte repris avec l’accord du Monde)').meta.originalOutlet).toBe('Le Monde');
    // A credit naming no piece is news inside the text (read only at the edges).
    const news = inside('Publié initialement par Le Monde en 2015, le rapport a été mis à jour.');
    expect(news.meta.originalOutlet).toBeNull();
    expect(news.removed.map((x) => x.reason)).not.toContain('metadata:credit');
  });

  it('finds nothing in seed 004', () => {
    const r = extractMetaLines(seed(SEED.s004));
    expect(r.removed).toEqual([]);
    expect(r.meta).toEqual({
      sourceOutlet: null,
      originalOutlet: null,
      urlOutlet: null,
      translatedCredit: false,
      creditOutlets: [],
      author: null,
      publishedAt: null,
      url: null,
    });
  });
});

describe('parseDateLine', () => {
  it('reads a date wholly in brackets after a relative age, and "posté le" as "posted on" (v7, development data)', () => {
    expectPublished([
      ['il y a 5 jours (07/02/2019)', '2019-02-07T00:00:00+01:00'],
      ['3 days ago (Feb 7, 2019)', '2019-02-07T00:00:00+01:00'],
      ['(12 mars 2021, 10:05)', '2021-03-12T10:05:00+01:00'],
      ['Postée le 9 mars 2019 à 8 h 15', '2019-03-09T08:15:00+01:00'],
    ]);
    // a name with its role above such a date line is the byline
    const r = extractMetaLines(lines(['Les étudiants manifestent', 'Jane Smith, journalism student', 'Posté le 9 mars 2019', BODY, BODY].join('\n')));
    expect(r.meta.author).toBe('Jane Smith');
    // a web address with a note in brackets is still the page's address
    const u = extractMetaLines(lines(['Les étudiants manifestent', 'https://www.exemple.ca/region/les-etudiants-manifestent (lien vers l’article d’origine)', BODY, BODY].join('\n')));
    expect(u.meta.url).toBe('https://www.exemple.ca/region/les-etudiants-manifestent');
    expect(extractMetaLines(lines(['Students march', 'https://example.com/news/students-march (original story)', BODY, BODY].join('\n'))).meta.url).toBe('https://example.com/news/students-march');
  });

  it('reads an unlisted publication after "Crédit :" with inner particles and a closing adjective (v19, development data)', () => {
    const source = (line: string) => extractMetaLines(lines([line, 'Le gouvernement recule', BODY, BODY].join('\n'))).meta.sourceOutlet;
    expect(source('Crédit : Le Devoir de l’Abitibi (reproduction autorisée)')).toBe("Le Devoir de l'Abitibi");
    expect(source('Crédit : Le Fil picard (reproduction autorisée)')).toBe('Le Fil picard');
    expect(source('Via La Voix vendéenne')).toBe('La Voix vendéenne');
    // a person's name, or an English name followed by a lower-case word, is no such publication
    expect(source('Crédit : Jean Dupont')).toBeNull();
    expect(source('Credit: The Dales weekly')).toBeNull();
  });

  it('reads a wire\'s dateline with its agency in brackets after the date', () => {
    // the line that motivated it (v10, development data), then other wordings
    expectPublished([
      ['LYON, 21 déc. 2018 (AFDP) – 11:44', '2018-12-21T11:44:00+01:00'],
      ['BRUSSELS, March 3, 2020 (Reuters) - 4:05 PM', '2020-03-03T16:05:00+01:00'],
      ['Abidjan, 12 mars 2021 (AIP)', '2021-03-12T00:00:00+01:00'],
      ['PARIS, 14 mars 2019 (AFP/NXP) -', '2019-03-14T00:00:00+01:00'],
    ]);
    // more than two words in brackets are a remark, not an agency
    expect(parseDateLine('12 mars 2021 (voir plus bas)')).toBeNull();
  });

  it('reads a city\'s clock without brackets, with its article, with dashes in its name, or kept by the zone database as an alias', () => {
    expect(parseDateLine('11 mars 2021 à 23 h 30, heure de Dakar')?.published).toBe('2021-03-11T23:30:00+00:00');
    expect(parseDateLine('March 11, 2021 11:30 PM Tokyo time')?.published).toBe('2021-03-11T23:30:00+09:00');
    expect(parseDateLine('12 mars 2021 à 10 h 05 (heure de Port-au-Prince)')?.published).toBe('2021-03-12T10:05:00-05:00');
    expect(parseDateLine('12 mars 2021 à 10 h 05 (heure de la Réunion)')?.published).toBe('2021-03-12T10:05:00+04:00');
    expect(parseDateLine('Publié le 12 mars 2021 à 10 h 05, heure de Montréal')?.published).toBe('2021-03-12T10:05:00-05:00');
    // a place no zone is named after keeps the default clock; a day alone stays the day
    expect(parseDateLine('12 mars 2021 à 10 h 05, heure de Trifouilly')?.published).toBe('2021-03-12T10:05:00+01:00');
    expect(parseDateLine('12 mars 2021 (heure de Dakar)')?.published).toBe('2021-03-12T00:00:00+01:00');
  });

  it('reads the months of neighbouring languages, with "de" around the month or a full stop after the day', () => {
    expect(parseDateLine('12 de marzo de 2021, 10:00')?.published).toBe('2021-03-12T10:00:00+01:00');
    expect(parseDateLine('12. März 2021 10:00')?.published).toBe('2021-03-12T10:00:00+01:00');
    expect(parseDateLine('3 maggio 2021')?.published).toBe('2021-05-03T00:00:00+02:00');
    expect(parseDateLine('1 janeiro 2021 · 18:30')?.published).toBe('2021-01-01T18:30:00+01:00');
    expect(parseDateLine('7 oktober 2020, 9:15')?.published).toBe('2020-10-07T09:15:00+02:00');
    expect(parseDateLine('24 decembrie 2019')?.published).toBe('2019-12-24T00:00:00+01:00');
    // The same day in two languages after a dash: the half with a clock gives the time (not an update's).
    expect(parseDateLine('7 oktober 2020 — 7 octobre 2020, 9:15')?.published).toBe('2020-10-07T09:15:00+02:00');
    expect(parseDateLine('3 de mayo de 2021 | May 3, 2021 4:05 PM')?.published).toBe('2021-05-03T16:05:00+02:00');
    expect(parseDateLine('12 mars 2021 — mis à jour le 12 mars 2021 à 15:00')).toMatchObject({ published: '2021-03-12T00:00:00+01:00', updated: '2021-03-12T15:00:00+01:00' });
    // no year, or a street named after a day: no date
    expect(parseDateLine('12 marzo a Roma')).toBeNull();
    expect(parseDateLine('5 de Mayo Street')).toBeNull();
  });

  it('reads a zone in brackets, a relative age with its cue and a weekday in a dateline as parts of a date line', () => {
    // the lines that motivated it
    expect(parseDateLine('March 28, 2019 7:51 PM (Brussels time)')?.published).toBe('2019-03-28T19:51:00+01:00');
    expect(parseDateLine('25 janv. 2019, 14:44 (mis en ligne il y a 2 h)')?.published).toBe('2019-01-25T14:44:00+01:00');
    expect(parseDateLine('Saint-Denis, le mercredi 28 novembre 2018 — 09h18 (heure de Paris)')?.published).toBe('2018-11-28T09:18:00+01:00');
    // other wordings
    expect(parseDateLine('5 mars 2019, 10:00 (GMT+1)')?.published).toBe('2019-03-05T10:00:00+01:00');
    expect(parseDateLine('Published March 5, 2019 (posted 3 hours ago)')?.published).toBe('2019-03-05T00:00:00+01:00');
    expect(parseDateLine('Genève, lundi 3 mars 2019')?.published).toBe('2019-03-03T00:00:00+01:00');
    expect(parseDateLine('March 10, 2019 at 7:59 AM CET · posted 12 hours ago')?.published).toBe('2019-03-10T07:59:00+01:00');
    // a sentence after a place is no dateline
    expect(parseDateLine('Paris, le président a parlé 3 fois')).toBeNull();
  });

  it('reads "@" between date and time, and an update the same day given by its time only', () => {
    expect(parseDateLine('06/01/2019 @ 22h33')?.published).toBe('2019-01-06T22:33:00+01:00');
    expect(parseDateLine('Le 19/02/2019 à 10:37, mis à jour à 12:40')?.published).toBe('2019-02-19T10:37:00+01:00');
    expect(parseDateLine('March 5, 2019 @ 2:05 PM · updated 3:15 PM')?.published).toBe('2019-03-05T14:05:00+01:00');
    // an update with its own date stays an update
    expect(parseDateLine('Mis à jour le 6 janvier 2019 à 10h00')).toMatchObject({ published: null, updated: '2019-01-06T10:00:00+01:00' });
  });

  it('reads a short label before a full date ("Édition du …", "Publication : …"), not a birth date', () => {
    // the lines that motivated it
    expect(parseDateLine('Édition du dimanche 17 février 2019')?.published).toBe('2019-02-17T00:00:00+01:00');
    expect(parseDateLine('Publication : 2019-01-27')?.published).toBe('2019-01-27T00:00:00+01:00');
    // other wordings, both languages
    expect(parseDateLine('Date de publication : 12/03/2019')?.published).toBe('2019-03-12T00:00:00+01:00');
    expect(parseDateLine('Date of issue: March 12, 2019')?.published).toBe('2019-03-12T00:00:00+01:00');
    expect(parseDateLine('Numéro du 4 avril 2019')?.published).toBe('2019-04-04T00:00:00+02:00');
    // an update cue still reads as an update, and "le" after a word is a sentence's date
    expect(parseDateLine('Modifié : 3 mars 2019')).toMatchObject({ published: null, updated: '2019-03-03T00:00:00+01:00' });
    expect(parseDateLine('Né le 3 mars 1990')).toBeNull();
    expect(parseDateLine('Exposition du 3 mars 2019 au 5 avril')).toBeNull();
  });

  it.each([
    ['Publié le 5 janvier 2019 à 14h30', '2019-01-05T14:30:00+01:00'],
    ['Publié le 05/01/2019 à 14:30', '2019-01-05T14:30:00+01:00'],
    ['05/01/2019 14:30', '2019-01-05T14:30:00+01:00'],
    ['23.10.2022, 13:27', '2022-10-23T13:27:00+02:00'],
    ['lundi 7 janvier 2019', '2019-01-07T00:00:00+01:00'],
    ['Publié le 1er février 2019 à 9 h 05', '2019-02-01T09:05:00+01:00'],
    ['2019-01-05T14:30:00+01:00', '2019-01-05T14:30:00+01:00'],
    ['Publié le 3 mars 2019 à 18h00 UTC', '2019-03-03T18:00:00+00:00'],
    ['Publié le 5 décembre 2018 à 10h00 HNE', '2018-12-05T10:00:00-05:00'],
  ])('%s', (line, iso) => {
    expect(parseDateLine(line)?.published).toBe(iso);
  });

  // English dates, day-first and month-first, with twelve-hour clocks and weekday abbreviations.
  it.each([
    ['Published on 14 March 2019 at 17:45', '2019-03-14T17:45:00+01:00'],
    ['March 14, 2019', '2019-03-14T00:00:00+01:00'],
    ['Thursday, March 14th 2019, 5:45 pm', '2019-03-14T17:45:00+01:00'],
    ['First published Thu 14 Mar 2019 09.20 am GMT', '2019-03-14T09:20:00+00:00'],
    ['ven. 15 mars 2019 - 07:02', '2019-03-15T07:02:00+01:00'],
    ['mar. 12 mars 2019, 18:40', '2019-03-12T18:40:00+01:00'],
  ])('%s', (line, iso) => {
    expect(parseDateLine(line)?.published).toBe(iso);
  });

  it.each([
    ['Lomé, le 4 mars 2019', '2019-03-04T00:00:00+01:00'],
    ['SAINT-MALO, 4 mars 2019', '2019-03-04T00:00:00+01:00'],
    ['New York, March 4, 2019', '2019-03-04T00:00:00+01:00'],
    ['Radio Causse Info, [04.03.19 08:15]', '2019-03-04T08:15:00+01:00'],
  ])('reads a dateline: %s', (line, iso) => {
    expect(parseDateLine(line)?.published).toBe(iso);
  });

  it.each([
    ['Filed March 3, 2019', '2019-03-03T00:00:00+01:00'],
    ['Paru le 4 mars 2019', '2019-03-04T00:00:00+01:00'],
    ['Dated 5 March 2019, 10:00', '2019-03-05T10:00:00+01:00'],
  ])('reads other publication verbs: %s', (line, iso) => {
    expect(parseDateLine(line)?.published).toBe(iso);
  });

  it('reads an English update line as an update', () => {
    expect(parseDateLine('Last updated Aug 2, 2019 at 12:05 am')).toMatchObject({ published: null, updated: '2019-08-02T00:05:00+02:00', author: null });
  });

  it('rejects impossible dates and sentences', () => {
    expect(parseDateLine('31 février 2019')).toBeNull();
    expect(parseDateLine('Le 13 novembre 2015, trois commandos ont frappé Paris.')).toBeNull();
    expect(parseDateLine('Samedi')).toBeNull();
  });
});

describe('parseByline', () => {
  it('reads a wire byline without its cue: a name, then a listed agency, or an agency code after a slash', () => {
    // the line that motivated it (v10, development data), then other wordings and agencies
    const read: [string, string, string[]][] = [
      ['Owen Pritchard / AFDP', 'Owen Pritchard', []],
      ['Marie Durand (Belga)', 'Marie Durand', ['Belga']],
      ['John Smith / Reuters', 'John Smith', ['Reuters']],
      ['Jean Dupont, AFP', 'Jean Dupont', ['AFP']],
    ];
    for (const [line, author, outlets] of read) expect(parseByline(line), line).toEqual({ author, outlets, published: null });
    // a party after a name, a newspaper under a reprinted interview, an outlet's own name: no byline
    for (const line of ['Emmanuel Macron (LREM)', 'I.M. Amine/Le Parisien', 'Paris Match / AFP']) expect(parseByline(line), line).toBeNull();
  });

  it('reads a bracket after the name as a place, an outlet or a role, never as more of the name', () => {
    // the line that motivated it: "Par X (L’Éveil de Port-Louis)", a site's own name in brackets
    expect(parseByline('Par Agathe Lemoine (L’Éveil de Port-Louis)')?.author).toBe('Agathe Lemoine');
    expect(parseByline('Par Ferdinand Vasseur (Le Soir)')).toEqual({ author: 'Ferdinand Vasseur', outlets: ['Le Soir'], published: null });
    expect(parseByline('By Jane Okafor (staff reporter)')?.author).toBe('Jane Okafor');
    expect(parseByline('Par Lucie Marchal (à Namur)')?.author).toBe('Lucie Marchal');
  });

  it('reads a labelled authorship with elided or extra words ("Auteur de l’article :", "Texte original de", "Un reportage exclusif de")', () => {
    expect(parseByline('Auteur de l’article : Murielle Lollia')?.author).toBe('Murielle Lollia');
    expect(parseByline('Autrice de l’enquête : Nadia Benali')?.author).toBe('Nadia Benali');
    expect(parseByline('Author of the piece: Tom Whitaker')?.author).toBe('Tom Whitaker');
    expect(parseByline('Texte original de Agathe Lemoine')?.author).toBe('Agathe Lemoine');
    expect(parseByline('Un reportage exclusif de Jane Okafor')?.author).toBe('Jane Okafor');
    // a sentence of the article keeps its full stop and stays out
    expect(parseByline('La chronique hebdomadaire est signée Jean Dupont.')).toBeNull();
  });

  it('reads a staff role without a comma before the name ("De notre correspondant X"), a place in the role set apart', () => {
    // the lines that motivated it
    expect(parseByline('De notre correspondant Geneviève Bouchard')?.author).toBe('Geneviève Bouchard');
    expect(parseByline('de notre envoyé spécial Mathieu Sabatier')?.author).toBe('Mathieu Sabatier');
    // other wordings, both languages
    expect(parseByline('From our correspondent Jane Okafor')?.author).toBe('Jane Okafor');
    expect(parseByline('De notre envoyée spéciale à Kiev Paul Martin')?.author).toBe('Paul Martin');
    expect(parseByline('From our correspondent in Kyiv Jane Okafor')?.author).toBe('Jane Okafor');
    expect(parseByline('De nos envoyés spéciaux Paul Martin et Anne Vial')?.author).toBe('Paul Martin et Anne Vial');
    // a piece noun before it (found on a page in no corpus), in both languages
    expect(parseByline('Reportage de notre envoyée Maëlle Kerbrat')?.author).toBe('Maëlle Kerbrat');
    expect(parseByline('A report by our correspondent Jane Okafor')?.author).toBe('Jane Okafor');
    expect(parseByline('Chronique de notre envoyé permanent Luc Ferry')?.author).toBe('Luc Ferry');
    // any other lead word makes a phrase about someone, not a signature
    expect(parseByline('Le maire de notre commune Jean Dupont')).toBeNull();
    expect(parseByline('The mayor of our town Jane Okafor')).toBeNull();
    // a role and no name, or a desk, is no author
    expect(parseByline('De notre correspondant à Bruxelles')).toBeNull();
    expect(parseByline('De notre rédaction Sport')).toBeNull();
  });

  it('drops a collective signing beside the person ("et l’équipe de X", "and the newsroom")', () => {
    expect(parseByline('Par Inès Lamrani et l’équipe de Vosges Télé')?.author).toBe('Inès Lamrani');
    expect(parseByline('By Jane Roe and the newsroom')?.author).toBe('Jane Roe');
    expect(parseByline('Par Jean Dupont et la rédaction')?.author).toBe('Jean Dupont');
    // a second person stays
    expect(parseByline('Par Jean Dupont et Marie Curie')?.author).toBe('Jean Dupont et Marie Curie');
  });

  it('reads a name, its date and the clock time in a part of its own ("X | 23 mars 2019 | 8 h 57")', () => {
    expect(parseByline('Corentin Kervella | 23 mars 2019 | 8 h 57')).toEqual({ author: 'Corentin Kervella', outlets: [], published: '2019-03-23T08:57:00+01:00' });
    expect(parseByline('Jane Okafor · March 5, 2019 · 2:05 PM')).toEqual({ author: 'Jane Okafor', outlets: [], published: '2019-03-05T14:05:00+01:00' });
  });

  it('reads "originally" between the verb and the name, and a newsroom label before a name', () => {
    expect(parseByline('Signé à l’origine par Fiona McLennan')?.author).toBe('Fiona McLennan');
    expect(parseByline('Originally written by Jane Okafor')?.author).toBe('Jane Okafor');
    expect(parseByline('Rédaction : Jordane Castaing')?.author).toBe('Jordane Castaing');
    // a label of a desk names nobody; "Publié dans <rubrique>" is no byline
    expect(parseByline('Rédaction : service Politique')?.author ?? null).toBeNull();
    expect(parseByline('Publié dans Revue de presse le 09/12/2018')).toBeNull();
  });

  it('reads an authorship label with "original" before it ("Original author: X", "Plume originale : X")', () => {
    expect(parseByline('Original author: Nadège Thibodeau')?.author).toBe('Nadège Thibodeau');
    expect(parseByline('Plume originale : Thibaut Kieffer')?.author).toBe('Thibaut Kieffer');
    expect(parseByline('Auteur original : Jane Okafor')?.author).toBe('Jane Okafor');
  });

  it('reads the cue written in two languages ("von / par X", "by / par X")', () => {
    expect(parseByline('von / par Mathieu Sabatier')?.author).toBe('Mathieu Sabatier');
    expect(parseByline('By / Par Jane Okafor')?.author).toBe('Jane Okafor');
    expect(parseByline('Ici / par là')).toBeNull();
  });

  it('reads a pictogram before a name as the authorship cue, and nothing else after one', () => {
    expect(parseByline('✎ Rémi Castagné')?.author).toBe('Rémi Castagné');
    expect(parseByline('✍️ Jane Okafor')?.author).toBe('Jane Okafor');
    expect(parseByline('🖊 Lucie Marchal')?.author).toBe('Lucie Marchal');
    expect(parseByline('✎ Écrire un commentaire')).toBeNull();
    expect(parseByline('★ Les plus lus')).toBeNull();
    // a copyright sign credits a picture's owner, not the text's author
    expect(parseByline('© Didier Bauweraerts')).toBeNull();
    expect(parseByline('® Jane Okafor')).toBeNull();
  });

  it('reads name, place and role forms', () => {
    expect(parseByline('Par Jean Dupont')?.author).toBe('Jean Dupont');
    expect(parseByline('Par Jean Dupont, à Paris')?.author).toBe('Jean Dupont');
    expect(parseByline('Par Samia Haddad , auteure')?.author).toBe('Samia Haddad');
    expect(parseByline('Par AFP')).toEqual({ author: null, outlets: ['AFP'], published: null });
  });

  it('tells an outlet that signs from a person through the outlet list ("Par Le Figaro avec AFP")', () => {
    expect(parseByline('Par Le Figaro avec AFP')).toEqual({ author: null, outlets: ['Le Figaro'], published: null });
    expect(parseByline('Par Jean Dupont avec AFP')).toEqual({ author: 'Jean Dupont', outlets: [], published: null });
    expect(parseByline('Par Jean Dupont et Marie Curie')?.author).toBe('Jean Dupont et Marie Curie');
  });

  it.each([
    ['Par Jean Dupont - Publié le 5 janvier 2019 à 14h30', 'Jean Dupont', '2019-01-05T14:30:00+01:00'],
    ['Jean Dupont | Publié le 08/01/2019', 'Jean Dupont', '2019-01-08T00:00:00+01:00'],
    ['Auteur : Marie Curie', 'Marie Curie', null],
    ['Texte : Marie Curie', 'Marie Curie', null],
    ['Rédigé par Marie Curie le 3 février 2019', 'Marie Curie', '2019-02-03T00:00:00+01:00'],
    ['Marie Curie, le 3 février 2019 à 8 h 15', 'Marie Curie', '2019-02-03T08:15:00+01:00'],
    ['Par Sophie Martin, envoyée spéciale à Kiev', 'Sophie Martin', null],
    ['Par Agathe de Villeneuve | 23.01.2019 à 13:27', 'Agathe de Villeneuve', '2019-01-23T13:27:00+01:00'],
    // The authorship cue after a few words naming the piece, in both languages, with other separators.
    ['Un reportage signé Hugo Lemaire', 'Hugo Lemaire', null],
    ['Cette enquête a été rédigée par Inès Carvalho', 'Inès Carvalho', null],
    ['Column by Daniel Okafor · 14 March 2019', 'Daniel Okafor', '2019-03-14T00:00:00+01:00'],
    ['Reported by Grace Whitfield on March 14, 2019', 'Grace Whitfield', '2019-03-14T00:00:00+01:00'],
    ['Une analyse de Thomas Renaud', 'Thomas Renaud', null],
    ['Words: Fiona McLeod', 'Fiona McLeod', null],
    ['By Tomasz Nowak, senior Africa editor', 'Tomasz Nowak', null],
    ['Par Inès Carvalho, cheffe du service Monde', 'Inès Carvalho', null],
    ['Auteur principal : Hugo Lemaire', 'Hugo Lemaire', null],
    ['Une émission présentée par Inès Carvalho', 'Inès Carvalho', null],
    ['Hosted by Daniel Okafor', 'Daniel Okafor', null],
    ['Words by Harriet Cole · 14 February 2021, 9:05 am', 'Harriet Cole', '2021-02-14T09:05:00+01:00'],
    ['Reporting by Tom Baker', 'Tom Baker', null],
  ])('reads the byline %s', (line, author, published) => {
    expect(parseByline(line)).toMatchObject({ author, published });
  });

  it('reads collective signatures and "Publié par" as bylines without an author', () => {
    expect(parseByline('Par la rédaction')).toEqual({ author: null, outlets: [], published: null });
    expect(parseByline('Par notre correspondant à Bruxelles')).toEqual({ author: null, outlets: [], published: null });
    expect(parseByline('Publié par Jean Dupont le 5 janvier 2019')).toMatchObject({ author: 'Jean Dupont', published: '2019-01-05T00:00:00+01:00' });
    expect(parseByline('Par la suite, le ministre a démissionné')).toBeNull();
  });

  it('needs a date to read a name-first line (a name alone may be a title)', () => {
    expect(parseByline('Marine Le Pen | Le Figaro')).toBeNull();
    expect(parseByline('Emmanuel Macron, le président des riches')).toBeNull();
  });

  it('reads a user name with a date as a byline without an author (forums, comments)', () => {
    expect(parseByline('par marcel_du_53 » jeu. 7 févr. 2019 09:41')).toEqual({ author: null, outlets: [], published: '2019-02-07T09:41:00+01:00' });
    expect(parseByline('by harbourwatcher | 7 Feb 2019')).toMatchObject({ author: null, published: '2019-02-07T00:00:00+01:00' });
    expect(parseByline('par ailleurs » rien')).toBeNull();
  });

  it('leaves headlines and sentences with "de" or "signé" before a name', () => {
    expect(parseByline('La mort de Jean Dupont bouleverse le village')).toBeNull();
    expect(parseByline('Le discours de Donald Trump')).toBeNull();
    expect(parseByline('Le texte signé par 40 députés')).toBeNull();
    expect(parseByline('The speech by Boris Johnson divided his party')).toBeNull();
    expect(parseByline('La dernière chronique de la saison est signée Paul Verlaine.')).toBeNull();
  });

  it('rejects sentences', () => {
    expect(parseByline('Par ailleurs, la police a procédé à dix interpellations.')).toBeNull();
    expect(parseByline('Par conséquent')).toBeNull();
    expect(parseByline("Par Internet, les gilets jaunes s'organisent depuis des semaines")).toBeNull();
  });
});

describe('splitTitle', () => {
  it('splits a listed outlet off after any separator symbol', () => {
    expect(splitTitle('Le pont rouvre après trois mois » Ouest-France')).toMatchObject({ title: 'Le pont rouvre après trois mois', outlet: 'Ouest-France' });
    expect(splitTitle('Le pont rouvre après trois mois :: Le Soir')).toMatchObject({ title: 'Le pont rouvre après trois mois', outlet: 'Le Soir' });
  });

  it('splits a translated outlet suffix off, and leaves a look-alike name in the title', () => {
    expect(splitTitle('La tempête a privé 40 000 foyers d’électricité - West France')).toMatchObject({ title: 'La tempête a privé 40 000 foyers d’électricité', outlet: 'Ouest-France' });
    expect(splitTitle('Les agriculteurs bloquent la rocade | The Republican East')).toMatchObject({ outlet: "L'Est républicain" });
    expect(splitTitle('Les agriculteurs bloquent la rocade - Le Monde Agricole').outlet).toBeNull();
    expect(splitTitle('Le prix du lait en hausse - Le Courrier du Sud').outlet).toBeNull();
  });

  it('splits the publishing site and cited outlets off seed 001', () => {
    expect(splitTitle('La Russie conclut un accord sur les drones avec l’Iran – Washington Post – RT Russie et ex-Union soviétique')).toEqual({
      title: 'La Russie conclut un accord sur les drones avec l’Iran',
      outlet: 'RT',
      otherOutlets: ['The Washington Post'],
    });
  });

  it('splits seed 002 and leaves seed 003 whole', () => {
    expect(splitTitle("L'Iran et la Russie conviennent de produire des drones kamikazes iraniens en Russie - The Washington Post")).toEqual({
      title: "L'Iran et la Russie conviennent de produire des drones kamikazes iraniens en Russie",
      outlet: 'The Washington Post',
      otherOutlets: [],
    });
    const s003 = "L'Iran pourrait envoyer davantage de drones kamikazes à la Russie - Secrétaire d'État américain";
    expect(splitTitle(s003)).toEqual({ title: s003, outlet: null, otherOutlets: [] });
  });

  it('splits leading prefixes and site-like suffixes, not ordinary phrases', () => {
    expect(splitTitle('Le Monde | Grève : la mobilisation faiblit')).toMatchObject({ title: 'Grève : la mobilisation faiblit', outlet: 'Le Monde' });
    expect(splitTitle('AFP : le président annonce un remaniement')).toMatchObject({ outlet: 'AFP' });
    expect(splitTitle('Macron en difficulté - actualites-du-jour.fr')).toMatchObject({ title: 'Macron en difficulté', outlet: 'actualites-du-jour.fr' });
    expect(splitTitle('Gilets jaunes - Le point sur la situation').outlet).toBeNull();
    expect(splitTitle('France : Macron annonce des mesures sociales').outlet).toBeNull();
    expect(splitTitle('Le Temps : un allié ou un ennemi pour les vignerons ?').outlet).toBeNull();
  });
});

describe('creditOutlet', () => {
  it('names the known outlet of a credit line', () => {
    expect(creditOutlet('© Le Monde 2019')).toBe('Le Monde');
    expect(creditOutlet('Copyright AFP')).toBe('AFP');
    expect(creditOutlet('© AFP/Belga')).toBe('AFP');
    expect(creditOutlet('© 2019 La DH')).toBe('La DH');
    expect(creditOutlet('Copyright © 2018-2019 Le Soir. Tous droits réservés.')).toBe('Le Soir');
  });

  it('ignores aggregators and photographers', () => {
    expect(creditOutlet('© Infos-Express 2024')).toBeNull();
    expect(creditOutlet('Tous droits réservés Le Kiosque du Net')).toBeNull();
    expect(creditOutlet('Copyright La Gazette en Ligne. Reproduction interdite.')).toBeNull();
    expect(creditOutlet('© Jean-Marc Lefèvre')).toBeNull();
  });
});

describe('findCitedOutlets', () => {
  const paragraphs = (name: string): string[] => seed(name).slice(1).map((l) => l.text);

  it('seed 000 cites exactly NBC News, BBC News, The Wall Street Journal and The Guardian', () => {
    expect(findCitedOutlets(paragraphs(SEED.s000), null)).toEqual(['NBC News', 'BBC News', 'The Wall Street Journal', 'The Guardian']);
  });

  it('seed 001 cites The Washington Post ("au Washington Post", "Selon le Post")', () => {
    expect(findCitedOutlets(paragraphs(SEED.s001), 'RT')).toEqual(['The Washington Post']);
  });

  it('does not count the article’s own outlet (seed 002)', () => {
    expect(findCitedOutlets(paragraphs(SEED.s002), 'The Washington Post')).toEqual([]);
    expect(findCitedOutlets(paragraphs(SEED.s002), null)).toEqual(['The Washington Post']);
  });

  it('reads credit phrases for ambiguous names', () => {
    const p = [
      'Une personne a été blessée, selon une information du Parisien.',
      "L'ex-ministre s'est exprimé au micro de BFM TV, puis dans Libération.",
      'Le président a été reçu le soir même, a rapporté Le Temps.',
    ];
    expect(findCitedOutlets(p, null)).toEqual(['Le Parisien', 'BFMTV', 'Libération', 'Le Temps']);
  });
});

describe('bylines: roles, places and dates around the name', () => {
  const meta = (byline: string) =>
    extractMetaLines(lines(`Un titre pour l'essai du jour\n${byline}\n${BODY}\n${BODY} Encore une phrase.\n${BODY} Et une autre.`)).meta;

  it('reads "from our correspondent, Name" in both languages', () => {
    expect(meta('De notre envoyée spéciale à Kiev, Anne-Sophie Marchal').author).toBe('Anne-Sophie Marchal');
    expect(meta('De notre correspondant, Paul Lefèvre').author).toBe('Paul Lefèvre');
    expect(meta('From our Brussels correspondent, Jane Whitaker').author).toBe('Jane Whitaker');
  });

  it('reads a name after a date and a separator, with or without a role', () => {
    expect(parseDateLine('16 février 2019 - Jean Dupont')?.author).toBe('Jean Dupont');
    expect(parseDateLine('March 3, 2020 | Tom Baker, staff writer')?.author).toBe('Tom Baker');
    expect(parseDateLine('03.02.2020 · Léa Martin (correspondante)')?.author).toBe('Léa Martin');
    // A section or an outlet after the date is no author.
    expect(parseDateLine('16 février 2019 - Le Monde')?.author ?? null).toBeNull();
    expect(parseDateLine('16 février 2019 - Société')?.author ?? null).toBeNull();
  });

  it('takes a name line with a role or a place next to the date line', () => {
    const m = (line: string) =>
      extractMetaLines(lines(`Un titre pour l'essai du jour\n${line}\nsamedi 12 janvier 2019\n${BODY}\n${BODY} Encore une phrase.`)).meta.author;
    expect(m('Amélie Roux (correspondante locale)')).toBe('Amélie Roux');
    expect(m('Tom Baker in Lisbon')).toBe('Tom Baker');
    expect(m('Karim Haddad, chef du service politique')).toBe('Karim Haddad');
    expect(m('Les pompiers sur place')).toBeNull();
  });
});

describe('URL lines after a pointer symbol', () => {
  it('are the page\'s address, and name a known outlet', () => {
    const r = extractMetaLines(lines(`Un titre pour l'essai du jour\n${BODY}\n${BODY} Encore.\n→ https://www.lesoir.be/123/article/2019-01-05/un-titre\n▶ www.exemple-local.fr/page`));
    expect(r.meta.url).toBe('https://www.lesoir.be/123/article/2019-01-05/un-titre');
    expect(r.meta.urlOutlet).toBe('Le Soir');
    expect(r.removed.map((x) => x.reason)).toEqual(['metadata:url', 'metadata:url']);
  });
});

describe('more label forms', () => {
  it('reads inclusive spellings of the author label and "label on URL" lines', () => {
    expect(parseByline('Auteur·e : Solène Marchetti')?.author).toBe('Solène Marchetti');
    expect(parseByline('Auteur(e) : Paul Girard')?.author).toBe('Paul Girard');
    const r = extractMetaLines(lines(`Un titre pour l'essai du jour\n${BODY}\n${BODY} Encore.\nArticle complet sur https://www.lesoir.be/123/article/x\nRead the full story at www.theguardian.com/world/x`));
    expect(r.meta.urlOutlet).toBe('Le Soir');
    expect(r.removed.map((x) => x.reason)).toEqual(['metadata:url', 'metadata:url']);
  });
});

describe('date lines: relative ages, separators and header labels', () => {
  it('reads the date whatever relative age stands beside it', () => {
    expect(parseDateLine('Publié le 25/11/2018 à 14h28, mis à jour il y a 8 heures')?.published).toBe('2018-11-25T14:28:00+01:00');
    expect(parseDateLine('Il y a 3 h · 24/11/2018 20:56')?.published).toBe('2018-11-24T20:56:00+01:00');
    expect(parseDateLine('Posted 3 hours ago | March 2, 2019')?.published).toBe('2019-03-02T00:00:00+01:00');
  });

  it('reads a time after a middle dot, a "sent" cue, and a short label after the date', () => {
    expect(parseDateLine('05.03.2019 · 18:30')?.published).toBe('2019-03-05T18:30:00+01:00');
    expect(parseDateLine('Envoyé le 31 décembre 2018')?.published).toBe('2018-12-31T00:00:00+01:00');
    expect(parseDateLine('Sent on 4 January 2019')?.published).toBe('2019-01-04T00:00:00+01:00');
    expect(parseDateLine('29/12/2018 13:06 — Dépêche n° 20181229-706')?.published).toBe('2018-12-29T13:06:00+01:00');
    // A sentence after the date is no date line.
    expect(parseDateLine('12 mars 2019 - Les manifestants ont bloqué le rond-point toute la matinée.')).toBeNull();
  });

  it('reads bylines with a date after the comma, a newsroom role, or a correspondent label', () => {
    expect(parseByline('Par Jean Dupont, 12 janvier 2019')).toEqual({ author: 'Jean Dupont', outlets: [], published: '2019-01-12T00:00:00+01:00' });
    expect(parseByline('Mathieu Scheuer, bureau de Marseille')?.author).toBe('Mathieu Scheuer');
    expect(parseByline('Jane Smith, staff writer')?.author).toBe('Jane Smith');
    expect(parseByline('Emmanuel Macron, président de la République')).toBeNull();
    expect(parseByline('Correspondante : Léa Roy')?.author).toBe('Léa Roy');
    expect(parseByline('Timothée Lacombe, rédaction de Canal Vallée   samedi 1 décembre 2018 à 14h58')?.author).toBe('Timothée Lacombe');
  });
});

describe('more byline, source and address forms', () => {
  it('reads "Posté par" and a reading time beside a name', () => {
    expect(parseByline('Posté par Karim Benaïssa le 15/03/2019 à 23:04')?.author).toBe('Karim Benaïssa');
    expect(parseByline('Nicolas Ruchonnet · 7 min de lecture')?.author).toBe('Nicolas Ruchonnet');
    expect(parseByline('Jane Roe | 5 min read')?.author).toBe('Jane Roe');
    expect(parseByline('Le Sud · 7 min de lecture')).toBeNull();
  });

  it('reads "In X", "Dans X" and a dashed Source line for a listed outlet, never for a place', () => {
    const src = (line: string) => extractMetaLines(lines(`Un titre pour l'essai du jour\n${line}\n${BODY}\n${BODY} Encore.`)).meta.sourceOutlet;
    expect(src('In La Voix du Nord')).toBe('La Voix du Nord');
    expect(src('Dans Le Parisien')).toBe('Le Parisien');
    expect(src('— Source : Le Soir')).toBe('Le Soir');
    expect(src('In Paris')).toBeNull();
  });

  it('reads an address after a pointer and a label', () => {
    const r = extractMetaLines(lines(`Un titre pour l'essai du jour\n${BODY}\n${BODY} Encore.\n→ Suite de l’article : https://www.lesoir.be/123/article/x`));
    expect(r.meta.urlOutlet).toBe('Le Soir');
  });
});

describe('bylines with a bracketed date', () => {
  it('read a role or a reading time, a relative age, and the date in brackets', () => {
    expect(parseByline('Karim Benaïssa, étudiante en master de journalisme il y a 6 jours (29/01/2019)')).toEqual({ author: 'Karim Benaïssa', outlets: [], published: '2019-01-29T00:00:00+01:00' });
    expect(parseByline('Ana Ruiz · 4 min read · 2 days ago (March 16, 2019)')?.published).toBe('2019-03-16T00:00:00+01:00');
    expect(parseByline('Jean Dupont, qui a vu la scène (lundi)')).toBeNull();
  });
});

describe('Source lines with a note in brackets', () => {
  it('keep an unlisted name without its note', () => {
    const r = extractMetaLines(lines(`Un titre pour l'essai du jour\n${BODY}\n${BODY} Encore.\nSource : La Gazette des Cimes (article original)`));
    expect(r.meta.sourceOutlet).toBe('La Gazette des Cimes');
  });
});

describe('Source lines naming what they source', () => {
  it('read "Source de l’article : X", not a sentence after "Sources …"', () => {
    const src = (line: string) => extractMetaLines(lines(`Un titre pour l'essai du jour\n${BODY}\n${BODY} Encore.\n${line}`)).meta.sourceOutlet;
    expect(src('Source de l’article : Le Figaro')).toBe('Le Figaro');
    expect(src('Original source: The Guardian')).toBeNull();
    expect(src('Sources policières : trois blessés')).toBeNull();
  });
});

describe('an address after a label and an arrow', () => {
  it('names its outlet', () => {
    const r = extractMetaLines(lines(`Un titre pour l'essai du jour\n${BODY}\n${BODY} Encore.\nLien vers l’original → https://www.lemonde.fr/politique/article/x`));
    expect(r.meta.urlOutlet).toBe('Le Monde');
  });
});

describe('Crédit and Via lines with an unlisted publication', () => {
  it('name it when written as a publication, never a person or a picture credit', () => {
    const src = (line: string) => extractMetaLines(lines(`Un titre pour l'essai du jour\n${BODY}\n${BODY} Encore.\n${line}`)).meta.sourceOutlet;
    expect(src('Crédit : La Gazette des Cimes')).toBe('La Gazette des Cimes');
    expect(src('Via The Marsh Gazette')).toBe('The Marsh Gazette');
    expect(src('Crédit : Jean Dupont')).toBeNull();
    expect(src('Crédit photo : La Gazette des Cimes')).toBeNull();
  });
});

describe('Source lines in two languages or with a long note', () => {
  it('read the name', () => {
    const src = (line: string) => extractMetaLines(lines(`Un titre pour l'essai du jour\n${BODY}\n${BODY} Encore.\n${line}`)).meta.sourceOutlet;
    expect(src('Quelle / Source : Le Monde')).toBe('Le Monde');
    expect(src('Source originale : Le Soir (traduction automatique relue par la rédaction)')).toBe('Le Soir');
  });
});

describe('bylines with a newsroom role as their own part', () => {
  it('read the name', () => {
    expect(parseByline('Thibault Orsini | Journaliste')?.author).toBe('Thibault Orsini');
    expect(parseByline('Élodie Marcadet — bureau de Libourne')?.author).toBe('Élodie Marcadet');
    expect(parseByline('Paris | Politique')).toBeNull();
  });

  it('and an address after a long label', () => {
    const r = extractMetaLines(lines(`Un titre pour l'essai du jour\n${BODY}\n${BODY} Encore.\nTexte intégral sur le site de notre partenaire : https://www.lesoir.be/123/x`));
    expect(r.meta.urlOutlet).toBe('Le Soir');
  });
});

describe('more labels (v11)', () => {
  it('"Reportage :" and "Entretien :" bylines; "Droits :" and a Source name closed by a full stop', () => {
    expect(parseByline('Reportage : Mireille Ndong')?.author).toBe('Mireille Ndong');
    const src = (line: string) => extractMetaLines(lines(`Un titre pour l'essai du jour\n${BODY}\n${BODY} Encore.\n${line}`)).meta.sourceOutlet;
    expect(src('Source: La Gazette des Cimes.')).toBe('La Gazette des Cimes');
    expect(src('Droits : L’Express')).toBe("L'Express");
    expect(src('Source : Les manifestants ont bloqué la route.')).toBeNull();
  });
});

describe('more v12 forms', () => {
  it('a bracketed outlet alone near the top, "D’après X (…)", "Selon X" as a whole line, a time written 07.05', () => {
    const src = (line: string) => extractMetaLines(lines(`Un titre pour l'essai du jour\n${line}\n${BODY}\n${BODY} Encore.`)).meta.sourceOutlet;
    expect(src('(Le Monde)')).toBe('Le Monde');
    expect(src('D’après The Guardian (traduction de la rédaction)')).toBe('The Guardian');
    expect(src('Selon Le Parisien')).toBe('Le Parisien');
    expect(src('Selon les autorités')).toBeNull();
    expect(parseByline('Armand Chevrolat – Sion, samedi 9 mars 2019, 07.05')?.published).toBe('2019-03-09T07:05:00+01:00');
    expect(parseDateLine('12.03.2019')?.published).toBe('2019-03-12T00:00:00+01:00');
  });
});

describe('dates tried on a site in no corpus', () => {
  it('read a clock time before the date, and a dash between the cue and the date', () => {
    expect(parseDateLine('Published 4:12 PM GMT, March 5, 2020')?.published).toBe('2020-03-05T16:12:00+00:00');
    expect(parseDateLine('Posted at 09:30, 12 January 2021')?.published).toBe('2021-01-12T09:30:00+01:00');
    expect(parseDateLine('Publié à 14h05, le 3 février 2019')?.published).toBe('2019-02-03T14:05:00+01:00');
    expect(parseDateLine('Mis en ligne il y a 2 h — le 5 mars 2020 à 10:12')?.published).toBe('2020-03-05T10:12:00+01:00');
    expect(parseDateLine('12:30 Le maire prend la parole')).toBeNull();
  });
});

describe('dates: a time in its own clause, an update in brackets, a place before the offset (v17)', () => {
  it('reads the time of a clause after the date: separator, cue words, "à"/"at" (the motivating line and other wordings)', () => {
    expect(parseDateLine('10.12.2018 — mis en ligne à 14 h 05')?.published).toBe('2018-12-10T14:05:00+01:00');
    expect(parseDateLine('3 mars 2019 · article publié à 9h15')?.published).toBe('2019-03-03T09:15:00+01:00');
    expect(parseDateLine('May 3, 2019 | posted at 4:12 pm')?.published).toBe('2019-05-03T16:12:00+02:00');
    // A comma is no clause of the line's own clock: a sentence stays text.
    expect(parseDateLine('3 mars 2019, le maire arrivera à 14 h 30')).toBeNull();
  });

  it('reads minutes spelt "min" and a dash before the time', () => {
    expect(parseDateLine('Publié le : 30 décembre 2018 - 15 h 21 min')?.published).toBe('2018-12-30T15:21:00+01:00');
    expect(parseDateLine('2 mars 2019 — 17 h 56 min')?.published).toBe('2019-03-02T17:56:00+01:00');
    expect(parseDateLine('March 2, 2019 – 5:56 pm')?.published).toBe('2019-03-02T17:56:00+01:00');
  });

  it('reads a colon after the cue\'s "le"/"on"', () => {
    expect(parseDateLine('Posted on: March 2, 2019')?.published).toBe('2019-03-02T00:00:00+01:00');
    expect(parseDateLine('Mis en ligne le - 4 mars 2019')?.published).toBe('2019-03-04T00:00:00+01:00');
  });

  it('drops a same-day update in brackets, whatever its abbreviation', () => {
    expect(parseDateLine('17 janvier 2019, 16:12 (màj 18:38)')?.published).toBe('2019-01-17T16:12:00+01:00');
    expect(parseDateLine('3 March 2019, 9:05 (upd. 11:40)')?.published).toBe('2019-03-03T09:05:00+01:00');
    expect(parseDateLine('12.02.2019 à 08h10 (modif 09h02)')?.published).toBe('2019-02-12T08:10:00+01:00');
  });

  it('reads an offset after the place it is the time of', () => {
    expect(parseDateLine('Thursday, 14 February 2019 · 3:51 PM (Paris, UTC+1)')?.published).toBe('2019-02-14T15:51:00+01:00');
    expect(parseDateLine('14 février 2019, 15:51 (Dakar, GMT+0)')?.published).toBe('2019-02-14T15:51:00+00:00');
    expect(parseDateLine('March 5, 2020 8:14 am (New York, UTC-5)')?.published).toBe('2020-03-05T08:14:00-05:00');
  });
});

describe('date templates: a site\'s own words before its dates, by evidence across files', () => {
  it('splits a short line into the words before a full date and a date line', () => {
    expect(dateLead('posté le 11 décembre 2018 à 14 h 56 par Chiara Vuillermoz')).toEqual({ key: 'poste le', rest: '11 décembre 2018 à 14 h 56 par Chiara Vuillermoz', published: '2018-12-11T14:56:00+01:00' });
    expect(dateLead('N° 1183 — dimanche 30 décembre 2018')?.key).toBe('n° # -');
    expect(dateLead('Sent to members on March 3, 2019')?.key).toBe('sent to members on');
    // A sentence, a date with nothing before it, too many words before it: no lead.
    expect(dateLead('Il est arrivé le 3 mars 2019 à Paris.')).toBeNull();
    expect(dateLead('3 mars 2019')).toBeNull();
    expect(dateLead('Les habitants du quartier se retrouveront tous ensemble le 3 mars 2019')).toBeNull();
  });

  it('learn a lead in another language before a month in it, and a clock after short words of it', () => {
    const pages = ['11', '12', '13'].map((d) => [`Publicado el ${d} de marzo de 2021 a las 10:05`]);
    expect([...dateTemplates(pages)]).toEqual(['publicado el']);
    expect(dateLead('Veröffentlicht am 12. März 2021 um 10:05 Uhr')).toMatchObject({ key: 'veroffentlicht am', published: '2021-03-12T10:05:00+01:00' });
    expect(parseDateLine('12 marzo 2021 alle ore 10:05')?.published).toBe('2021-03-12T10:05:00+01:00');
    expect(parseDateLine('12 de março de 2021 às 10h05')?.published).toBe('2021-03-12T10:05:00+01:00');
    // a number after a date in a sentence is no clock
    expect(parseDateLine('12 mars 2021 les 10 000 manifestants')).toBeNull();
  });

  it('are the same words before three different days, in any language, numbers aside', () => {
    const pages = [
      ['Lettre n° 12 du 3 mars 2019', 'Issue #412 — Tuesday, March 5, 2019', 'Envoyée aux adhérents le 17/12/2018', 'Né le 3 mars 1992'],
      ['Lettre n° 13 du 10 mars 2019', 'Issue #413 — Tuesday, March 12, 2019', 'Envoyée aux adhérents le 13/01/2019', 'Concert le 4 mai 2019'],
      ['Lettre n° 14 du 17 mars 2019', 'Issue #414 — Tuesday, March 19, 2019', 'Envoyée aux adhérents le 13/01/2019', 'Concert le 4 mai 2019'],
    ];
    // The adhérents' letter shows two days only; one page's birth date and the same concert twice are no template.
    expect([...dateTemplates(pages)].sort()).toEqual(['issue ## -', 'lettre n° # du'].sort());
    expect([...dateTemplates([...pages, ['Envoyée aux adhérents le 2/02/2019']])]).toContain('envoyee aux adherents le');
  });
});

describe('Source lines with a label word, an arrow or a bracket (v17)', () => {
  const sourceOf = (line: string) =>
    extractMetaLines(lines(['Un titre assez long pour en être un vrai', line, 'Le conseil municipal a débattu mardi soir de la halle, après plusieurs mois de concertation avec les habitants.'].join('\n'))).meta.sourceOutlet;
  it('reads the motivating lines and other wordings', () => {
    expect(sourceOf('Info source → Le Parisien')).toBe('Le Parisien');
    expect(sourceOf('Source(s) : Le Parisien')).toBe('Le Parisien');
    expect(sourceOf('(Source France Bleu)')).toBe('France Bleu');
    expect(sourceOf('Article source : Le Monde')).toBe('Le Monde');
    expect(sourceOf('Source -> Libération')).toBe('Libération');
    expect(sourceOf('Sources => Le Figaro')).toBe('Le Figaro');
  });
  it('leaves a picture\'s source and a sentence about a source', () => {
    expect(sourceOf('Photo source : Le Parisien')).toBeNull();
    expect(sourceOf('Une source proche du dossier : rien ne bougera')).toBeNull();
    // A headline about a source of another kind: its value is a sentence, not a name.
    expect(sourceOf('Open source : la ville adopte Linux pour ses écoles')).toBeNull();
    expect(sourceOf('Code source : les députés votent la transparence des algorithmes')).toBeNull();
  });
});

describe('dates with an elided label, a time in brackets, words after a template date (v18)', () => {
  it('reads a label with an article and a time in brackets, in either language', () => {
    expect(parseDateLine('Date de l’article : 27 janvier 2019 (19:41)')?.published).toBe('2019-01-27T19:41:00+01:00');
    expect(parseDateLine('Date de la publication : 3 mars 2019')?.published).toBe('2019-03-03T00:00:00+01:00');
    expect(parseDateLine('Date of the article: March 3, 2019 (8:05)')?.published).toBe('2019-03-03T08:05:00+01:00');
    expect(parseDateLine('Né le 3 mars 1992')).toBeNull();
  });
  it('reads a template date followed by the same few words on every page', () => {
    expect(dateLead('Diffusée le 12 décembre 2018 aux équipes')).toMatchObject({ key: 'diffusee le', published: '2018-12-12T00:00:00+01:00' });
    expect(dateLead('Sent on 12 December 2018 to all staff')).toMatchObject({ key: 'sent on', published: '2018-12-12T00:00:00+01:00' });
    // A sentence after the date is no template's tail.
    expect(dateLead('Arrivé le 12 décembre 2018 dans la commune avec sa famille et ses trois enfants.')).toBeNull();
  });
});

describe('splitTitle with a double dash', () => {
  it('reads the outlet after " -- " as after " - "', () => {
    expect(splitTitle('Loi anticasseurs : un arsenal judiciaire contraignant -- Le Figaro')).toMatchObject({ title: 'Loi anticasseurs : un arsenal judiciaire contraignant', outlet: 'Le Figaro' });
    expect(splitTitle('The harbour reopens after the storm -- The Guardian')).toMatchObject({ title: 'The harbour reopens after the storm', outlet: 'The Guardian' });
    expect(splitTitle('Le match -- un résumé en images')).toMatchObject({ outlet: null });
  });
});

describe('a date line is no byline for opening on a cue and a weekday (a page in no corpus)', () => {
  it('reads the date, not "Published Thursday" as a name, in either language', () => {
    expect(parseByline('Published Thursday, January 10, 2019 at 4:05 p.m.')).toBeNull();
    expect(parseByline('Posted Monday, March 4, 2019')).toBeNull();
    expect(parseByline('Publié Jeudi, 10 janvier 2019')).toBeNull();
    expect(parseDateLine('Published Thursday, January 10, 2019 at 4:05 p.m.')?.published).toBe('2019-01-10T16:05:00+01:00');
    // A name before the date is still a byline.
    expect(parseByline('Hannah Okafor, January 10, 2019')?.author).toBe('Hannah Okafor');
  });
});

describe('dates: zone abbreviations, two-digit years after a month name, a date written twice (v19)', () => {
  const at = (text: string) => parseDateLine(text)?.published ?? null;
  it('reads a zone abbreviation after the time as its fixed offset, in English and Canadian French', () => {
    expect(at('Jan. 10, 2019 at 12:28 AM CST')).toBe('2019-01-10T00:28:00-06:00');
    expect(at('Sunday 30 December 2018, 9.33pm NZDT')).toBe('2018-12-30T21:33:00+13:00');
    expect(at('March 4, 2019, 6:10 pm PST')).toBe('2019-03-04T18:10:00-08:00');
    expect(at('4 mars 2019 à 10 h 05 (HNR)')).toBe('2019-03-04T10:05:00-07:00');
    expect(at('Le 4 mars 2019 à 8 h 30 HNT')).toBe('2019-03-04T08:30:00-03:30');
    expect(at('4 March 2019, 16:05 SAST')).toBe('2019-03-04T16:05:00+02:00');
    // No time, no zone read: the day alone stays Paris's.
    expect(at('4 mars 2019')).toBe('2019-03-04T00:00:00+01:00');
  });
  it('reads a two-digit year after a month name only before a time or the end of the line', () => {
    expect(at('Le 16 févr. 19 - 15:31')).toBe('2019-02-16T15:31:00+01:00');
    expect(at('3 Dec 18, 09:12')).toBe('2018-12-03T09:12:00+01:00');
    expect(at('16 févr. 19')).toBe('2019-02-16T00:00:00+01:00');
    expect(parseDateLine('Le 3 mars 19 habitants ont signé')).toBeNull();
  });
  it('reads the same day written twice in two languages as one date, and two different days as none', () => {
    expect(at('20 décembre 2018 / 20 December 2018')).toBe('2018-12-20T00:00:00+01:00');
    expect(at('Publié le 2 mai 2019 / Published May 2, 2019')).toBe('2019-05-02T00:00:00+02:00');
    expect(parseDateLine('5 mars 2019 / 7 mars 2019')).toBeNull();
  });
});

describe('a link to the original after a label in any wording (v19)', () => {
  const urlOf = (line: string) => extractMetaLines(lines(`Titre de l’article\n${line}\nLe conseil municipal a voté le budget des écoles mardi soir, à l’unanimité des présents.`)).meta;
  it('reads a short label of words, maybe in two languages, with or without a colon', () => {
    expect(urlOf('Archivé depuis https://www.levif.be/2019/02/04/x').urlOutlet).toBe('Le Vif');
    expect(urlOf('Zum Artikel / Vers l’article : https://www.lecho.be/region/x').urlOutlet).toBe("L'Écho");
    expect(urlOf('Originally published at https://www.lesoir.be/article/1').urlOutlet).toBe('Le Soir');
    expect(urlOf('Texte intégral chez le confrère → https://www.lalibre.be/x').url).toBe('https://www.lalibre.be/x');
  });
  it('reads the label ending on any arrow or pictogram (v29), in either language', () => {
    expect(urlOf('La suite sur le site du journal ↗ https://www.lesoir.be/article/2').urlOutlet).toBe('Le Soir');
    expect(urlOf('Continue reading at the source ⇨ https://www.lecho.be/x').urlOutlet).toBe("L'Écho");
    expect(urlOf('Article complet 🔗 https://www.levif.be/2019/x').urlOutlet).toBe('Le Vif');
  });
  it('never reads a sentence that ends on an address as the page’s link', () => {
    expect(urlOf('Le maire a dit que tout le programme était sur https://www.exemple.org/programme.').url).toBeNull();
    expect(urlOf('Il a dit : « allez voir ». https://www.exemple.org/x').url).toBeNull();
  });
});

describe('a byline label repeated in another language after a slash (v19)', () => {
  it('reads the name after either language’s label', () => {
    expect(parseByline('Auteur / Author : Yohan Castellani')?.author).toBe('Yohan Castellani');
    expect(parseByline('Texte / Text: Marie Dubois')?.author).toBe('Marie Dubois');
    expect(parseByline('Reportage / Bericht : Jean Martin')?.author).toBe('Jean Martin');
    // A slash in a sentence is no label.
    expect(parseByline('Auteur / compositeur de la chanson, il revient sur scène samedi')).toBeNull();
  });
});

describe('dates: year first with any separator, hyphenated days, US zones by two letters, "heures" (a general pass)', () => {
  const at = (text: string) => parseDateLine(text)?.published ?? null;
  it('reads them in either language', () => {
    expect(at('2019/01/11 14:05')).toBe('2019-01-11T14:05:00+01:00');
    expect(at('2019.01.11')).toBe('2019-01-11T00:00:00+01:00');
    expect(at('11-Jan-2019')).toBe('2019-01-11T00:00:00+01:00');
    expect(at('Jan 11, 2019, 2:05 p.m. ET')).toBe('2019-01-11T14:05:00-05:00');
    expect(at('July 4, 2019 9:30 AM PT')).toBe('2019-07-04T09:30:00-07:00');
    expect(at('Le vendredi 11 janvier 2019 à 14 heures 05')).toBe('2019-01-11T14:05:00+01:00');
    expect(at('11.01.2019 | 14.05 Uhr')).toBe('2019-01-11T14:05:00+01:00');
    // A mixed separator is no date; hours in a sentence are no time.
    expect(parseDateLine('2019/01-11')).toBeNull();
    expect(parseDateLine('12 heures de grève le 3 mars 2019')).toBeNull();
  });
});

describe('splitTitle: any separator, a listed outlet in closing brackets', () => {
  it('reads the outlet after a separator of any symbol, or in brackets, and leaves formulas and notes', () => {
    expect(splitTitle('Le restaurateur dépose plainte après un tag ― Tribune de Genève')).toMatchObject({ title: 'Le restaurateur dépose plainte après un tag', outlet: 'Tribune de Genève' });
    expect(splitTitle('Harbour works delayed again ‖ The Guardian')).toMatchObject({ title: 'Harbour works delayed again', outlet: 'The Guardian' });
    expect(splitTitle('Le restaurateur dépose plainte après un tag (Le Figaro)')).toMatchObject({ title: 'Le restaurateur dépose plainte après un tag', outlet: 'Le Figaro' });
    expect(splitTitle('Flooding closes the coast road [BBC News]')).toMatchObject({ title: 'Flooding closes the coast road', outlet: 'BBC News' });
    expect(splitTitle('L’émission E = M6 à la cidrerie').outlet).toBeNull();
    expect(splitTitle('Quatre blessés à Rouen (VIDÉO)').outlet).toBeNull();
    expect(splitTitle('Le maire (PS) démissionne').outlet).toBeNull();
  });
});

describe('a city\'s clock named in brackets gives the zone, from the runtime\'s time-zone database', () => {
  const at = (text: string) => parseDateLine(text)?.published ?? null;
  it('reads the city in either language, any city the database knows', () => {
    expect(at('12 janv. 2019 02h05 (heure de Nouméa)')).toBe('2019-01-12T02:05:00+11:00');
    expect(at('11 janvier 2019 à 14h05 (heure locale d’Abidjan)')).toBe('2019-01-11T14:05:00+00:00');
    expect(at('Jan 11, 2019 9:05 PM (Phnom Penh time)')).toBe('2019-01-11T21:05:00+07:00');
    expect(at('July 4, 2019 10:15 AM (Brussels time)')).toBe('2019-07-04T10:15:00+02:00');
    // A city it does not know leaves Paris's clock, and a day alone stays the day.
    expect(at('11 janvier 2019 à 14h05 (heure de Tombouctou-sur-Mer)')).toBe('2019-01-11T14:05:00+01:00');
    expect(at('11 janvier 2019 (heure de Dakar)')).toBe('2019-01-11T00:00:00+01:00');
  });
});

describe('an offset in brackets after the time gives the zone (v20)', () => {
  const at = (line: string) => parseDateLine(line)?.published ?? null;
  it('reads "(GMT+4)", "(UTC+3)", "(UTC -05:00)" in either language, and leaves a day alone the day', () => {
    // v20's "Dec 6, 2018 | 09:16 AM (GMT+4)", in other wordings and both languages.
    expect(at('Dec 6, 2018 | 09:16 AM (GMT+4)')).toBe('2018-12-06T09:16:00+04:00');
    expect(at('6 décembre 2018 à 9 h 16 (GMT+4)')).toBe('2018-12-06T09:16:00+04:00');
    expect(at('13.12.2018 | 16:06 (UTC+3)')).toBe('2018-12-13T16:06:00+03:00');
    expect(at('March 5, 2019, 4:12 PM (UTC -05:00)')).toBe('2019-03-05T16:12:00-05:00');
    expect(at('5 mars 2019 (GMT+1)')).toBe('2019-03-05T00:00:00+01:00');
    // A zone named by words still goes, Paris's clock then.
    expect(at('5 mars 2019, 14:30 (Brussels time)')).toBe('2019-03-05T14:30:00+01:00');
  });
});

describe('an update after the publication date, whatever joins them (a general pass)', () => {
  const both = (line: string) => {
    const d = parseDateLine(line);
    return d ? [d.published, d.updated] : null;
  };
  it('reads the update after a middle dot, a bullet, a dash or in brackets, in either language', () => {
    const expected = ['2019-01-11T14:05:00+01:00', '2019-01-12T09:10:00+01:00'];
    expect(both('Publié le 11 janvier 2019 à 14:05 · Mis à jour le 12 janvier 2019 à 09:10')).toEqual(expected);
    expect(both('Publié le 11/01/2019 à 14h05 • Modifié le 12/01/2019 à 9h10')).toEqual(expected);
    expect(both('Publié le 11/01/2019 à 14h05 — actualisé le 12/01/2019 à 9h10')).toEqual(expected);
    expect(both('Publié le 11 janvier 2019 à 14:05 (actualisé le 12 janvier 2019 à 09:10)')).toEqual(expected);
    expect(both('11/01/2019 14:05 (màj 12/01/2019 09:10)')).toEqual(expected);
    expect(both('Published Jan. 11, 2019, 2:05 p.m. (updated Jan. 12, 2019, 9:10 a.m.)')).toEqual(expected);
    expect(both('Published January 11, 2019 2:05 PM · Updated January 12, 2019 9:10 AM')).toEqual(expected);
  });
  it('never reads a cue word at the start of a longer word: a dateline place stays a place', () => {
    for (const place of ['Sentinelle', 'Majorque', 'Datong', 'Parusia']) {
      expect(parseDateLine(`${place}, 11 janvier 2019`)?.published, place).toBe('2019-01-11T00:00:00+01:00');
    }
  });
});

/** Each line's publication instant, as parseDateLine reads it. */
function expectPublished(cases: readonly (readonly [string, string])[]): void {
  for (const [line, iso] of cases) expect(parseDateLine(line)?.published, line).toBe(iso);
}

describe('a zone abbreviation alone in brackets, and a dateline whose place ends on a dash', () => {
  it('reads "(GMT)", "(UTC)" or "(CET)" after the clock as the zone, not as a label to drop', () => {
    expectPublished([
      ['21/02/2019 à 13H45 (GMT)', '2019-02-21T13:45:00+00:00'],
      ['Posted 3 March 2020, 8:10 pm (UTC)', '2020-03-03T20:10:00+00:00'],
      ['le 5 avril 2019 à 07:30 ( gmt )', '2019-04-05T07:30:00+00:00'],
      ['12.01.2019 - 22:15 (CET)', '2019-01-12T22:15:00+01:00'],
    ]);
    // A label that is no zone's abbreviation alone is still dropped, read as Paris time.
    expectPublished([['21/02/2019 13:45 (heure de Paris)', '2019-02-21T13:45:00+01:00']]);
  });

  it('reads a place then a spaced dash before the date as a dateline', () => {
    expectPublished([
      ['Nouakchott – 21/02/2019 à 13H45 (GMT)', '2019-02-21T13:45:00+00:00'],
      ['BAMAKO — 4 mars 2019', '2019-03-04T00:00:00+01:00'],
      ['Saint-Louis - le 3 mars 2019, 9 h 05', '2019-03-03T09:05:00+01:00'],
      ['Port of Spain – March 4, 2019, 10:20 GMT', '2019-03-04T10:20:00+00:00'],
    ]);
    // A rubric then a dash then figures is no dateline, nor a programme's episode title with its day.
    expect(parseDateLine('Sport – 3 buts en 2019')).toBeNull();
    expect(parseDateLine('Punchline - 01/12/25')).toBeNull();
    expect(parseDateLine('Le Grand Débat – 4 mars 2019')).toBeNull();
  });
});

describe('a byline naming where the reporter files from, in either language', () => {
  it('takes the name without the place after "à", "in", "from" or "depuis"', () => {
    expect(parseByline('By Estelle Caruana in Madrid')?.author).toBe('Estelle Caruana');
    expect(parseByline('By Jane Roe from Dublin')?.author).toBe('Jane Roe');
    expect(parseByline('Par Jean Dupont depuis Kyiv')?.author).toBe('Jean Dupont');
    expect(parseByline('Par Marie Curie et Jean Dupont à Rennes')?.author).toBe('Marie Curie et Jean Dupont');
    expect(parseByline('By Orla Devlin and Ciarán Magee in Derry')?.author).toBe('Orla Devlin and Ciarán Magee');
  });
});

describe('a listed name that a particle continues into another paper’s name, after a title', () => {
  it('names the look-alike as written, never the listed paper', () => {
    expect(splitTitle('Un écrivain souvent prophète ⋄ Le Figaro des Thermes')).toMatchObject({ title: 'Un écrivain souvent prophète', outlet: 'Le Figaro des Thermes' });
    expect(splitTitle('Le port rouvre enfin - Ouest-France des Îles')).toMatchObject({ title: 'Le port rouvre enfin', outlet: 'Ouest-France des Îles' });
    expect(splitTitle('Harbour works delayed | The Guardian of the Isles')).toMatchObject({ title: 'Harbour works delayed', outlet: 'The Guardian of the Isles' });
    // an edition's name after the listed name stays that paper's
    expect(splitTitle('Le vote du budget - Le Monde Afrique')).toMatchObject({ title: 'Le vote du budget', outlet: 'Le Monde' });
  });
});

describe('a month in Roman numerals between the day and the year', () => {
  it('reads "18-II-2019", "3.XII.2018" and "5 iv 2019", and refuses a thirteenth month', () => {
    expectPublished([
      ['Poligny, 18-II-2019, 21 h 39', '2019-02-18T21:39:00+01:00'],
      ['3.XII.2018 à 14:05', '2018-12-03T14:05:00+01:00'],
      ['Publié le 5 iv 2019', '2019-04-05T00:00:00+02:00'],
      ['Kraków, 7/XI/2018', '2018-11-07T00:00:00+01:00'],
    ]);
    expect(parseDateLine('12-XIII-2019')).toBeNull();
  });
});

describe('a clock followed by its unit', () => {
  it('reads "9:00 h", "09:00 hrs" after any date form', () => {
    expectPublished([
      ['Perpinyà, 12-XI-2019 — 9:00 h', '2019-11-12T09:00:00+01:00'],
      ['12.11.2019 — 9:00 h', '2019-11-12T09:00:00+01:00'],
      ['Wien, 12.11.2019, 09:00 hrs', '2019-11-12T09:00:00+01:00'],
    ]);
  });
});

describe('date lines of v29\'s kinds, in wordings not seen there', () => {
  const at = (text: string) => parseDateLine(text)?.published ?? null;
  it('reads a wire\'s four-figure clock before its zone, before or after the date, never a year', () => {
    expect(at('Sent 0905 UTC 3 MAR 2019')).toBe('2019-03-03T09:05:00+00:00');
    expect(at('4 March 2019 2130 GMT')).toBe('2019-03-04T21:30:00+00:00');
    expect(at('15 mars 2019 GMT')).not.toBe('2019-03-15T20:19:00+00:00');
  });
  it('reads a day, month and year joined by middle dots', () => {
    expect(at('Posté le 3·03·2019 à 9 h 05')).toBe('2019-03-03T09:05:00+01:00');
  });
  it('reads the offset in brackets after a city\'s clock named in words, in either language', () => {
    expect(at('4 mars 2019, 10:05, Beirut time (UTC+2)')).toBe('2019-03-04T10:05:00+02:00');
    expect(at('4 mars 2019 à 17:47, heure de Montréal (UTC−5)')).toBe('2019-03-04T17:47:00-05:00');
  });
  it('reads a dateline whose place has a bracketed part and whose parts are joined by bars, with a clock', () => {
    expect(at('Saint-Denis (La Réunion) | 12.03.2019 | 08:15')).toBe('2019-03-12T08:15:00+01:00');
    expect(at('Punchline | 01/12/25')).toBeNull();
  });
});

describe('bylines of v29\'s kinds, in wordings not seen there', () => {
  it('reads a name and its role as parts, with other hands after them as parts of their own', () => {
    expect(parseByline('Aroha Ngata | Rédactrice | Photos : Jean Roux')?.author).toBe('Aroha Ngata');
    expect(parseByline('Tom Baines · Harbour reporter · Editing: Sue Penrose')?.author).toBe('Tom Baines');
    // a part that is no other hand makes no byline
    expect(parseByline('Aroha Ngata | Rédactrice | Météo : beau')).toBeNull();
  });
  it('reads two names before a comma and a desk named by "service"', () => {
    expect(parseByline('Anna Keller et Paul Roux, service Économie')?.author).toBe('Anna Keller et Paul Roux');
  });
});

describe('the head zone counted from the page\'s first short line (a consent notice above the masthead is no paragraph of the text)', () => {
  const P = (i: number) => `Le conseil municipal a débattu pendant trois heures du budget des écoles, point ${i} de l’ordre du jour, avant le vote final.`;
  const page = (top: string[]) => lines([...top, 'LE JOURNAL DES DEUX RIVES', 'Le budget des écoles voté', P(1), P(2), 'Courtesy of The Harbour Light.', P(3), P(4), P(5), P(6), P(7)].join('\n'));
  it('reads a credit under the first two paragraphs as on a page without the notice', () => {
    expect(extractMetaLines(page([])).meta.originalOutlet ?? extractMetaLines(page([])).meta.sourceOutlet).toBe('The Harbour Light');
    const notice = 'Nous et nos partenaires utilisons des cookies pour mesurer l’audience et vous proposer des contenus adaptés à vos centres d’intérêt.';
    const m = extractMetaLines(page([notice, 'Tout accepter', 'Continuer sans accepter'])).meta;
    expect(m.originalOutlet ?? m.sourceOutlet).toBe('The Harbour Light');
  });
});

describe('a zone written out in words, a Nordic clock, an abbreviation before its offset (v31), in wordings not seen there', () => {
  const at = (text: string) => parseDateLine(text)?.published ?? null;
  it('reads a zone\'s long name as the runtime writes it, in English or French; an unknown name changes nothing', () => {
    expect(at('Monday, March 4, 2019, 8:15 AM Mountain Standard Time')).toBe('2019-03-04T08:15:00-07:00');
    expect(at('le 4 mars 2019 à 9 h 15 (heure normale d’Europe centrale)')).toBe('2019-03-04T09:15:00+01:00');
    expect(at('4 mars 2019, 14:05, heure de l’Inde')).toBe('2019-03-04T14:05:00+05:30');
    expect(at('March 4, 2019, 8:15 AM Lunar Base Time')).toBe('2019-03-04T08:15:00+01:00');
  });
  it('reads a clock after an abbreviated word with a dot between hours and minutes', () => {
    expect(at('04.03.2019 kl. 09.15')).toBe('2019-03-04T09:15:00+01:00');
  });
  it('reads the offset in brackets after a zone abbreviation it does not know', () => {
    expect(at('4 March 2019, 16:45 MMT (UTC+6:30)')).toBe('2019-03-04T16:45:00+06:30');
  });
});

describe('bylines of v31\'s kinds, in wordings not seen there', () => {
  it('reads a cue verb, a few words of its own, then "par"/"by" and the names', () => {
    expect(parseByline('Rédigé pour l’édition papier par Anna Keller')?.author).toBe('Anna Keller');
    expect(parseByline('Reported from the field by Tom Baines and Sue Penrose')?.author).toBe('Tom Baines and Sue Penrose');
  });
  it('drops a phrase in lower case after the name that says where the signature stood', () => {
    expect(parseByline('Signée Anna Keller sur le site d’origine')?.author).toBe('Anna Keller');
  });
  it('reads an editor\'s label of a few words before the colon', () => {
    expect(parseByline('Rédactrice du texte original : Anna Keller')?.author).toBe('Anna Keller');
  });
  it('reads no sentence that closes on a full stop', () => {
    expect(parseByline('Signé hier soir par le président, le décret entre en vigueur.')).toBeNull();
  });
});

describe('bylines from a probe site in none of the sets (a Faroese French-language site)', () => {
  it('reads four words of the verb\'s own before "by", English "Signed", and a capitalised weekday inside the trailing phrase', () => {
    expect(parseByline('Written for the print edition by Sofía Poulsen and Jan Olsen')?.author).toBe('Sofía Poulsen and Jan Olsen');
    expect(parseByline('Signed Jan Olsen in the Sunday edition')?.author).toBe('Jan Olsen');
    expect(parseByline('Rédigé pour l’édition du Samedi par Anna Keller')?.author).toBe('Anna Keller');
  });
  it('never takes a credit\'s cue of leave for a first name', () => {
    expect(parseByline('Courtesy La Presse — English edition by our desk')?.author ?? null).not.toBe('Courtesy La Presse');
  });
});
