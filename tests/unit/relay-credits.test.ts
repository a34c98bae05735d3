/**
 * Classes found on the v33 development sites, each tested with invented wordings in both languages: a
 * credit naming who passed the piece on before who gave leave ("Article relayé par Le Fil, avec l'aimable
 * autorisation du Monde"), an unlisted paper's name that begins with a listed one's ("France-Guyane
 * Spatial"), the English notice of leave with an adjective of courtesy ("With kind permission of X"), the
 * original's address after a label qualified in brackets ("Source (URL) : https://…"), a credit label set
 * apart by a bar ("Credit | X"), an article-led name ending on an adjective before a full stop, and a dateline
 * whose place is a city the time-zone database names ("Buenos Aires, mardi 19 février 2019").
 */
import { describe, expect, it } from 'vitest';
import { parseRepublishCredit } from '../../src/ingest/attribution.ts';
import { extractMetaLines } from '../../src/ingest/metadata.ts';
import { extendsListedOutlet } from '../../src/ingest/outlets.ts';
import type { Line } from '../../src/ingest/types.ts';

const credit = (line: string) => parseRepublishCredit(line)?.name ?? null;

describe('the agent of passing a piece on is the republisher, not the original', () => {
  it('reads the outlet that gave leave, not the site that relayed, reposted or reprinted the piece', () => {
    expect(credit('Article relayé par Le Fil, avec l’aimable autorisation du Monde.')).toBe('Le Monde');
    expect(credit('Texte repris par La Gazette du Port avec l’accord de Sud Ouest.')).toBe('Sud Ouest');
    expect(credit('Reproduit par l’Écho du Marais grâce à l’accord de La Nouvelle République')).toBe('La Nouvelle République');
    expect(credit('Republished by The Harbour Post with permission from The Guardian.')).toBe('The Guardian');
    expect(credit('Reprinted by the Harbour Post with the kind permission of the Marsh Gazette')).toBe('Marsh Gazette');
    // an unlisted original after a relaying site's name
    expect(credit('Article relayé par Le Fil, avec l’aimable autorisation de The Manx Ledger.')).toBe('The Manx Ledger');
  });

  it('names no original when the line only says who relayed the piece', () => {
    expect(credit('Relayé par Le Fil du Cap')).toBeNull();
    expect(credit('Reposted by The Harbour Post')).toBeNull();
  });

  it('keeps the agent of first publication', () => {
    expect(credit('Publié d’abord par Le Soleil, repris par L’Écho des Dunes.')).toBe('Le Soleil');
    expect(credit('Reposted by Marsh Notes, courtesy of The Irish Times.')).toBe('The Irish Times');
  });
});

describe('a name that begins with a listed paper’s', () => {
  it('is a publication’s, not a person’s', () => {
    expect(extendsListedOutlet('France-Guyane Spatial')).toBe(true);
    expect(extendsListedOutlet('Ouest-France Marine')).toBe(true);
    expect(credit('Avec l’aimable autorisation de France-Guyane Spatial.')).toBe('France-Guyane Spatial');
    expect(credit('Avec l’aimable autorisation de Ouest-France Marine.')).toBe('Ouest-France Marine');
  });

  it('stays a person’s when the listed name is one word that may be a first name, or the name itself', () => {
    expect(extendsListedOutlet('Marianne Dupont')).toBe(false);
    expect(extendsListedOutlet('France-Guyane')).toBe(false);
    expect(credit('Avec l’aimable autorisation de Marianne Dupont')).toBeNull();
    expect(credit('Avec l’aimable autorisation de Jean-Pierre Martin')).toBeNull();
  });
});

describe('the English notice of leave with an adjective of courtesy', () => {
  it('credits the outlet after "with kind permission of"', () => {
    expect(credit('With kind permission of The Marsh Gazette.')).toBe('The Marsh Gazette');
    expect(credit('With the kind permission of Ouest-France.')).toBe('Ouest-France');
    expect(credit('With kind permission of Le Monde.')).toBe('Le Monde');
  });

  it('reads no credit in other phrases with "kind"', () => {
    expect(credit('With kind words from Le Monde')).toBeNull();
    expect(credit('Kind regards from The Marsh Gazette team')).toBeNull();
  });
});

