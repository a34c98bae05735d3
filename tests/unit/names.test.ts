import { describe, expect, it } from 'vitest';
import { bylineTemplates, isPersonName, joinNames, nameCase, nameWithRole, personNames, prefixAndName } from '../../src/ingest/names.ts';

describe('nameWithRole', () => {
  it('reads a spaced dash or bar as the comma before a role', () => {
    expect(nameWithRole('Élodie Marchal — service Mobilité')).toBe('Élodie Marchal');
    expect(nameWithRole('Jane Roe | staff writer')).toBe('Jane Roe');
    expect(nameWithRole('Brexit - la fin')).toBeNull();
    expect(nameWithRole('Le Monde — édition du soir')).toBeNull();
  });

  it('takes the name out of a signature with a short role or the place filed from', () => {
    expect(nameWithRole('Amaury Delcourt (correspondant local)')).toBe('Amaury Delcourt');
    expect(nameWithRole('Jane Smith (staff writer)')).toBe('Jane Smith');
    expect(nameWithRole('Harriet Lowell, Europe correspondent')).toBe('Harriet Lowell');
    expect(nameWithRole('Jean Dupont à Bruxelles')).toBe('Jean Dupont');
    expect(nameWithRole('Idriss Benhamou in New York')).toBe('Idriss Benhamou');
    expect(nameWithRole('Jean Dupont')).toBe('Jean Dupont');
  });

  it('refuses two names, an organisation in brackets, a sentence or a place alone', () => {
    expect(nameWithRole('Jean Dupont, Marie Curie')).toBeNull();
    expect(nameWithRole('Jean Dupont (AFP)')).toBeNull();
    expect(nameWithRole('Emmanuel Macron (LREM)')).toBeNull();
    expect(nameWithRole('Paris, le 3 mars')).toBeNull();
    expect(nameWithRole('Manifestation à Paris')).toBeNull();
    expect(nameWithRole('Jean Dupont, qui a vu la scène, témoigne.')).toBeNull();
  });
});

describe('nameWithRole: the town filed from', () => {
  it('takes one capitalised word after a comma as the place, two as another person', () => {
    expect(nameWithRole('Jean-François Tremblay, Lausanne')).toBe('Jean-François Tremblay');
    expect(nameWithRole('Jean Dupont, Marie Curie')).toBeNull();
  });
});

describe('nameCase', () => {
  it('writes a byline name given in capitals as it is read, keeps initials, particles and acronyms', () => {
    expect(nameCase('BENOÎT LECANU')).toBe('Benoît Lecanu');
    expect(nameCase('A. BOUSMAHA')).toBe('A. Bousmaha');
    expect(nameCase('M. EL-BEY')).toBe('M. El-Bey');
    expect(nameCase('JEAN DE LA FONTAINE')).toBe('Jean de la Fontaine');
    expect(nameCase('APS')).toBe('APS');
    expect(nameCase('Jean Dupont')).toBe('Jean Dupont');
  });
});

describe('byline templates across a folder', () => {
  it('splits a short line into the words before a name and the name', () => {
    expect(prefixAndName('Un articulu di Noémie Fauchère')).toEqual(['un articulu di', 'Noémie Fauchère']);
    expect(prefixAndName('Ein Beitrag von Jana Krüger')).toEqual(['ein beitrag von', 'Jana Krüger']);
    expect(prefixAndName('Reportage — Jane Okafor')).toEqual(['reportage -', 'Jane Okafor']);
    // a sentence, a name alone, or a line in capitals is not one
    expect(prefixAndName('La ministre a rencontré Jane Okafor.')).toBeNull();
    expect(prefixAndName('Jane Okafor')).toBeNull();
    expect(prefixAndName('UN ARTICULU DI NOÉMIE FAUCHÈRE')).toBeNull();
  });

  it('finds words followed by three different people’s names across pages, in any language', () => {
    // the wording that motivated it (Corsican), and others in no cue list
    const pages = [
      ['Le Matin', 'Titre un', 'Un articulu di Noémie Fauchère'],
      ['Le Matin', 'Titre deux', 'Un articulu di Paul Santini'],
      ['Le Matin', 'Titre trois', 'Un articulu di Anna Maria Pieri'],
      ['Die Post', 'Titel', 'Ein Beitrag von Jana Krüger'],
      ['Die Post', 'Titel', 'Ein Beitrag von Jana Krüger'],
      ['Die Post', 'Titel', 'Ein Beitrag von Lukas Brandt'],
    ];
    const templates = bylineTemplates(pages);
    expect(templates.has('un articulu di')).toBe(true);
    // two names are not enough evidence, however many pages repeat them
    expect(templates.has('ein beitrag von')).toBe(false);
  });
});

