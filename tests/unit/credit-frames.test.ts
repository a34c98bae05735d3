/**
 * Classes found on the v34 development sites (v34 became development data when v35 was frozen), each
 * tested with invented wordings in both languages:
 * - a company's legal forms after a site's name, one after another or as dotted capitals ("Pty Ltd",
 *   "GmbH & Co. KG", "S.A.C.");
 * - an elliptic credit, a first time and a medium with no verb ("Originally in X", "D'abord dans X");
 * - a site's credit template whatever form of "de" it takes before the name ("article du Monde", "article
 *   de L'Expansion", "article d'Étoile du Nord"), and one opening on an indefinite article ("A The Cross
 *   report, in English").
 */
import { describe, expect, it } from 'vitest';
import { creditName, creditTemplates, parseRepublishCredit, splitCreditLine, templateCredit } from '../../src/ingest/attribution.ts';
import { matchOutletName } from '../../src/ingest/outlets.ts';
import { splitTitle } from '../../src/ingest/metadata.ts';

const credit = (line: string) => parseRepublishCredit(line)?.name ?? null;

describe('legal forms after a site’s name in its copyright line', () => {
  it('strips a run of forms, dotted capitals and a form before the year', () => {
    expect(creditName('© 2021 Harbour Ledger Pty Ltd · 4 Wharf Road, Fremantle · Privacy')).toBe('Harbour Ledger');
    expect(creditName('© 2019 El Diario del Sur S.A.C. — Av. Arequipa, Lima — Aviso legal')).toBe('El Diario del Sur');
    expect(creditName('© Nordbote GmbH & Co. KG 2020')).toBe('Nordbote');
    expect(creditName('© 2018 Le Courrier des Rives S.A.R.L. — Tous droits réservés')).toBe('Le Courrier des Rives');
    expect(creditName('Copyright 2022 Baltic Wire Oy')).toBe('Baltic Wire');
    expect(creditName('© 2017 Folha do Sertão Ltda.')).toBe('Folha do Sertão');
  });

  it('keeps a name that is all initials, and a name with no form', () => {
    expect(creditName('Source : A.F.P.')).toBe('A.F.P.');
    expect(creditName('© 2019 Le Petit Riverain')).toBe('Le Petit Riverain');
  });
});

describe('an elliptic credit: a first time and a medium, with no verb', () => {
  it('reads the medium, listed or not, whatever its name looks like', () => {
    expect(credit('Originally in Le Devoir')).toBe('Le Devoir');
    expect(credit('[Originally in Glace Nord Chicoutimi]')).toBe('Glace Nord Chicoutimi');
    expect(credit('First on The Lagan Ledger.')).toBe('The Lagan Ledger');
    expect(credit('D’abord dans La Voix du Labourd')).toBe('La Voix du Labourd');
    expect(credit('À l’origine sur Le Courrier d’Erevan')).toBe('Le Courrier d’Erevan'.replace('’', "'"));
    expect(credit('(Initialement chez Le Temps)')).toBe('Le Temps');
  });

  it('reads no place, person or phrase after a first time as a medium', () => {
    expect(credit('Initialement à Barchon')).toBeNull();
    expect(credit('Originally from Lyon')).toBeNull();
    expect(credit('First in line for the job')).toBeNull();
    expect(credit('Initialement dans les tuyaux, le projet a été abandonné')).toBeNull();
  });
});

describe('a site’s credit template across its pages', () => {
  // Five pages of one site crediting four papers, one of them listed, with every form of French "de".
  const pages = [
    ['Vu par nos lecteurs ▸ article du Monde'],
    ['Vu par nos lecteurs ▸ article de L’Éveil normand'],
    ['Vu par nos lecteurs ▸ article d’Étoile du Causse'],
    ['Vu par nos lecteurs ▸ article des Nouvelles du Causse'],
  ];

  it('is one template whatever form of "de" precedes the name', () => {
    const keys = new Set(pages.map(([l]) => splitCreditLine(l!)?.key));
    expect(keys.size).toBe(1);
    const t = creditTemplates(pages);
    expect(templateCredit('Vu par nos lecteurs ▸ article d’Étoile du Causse', t)?.name).toBe('Étoile du Causse');
    expect(templateCredit('Vu par nos lecteurs ▸ article des Nouvelles du Causse', t)?.name).toBe('Les Nouvelles du Causse');
  });

  it('reads a name used as an adjective after an indefinite article, with a language in the tail', () => {
    expect(splitCreditLine('A The Cross report, in English')).toEqual({ key: 'a * report, in english', name: 'The Cross' });
    expect(splitCreditLine('An Ouest-France story, translated')?.name).toBe('Ouest-France');
    const t = creditTemplates([['A Le Monde report, in English'], ['A The Harbour Ledger report, in English'], ['A The Fen Courier report, in English']]);
    expect(templateCredit('A The Harbour Ledger report, in English', t)?.name).toBe('The Harbour Ledger');
  });
});