describe('the original’s address after a label qualified in brackets', () => {
  const asLines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));
  const LEAD = 'Le prix de la baguette a encore augmenté de dix centimes dans plusieurs boulangeries de la ville, selon une enquête publiée lundi.';
  const NEXT = 'Les artisans invoquent la hausse du prix de la farine et de l’énergie, qui pèse sur leurs marges depuis plusieurs mois.';
  const read = (line: string) => extractMetaLines(asLines(['Le prix du pain augmente encore', line, LEAD, NEXT])).meta;

  it('takes the address as the page’s, and its host names the outlet', () => {
    expect(read('Source (URL) : https://www.lefigaro.fr/conso/2019/02/12/le-prix-du-pain').urlOutlet).toBe('Le Figaro');
    expect(read('Lien (article d’origine) : https://www.lepoint.fr/economie/le-prix-du-pain').urlOutlet).toBe('Le Point');
    expect(read('Original (in English) → https://www.theguardian.com/world/2019/feb/12/bread').urlOutlet).toBe('The Guardian');
  });

  it('does not take a sentence that ends on an address', () => {
    expect(read('Le rapport (en anglais) est en ligne ici, avec les chiffres de la chambre : https://www.lefigaro.fr/x').url).toBeNull();
  });
});

describe('a credit label set apart by a bar, and a source name closed by a full stop', () => {
  const asLines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));
  const LEAD = 'Le prix de la baguette a encore augmenté de dix centimes dans plusieurs boulangeries de la ville, selon une enquête publiée lundi.';
  const NEXT = 'Les artisans invoquent la hausse du prix de la farine et de l’énergie, qui pèse sur leurs marges depuis plusieurs mois.';
  const source = (line: string) => extractMetaLines(asLines(['Le prix du pain augmente encore', line, LEAD, NEXT])).meta.sourceOutlet;

  it('reads the publication after "Credit |", "Crédit ·", as after "Crédit :"', () => {
    expect(source('Credit | La Gazette des Marais')).toBe('La Gazette des Marais');
    expect(source('Crédit · Le Courrier du Bocage')).toBe('Le Courrier du Bocage');
    expect(source('Credit | Le Monde')).toBe('Le Monde');
  });

  it('reads no publication in a person’s name after the label', () => {
    expect(source('Credit | Jean Dupont')).toBeNull();
  });

  it('reads an article-led name ending on a lower-case adjective before a full stop', () => {
    expect(source('Source : La Presse arctique.')).toBe('La Presse arctique');
    expect(source('Source publication: Le Phare insulaire.')).toBe('Le Phare insulaire');
    expect(source('Source : L’Écho boréal.')).toBe("L'Écho boréal");
  });
});

describe('a dateline whose place is a city the time-zone database names', () => {
  const asLines = (texts: readonly string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));
  const LEAD = 'Le prix de la baguette a encore augmenté de dix centimes dans plusieurs boulangeries de la ville, selon une enquête publiée lundi.';
  const NEXT = 'Les artisans invoquent la hausse du prix de la farine et de l’énergie, qui pèse sur leurs marges depuis plusieurs mois.';
  const read = (line: string) => extractMetaLines(asLines(['Le prix du pain augmente encore', line, LEAD, NEXT])).meta;

  it('names no author, and its date is read', () => {
    for (const line of ['Buenos Aires, mardi 19 février 2019, 16 h 39 (UTC−3)', 'Kuala Lumpur, Friday, 3 May 2019, 9:12 am', 'Phnom Penh, le 3 février 2019 à 8 h 15']) {
      const meta = read(line);
      expect(meta.author, line).toBeNull();
      expect(meta.publishedAt, line).not.toBeNull();
    }
  });

  it('leaves a person’s name before a date the author', () => {
    expect(read('Marie Curie, le 3 février 2019 à 8 h 15').author).toBe('Marie Curie');
    expect(read('Harriet Lowell, Tuesday, February 19, 2019, 4:39 pm').author).toBe('Harriet Lowell');
  });
});