describe('signature templates with a role after the name, or the words after it', () => {
  it('sets a role or desk after a comma aside and keys the words before the name', () => {
    expect(prefixAndName('Report: Peio Larralde, Belfast Newsroom')).toEqual(['report:', 'Peio Larralde']);
    expect(prefixAndName('Texte : Jean Dupont, service Société')).toEqual(['texte :', 'Jean Dupont']);
    expect(prefixAndName('Reportage de Ana Ruiz, corresponsal en Lyon')).toEqual(['reportage de', 'Ana Ruiz']);
    // a comma before a sentence, figures or two names is no role
    expect(prefixAndName('Report: Jane Roe, who has covered the council since 2015.')).toBeNull();
    expect(prefixAndName('Words: Jane Roe, 14 March')).toBeNull();
  });

  it('keys the lower-case words after a name ("… reporting") when the name comes first', () => {
    expect(prefixAndName('Jocelyn Gagné reporting')).toEqual(['… reporting', 'Jocelyn Gagné']);
    expect(prefixAndName('Marie Curie a rédigé')).toEqual(['… a rédigé', 'Marie Curie']);
    expect(prefixAndName('Jocelyn Gagné Reporting')).toBeNull();
  });

  it('finds such templates by evidence across pages: three names, one template', () => {
    const pages = [
      ['Titre un', 'Report: Peio Larralde, Belfast Newsroom'],
      ['Titre deux', 'Report: Orla Devlin, Belfast Newsroom'],
      ['Titre trois', 'Report: Ciarán Magee, Politics Desk'],
      ['Title one', 'Jane Roe filing'],
      ['Title two', 'Ann Lee filing'],
      ['Title three', 'Tom Hart filing'],
    ];
    const templates = bylineTemplates(pages);
    expect(templates.has('report:')).toBe(true);
    expect(templates.has('… filing')).toBe(true);
  });
});

describe('a signature cue is never a first name, and several names read as the page joins them', () => {
  it('refuses "By", "Par", "Signé", "Von" as the first word of a name', () => {
    for (const s of ['By Estelle Caruana', 'Par Jean Dupont', 'Signé Sidi Ould Cheikh', 'Von Jana Krüger', 'Signed Jane Roe']) expect(isPersonName(s), s).toBe(false);
    // names that merely begin like a cue word stay names
    for (const s of ['Byron Katie', 'Pardo Martínez', 'Vonnie Ray', 'Jean Dupont']) expect(isPersonName(s), s).toBe(true);
  });

  it('joins with "and" where the page wrote "and", with "et" otherwise', () => {
    expect(joinNames(personNames('Orla Devlin and Ciarán Magee')!, 'By Orla Devlin and Ciarán Magee, Political Correspondent')).toBe('Orla Devlin and Ciarán Magee');
    expect(joinNames(personNames('Orla Devlin et Ciarán Magee')!, 'Par Orla Devlin et Ciarán Magee')).toBe('Orla Devlin et Ciarán Magee');
    expect(joinNames(['Ann Lee', 'Tom Hart'], 'Ann Lee & Tom Hart')).toBe('Ann Lee et Tom Hart');
    expect(joinNames(['Ann Lee'], 'By Ann Lee and staff')).toBe('Ann Lee');
  });
});

