/** Outlet attribution: republishing credits as a class, ranked evidence, republisher, whole and translated names. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeOutlet, creditName, creditNamesPiece, creditTemplates, mastheadName, mastheadOutlet, parseRepublishCredit, settleSiteNames, shoutedName, siteEvidence, splitCreditLine, suffixEvidence, templateCredit, unknownCopyrightName, type OutletEvidence } from '../../src/ingest/attribution.ts';
import { ingestFolder } from '../../src/ingest/pipeline.ts';

const none: OutletEvidence = { original: null, source: null, url: null, titleSuffix: null, credits: [], copyright: null, masthead: null, siteName: null };

describe('parseRepublishCredit', () => {
  it('keeps an adjective of place or kind that ends a name before its verb ("Le Phare haïtien originally reported…")', () => {
    // the lines that motivated it (v12, development data), then other names and verbs
    const read: [string, string][] = [
      ['Le Courrier du Valais central nous a autorisés à reprendre cet article, paru initialement dans ses colonnes.', 'Le Courrier du Valais central'],
      ['Le Phare haïtien originally reported this story; we republish it in English with permission.', 'Le Phare haïtien'],
      ['Le Réveil vendéen nous autorise à reproduire ce texte.', 'Le Réveil vendéen'],
      ['La Gazette lyonnaise first published this piece.', 'La Gazette lyonnaise'],
    ];
    for (const [line, name] of read) expect(parseRepublishCredit(line)?.name, line).toBe(name);
    // a verb after the name is not part of it
    expect(parseRepublishCredit('Le Phare des Dunes indique avoir publié cet article en premier.')?.name).toBe('Le Phare des Dunes');
    // after a preposition too, before the sentence goes on (v20's misses, development data), in both languages
    expect(parseRepublishCredit('This article appeared first in La Gazette agricole and is shared under a content agreement.')?.name).toBe('La Gazette agricole');
    expect(parseRepublishCredit('Cet article est paru dans Le Réveil lorrain et nous le reprenons avec son accord.')?.name).toBe('Le Réveil lorrain');
    // an English adjective after an English word is no French name's end
    expect(parseRepublishCredit('Translated from the French original in Le Pays.')?.name).toBe('Le Pays');
  });

  it('reads a name that a contraction gives its article as a title, even shaped like a person\'s name (v19, development data)', () => {
    expect(parseRepublishCredit('Reproduit avec l’accord de la rédaction du Lynx du Fouta.')?.name).toBe('Le Lynx du Fouta');
    expect(parseRepublishCredit('Article repris avec l’autorisation des Martin du Bourg.')?.name).toBe('Les Martin du Bourg');
    // without the article it stays a person's name: no credit names it
    expect(parseRepublishCredit('Reproduit avec l’accord de Jean du Bellay.')).toBeNull();
  });

  it('reads where the piece comes from ("Ce texte provient du X", "Contenu issu de X", "This piece comes from X")', () => {
    // the lines that motivated it (v7, v16: development data), then other wordings
    const read: [string, string][] = [
      ['Ce texte provient du Journal de Québec.', 'Le Journal de Québec'],
      ['Contenu issu de Vosges Matin', 'Vosges Matin'],
      ['Cet article nous vient du Devoir.', 'Le Devoir'],
      ['This piece comes from The Irish Times.', 'The Irish Times'],
      ['Content from The Kerry Echo', 'The Kerry Echo'],
      // with an auxiliary, "to us", a participle or a plural: wordings the rule was not written from
      ['Ce texte est issu du Courrier du Sud.', 'Le Courrier du Sud'],
      ['This article comes to us from The Dale Courier.', 'The Dale Courier'],
      ['This story was taken from The Fenland Post.', 'The Fenland Post'],
      ['Contenus issus de L’Écho des Vallées', "L'Écho des Vallées"],
    ];
    for (const [line, name] of read) expect(parseRepublishCredit(line)?.name, line).toBe(name);
    // news about a text, a site's own licence notice: no credit
    for (const line of ['Le texte provient du ministère de l’Intérieur.', 'Ondes Libres – contenu sous licence Creative Commons BY-NC-SA 2019', 'Contents of this page © The Dale Courier']) expect(parseRepublishCredit(line), line).toBeNull();
  });

  // None of these wordings was used to write the rule: other verbs, nouns, word orders, both languages.
  it.each([
    ['Ce papier a été publié pour la première fois par Le Républicain des Vosges.', 'Le Républicain des Vosges'],
    ["Reproduit avec l'autorisation de Sud Ouest.", 'Sud Ouest'],
    ["Republié avec la permission de L'Écho du Bocage.", "L'Écho du Bocage"],
    ["Paru initialement dans l'hebdomadaire Le Phare de Ré", 'Le Phare de Ré'],
    ["Texte reproduit avec l'aimable accord de La Gazette des Cimes.", 'La Gazette des Cimes'],
    ["Article publié à l'origine sur Le Journal de Montréal", 'Le Journal de Montréal'],
    ['This piece was first published by The Northern Gazette.', 'The Northern Gazette'],
    ['Reprinted with permission of the Daily Chronicle.', 'Daily Chronicle'],
    ['Originally appeared on Politico.', 'Politico'],
    ['Courtesy of The Times of Malta', 'The Times of Malta'],
    ['First published in The Independent.', 'The Independent'],
    ["Syndicated from Le Courrier de l'Atlas", "Le Courrier de l'Atlas"],
    ['Cet article a été repris du site Le Vent du Large', 'Le Vent du Large'],
    ['Version originale publiée par The Conversation France', 'The Conversation France'],
    ['Une dépêche reprise de 24 heures', '24 heures'],
    ["Traduction d'un article du New York Times", 'The New York Times'],
    ['Translated from an article in Le Temps.', 'Le Temps'],
  ])('%s', (line, outlet) => {
    expect(parseRepublishCredit(line)?.name).toBe(outlet);
  });

  // The site speaking of the piece it shows, in any word order: the publisher as subject, object or
  // after thanks. Written after the rule's first form (credits that open on their cue) missed them.
  it.each([
    ['Le Nouvelliste nous a gracieusement permis de reprendre ce reportage.', 'Le Nouvelliste'],
    ["Nous reproduisons ici, avec l'accord de la rédaction, une enquête du Courrier de l'Ouest.", "Le Courrier de l'Ouest"],
    ['Merci à La Presse de Gaspésie, qui nous autorise à republier cette chronique.', 'La Presse de Gaspésie'],
    ['We are grateful to The Scotsman for allowing us to reproduce this interview.', 'The Scotsman'],
    ['Nous remercions Le Temps de nous laisser republier ce texte.', 'Le Temps'],
    ["D'après une dépêche publiée à l'origine par Reuters.", 'Reuters'],
    ['The Voice of the North a publié la version originale de ce reportage.', 'La Voix du Nord'],
    ['Première parution : Le Guetteur des Dunes, adaptation de notre rédaction.', 'Le Guetteur des Dunes'],
    ['This report first ran in The Daily Chronicle. Reprinted with permission.', 'The Daily Chronicle'],
    ['The Coastline Herald a publié la version originale de ce reportage.', 'The Coastline Herald'],
    ['This story was first published in German by Le Courrier de Bâle.', 'Le Courrier de Bâle'],
    ['Ce reportage nous est parvenu grâce à nos confrères de La Vigie du Causse.', 'La Vigie du Causse'],
    ['Read the original at www.exemple-quotidien.fr', 'www.exemple-quotidien.fr'],
    // An unlisted paper named with its article after "in"/"dans", even when it reads like a person's name.
    ['This article first ran in the Wisbech Standard and appears here with the editor’s kind permission.', 'Wisbech Standard'],
    ['Cet article est d’abord paru dans le Petit Matin, qui nous autorise à le reproduire.', 'Le Petit Matin'],
    ['Ce reportage nous vient de la rédaction de La Vigie du Causse, qui nous a permis de le reproduire.', 'La Vigie du Causse'],
    ['Reprinted here by kind permission of the Yorkshire Post.', 'Yorkshire Post'],
  ])('word order free: %s', (line, outlet) => {
    expect(parseRepublishCredit(line)?.name).toBe(outlet);
  });

  it('reads a translated credit as its outlet and says so', () => {
    expect(parseRepublishCredit('Initially posted by The Voice of the North.')).toEqual({ name: 'La Voix du Nord', known: true, translated: true });
  });

  it.each([
    'Un rapport publié jeudi par le ministère montre une hausse des prix.',
    'Publié le 3 mars 2019 à 14h',
    'Publié par Jean Dupont',
    'Un article de Marie Curie, repris avec son autorisation.',
    'Le texte de loi, publié initialement dans le Journal officiel, a été modifié.',
    'La chronique de Jean Dupont est parue dans Le Monde samedi.',
    'Paris Match a publié des photos du couple.',
    'Avec l’autorisation du préfet, les manifestants ont défilé.',
    'Un sondage paru dans Le Parisien montre que le mouvement reste soutenu.',
    'Originally published on March 3, 2019.',
    "Traduit de l'anglais par Jean Dupont.",
    'Cet article a été traduit automatiquement.',
    'Avec l’autorisation de la Région Bretagne, le festival aura lieu.',
    // News about permissions, places after "à", "République" (not a republication), "d'ici" (not "here").
    'Le Figaro a obtenu l’autorisation de publier les échanges entre les deux ministres.',
    'Initialement prévue à Saint-Malo, la réunion a été reportée à plusieurs reprises.',
    'Le ministre redit dans cet entretien n’avoir reçu aucun appel du président de la République.',
    "Rugby. Nouvelles d'ici et d'ailleurs : reprise pour Dupont, le Tournoi approche",
    'We thank the firefighters who allowed the residents to return home.',
    // The translator is the site's own staff, not the publisher; a headline opening on "Première".
    'Traduction : équipe de La Vigie',
    'Première rencontre entre les syndicats et le nouveau ministre de la Défense',
  ])('is no credit: %s', (line) => {
    expect(parseRepublishCredit(line)).toBeNull();
  });
});

describe('attributeOutlet', () => {
  it('ranks original credit, Source, URL host, title suffix, credits, copyright, masthead', () => {
    const all: OutletEvidence = {
      original: 'The Cross',
      source: 'Le Soir',
      url: 'Le Monde',
      titleSuffix: 'Libération',
      credits: ['AFP'],
      copyright: 'La DH',
      masthead: 'Le Figaro',
      siteName: null,
    };
    expect(attributeOutlet(all).outlet).toBe('La Croix');
    expect(attributeOutlet({ ...all, original: null }).outlet).toBe('Le Soir');
    expect(attributeOutlet({ ...all, original: null, source: null }).outlet).toBe('Le Monde');
    expect(attributeOutlet({ ...all, original: null, source: null, url: null }).outlet).toBe('Libération');
    expect(attributeOutlet({ ...none, credits: ['AFP'], copyright: 'La DH' }).outlet).toBe('AFP');
    expect(attributeOutlet({ ...none, copyright: 'La DH', masthead: 'Le Figaro' }).outlet).toBe('La DH');
    expect(attributeOutlet({ ...none, masthead: 'Le Figaro' }).outlet).toBe('Le Figaro');
    expect(attributeOutlet(none)).toEqual({ outlet: null, republisher: null });
  });

  it('keeps the republishing site apart when a credit names the original publisher', () => {
    expect(attributeOutlet({ ...none, original: 'Le Courrier du Sud', copyright: 'La DH' })).toEqual({ outlet: 'Le Courrier du Sud', republisher: 'La DH' });
    expect(attributeOutlet({ ...none, original: 'Le Soir', siteName: 'Le Petit Journal du Web' })).toEqual({ outlet: 'Le Soir', republisher: 'Le Petit Journal du Web' });
    // A link to another outlet's page ("Original article: https://…") names the outlet; the site's own
    // copyright then names the republisher. The site's own evidence alone names no republisher.
    expect(attributeOutlet({ ...none, url: 'Le Monde', copyright: 'La DH' })).toEqual({ outlet: 'Le Monde', republisher: 'La DH' });
    expect(attributeOutlet({ ...none, url: 'Le Monde', copyright: 'Le Monde' })).toEqual({ outlet: 'Le Monde', republisher: null });
    expect(attributeOutlet({ ...none, siteName: 'Le Petit Journal du Web' })).toEqual({ outlet: null, republisher: null });
  });
});

describe('mastheadOutlet', () => {
  it('reads the top line as the site\'s own whole name, never a translation nor a menu word', () => {
    expect(mastheadOutlet(['Ouest-France', 'Monde'])).toBe('Ouest-France');
    expect(mastheadOutlet(['LA CROIX'])).toBe('La Croix');
    // A French site's own title that happens to translate an English one.
    expect(mastheadOutlet(['Le Miroir Quotidien'])).toBeNull();
    expect(mastheadOutlet(['The Evening Herald'])).toBeNull();
    // Menu words and look-alikes.
    expect(mastheadOutlet(['Monde', 'Ouest-France'])).toBeNull();
    expect(mastheadOutlet(['Presse Alpine'])).toBeNull();
    expect(mastheadOutlet(['Le Soir Illustré'])).toBeNull();
  });
});

describe('siteEvidence', () => {
  it('reads copyright, masthead and a credit the chrome rules took, relabelling the credit as metadata', () => {
    const removed = [
      { line: { n: 1, text: 'Le Figaro' }, reason: 'chrome:recurring' },
      { line: { n: 2, text: 'Monde' }, reason: 'chrome:navigation' },
      { line: { n: 30, text: 'Ce texte est d’abord paru dans The Cross.' }, reason: 'chrome:ui' },
      { line: { n: 31, text: '© 2020 Le Petit Journal du Web – Tous droits réservés' }, reason: 'chrome:copyright' },
      { line: { n: 12, text: 'Publié le 3 mars 2019' }, reason: 'metadata:date' },
    ];
    const e = siteEvidence(removed, 5);
    expect(e).toEqual({
      copyright: null,
      siteName: 'Le Petit Journal du Web',
      masthead: 'Le Figaro',
      credit: { name: 'La Croix', known: true, translated: true },
    });
    expect(removed[2]!.reason).toBe('metadata:credit');
    expect(removed[1]!.reason).toBe('chrome:navigation');
  });
});

describe('suffixEvidence', () => {
  it('takes a known outlet from a recurring title suffix, and an unknown name only as the site\'s', () => {
    expect(suffixEvidence('Le Figaro')).toEqual({ titleSuffix: 'Le Figaro', siteName: null });
    expect(suffixEvidence('Le Phare du Cap')).toEqual({ titleSuffix: null, siteName: 'Le Phare du Cap' });
    expect(suffixEvidence(null)).toEqual({ titleSuffix: null, siteName: null });
    // A sentence or a lower-case tail is not a name.
    expect(suffixEvidence('voici ce qu’il faut savoir').siteName).toBeNull();
    expect(suffixEvidence('Tout ce que vous devez savoir sur la réforme des retraites.').siteName).toBeNull();
  });
});

describe('unknownCopyrightName', () => {
  it('reads the name of a copyright line written either way round', () => {
    expect(creditName('Presse Alpine © 2020')).toBe('Presse Alpine');
    expect(creditName('© 2019 Le Courrier du Sud – Tous droits réservés')).toBe('Le Courrier du Sud');
    expect(creditName('Copyright (c) 2018-2020 Vallée Hebdo. All rights reserved.')).toBe('Vallée Hebdo');
    // The name before the mark, a preamble before it, a year or a legal phrase after the name.
    expect(creditName('La Sentinelle du Lac © 2021 — Tous droits réservés')).toBe('La Sentinelle du Lac');
    expect(creditName('Copyright 2020 - Le Guetteur des Dunes - Tous droits réservés')).toBe('Le Guetteur des Dunes');
    // A company's legal form is not part of the name; a legal phrase alone marks the name beside it.
    expect(creditName('© 2020 Harbour Lights Media Ltd. All rights reserved.')).toBe('Harbour Lights Media');
    expect(creditName('© Les Nouvelles du Val SARL')).toBe('Les Nouvelles du Val');
    expect(creditName('Tous droits de diffusion réservés – La Vigie du Causse 2021')).toBe('La Vigie du Causse');
    expect(creditName('La Vigie du Causse, 2021 — tous droits réservés')).toBe('La Vigie du Causse');
    expect(creditName('© Le Héraut du Lac inc.')).toBe('Le Héraut du Lac');
    expect(creditName('© 2019 Les Amis du Quartier ASBL')).toBe('Les Amis du Quartier');
    expect(creditName('Tout le contenu © Le Veilleur du Port 2020, sauf mention contraire')).toBe('Le Veilleur du Port');
    expect(creditName('Copyright © 2017 Harbour Lights Gazette | All Rights Reserved')).toBe('Harbour Lights Gazette');
    expect(creditName('© Les Nouvelles du Val, 2020. Reproduction interdite sans accord.')).toBe('Les Nouvelles du Val');
  });

  it('takes a publication-shaped name, never a person or a photo agency', () => {
    expect(unknownCopyrightName('Le Courrier du Sud')).toBe('Le Courrier du Sud');
    expect(unknownCopyrightName("L'Écho des Collines")).toBe("L'Écho des Collines");
    expect(unknownCopyrightName('exemple-info.fr')).toBe('exemple-info.fr');
    expect(unknownCopyrightName('Presse Alpine')).toBe('Presse Alpine');
    expect(unknownCopyrightName('Vallée Hebdo')).toBe('Vallée Hebdo');
    expect(unknownCopyrightName('Jean-Marc Lefèvre')).toBeNull();
    expect(unknownCopyrightName('Getty Images')).toBeNull();
  });
});

describe('attribution in the pipeline', () => {
  it('credits the original outlet, keeps the republisher and leaves the credit line out of the body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosque-attribution-'));
    const para = 'Le conseil municipal a voté mardi soir la rénovation du pont, après deux ans de débats sur son coût et son tracé.';
    writeFileSync(
      join(dir, 'a.txt'),
      `La mairie rénove enfin le vieux pont\n\n${para}\n\n${para.replace('mardi', 'mercredi')}\n\nArticle paru initialement dans The Parisian, repris avec son accord.\n\n© 2019 Le Petit Journal du Web – Tous droits réservés\n`,
    );
    const r = await ingestFolder(dir);
    const a = r.articles[0]!;
    expect(a.outlet).toBe('Le Parisien');
    expect(a.republisher).toBe('Le Petit Journal du Web');
    expect(a.flags).toContain('machine-translation');
    expect(a.paragraphs.some((p) => p.includes('initialement'))).toBe(false);
    expect(r.removed.find((x) => x.text.startsWith('Article paru'))?.reason).toBe('metadata:credit');
  });

  it('reads the masthead above the first paragraph of a page that shows no headline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosque-attribution-'));
    const stories = [
      ['Le marché couvert rouvre ses portes', 'Après huit mois de travaux, les commerçants ont retrouvé leurs étals sous la halle rénovée, samedi matin, devant une foule nombreuse.'],
      ['Une nouvelle piste cyclable le long du canal', 'La communauté de communes a inauguré quatre kilomètres de voie verte entre l’écluse et la gare, financés pour moitié par la région.'],
      ['Les pompiers recrutent des volontaires', 'La caserne cherche une quinzaine de volontaires pour assurer les gardes de nuit et du week-end, faute de quoi elle devra réduire ses interventions.'],
      ['Le festival de jazz affiche complet', 'Les trois soirées du festival ont été vendues en moins d’une semaine, un record depuis sa création il y a vingt ans, se félicitent les organisateurs.'],
      ['La médiathèque étend ses horaires', 'Elle ouvrira désormais le dimanche après-midi et deux soirs par semaine, grâce au recrutement de deux agents supplémentaires par la commune.'],
    ];
    const head = ['LA VIGIE DES COTEAUX', 'Accueil | Vie locale | Sports | Agenda'];
    const foot = 'Abonnez-vous à notre lettre du matin pour recevoir chaque jour les nouvelles de votre commune.';
    stories.forEach(([title, lead], i) => writeFileSync(join(dir, `p${i}.txt`), [...head, title, lead, `${lead!.split(',')[0]}, a-t-on appris.`, foot].join('\n\n')));
    // the same site's page with no headline line: its first line of text is the lead
    const lead = 'Le club de handball a remporté dimanche son troisième match de suite, devant plus de six cents spectateurs réunis au gymnase municipal.';
    writeFileSync(join(dir, 'sans-titre.txt'), [...head, lead, 'L’entraîneur a salué la défense de son équipe, la meilleure de la poule depuis le début de la saison.', foot].join('\n\n'));
    const r = await ingestFolder(dir);
    const headless = r.articles.find((a) => a.files.some((f) => f.path === 'sans-titre.txt'))!;
    expect(headless.titleSource).toBe('derived');
    expect(headless.outlet ?? headless.republisher).toBe('La Vigie des Coteaux');
  });
});

describe('settleSiteNames', () => {
  const doc = (outlet: string | null, siteName: string | null, author: string | null = 'Anouk Marchetti') => ({ outlet, republisher: null as string | null, siteName, author });

  it('makes an unlisted site the outlet of its own signed pages, and only the republisher of unsigned ones', () => {
    const docs = [doc(null, 'La Vigie du Causse'), doc(null, 'La Vigie du Causse'), doc('AFP', 'La Vigie du Causse'), doc(null, null), doc(null, 'La Vigie du Causse', null)];
    settleSiteNames(docs);
    expect(docs.map((d) => d.outlet)).toEqual(['La Vigie du Causse', 'La Vigie du Causse', 'AFP', null, null]);
    expect(docs[4]!.republisher).toBe('La Vigie du Causse');
  });

  it('never makes an aggregator the outlet: it signs pages that better evidence gives to several outlets', () => {
    const docs = [doc('Le Soir', 'Actu Express 24'), doc('La DH', 'Actu Express 24'), doc('Le Devoir', 'Actu Express 24'), doc(null, 'Actu Express 24')];
    settleSiteNames(docs);
    expect(docs[3]).toMatchObject({ outlet: null, republisher: 'Actu Express 24', siteName: 'Actu Express 24' });
  });
});

describe('whole names in a site’s own lines and a credit’s subject', () => {
  it('does not read a longer unlisted name that begins like a listed one as the listed outlet', async () => {
    const { creditOutlet } = await import('../../src/ingest/attribution.ts');
    expect(creditOutlet('© 2020 L’Écho des Collines – Tous droits réservés')).toBeNull();
    expect(creditOutlet('Copyright 2019 The Guardian of the Hills')).toBeNull();
    expect(creditOutlet('© 2020 Le Monde')).toBe('Le Monde');
    expect(parseRepublishCredit('Le Matin des Monts nous autorise à reprendre cet article.')?.name).not.toBe('Le Matin');
  });
});

describe('mastheadName', () => {
  it('reads the site name of a masthead with a tagline or a live tag, not a menu or a sentence', () => {
    expect(mastheadName('La Vigie du Causse — le journal des plateaux')).toBe('La Vigie du Causse');
    expect(mastheadName('LIVE • Harbour Radio | the voice of the bay')).toBe('Harbour Radio');
    expect(mastheadName('Accueil | Monde | Politique | Sport')).toBeNull();
    expect(mastheadName('Nous utilisons des cookies pour améliorer votre expérience.')).toBeNull();
  });
});

describe('siteEvidence: the top line and the copyright line agree on the name', () => {
  const evidenceOf = (top: string, copyright: string) =>
    siteEvidence(
      [
        { line: { n: 1, text: top }, reason: 'chrome:recurring' },
        { line: { n: 40, text: copyright }, reason: 'chrome:copyright' },
      ],
      3,
    ).siteName;

  it('names the site when its copyright holds the masthead name, however the owner is spelt', () => {
    expect(evidenceOf('The Fenland Courier', '© 2021 Fenland Courier Media Group plc. All rights reserved.')).toBe('The Fenland Courier');
    expect(evidenceOf('Le Réveil des Vosges', 'Le Réveil des Vosges SAS – RCS Épinal 123 456 789 – Tous droits réservés')).toBe('Le Réveil des Vosges');
    expect(evidenceOf('La Sentinelle', 'Éditions La Sentinelle SA, 2020, tous droits réservés')).toBe('La Sentinelle');
  });

  it('takes the copyright’s name when the masthead adds a frequency, an edition or a domain after it', () => {
    // the lines that motivated it: a station's frequency without unit
    expect(evidenceOf('RADIO LANMÈ 94.7', 'Radio Lanmè ©2019')).toBe('Radio Lanmè');
    expect(evidenceOf('ACTU-ZAPPING.COM', '© Actu-Zapping 2019')).toBe('Actu-Zapping');
    expect(evidenceOf('Le Fil du Nord édition Lille', '© 2019 Le Fil du Nord')).toBe('Le Fil du Nord');
  });

  it('does not when the copyright names someone else, or the top line is a single common word', () => {
    expect(evidenceOf('The Fenland Courier', '© 2021 Eastern Print Holdings Ltd. All rights reserved.')).not.toBe('The Fenland Courier');
    expect(evidenceOf('Actualités', '© 2021 Actualités Régionales Média SA – Tous droits réservés')).not.toBe('Actualités');
  });
});

describe('siteEvidence: the masthead below a cookie banner, a prompt or a share bar (v19)', () => {
  it('reads the masthead as the first line after what addresses the reader, in either language', () => {
    for (const [opening, masthead, footer] of [
      [['Votre vie privée compte pour nous : nous déposons des traceurs pour mesurer l’audience.', 'Tout accepter', 'Continuer sans accepter'], 'L’ÉCHO DES COTEAUX', 'Une lettre de L’Écho des Coteaux chaque jeudi.'],
      [['We use cookies to understand how you read us.', 'Accept all', 'Manage choices'], 'THE HARBOUR LIGHT', 'The Harbour Light © 2019 · Printed in Kirkwall'],
    ] as const) {
      const reasons = ['chrome:cookies', 'chrome:consent', 'chrome:consent'];
      const removed = [
        ...opening.map((text, i) => ({ line: { n: i + 1, text }, reason: reasons[i]! })),
        { line: { n: 5, text: masthead }, reason: 'chrome:recurring' },
        { line: { n: 30, text: footer }, reason: 'chrome:recurring' },
      ];
      expect(siteEvidence(removed, 8).siteName?.toUpperCase(), masthead).toBe(masthead);
    }
  });
});

describe('parseRepublishCredit: more wordings', () => {
  it('reads a publication label and its outlet after a colon, known or not', () => {
    expect(parseRepublishCredit('Première publication : Le Soir')?.name).toBe('Le Soir');
    expect(parseRepublishCredit('Original publication: The Marsh Gazette')).toEqual({ name: 'The Marsh Gazette', known: false, translated: false });
    expect(parseRepublishCredit('Article original : Le Courrier des Vallées')?.name).toBe('Le Courrier des Vallées');
  });

  it('never takes a person or a date for the outlet', () => {
    expect(parseRepublishCredit('Première publication : Jean Dupont')).toBeNull();
    expect(parseRepublishCredit('Publié initialement : 12 mars 2019')).toBeNull();
    expect(parseRepublishCredit('Première victoire pour le PSG')).toBeNull();
  });

  it('keeps lower-case words of a translated name, which would otherwise leave another outlet', () => {
    expect(parseRepublishCredit('Les Temps financiers ont publié cette enquête en premier.')?.name).toBe('Financial Times');
    expect(parseRepublishCredit('Ce reportage a d’abord paru dans le Journal de la rue du Mur.')?.name).toBe('The Wall Street Journal');
    expect(parseRepublishCredit('Republished with permission from The Financial Times.')?.name).toBe('Financial Times');
    // A generic press noun after the name is not part of it.
    expect(parseRepublishCredit('Cet article est paru dans Le Soir quotidien du 3 mars.')?.name).toBe('Le Soir');
  });
});

describe('credits: partners, relays, tags and whole subject names', () => {
  it('reads a partner noun between the preposition and the name, and a relaying site', () => {
    expect(parseRepublishCredit('Cet article a été publié en premier par notre partenaire Le Soleil.')?.name).toBe('Le Soleil');
    expect(parseRepublishCredit('This story first ran at our partners The Marsh Gazette.')?.name).toBe('The Marsh Gazette');
    expect(parseRepublishCredit('Le Matin a publié cet article ; nous le relayons ci-dessous.')?.name).toBe('Le Matin');
  });

  it('reads a name beside a short republication tag, on either side', () => {
    expect(parseRepublishCredit('Le Parisien — reprise autorisée')?.name).toBe('Le Parisien');
    expect(parseRepublishCredit('Reproduced with permission | The Fenland Courier')?.name).toBe('The Fenland Courier');
    expect(parseRepublishCredit('Jean Dupont — reprise autorisée')).toBeNull();
    expect(parseRepublishCredit('Politique — Toute l’actualité')).toBeNull();
  });

  it('keeps a subject name whole when a listed one only starts it', () => {
    expect(parseRepublishCredit('La Croix-Rousse Hebdo a publié cet article ; nous le relayons ci-dessous.')).toEqual({ name: 'La Croix-Rousse Hebdo', known: false, translated: false });
    expect(parseRepublishCredit('La Voix de l’Ain a publié cet article ; nous le relayons ci-dessous.')?.name).toBe("La Voix de l'Ain");
    expect(parseRepublishCredit('La Croix a publié cet article ; nous le relayons ci-dessous.')?.name).toBe('La Croix');
  });
});

describe('site names: capitals, self-reference, copyright taken by another rule', () => {
  it('writes a name in capitals as it is read', () => {
    expect(shoutedName('AGENCE FIL CONTINENTAL')).toBe('Agence Fil Continental');
    expect(shoutedName('L’ÉCHO DU GOLFE')).toBe('L’Écho du Golfe');
    expect(shoutedName('RTBF')).toBe('RTBF');
    expect(shoutedName('Rue Libre')).toBe('Rue Libre');
  });

  it('names the site when a line below the title names its recurring top line, or a recurring line holds its copyright', () => {
    const own = siteEvidence(
      [
        { line: { n: 1, text: 'Radio des Trois Rivières' }, reason: 'chrome:recurring' },
        { line: { n: 12, text: 'Photo d’illustration © Anne Roy / Radio des Trois Rivières' }, reason: 'chrome:photo-credit' },
      ],
      3,
    );
    expect(own.siteName).toBe('Radio des Trois Rivières');
    const recurringCopyright = siteEvidence([{ line: { n: 30, text: 'Le Petit Journal du Web © 2019 – Tous droits réservés' }, reason: 'chrome:recurring' }], 3);
    expect(recurringCopyright.siteName).toBe('Le Petit Journal du Web');
  });

  it('reads a web address as a title suffix', () => {
    expect(suffixEvidence('la-croix.com')).toEqual({ titleSuffix: 'La Croix', siteName: null });
    expect(suffixEvidence('exemple-local.fr')).toEqual({ titleSuffix: null, siteName: null });
  });
});

describe('credits in the site’s own voice', () => {
  it('reads "nous reprenons ici un article de X" and "X a révélé cette information en premier"', () => {
    expect(parseRepublishCredit('Nous reprenons ici un article du Courrier des Vallées, avec son accord.')?.name).toBe('Le Courrier des Vallées');
    expect(parseRepublishCredit('Bloomberg a révélé cette information en premier.')?.name).toBe('Bloomberg');
    expect(parseRepublishCredit('Temps Financiers a révélé cette information en premier.')?.name).toBe('Financial Times');
    expect(parseRepublishCredit('Le ministre a révélé cette information en premier.')).toBeNull();
  });
});

describe('a masthead in capitals', () => {
  it('takes the spelling the page writes elsewhere', () => {
    const e = siteEvidence(
      [
        { line: { n: 1, text: 'LA GAZETTE D’EN HAUT' }, reason: 'chrome:recurring' },
        { line: { n: 30, text: 'La Gazette d’en haut vit de ses lecteurs.' }, reason: 'chrome:recurring' },
        { line: { n: 31, text: 'La Gazette d’en haut, 2019 — tous droits réservés' }, reason: 'chrome:copyright' },
      ],
      4,
    );
    expect(e.siteName).toBe('La Gazette d’en haut');
  });
});

describe('look-alike names longer than a listed one', () => {
  it('keep their lower-case words to the end of the clause', () => {
    expect(parseRepublishCredit('Article repris du Monde d’en bas')).toEqual({ name: "Le Monde d'en bas", known: false, translated: false });
    expect(parseRepublishCredit('Cet article a d’abord paru dans Le Temps présent.')?.name).toBe('Le Temps présent');
    expect(parseRepublishCredit('Cet article est paru dans Le Monde diplomatique.')?.name).toBe('Le Monde diplomatique');
  });

  it('not function words, time words or "en ligne"', () => {
    expect(parseRepublishCredit('Cet article est paru dans Le Monde en ligne.')?.name).toBe('Le Monde');
    expect(parseRepublishCredit('Article paru dans Le Monde hier.')?.name).toBe('Le Monde');
    expect(parseRepublishCredit('Article repris du Monde, avec son accord.')?.name).toBe('Le Monde');
  });
});

describe('credits found on v8', () => {
  it('reads "Information à l’origine parue chez X" and "X a publié cet article le premier"', () => {
    expect(parseRepublishCredit('Information à l’origine parue chez La DH')?.name).toBe('La DH');
    expect(parseRepublishCredit('Le Monde a publié cet article le premier')?.name).toBe('Le Monde');
  });

  it('takes the publisher, not the republishing subject, and a weekday-led name', () => {
    expect(parseRepublishCredit('Teranga Matin reprend ici un article de Mardi Soir.')).toEqual({ name: 'Mardi Soir', known: false, translated: false });
    expect(parseRepublishCredit('Cet article a d’abord paru dans Mardi Soir.')?.name).toBe('Mardi Soir');
    expect(parseRepublishCredit('Publié initialement : 12 mars 2019')).toBeNull();
  });

  it('keeps particles inside a longer name, never a time phrase', () => {
    expect(parseRepublishCredit('Cet article a d’abord paru dans Le Temps des communes.')?.name).toBe('Le Temps des communes');
    expect(parseRepublishCredit('Cet article a d’abord paru dans Le Monde de la semaine dernière.')?.name).toBe('Le Monde');
  });
});

describe('credits found on v9', () => {
  it('reads "un article signé X" and a long republication tag', () => {
    expect(parseRepublishCredit('Un article signé Le Monde, reproduit avec son accord')?.name).toBe('Le Monde');
    expect(parseRepublishCredit('La Gazette des Cimes — article repris dans le cadre d’un partenariat éditorial')?.name).toBe('La Gazette des Cimes');
  });
});

describe('an article passed on by a partner', () => {
  it('credits the partner, listed or not', () => {
    expect(parseRepublishCredit('Article transmis par notre partenaire La Croix')?.name).toBe('La Croix');
    expect(parseRepublishCredit('Story provided by our partners at The Marsh Gazette')?.name).toBe('The Marsh Gazette');
  });
});

describe('credits found on v10', () => {
  it('reads content agreements, "tiré de", "proposé par", and an acronym beside its name', () => {
    expect(parseRepublishCredit('Ce reportage du Matin est publié dans le cadre d’une entente de contenu.')?.name).toBe('Le Matin');
    expect(parseRepublishCredit('Cet article est tiré de The Guardian.')?.name).toBe('The Guardian');
    expect(parseRepublishCredit('Article proposé par notre partenaire La Croix')?.name).toBe('La Croix');
    expect(parseRepublishCredit('Le maire a tiré la sonnette d’alarme samedi.')).toBeNull();
    expect(mastheadName('AFDP — Agence Francophone de Presse · Service français')).toBe('Agence Francophone de Presse');
    expect(mastheadName('Le Fil — tout en continu')).toBe('Le Fil');
  });
});

describe('credits found on v11', () => {
  it('reads the site reproducing in its own voice, a credit after a notice, "révélée par", a listed lower-case name', () => {
    expect(parseRepublishCredit('Le Matin l’a publié en premier ; nous le reproduisons avec son aimable autorisation.')?.name).toBe('Le Matin');
    expect(parseRepublishCredit('Reproduction autorisée. Texte original de La Croix.')?.name).toBe('La Croix');
    expect(parseRepublishCredit('Information révélée par nos confrères de Tribune de Genève.')?.name).toBe('Tribune de Genève');
    expect(parseRepublishCredit('Article publié initialement par franceinfo.')?.name).toBe('franceinfo');
  });

  it('not a headline of two sentences, a revelation in running text, or a common word that names a paper', () => {
    expect(parseRepublishCredit('Cambon. Reprise d’activités avec "Les Blés d’Or"')).toBeNull();
    expect(parseRepublishCredit('TRIBUNE. L’élection du maire révèle la mutation de la gauche.')).toBeNull();
    expect(parseRepublishCredit('Le ministre a révélé samedi ses intentions.')).toBeNull();
    expect(parseRepublishCredit('Article repris dans le monde entier, avec autorisation.')?.name ?? null).not.toBe('Le Monde');
  });
});

describe('partnership notices', () => {
  it('credit the partner named after "avec"/"with", never a person in a sentence', () => {
    expect(parseRepublishCredit('Partenariat éditorial avec Le Figaro')?.name).toBe('Le Figaro');
    expect(parseRepublishCredit('Partenariat avec La Gazette des Cimes')?.name).toBe('La Gazette des Cimes');
    expect(parseRepublishCredit('Il a dîné avec Emmanuel Macron hier.')).toBeNull();
  });
});

describe('partnership as a word of a sentence', () => {
  it('is no credit', () => {
    expect(parseRepublishCredit('“Ce partenariat constitue une menace non seulement pour l’Ukraine mais aussi pour les voisins de l’Iran”, a déclaré un responsable.')).toBeNull();
  });
});

describe('an unlisted name continued in lower case', () => {
  it('keeps its words to the end of the clause', () => {
    expect(parseRepublishCredit('Cet article est reproduit avec l’aimable autorisation du Courrier des Alpes central.')?.name).toBe('Le Courrier des Alpes central');
  });
});

describe('partnership notices in other wordings', () => {
  it('credit a partner whose name ends the notice, in either language; news about a partnership is no notice', () => {
    expect(parseRepublishCredit('Editorial partnership with The Marsh Gazette')?.name).toBe('The Marsh Gazette');
    expect(parseRepublishCredit('Content partnership: Le Courrier des Vallées')?.name).toBe('Le Courrier des Vallées');
    expect(parseRepublishCredit('En partenariat avec La Croix')?.name).toBe('La Croix');
    expect(parseRepublishCredit('Le partenariat avec Renault prend fin')).toBeNull();
    expect(parseRepublishCredit('A partnership signed with Northwind Gazette')).toBeNull();
    expect(parseRepublishCredit('Nouveau partenariat avec la Métropole de Lyon')).toBeNull();
    // A French title may close on a lower-case adjective; a sentence may not close on a verb.
    expect(parseRepublishCredit('Partenariat : Le Courrier sarthois')?.name).toBe('Le Courrier sarthois');
    expect(parseRepublishCredit('Partnership with Apple ends')).toBeNull();
    expect(parseRepublishCredit("Editorial partnership with L'Est régional")?.name).toBe("L'Est régional");
  });
});

describe('credits found on v13', () => {
  // Each rule with the line that motivated it and wordings that did not (other names, the other language).
  it('takes a preposition before a tagged credit’s name for a pointer, not for a word of the name', () => {
    expect(parseRepublishCredit('Avec Ouest-France – article repris dans notre revue de presse professionnelle.')?.name).toBe('Ouest-France');
    expect(parseRepublishCredit('From The Harbour Courier | reprinted with permission')?.name).toBe('The Harbour Courier');
    expect(parseRepublishCredit('D’après Le Phare de Ré — texte reproduit avec son accord')?.name).toBe('Le Phare de Ré');
  });

  it('reads the name a copyright line gives beside a republication tag', () => {
    expect(parseRepublishCredit('© Le Quotidien du Médecin, tous droits réservés – reproduit avec permission.')?.name).toBe('Le Quotidien du Médecin');
    expect(parseRepublishCredit('Copyright 2019 The Fenland Courier | republished with permission')?.name).toBe('The Fenland Courier');
  });

  it('reads the noun of reproduction as a credit only with leave ("Reproduction autorisée", not "interdite")', () => {
    expect(parseRepublishCredit('Reproduction autorisée – La Dépêche des Îles')?.name).toBe('La Dépêche des Îles');
    expect(parseRepublishCredit('Reprint permitted | The Harbour Courier')?.name).toBe('The Harbour Courier');
    expect(parseRepublishCredit('Le Monde — reproduction autorisée')?.name).toBe('Le Monde');
    expect(parseRepublishCredit('Reproduction interdite – Le Monde')).toBeNull();
    expect(parseRepublishCredit('Reproduction prohibited | The Harbour Courier')).toBeNull();
  });

  it('never reads a date after the name as more of the name, nor a phrase with a cue as a name', () => {
    expect(parseRepublishCredit('Texte paru dans The Spectator le 31 janvier, que nous remercions.')?.name).toBe('The Spectator');
    expect(parseRepublishCredit('Publié initialement par Le Monde – 3 mars 2019')?.name).toBe('Le Monde');
    expect(parseRepublishCredit('First published in The Harbour Courier on 4 March 2019.')?.name).toBe('The Harbour Courier');
    // a number right after the name's last word is the name's ("France 24", "20 Minutes")
    expect(parseRepublishCredit('Cet article a d’abord été publié par France 24.')?.name).toBe('France 24');
    expect(parseRepublishCredit('Article initialement paru dans 20 Minutes')?.name).toBe('20 Minutes');
    expect(parseRepublishCredit('D’abord diffusé par Le Soleil — reproduit ici avec permission')?.name).toBe('Le Soleil');
  });

  it('reads a translation of a piece ("Version française d’un texte…", "English version of…") as a credit', () => {
    expect(parseRepublishCredit('Version française d’un texte signé pour L’Atlantique.')).toMatchObject({ name: 'The Atlantic', translated: true });
    expect(parseRepublishCredit('English version of a story first written for Le Temps.')?.name).toBe('Le Temps');
    expect(parseRepublishCredit('La version française du texte de loi a été adoptée.')).toBeNull();
  });

  it('reads a label naming the origin and the original’s address as a credit by its host', () => {
    expect(parseRepublishCredit('Lien vers l’article d’origine : https://www.lenouvelliste.ca/international/2019/01/22/x-747729')?.name).toBe('Le Nouvelliste');
    expect(parseRepublishCredit('Read the original story at https://www.lesoir.be/a/b')?.name).toBe('Le Soir');
    expect(parseRepublishCredit('Plus d’infos : https://www.leparisien.fr/x')).toBeNull();
  });
});

describe('a piece made from another outlet’s', () => {
  it('credits the outlet a digest, a summary or an adaptation names after its pointer', () => {
    // the line that motivated it
    expect(parseRepublishCredit('(Synthèse de notre rédaction d’après The Guardian)')?.name).toBe('The Guardian');
    // other wordings, both languages
    expect(parseRepublishCredit('Résumé de la rédaction, d’après Le Soir')?.name).toBe('Le Soir');
    expect(parseRepublishCredit('Digest by our newsroom based on The Harbour Courier')?.name).toBe('The Harbour Courier');
    expect(parseRepublishCredit('Adapté d’un article du Temps')?.name).toBe('Le Temps');
    // a summary of something else, or after a person, credits no outlet
    expect(parseRepublishCredit('Synthèse des débats du conseil municipal')).toBeNull();
    expect(parseRepublishCredit('Un résumé de la séance d’après le maire Jean Dupont')).toBeNull();
  });
});

describe('a site’s byline template told by the folder', () => {
  it('reads the words a site puts before its reporters’ names, below the headline, as its byline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosque-template-'));
    const people = ['Noémie Fauchère', 'Paul Santini', 'Anna Maria Pieri', 'Lisandru Orsoni'];
    const stories = [
      ['Le port de commerce change de concession', 'La chambre de commerce a confié pour quinze ans la gestion du port à un groupement d’armateurs, après un appel d’offres disputé.'],
      ['Une nouvelle ligne de bus vers l’aéroport', 'La collectivité lance dès lundi une navette toutes les trente minutes entre la gare et l’aéroport, au prix d’un ticket urbain.'],
      ['Les bergers inquiets pour la transhumance', 'Faute de pluie, les estives n’offriront pas assez d’herbe cet été, préviennent les éleveurs réunis samedi en assemblée générale.'],
      ['Le festival de guitare dévoile sa programmation', 'Une trentaine de concerts sont annoncés en juillet dans la citadelle, dont plusieurs créations d’artistes de l’île.'],
      // a headline that repeats its first words before names is no byline (it is the title)
      ['Rencontre avec Jean Dupont', 'Le nouveau directeur du port répond à nos questions sur les travaux prévus cet hiver et le trafic des ferries.'],
      ['Rencontre avec Marie Curie', 'La présidente de l’association des commerçants revient sur la saison et les animations prévues en centre-ville.'],
      ['Rencontre avec Paul Martin', 'Le maire détaille le budget voté lundi soir et les projets de la dernière année de son mandat.'],
    ];
    stories.forEach(([title, lead], i) => {
      const by = i < 4 ? [`Un articulu di ${people[i]}`] : [];
      writeFileSync(join(dir, `p${i}.txt`), ['LE MATIN DE L’ÎLE', 'Attualità | Sport | Cultura', title, ...by, lead, `${lead!.split(',')[0]}, selon nos informations.`, '© 2019 Le Matin de l’Île'].join('\n\n'));
    });
    const r = await ingestFolder(dir);
    const byFile = new Map(r.articles.map((a) => [a.files[0]!.path, a]));
    for (let i = 0; i < 4; i++) expect(byFile.get(`p${i}.txt`)!.author, `p${i}`).toBe(people[i]);
    for (let i = 4; i < 7; i++) {
      expect(byFile.get(`p${i}.txt`)!.author).toBeNull();
      expect(byFile.get(`p${i}.txt`)!.title).toMatch(/^Rencontre avec/);
    }
  });

  it('reads it below a date, a source line and a credit too (the byline four lines under the headline)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosque-template-'));
    const people = ['Gabriel Heuzé', 'Rebecca Camilleri', 'Cédric Rochat', 'Aurélie Golay'];
    const leads = [
      'La chambre de commerce a confié pour quinze ans la gestion du port à un groupement d’armateurs, après un appel d’offres disputé.',
      'La collectivité lance dès lundi une navette toutes les trente minutes entre la gare et l’aéroport, au prix d’un ticket urbain.',
      'Faute de pluie, les estives n’offriront pas assez d’herbe cet été, préviennent les éleveurs réunis samedi en assemblée générale.',
      'Une trentaine de concerts sont annoncés en juillet dans la citadelle, dont plusieurs créations d’artistes de l’île.',
    ];
    leads.forEach((lead, i) => {
      const titles = ['Le port change de concessionnaire', 'Une navette vers l’aéroport dès lundi', 'Les bergers inquiets pour l’été', 'Trente concerts à la citadelle'];
      const page = ['HARBOUR WIRE', titles[i]!, `Issued: Fri ${7 + i} Dec 2018, 07.01 CET`, 'Source : Le Monde', 'Relayed and checked by our duty editor.', `Original reporting: ${people[i]}`, lead];
      writeFileSync(join(dir, `w${i}.txt`), page.join('\n\n'));
    });
    const r = await ingestFolder(dir);
    for (const [i, who] of people.entries()) expect(r.articles.find((a) => a.files[0]!.path === `w${i}.txt`)!.author).toBe(who);
  });
});

describe('credits found on v14', () => {
  // Each class with the line that motivated it and wordings that did not.
  it('reads a piece adapted, shared or relayed from another outlet', () => {
    expect(parseRepublishCredit('Article du Monde, adapté par notre rédaction.')?.name).toBe('Le Monde');
    expect(parseRepublishCredit('Article partagé par Radio-Canada dans le cadre de l’Initiative de journalisme local.')?.name).toBe('Radio-Canada');
    expect(parseRepublishCredit('Léman Finance Hebdo relaie ici une analyse publiée par Le Temps.')?.name).toBe('Le Temps');
    expect(parseRepublishCredit('Story shared by The Harbour Courier under our content agreement.')?.name).toBe('The Harbour Courier');
    expect(parseRepublishCredit('Texte adapté d’une enquête de Sud Ouest.')?.name).toBe('Sud Ouest');
  });

  it('reads "our translation of a report by X" and a licence as leave', () => {
    expect(parseRepublishCredit('Our translation of a report by The Provence.')).toMatchObject({ name: 'La Provence' });
    expect(parseRepublishCredit('Notre traduction d’un article du Soir.')?.name).toBe('Le Soir');
    expect(parseRepublishCredit('Published by Mediapart under licence.')?.name).toBe('Mediapart');
    expect(parseRepublishCredit('Publié sous licence par Le Soir.')?.name).toBe('Le Soir');
  });

  it('reads a copyright followed by a notice of leave, never one that forbids', () => {
    expect(parseRepublishCredit('© Le Monde Celtique. Used with permission.')?.name).toBe('Le Monde Celtique');
    expect(parseRepublishCredit('© 2019 Le Soir. Reproduit avec autorisation.')?.name).toBe('Le Soir');
    expect(parseRepublishCredit('© L’Aurore du Levant, Beyrouth. Reproduction et diffusion interdites sans accord écrit.')).toBeNull();
    expect(parseRepublishCredit('© The Harbour Courier. Not to be reproduced without permission.')).toBeNull();
  });

  it('leaves a station’s frequency out of its masthead name', () => {
    expect(mastheadName('RADIO CAGOU 98.5 FM')).toBe('Radio Cagou');
    expect(mastheadName('Radio Fjord 101,2 MHz')).toBe('Radio Fjord');
    expect(mastheadName('France 24')).toBe('France 24');
  });
});

describe('credits found on v15', () => {
  it('reads a partner label before one partner’s name, never a list of partners', () => {
    // the lines that motivated it
    expect(parseRepublishCredit('Publication partenaire – Midi Libre')?.name).toBe('Midi Libre');
    expect(parseRepublishCredit('Article partenaire : Les Échos')?.name).toBe('Les Échos');
    // other wordings
    expect(parseRepublishCredit('Contenu partenaire — The Harbour Courier')?.name).toBe('The Harbour Courier');
    expect(parseRepublishCredit('Partner content: The Fenland Courier')?.name).toBe('The Fenland Courier');
    expect(parseRepublishCredit('Nos partenaires : Le Soir et La Libre')).toBeNull();
    expect(parseRepublishCredit('Contenu partenaire — Découvrez nos offres')).toBeNull();
  });

  it('reads an English possessive inside a translated name ("The North’s Voice")', () => {
    expect(parseRepublishCredit('Reproduced by arrangement with The North’s Voice.')).toMatchObject({ name: 'La Voix du Nord', translated: true });
    expect(parseRepublishCredit("First published in The Parisian's, reproduced with permission.")?.name).toBe('Le Parisien');
  });

  it('reads a station’s name as an outlet’s ("Radio X")', () => {
    expect(parseRepublishCredit('Reprise intégrale, avec l’aimable accord de Radio Lanmè.')?.name).toBe('Radio Lanmè');
    expect(parseRepublishCredit('Republished with permission of Radio Fjord.')?.name).toBe('Radio Fjord');
  });
});

describe('a number alone after a credit cue', () => {
  it('is a date or a time, never a credited name', () => {
    // the line that motivated it: a date line opening on "Paru le"
    expect(parseRepublishCredit('Paru le 27.01.2019 à 14:35')).toBeNull();
    expect(parseRepublishCredit('Published on 03/05/2019 at 10:45')).toBeNull();
    // a name that starts with a number keeps it
    expect(parseRepublishCredit('Article initialement paru dans 20 Minutes')?.name).toBe('20 Minutes');
  });
});

describe('a language after a translation verb', () => {
  it('is no outlet, whichever language; a listed outlet there still is one', () => {
    // found on a page in no corpus: a language the language list does not hold
    expect(parseRepublishCredit('Translated from the Norwegian; the original report appeared in The Morning Post of Bergen.')?.name).toBe('The Morning Post of Bergen');
    expect(parseRepublishCredit('Traduit de l’Islandais, paru d’abord dans Le Matin de Reykjavik.')?.name).toBe('Le Matin de Reykjavik');
    expect(parseRepublishCredit('Translated from Le Devoir')?.name).toBe('Le Devoir');
  });
});

describe('credit templates: a site\'s own words before the outlets it reprints, by evidence across files', () => {
  it('splits a line into the words before an outlet-shaped name and the name, in either language', () => {
    // the motivating lines, then other wordings
    expect(splitCreditLine('Droits de reproduction accordés par Le Dauphiné des Aravis.')).toEqual({ key: 'droits de reproduction accordes par', name: 'Le Dauphiné des Aravis' });
    // (Every form of "de" before the name is one word of the key: "du", "de", "d'", "des".)
    expect(splitCreditLine('Nous relayons ici un article du Citoyen.')).toEqual({ key: 'nous relayons ici un article de', name: 'Le Citoyen' });
    expect(splitCreditLine('From our media partner Corriere della Sera.')).toEqual({ key: 'from our media partner', name: 'Corriere della Sera' });
    expect(splitCreditLine('📰 Source : Le Parisien')).toEqual({ key: 'source :', name: 'Le Parisien' });
    expect(splitCreditLine('Article d’abord paru chez La Voix du Nord')?.name).toBe('La Voix du Nord');
    expect(splitCreditLine('Reproduced by kind arrangement with The Irish Times')?.name).toBe('The Irish Times');
    // The name may be followed by the same few words on every page (v18), in either language.
    expect(splitCreditLine('Sourced from Libération under a content-exchange agreement.')).toEqual({ key: 'sourced from * under a content-exchange agreement', name: 'Libération' });
    expect(splitCreditLine('Texte fourni par La Voix du Nord dans le cadre de notre partenariat')).toEqual({ key: 'texte fourni par * dans le cadre de notre partenariat', name: 'La Voix du Nord' });
    expect(splitCreditLine('Le texte qui suit a d’abord paru dans Le Figaro.')?.name).toBe('Le Figaro');
    // A comma may close the name before the tail (a site in no corpus).
    expect(splitCreditLine('Avec l’accord de la rédaction de Le Monde, que nous remercions')).toEqual({ key: "avec l'accord de la redaction de * que nous remercions", name: 'Le Monde' });
    expect(splitCreditLine('Reprinted by kind permission of The Irish Times, with our thanks')?.name).toBe('The Irish Times');
    // A person's name, a page's categories, a name alone: no split.
    expect(splitCreditLine('Un texte de Inès Bouchelaghem')).toBeNull();
    expect(splitCreditLine('Un texte de Inès Bouchelaghem pour la rédaction')).toBeNull();
    expect(splitCreditLine('Catégories : Actualités, Société')).toBeNull();
    expect(splitCreditLine('Le Monde Diplomatique')).toBeNull();
  });

  it('are the same words before three different names, one an outlet the list knows; never a picture credit', () => {
    const pages = [
      ['Texte gracieusement cédé par Le Monde.', 'Photo : Jean Dupont / Ouest-France', 'Rubrique : Territoires', 'Reproduced by kind arrangement with The Irish Times'],
      ['Texte gracieusement cédé par La Gazette des Étangs.', 'Photo : Marie Durand / Le Télégramme', 'Rubrique : Économie', 'Reproduced by kind arrangement with The Kerry Echo'],
      ['Texte gracieusement cédé par Le Réveil du Bocage.', 'Photo : Paul Martin / Le Progrès', 'Rubrique : Sports', 'Reproduced by kind arrangement with The Kerry Echo'],
    ];
    // The English credit names two outlets only; the section labels name no listed outlet.
    expect([...creditTemplates(pages)]).toEqual(['texte gracieusement cede par']);
    const templates = creditTemplates(pages);
    expect(templateCredit('Texte gracieusement cédé par Le Courrier du Plateau.', templates)).toEqual({ name: 'Le Courrier du Plateau', known: false, translated: false });
    expect(templateCredit('Texte gracieusement cédé par Le Monde.', templates)).toEqual({ name: 'Le Monde', known: true, translated: false });
    expect(templateCredit('Reproduced by kind arrangement with The Irish Times', templates)).toBeNull();
  });

  it('are not a label over a site\'s sections that meets a one-word magazine among its topics (both languages)', () => {
    const labels = (label: string, topics: string[]) => topics.map((t) => [`${label}${t}`, 'Un paragraphe du texte.']);
    // "Capital", "Challenges", "Society" and "Marianne" are listed magazines, and ordinary words.
    expect([...creditTemplates(labels('Rubrique : ', ['Économie', 'Capital', 'Culture', 'Sport', 'Challenges']))]).toEqual([]);
    expect([...creditTemplates(labels('Filed under › ', ['Society', 'Business', 'Arts', 'Weather']))]).toEqual([]);
    expect([...creditTemplates(labels('Thème — ', ['Marianne', 'Patrimoine', 'Associations']))]).toEqual([]);
    // A credit naming one listed outlet of several words, or one name that is no ordinary word, still is one.
    expect([...creditTemplates(labels('Texte confié par ', ['Le Monde', 'Le Courrier du Plateau', 'La Feuille des Causses']))]).toEqual(['texte confie par']);
    expect([...creditTemplates(labels('Shared with us by ', ['Reuters', 'The Dale Courier', 'The Fenland Post']))]).toEqual(['shared with us by']);
  });

  it('credits the reprinted outlet, the site as republisher, and takes the line out of the text', async () => {
    const topics = ['la halle', 'la caserne', 'la piste', 'le pont'];
    const outlets = ['Le Monde', 'La Gazette des Étangs', 'Le Réveil du Bocage', 'Libération'];
    for (const cue of ['Contenu mis à disposition gratuitement par', 'Nos remerciements à nos confrères de']) {
      const dir = mkdtempSync(join(tmpdir(), 'kiosque-credit-template-'));
      outlets.forEach((o, i) => {
        const lead = `Le conseil municipal a débattu mardi soir de ${topics[i]}, après plusieurs mois de concertation avec les habitants du quartier.`;
        const page = ['LE FIL DES MARAIS', 'Vie locale | Culture | Sports', `Titre numéro ${i} sur ${topics[i]}`, `Mis en ligne le 1${i}/01/2019`, `${cue} ${o}.`, 'Un texte de Jeanne Morel', lead, '© 2019 Le Fil des Marais'];
        writeFileSync(join(dir, `${i}.txt`), page.join('\n\n'));
      });
      const r = await ingestFolder(dir);
      const article = (f: string) => r.articles.find((a) => a.files[0]!.path === f)!;
      expect(article('1.txt').outlet, cue).toBe('La Gazette des Étangs');
      expect(article('3.txt').outlet, cue).toBe('Libération');
      expect(article('1.txt').files[0]!.republisher, cue).toBe('Le Fil des Marais');
      for (const a of r.articles) expect(a.paragraphs.some((p) => p.startsWith(cue)), cue).toBe(false);
    }
  });

  it('reads a credit line standing where the headline would be on a copy that shows none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosque-credit-template-'));
    const topics = ['la halle', 'la caserne', 'la piste', 'le pont'];
    const outlets = ['Le Monde', 'La Gazette des Étangs', 'Le Réveil du Bocage', 'Libération'];
    outlets.forEach((o, i) => {
      const lead = `Le conseil municipal a débattu mardi soir de ${topics[i]}, après plusieurs mois de concertation avec les habitants du quartier.`;
      // The last page shows no headline: its credit line comes first.
      const head = i === 3 ? [] : [`Titre numéro ${i} sur ${topics[i]}`];
      writeFileSync(join(dir, `${i}.txt`), ['LE FIL DES MARAIS', ...head, `Nos remerciements à nos confrères de ${o}.`, lead, '© 2019 Le Fil des Marais'].join('\n\n'));
    });
    const r = await ingestFolder(dir);
    const article = r.articles.find((a) => a.files[0]!.path === '3.txt')!;
    expect(article.outlet).toBe('Libération');
    expect(article.title.startsWith('Nos remerciements')).toBe(false);
  });
});

describe('credit templates read whole: capitalised words before the name, the name first, a name ending in lower case (v20)', () => {
  it('splits after English capitals inside ordinary words, never after a name or a page label', () => {
    // v20's "From the French-language pages of X", in other wordings and both languages.
    expect(splitCreditLine('Taken from the Sunday edition of Le Monde')).toEqual({ key: 'taken from the sunday edition of', name: 'Le Monde' });
    expect(splitCreditLine('Adapted from the English-language service of The Irish Times.')?.name).toBe('The Irish Times');
    expect(splitCreditLine('Reproduced from the Saturday supplement of Le Devoir')?.name).toBe('Le Devoir');
    // The name first, then a comma: the words after it are no name ("Le Monde, translated from French").
    expect(splitCreditLine('— Le Monde, translated from French')).toEqual({ key: '* translated from french', name: 'Le Monde' });
    expect(splitCreditLine('PAGE 9 | Consommation')).toBeNull();
    expect(splitCreditLine('Par Jean Dupont pour Le Monde')).toBeNull();
  });

  it('learns a template whose name comes first, before the same words on every page', () => {
    const pages = [
      ['— Le Monde, translated from French'],
      ['— La Gazette des Étangs, translated from French'],
      ['— Le Réveil du Bocage, translated from French'],
    ];
    const templates = creditTemplates(pages);
    expect(templateCredit('— Le Courrier du Plateau, translated from French', templates)?.name).toBe('Le Courrier du Plateau');
    const fr = creditTemplates([['Libération, texte adapté par notre rédaction'], ['Le Phare des Dunes, texte adapté par notre rédaction'], ['La Feuille du Marais, texte adapté par notre rédaction']]);
    expect(templateCredit('Le Journal des Prés, texte adapté par notre rédaction.', fr)?.name).toBe('Le Journal des Prés');
    // The name closed by a full stop, or followed straight by lower-case words (v20's "© X. English
    // translation by Y", "X published the original of this story"), in other wordings.
    const stop = creditTemplates([['© Le Monde. Traduction française par Le Fil des Marais.'], ['© La Gazette des Étangs. Traduction française par Le Fil des Marais.'], ['© Le Réveil du Bocage. Traduction française par Le Fil des Marais.']]);
    expect(templateCredit('© Le Phare des Dunes. Traduction française par Le Fil des Marais.', stop)?.name).toBe('Le Phare des Dunes');
    const bare = creditTemplates([['The Irish Times ran this story first'], ['The Kerry Echo ran this story first'], ['The Fenland Courier ran this story first']]);
    expect(templateCredit('Le Courrier vendéen ran this story first', bare)?.name).toBe('Le Courrier vendéen');
    // A byline written the same way names a person, never an outlet.
    expect(creditTemplates([['Jeanne Morel, envoyée spéciale'], ['Paul Martin, envoyé spécial'], ['Luc Girard, envoyé spécial']]).size).toBe(0);
  });

  it('reads a name ending in lower-case words between the template’s own words', () => {
    const fr = creditTemplates([
      ['Cet article a d’abord paru dans Le Monde et nous est cédé gracieusement.'],
      ['Cet article a d’abord paru dans La Gazette des Étangs et nous est cédé gracieusement.'],
      ['Cet article a d’abord paru dans Le Réveil du Bocage et nous est cédé gracieusement.'],
    ]);
    expect(templateCredit('Cet article a d’abord paru dans Le Réveil normand et nous est cédé gracieusement.', fr)?.name).toBe('Le Réveil normand');
    const en = creditTemplates([
      ['Our thanks to The Irish Times, who ran this story first.'],
      ['Our thanks to The Kerry Echo, who ran this story first.'],
      ['Our thanks to The Fenland Courier, who ran this story first.'],
    ]);
    expect(templateCredit('Our thanks to Le Phare breton, who ran this story first.', en)?.name).toBe('Le Phare breton');
    // A sentence between the template's words is no name.
    expect(templateCredit('Our thanks to the readers who wrote in, who ran this story first.', en)).toBeNull();
  });
});

describe('a credit after the headline, in the folder\'s template (v20)', () => {
  it('credits the outlet named after the headline\'s separator and keeps it out of the title, in either language', async () => {
    const topics = ['la halle', 'la caserne', 'la piste', 'le pont'];
    const outlets = ['Le Monde', 'La Gazette des Étangs', 'Le Réveil du Bocage', 'Libération'];
    for (const [cue, sep] of [['repris de', ' · '], ['read in', ' — '], ['signalé par', ' | ']] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'kiosque-title-credit-'));
      outlets.forEach((o, i) => {
        const lead = `Le conseil municipal a débattu mardi soir de ${topics[i]}, après plusieurs mois de concertation avec les habitants du quartier.`;
        writeFileSync(join(dir, `${i}.txt`), ['LE FIL DES MARAIS', `Titre numéro ${i} sur ${topics[i]}${sep}${cue} ${o}`, lead, '© 2019 Le Fil des Marais'].join('\n\n'));
      });
      const r = await ingestFolder(dir);
      const article = (f: string) => r.articles.find((a) => a.files[0]!.path === f)!;
      expect(article('1.txt').outlet, cue).toBe('La Gazette des Étangs');
      expect(article('1.txt').title, cue).toBe('Titre numéro 1 sur la caserne');
      expect(article('3.txt').outlet, cue).toBe('Libération');
    }
  });
});

describe('a site’s own names are never read as translations (v19)', () => {
  it('keeps a French site’s name that translates an English paper word for word as the site’s', () => {
    const e = { original: null, source: null, url: null, titleSuffix: null, credits: [], copyright: 'Le Temps des Collines', masthead: null, siteName: 'Le Temps des Collines' } as unknown as OutletEvidence;
    expect(attributeOutlet(e).outlet).toBe('Le Temps des Collines');
    const docs = [{ outlet: null, republisher: null, siteName: 'Le Temps des Collines', author: 'Florent Bessière' }];
    settleSiteNames(docs);
    expect(docs[0]!.outlet).toBe('Le Temps des Collines');
  });
  it('counts one name with two years as one name of a credit template', () => {
    const heads = [['© Rade Info 2018'], ['© Rade Info 2019'], ['RADE INFO'], ['© Rade Info 2019']];
    expect(creditTemplates(heads).size).toBe(0);
  });
});

describe('a credit word in a tag before a headline is no credit (v17)', () => {
  it('reads no outlet in the headline after "TRANSLATED |", in either language', () => {
    expect(parseRepublishCredit('TRANSLATED | Vous n’aurez pas Strasbourg et le marché de Noël')).toBeNull();
    expect(parseRepublishCredit('Traduit | Les habitants de la vallée de la Meuse inquiets pour leur pont')).toBeNull();
    expect(parseRepublishCredit('Reprinted | Farmers of the Fens fear for the future of the Ely market')).toBeNull();
    // A tag before a name is a credit still, and a notice after one.
    expect(parseRepublishCredit('Reproduit avec autorisation | Le Soleil')?.name).toBe('Le Soleil');
    expect(parseRepublishCredit('D’abord diffusé par Le Soleil — reproduit ici avec permission')?.name).toBe('Le Soleil');
  });
});

describe('a name that goes on after a preposition to the end of the credit (v20)', () => {
  it('reads the whole name, never the translation of its first words, in either language', () => {
    const cases: [line: string, name: string][] = [
      // v20's line, then other wordings
      ['Texte initialement diffusé par La Semaine dans le Boulonnais.', 'La Semaine dans le Boulonnais'],
      ['Repris du Réveil en Bocage.', 'Le Réveil en Bocage'],
      ['Originally published by Life in Fenland.', 'Life in Fenland'],
      // A place in the middle of the sentence is no part of the name; a translation alone still resolves.
      ['Publié initialement par Le Monde en Corse cette semaine.', 'Le Monde'],
      ['Initially posted by The Voice of the North.', 'La Voix du Nord'],
    ];
    for (const [line, name] of cases) expect(parseRepublishCredit(line)?.name, line).toBe(name);
  });
});

describe('a credit label in two languages, closed by a colon, before the name (v27)', () => {
  it('reads the words up to the colon as the template, never as part of the name', () => {
    for (const label of ['Provenance / Origin:', 'Herkunft / Provenance :', 'Oorsprong / Origine:']) {
      const lines = ['Sud Ouest', 'Le Monde', 'La Croix', 'Temps Financier'].map((n) => ['Un titre', `${label} ${n}`]);
      const templates = creditTemplates(lines);
      expect(splitCreditLine(`${label} La Croix`)?.name, label).toBe('La Croix');
      expect(templateCredit(`${label} Le Monde`, templates)?.name, label).toBe('Le Monde');
      expect(templateCredit(`${label} Temps Financier`, templates), label).toMatchObject({ name: 'Financial Times', translated: true });
    }
  });
});

describe('the first name a credit introduces, before a listed one later in the sentence', () => {
  it('credits the name right after the cue, listed or not', () => {
    expect(parseRepublishCredit('Article repris de The Lagan Ledger pour les abonnés de la Lettre.')).toMatchObject({ name: 'The Lagan Ledger', known: false });
    expect(parseRepublishCredit('Reprinted from The Harbour Light for readers of Le Monde.')).toMatchObject({ name: 'The Harbour Light', known: false });
    expect(parseRepublishCredit('Texte paru dans La Gazette des Marais, relayé avec l’accord de Ouest-France.')).toMatchObject({ name: 'La Gazette des Marais', known: false });
    // a listed name first still wins, and a person's name is never the publisher
    expect(parseRepublishCredit('Texte paru dans Le Monde, repris par La Croix.')).toMatchObject({ name: 'Le Monde', known: true });
    expect(parseRepublishCredit('Un article de Jean Dupont paru dans Le Monde.')).toMatchObject({ name: 'Le Monde', known: true });
  });
});

describe('the writers a credit names are no publisher', () => {
  it('never takes two people named together for an outlet', () => {
    expect(parseRepublishCredit('Texte original de Hasmik Petrossian et Lévon Sarkissian')).toBeNull();
    expect(parseRepublishCredit('Original story by Jane Roe and Tom Hart')).toBeNull();
    // an unlisted paper shaped like one person's name is still a paper
    expect(parseRepublishCredit('Cet article a d’abord paru dans Sud Littoral.')).toMatchObject({ name: 'Sud Littoral' });
  });
});

describe('a credit whose relative clause says the outlet published the piece first', () => {
  it('reads "…, qui l’a publié d’abord" and "…, which first published it" closing the line', () => {
    expect(parseRepublishCredit('Avec l’accord du Télégramme, qui l’a publié d’abord.')).toMatchObject({ name: 'Le Télégramme', known: true });
    expect(parseRepublishCredit('Merci à La Gazette des Marais, qui l’avait publié en premier')).toMatchObject({ name: 'La Gazette des Marais', known: false });
    expect(parseRepublishCredit('With thanks to the Harbour Light, which first published it.')).toMatchObject({ name: 'Harbour Light' });
    expect(parseRepublishCredit('Our thanks to The Quay Weekly, who ran it first.')).toMatchObject({ name: 'The Quay Weekly' });
    // a body sentence whose clause goes on is news, not a credit
    expect(parseRepublishCredit('Le Parisien, qui l’a publié jeudi, affirme que le maire a menti.')).toBeNull();
  });
});

describe('a relative credit\'s antecedent, whatever verb of debt or thanks comes before it (v29)', () => {
  it('names the paper right before the clause, its article restored from "au", "du", "à la"', () => {
    expect(parseRepublishCredit('Cet article, nous le devons au Soir, qui l’a publié le premier.')).toMatchObject({ name: 'Le Soir', known: true });
    expect(parseRepublishCredit('We owe this story to The Tidewater Ledger, which originally printed it.')).toMatchObject({ name: 'The Tidewater Ledger', known: false });
    expect(parseRepublishCredit('Texte emprunté à la Feuille du Causse, qui l’avait diffusé initialement.')).toMatchObject({ name: 'La Feuille du Causse', known: false });
    // a person before the clause is no publisher; a clause that does not say it published the piece names none
    expect(parseRepublishCredit('Nous devons ce texte à Jeanne Martin, qui l’a publié en premier.')).toBeNull();
    expect(parseRepublishCredit('Article du Monde, repris par Le Courrier, qui nous autorise à reprendre cet article.')).toMatchObject({ name: 'Le Monde' });
  });
});

describe('a credit naming the language before the paper, or a role in brackets (v29)', () => {
  it('reads the paper after "the French of", "l’anglais du", and no name inside a bracketed role', () => {
    expect(parseRepublishCredit('Translated from the German of Le Soir.')).toMatchObject({ name: 'Le Soir', known: true });
    expect(parseRepublishCredit('Traduit de l’anglais du Guardian.')).toMatchObject({ name: 'The Guardian', known: true });
    expect(parseRepublishCredit('Original story by Jeanne Martin (copy edit: Aroha Ngata)')).toBeNull();
    expect(parseRepublishCredit('Source (version originale) : Le Figaro')).toMatchObject({ name: 'Le Figaro' });
  });
});

describe('a short credit opening on a participle of republication or a first time, said of the page\'s piece (v29)', () => {
  it('names the piece wherever the page puts it, in either language', () => {
    expect(creditNamesPiece('Reprinted in English from BBC News.')).toBe(true);
    expect(creditNamesPiece('Republié avec l’accord du Soir de Mons.')).toBe(true);
    expect(creditNamesPiece('Originally ran in The Quay Weekly.')).toBe(true);
    expect(creditNamesPiece('Initialement paru dans La Feuille du Causse.')).toBe(true);
  });
  it('is no credit when a main clause follows the participle, or with no place it came from', () => {
    expect(creditNamesPiece('Republié en 2010, le livre a connu un succès inattendu dans les librairies.')).toBe(false);
    expect(creditNamesPiece('Initialement prévue à Barchon, la fête aura lieu à Liège.')).toBe(false);
    expect(creditNamesPiece('Reprinted twice.')).toBe(false);
  });
});

describe('a courtesy credit without "of", and a subject that published the original in a language (v31), in other wordings', () => {
  it('reads the name after "Courtesy" alone, before a separator and a note', () => {
    expect(parseRepublishCredit('Courtesy Le Soir — English version by our desk')).toMatchObject({ name: 'Le Soir', known: true });
  });
  it('reads the subject that published the piece\'s original, with or without its language', () => {
    expect(parseRepublishCredit('The Quay Weekly published the Spanish original.')).toMatchObject({ name: 'The Quay Weekly', known: false });
    expect(parseRepublishCredit('Le Devoir published the original.')).toMatchObject({ name: 'Le Devoir', known: true });
    expect(parseRepublishCredit('The mayor published the original plan in March.')).toBeNull();
  });
});

describe('a credit naming its paper after a verb of owning, whole (v31), in other wordings', () => {
  it('reads the name after "belongs to", "appartient à", particles inside it included', () => {
    expect(parseRepublishCredit('Ce reportage appartient à L’Écho des Landes, qui nous autorise à le reprendre.')).toMatchObject({ name: "L'Écho des Landes", known: false });
    expect(parseRepublishCredit('This piece belongs to The Voice of the North; shared with permission.')).toMatchObject({ name: 'La Voix du Nord', known: true });
  });
  it('never starts a name at a particle inside a longer one', () => {
    expect(parseRepublishCredit('This story is the property of La Gazette du Port, reproduced with leave.')?.name).not.toBe('Le Port');
  });
});

describe('a credit that opens on its cue and closes on a relative clause', () => {
  it('names what follows the cue, not the cue', () => {
    expect(parseRepublishCredit('Courtesy of the Marsh Gazette, which ran it first')).toMatchObject({ name: 'Marsh Gazette' });
    expect(parseRepublishCredit('Republished from The Quay Weekly, which first published it.')).toMatchObject({ name: 'The Quay Weekly' });
  });
});