describe('names translated word for word: number, participles, places’ adjectives', () => {
  const outlet = (name: string) => matchOutletName(name)?.outlet.name ?? null;

  it('tells two names of one meaning apart by the number of their words', () => {
    // Les Échos and L'Écho share the meaning "echo": the plural keeps its number in translation.
    expect(outlet('The Echoes')).toBe('Les Échos');
    expect(outlet('The Echo')).toBe('L’Écho'.replace('’', "'"));
    // a word the plural does not change ("Temps") agrees with either number: still ambiguous
    expect(outlet('The Weather')).toBeNull();
  });

  it('reads an English participle in -ed as the French one in -é', () => {
    expect(outlet('The Enchained Duck')).toBe('Le Canard enchaîné');
  });

  it('reads a place’s adjective as the place, in either language, after the name or in lower case', () => {
    expect(outlet('The Japanese Times')).toBe('The Japan Times');
    expect(outlet('Le Temps japonais')).toBe('The Japan Times');
  });

  it('reads a closing lower-case adjective of the lexicon inside a credit line', () => {
    expect(credit('Cet article a d’abord paru dans Le Temps japonais.')).toBe('The Japan Times');
    expect(credit('Originally published by the Enchained Duck.')).toBe('Le Canard enchaîné');
  });
});

describe('credit lines that name no publisher, and a label in two languages (v36, development data)', () => {
  it('reads no publisher in people named together after a credit label', () => {
    expect(credit('Original reporting: Yolanda Quintero and Esteban Arosemena')).toBeNull();
    expect(credit('Texte original : Marie Dupont et Jean Martin')).toBeNull();
    expect(splitCreditLine('Reportage original : Marie Dupont et Jean Martin')).toBeNull();
    // one name alone may be an unlisted paper's
    expect(credit('Texte original : Le Courrier des Combes')).toBe('Le Courrier des Combes');
  });

  it('reads only a listed name in a line written in capitals', () => {
    expect(splitCreditLine('FROM THE CONTINENT')).toBeNull();
    expect(splitCreditLine('DEPUIS LA RÉGION')).toBeNull();
    expect(splitCreditLine('FROM LE MONDE')?.name).toBe('LE MONDE');
  });

  it('reads the second half of a label in two languages', () => {
    expect(credit('Bài gốc / Texte original : La Croix, traduit par Shona Jamieson')).toBe('La Croix');
    expect(credit('Orixinal / Original article: The Irish Times')).toBe('The Irish Times');
  });
});

describe('a credit in a title’s closing brackets (v36, development data)', () => {
  it('reads the publisher after a cue of reading or taking, listed or not, and cuts the note from the title', () => {
    expect(splitTitle('Les marins pêcheurs en colère [as reported by La Croix]')).toMatchObject({ title: 'Les marins pêcheurs en colère', outlet: 'La Croix', credited: true });
    expect(splitTitle('La halle rouvre ses portes (d’après Le Courrier des Combes)')).toMatchObject({ title: 'La halle rouvre ses portes', outlet: 'Le Courrier des Combes', credited: true });
    expect(splitTitle('La halle rouvre ses portes ⟨Le Soir⟩')).toMatchObject({ title: 'La halle rouvre ses portes', outlet: 'Le Soir' });
  });

  it('reads no person, and no phrase, as a publisher', () => {
    expect(splitTitle('La halle rouvre ses portes (selon Jean Dupont)').outlet).toBeNull();
    expect(splitTitle('La halle rouvre ses portes (selon la mairie)').outlet).toBeNull();
    expect(splitTitle('Le port ferme (via les réseaux sociaux)').outlet).toBeNull();
  });

  it('reads only a listed name against a credit template in a line written in capitals', () => {
    const t = creditTemplates([['From Le Monde'], ['From The Harbour Ledger'], ['From The Fen Courier']]);
    expect(templateCredit('FROM THE CONTINENT', t)).toBeNull();
    expect(templateCredit('From The Fen Courier', t)?.name).toBe('The Fen Courier');
  });
});