describe('signatures that name the writers first, then the site’s words', () => {
  it('keys the words after the names, any capitalised word in them a slot', () => {
    expect(prefixAndName('Claudine Uwase, correspondance à Mutsamudu')).toEqual(['… , correspondance à *', 'Claudine Uwase']);
    expect(prefixAndName('Iain Macaulay, correspondance à Fomboni')).toEqual(['… , correspondance à *', 'Iain Macaulay']);
    expect(prefixAndName('Elin Jenkins - Islands reporter - Photos: Jérémie Bailly')?.[1]).toBe('Elin Jenkins');
    expect(prefixAndName('Ann Lee and Tom Hart (staff, Harbour desk)')?.[1]).toBe('Ann Lee and Tom Hart');
    expect(prefixAndName('Hasmik Petrossian et Lévon Sarkissian — texte ; Kenneth MacIver — photos')).toEqual(['… - texte ; * - photos', 'Hasmik Petrossian et Lévon Sarkissian']);
    // two names, a sentence, or a name with nothing of the site's are no such signature
    expect(prefixAndName('Jean Dupont, Marie Curie')).toBeNull();
    expect(prefixAndName('Emmanuel Macron, à Paris, a annoncé la fin du grand débat.')).toBeNull();
  });

  it('ends the names at any spaced separator a site picks (v37, development data)', () => {
    expect(prefixAndName('Maëlle Quéré et Ronan Le Bihan ◆ texte relu par Anne Pichon')).toEqual(['… ◆ texte relu par *', 'Maëlle Quéré et Ronan Le Bihan']);
    expect(prefixAndName('Ann Lee ⁂ words checked by Tom Hart')?.[1]).toBe('Ann Lee');
    const pages = ['Maëlle Quéré', 'Iain Macaulay', 'Sokha Chea et Ann Lee'].map((n, i) => [`Titre ${i}`, `${n} ‖ traduction revue par Anne Pichon`]);
    expect(bylineTemplates(pages).has('… ‖ traduction revue par *')).toBe(true);
    // a headline made of a name, a separator and its news is no signature: no lower-case words of a site's
    expect(prefixAndName('Emmanuel Macron ◆ Le Grand Débat')).toBeNull();
  });

  it('is a template once three different writers sign with the same words', () => {
    const pages = ['Claudine Uwase', 'Iain Macaulay', 'Sokha Chea'].map((n, i) => [`Titre ${i}`, `${n}, pour le service économie`]);
    expect(bylineTemplates(pages).has('… , pour le service économie')).toBe(true);
    expect(bylineTemplates(pages.slice(0, 2)).has('… , pour le service économie')).toBe(false);
  });
});

describe('a signature naming the writer, then the photographer', () => {
  it('is the writer’s template: the picture word belongs to the second name', () => {
    const pages = ['Claudine Uwase', 'Iain Macaulay', 'Sokha Chea'].map((n, i) => [`Titre ${i}`, `${n} — texte ; Kenneth MacIver — photos`]);
    expect(bylineTemplates(pages).has('… - texte ; * - photos')).toBe(true);
    const words = ['Jane Roe', 'Ann Lee', 'Tom Hart'].map((n, i) => [`Title ${i}`, `${n} (words), Jo Bloggs (pictures)`]);
    expect([...bylineTemplates(words)].some((k) => k.startsWith('…'))).toBe(true);
    // a photographer's own credit stays no byline template
    const pictures = ['Claudine Uwase', 'Iain Macaulay', 'Sokha Chea'].map((n, i) => [`Titre ${i}`, `${n} — photos`]);
    expect(bylineTemplates(pictures).size).toBe(0);
  });
});

describe('names joined by a Catalan or Spanish particle', () => {
  it('reads "Mireia Soler i Puig" and "José Ortega y Gasset" as one person', () => {
    expect(isPersonName('Mireia Soler i Puig')).toBe(true);
    expect(isPersonName('José Ortega y Gasset')).toBe(true);
    expect(prefixAndName('Mireia Soler i Puig, des de la redacció de Perpinyà')?.[1]).toBe('Mireia Soler i Puig');
  });
});
