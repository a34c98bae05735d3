import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/pipeline.ts';
import { buildTitleEvidence, coreHeadline, deriveTitle, isTitleLike, outletSuffix, pickTitle, stripSitePrefix, stripSiteSuffix } from '../../src/ingest/title.ts';

describe('title', () => {
  it('takes a real headline line as the title (seed 003)', () => {
    const line = "L'Iran pourrait envoyer davantage de drones kamikazes à la Russie - Secrétaire d'État américain";
    expect(isTitleLike(line)).toBe(true);
    const picked = pickTitle([{ n: 1, text: line }, { n: 3, text: 'Récemment, la Russie a continué.' }]);
    expect(picked.title).toBe(line);
    expect(picked.body.map((l) => l.text)).toEqual(['Récemment, la Russie a continué.']);
  });

  it('keeps a lead paragraph in the body and derives a shorter title from it', () => {
    const lead =
      "Intempéries Au moins 12 personnes ont perdu la vie dans les orages qui se sont abattus sur le sud du pays, selon un dernier bilan. Une procédure accélérée va être mise en oeuvre pour les communes touchées.";
    expect(isTitleLike(lead)).toBe(false);
    const picked = pickTitle([{ n: 1, text: lead }]);
    expect(picked.body).toHaveLength(1);
    expect(picked.title!.length).toBeLessThanOrEqual(112);
    expect(picked.title!.endsWith('…')).toBe(true);
  });

  it('derives the first sentence when it is short enough', () => {
    expect(deriveTitle('Le pont a rouvert lundi matin après trois mois de travaux. La circulation reste difficile.')).toBe(
      'Le pont a rouvert lundi matin après trois mois de travaux',
    );
  });
});

describe('multi-sentence headlines', () => {
  it('keeps a long headline with a question and a quote whole (no final full stop)', () => {
    const line =
      'Les habitants du quartier vont-ils quitter leurs maisons avant l’hiver ? "Non ! On restera jusqu’au bout, quoi qu’il arrive" (VIDEO)';
    expect(isTitleLike(line)).toBe(true);
    expect(pickTitle([{ n: 1, text: line }]).title).toBe(line);
  });
});

describe('title from scored candidates', () => {
  const L = (texts: string[]): { n: number; text: string }[] => texts.map((text, i) => ({ n: i + 1, text }));
  it('takes the head line the URL slug names over a line above it', () => {
    const lines = L([
      'Bienvenue sur le portail des communes du Val',
      'Quatre blessés dans un accident de car scolaire près de Vesoul',
      'Le car transportait vingt-deux élèves lorsqu’il a quitté la route dans un virage, jeudi matin, selon les pompiers.',
    ]);
    const picked = pickTitle(lines, 'https://www.exemple.org/faits-divers/quatre-blesses-accident-car-scolaire-vesoul-4521.html');
    expect(picked.title).toBe(lines[1]!.text);
    expect(picked.source).toBe('headline');
    expect(picked.above.map((l) => l.text)).toEqual([lines[0]!.text]);
    expect(picked.body.map((l) => l.text)).toEqual([lines[2]!.text]);
    // Without a URL, or with a slug naming nothing in the head, the first line stays the title.
    expect(pickTitle(lines).title).toBe(lines[0]!.text);
    expect(pickTitle(lines, 'https://www.exemple.org/article/48213').title).toBe(lines[0]!.text);
    // A first line holding a third of the slug is the headline (slugs are often written from the lead).
    const headed = L(['Accident de car scolaire à Vesoul', 'Quatre blessés légers après la sortie de route du car scolaire', lines[2]!.text]);
    expect(pickTitle(headed, 'https://www.exemple.org/quatre-blesses-accident-car-scolaire-vesoul.html').title).toBe(headed[0]!.text);
    // A lead sentence is never taken over the first line, whatever the slug.
    const lead = L(['Bienvenue sur le portail des communes du Val', 'Quatre blessés dans un accident de car scolaire près de Vesoul, jeudi.']);
    expect(pickTitle(lead, 'https://www.exemple.org/quatre-blesses-accident-car-scolaire-vesoul.html').title).toBe(lead[0]!.text);
  });

  it('finds a site suffix below a page head of banner, buttons, masthead and menu', () => {
    const heads = ['Le marché couvert rouvre ses portes', 'Une nouvelle piste cyclable le long du canal', 'Les pompiers recrutent des volontaires', 'Le festival de jazz affiche complet'];
    const page = (h: string) => L(['Ce site utilise des traceurs pour mesurer son audience.', 'Tout accepter', 'Tout refuser', 'Paramétrer', 'LE PETIT VIGILANT', 'Accueil | Région | Sports | Culture', `${h} · Le Petit Vigilant`, 'Un paragraphe du corps de l’article, assez long pour en être un.']);
    const evidence = buildTitleEvidence(heads.map(page));
    expect(stripSiteSuffix('Le conseil municipal vote le budget · Le Petit Vigilant', evidence).title).toBe('Le conseil municipal vote le budget');
  });

  it('reads any spaced run of symbols as the separator before a site suffix, in either language (v19)', () => {
    const heads = ['Le marché couvert rouvre ses portes', 'Une nouvelle piste cyclable le long du canal', 'Les pompiers recrutent des volontaires', 'Le festival de jazz affiche complet'];
    for (const [sep, site] of [[' ‖ ', 'Nakamal Info'], [' ✦ ', 'La Gazette du Val'], [' ⁂ ', 'The Harbour Light'], [' >> ', 'Radio Plateau'], [' ― ', 'L’Écho des Cimes']] as const) {
      const evidence = buildTitleEvidence(heads.map((h) => L([`${h}${sep}${site}`, 'Un paragraphe du corps de l’article, assez long pour en être un.'])));
      expect(stripSiteSuffix(`Le conseil municipal vote le budget${sep}${site}`, evidence).title, sep).toBe('Le conseil municipal vote le budget');
    }
  });

  it('takes a masthead standing alone at the head of many pages as a suffix, on the one page whose title adds it', () => {
    const heads = ['Le marché couvert rouvre ses portes', 'Une nouvelle piste cyclable le long du canal', 'Les pompiers recrutent des volontaires', 'Le festival de jazz affiche complet'];
    // the headlines carry no suffix: only the masthead line recurs
    const page = (h: string) => L(['L’Écho des Remparts', 'Accueil | Région | Sports', h, 'Un paragraphe du corps de l’article, assez long pour en être un.']);
    const evidence = buildTitleEvidence(heads.map(page));
    expect(stripSiteSuffix('Le conseil municipal vote le budget · L’Écho des Remparts', evidence).title).toBe('Le conseil municipal vote le budget');
    expect(stripSiteSuffix('Harbour works delayed again - The Quay Weekly', buildTitleEvidence(heads.map((h) => L(['The Quay Weekly', h, 'A paragraph of the body, long enough to be one.'])))).title).toBe('Harbour works delayed again');
    // a name on fewer pages than the bar is no evidence
    expect(stripSiteSuffix('Le conseil municipal vote le budget · L’Écho des Remparts', buildTitleEvidence(heads.slice(0, 2).map(page))).title).toContain('Remparts');
  });

  it('never takes the ending of one headline, repeated by copies on several sites, for a site suffix', () => {
    // the headline that motivated it: copies on four sites, its own « … » toujours présents ending
    const title = 'Wierde : les « gilets jaunes » toujours présents';
    const copies = buildTitleEvidence(['Le Fil', 'La Vigie', 'Le Relais', 'Canal Nord'].map((site) => L([site, title, 'Un paragraphe du corps de l’article, assez long pour en être un.'])));
    expect(stripSiteSuffix(title, copies).title).toBe(title);
    const english = 'Harbour strike - day three';
    const en = buildTitleEvidence(['The Quay', 'Harbour News', 'Dock Post', 'Sea Lane'].map((site) => L([site, english, 'A paragraph of the body, long enough to be one.'])));
    expect(stripSiteSuffix(english, en).title).toBe(english);
  });

  it('takes a section label in capitals above the headline for what it is', () => {
    const lead = 'Le conseil municipal a voté lundi soir la gratuité des transports scolaires pour la rentrée.';
    for (const label of ['VIE LOCALE', 'PAGE 12 | Le fait du jour', 'ÇA S’EST PASSÉ PRÈS DE CHEZ NOUS', 'THE MARSH GAZETTE — news from the fens']) {
      const picked = pickTitle(L([label, 'Les transports scolaires deviennent gratuits', lead]));
      expect(picked.title).toBe('Les transports scolaires deviennent gratuits');
      expect(picked.above.map((l) => l.text)).toEqual([label]);
    }
    // A headline in capitals over its lead stays the headline; a plain short first line too.
    expect(pickTitle(L(['GRÈVE DES TRANSPORTS SCOLAIRES LUNDI', lead])).title).toBe('GRÈVE DES TRANSPORTS SCOLAIRES LUNDI');
    expect(pickTitle(L(['Brèves de la vallée', 'Les transports scolaires deviennent gratuits', lead])).title).toBe('Brèves de la vallée');
  });

  it('never takes a line holding a web address for a headline', () => {
    expect(isTitleLike('Lien permanent : https://www.exemple.org/?p=123')).toBe(false);
    expect(isTitleLike('Retrouvez le programme complet sur www.exemple-festival.fr')).toBe(false);
    expect(isTitleLike('Le site exemple.org ferme ses portes')).toBe(true);
  });

  it('marks a title cut from the lead as derived', () => {
    const lead = 'Le car transportait vingt-deux élèves lorsqu’il a quitté la route dans un virage, jeudi matin, selon les pompiers. Quatre enfants ont été légèrement blessés et conduits à l’hôpital de Vesoul.';
    expect(pickTitle(L([lead])).source).toBe('derived');
  });

  it('strips a trailing site name that ends many files’ head lines, even for an unlisted site', () => {
    const heads = ['Le marché couvert rouvre ses portes', 'Une nouvelle piste cyclable le long du canal', 'Les pompiers recrutent des volontaires', 'Le festival de jazz affiche complet', 'La bibliothèque étend ses horaires'];
    for (const [sep, site] of [[' – ', 'La Gazette des Monts'], [' | ', 'Valley Courier'], [' • ', 'Le Héraut du Lac'], [' » ', 'Coastline Herald'], [' ~ ', 'Plaine Infos']] as const) {
      const evidence = buildTitleEvidence(heads.map((h) => L([`${h}${sep}${site}`, 'Un paragraphe du corps de l’article, assez long pour en être un.'])));
      expect(stripSiteSuffix(`Le conseil municipal vote le budget${sep}${site}`, evidence)).toEqual({ title: 'Le conseil municipal vote le budget', suffix: site });
      // Not recurring: a headline's own ending stays.
      expect(stripSiteSuffix('Gilets jaunes : la mobilisation continue - acte V', evidence)).toEqual({ title: 'Gilets jaunes : la mobilisation continue - acte V', suffix: null });
    }
    // A date or a number ending many titles belongs to each episode's title, not to a site.
    const episodes = buildTitleEvidence(['01/12/25', '02/12/25', '03/12/25', '04/12/25', '05/12/25'].map((d) => L([`Le journal de la mi-journée - ${d}`])));
    expect(stripSiteSuffix('Le journal de la mi-journée - 01/12/25', episodes).suffix).toBeNull();
    const numbered = buildTitleEvidence(heads.map((h) => L([`${h} - 2/3`])));
    expect(stripSiteSuffix('Le conseil municipal vote le budget - 2/3', numbered).suffix).toBeNull();
    // A format tag ending many headlines is part of them.
    for (const tag of ['VIDÉO', 'EN DIRECT', 'Photos']) {
      const tagged = buildTitleEvidence(heads.map((h) => L([`${h} - ${tag}`])));
      expect(stripSiteSuffix(`Le conseil municipal vote le budget - ${tag}`, tagged).suffix).toBeNull();
    }
    // Three files are not a site's template.
    const few = buildTitleEvidence(heads.slice(0, 3).map((h) => L([`${h} - Le Petit Écho`])));
    expect(stripSiteSuffix('Le conseil municipal vote le budget - Le Petit Écho', few).suffix).toBeNull();
  });
});

describe('folded copies: a derived title never beats a headline', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiosque-title-'));
    const lead = 'Le car transportait vingt-deux élèves lorsqu’il a quitté la route dans un virage, jeudi matin, selon les pompiers de la Haute-Saône. Quatre enfants ont été légèrement blessés.';
    const rest = [
      'Le conducteur, un homme de cinquante-deux ans, a été soumis à un dépistage d’alcoolémie qui s’est révélé négatif, a précisé la gendarmerie.',
      'La route départementale est restée fermée jusqu’en début d’après-midi, le temps de dégager le véhicule et de sécuriser les lieux.',
      'Une cellule d’écoute psychologique a été ouverte au collège pour les élèves et leurs familles, a annoncé le rectorat.',
    ];
    // The most complete copy has no headline (it opens with the lead); the other copy has one.
    await writeFile(join(dir, 'a-sans-titre.txt'), [lead, ...rest, 'Le maire de la commune s’est rendu sur place dans la matinée pour soutenir les familles des élèves.'].join('\n\n'));
    await writeFile(join(dir, 'b-avec-titre.txt'), ['Quatre élèves blessés dans un accident de car scolaire', lead, ...rest].join('\n\n'));
    await writeFile(join(dir, 'd-habillage.txt'), ['We use cookies to personalise content and to analyse our traffic. You can change your choices at any time in your settings.', 'Manage preferences', 'THE HILLSIDE POST', 'What do you think?', 'Love', 'Sad', '© 2020 The Hillside Post. All rights reserved.'].join('\n'));
    // The most complete copy puts a format tag before the headline the other copy shows bare.
    const fire = [
      'Un incendie s’est déclaré dans la nuit de mardi à mercredi dans un entrepôt de la zone artisanale, ont indiqué les pompiers du département.',
      'Une soixantaine de sapeurs-pompiers ont été mobilisés pour circonscrire les flammes, qui ont détruit la moitié du bâtiment de stockage.',
      'Aucun blessé n’est à déplorer, mais une dizaine de salariés seront placés au chômage technique, selon la direction de l’entreprise.',
    ];
    await writeFile(join(dir, 'e-tag.txt'), ['VIDÉO – Un entrepôt détruit par les flammes dans la zone artisanale', ...fire, 'Une enquête a été ouverte pour déterminer l’origine du sinistre, a précisé le parquet.'].join('\n\n'));
    await writeFile(join(dir, 'f-nu.txt'), ['Un entrepôt détruit par les flammes dans la zone artisanale', ...fire].join('\n\n'));
    // A copy with no headline line shows the site's rubric path above the lead; the other copy its headline.
    const bridge = [
      'Les travaux de rénovation du pont de l’Europe débuteront en mars et dureront dix-huit mois, a annoncé mardi l’Eurométropole lors de son conseil.',
      'La circulation des voitures sera limitée à une voie dans chaque sens pendant toute la durée du chantier, les cyclistes garderont leur piste.',
      'Le coût des travaux est estimé à quarante millions d’euros, financés à parts égales par les collectivités des deux rives du Rhin.',
    ];
    await writeFile(join(dir, 'g-rubrique.txt'), ['Société / Elsass-Alsace', ...bridge, 'Des réunions publiques seront organisées dans les quartiers riverains avant le début du chantier.'].join('\n\n'));
    await writeFile(join(dir, 'h-titre.txt'), ['Le pont de l’Europe en travaux pendant dix-huit mois', ...bridge].join('\n\n'));
    await writeFile(join(dir, 'c-seul.txt'), 'Les travaux du pont de la Saône reprendront lundi matin après trois semaines d’interruption, a annoncé la préfecture. La circulation restera alternée jusqu’à la fin du mois.\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  it('shows the headline of a folded copy, and flags a lone lead-derived title', async () => {
    const result = await ingestFolder(dir);
    const folded = result.articles.find((a) => a.files.some((f) => f.path === 'a-sans-titre.txt'))!;
    expect(folded.files[0]!.path).toBe('a-sans-titre.txt');
    expect(folded.title).toBe('Quatre élèves blessés dans un accident de car scolaire');
    expect(folded.titleSource).toBe('headline');
    const alone = result.articles.find((a) => a.files[0]!.path === 'c-seul.txt')!;
    expect(alone.titleSource).toBe('derived');
  });
  it('shows a copy’s phrase headline rather than another copy’s rubric path', async () => {
    const result = await ingestFolder(dir);
    const bridge = result.articles.find((a) => a.files.some((f) => f.path === 'g-rubrique.txt'))!;
    expect(bridge.files.map((f) => f.path).sort()).toEqual(['g-rubrique.txt', 'h-titre.txt']);
    expect(bridge.title).toBe('Le pont de l’Europe en travaux pendant dix-huit mois');
  });
  it('shows the headline copies share when one site adds a segment to it', async () => {
    const result = await ingestFolder(dir);
    const fire = result.articles.find((a) => a.files.some((f) => f.path === 'e-tag.txt'))!;
    expect(fire.files.map((f) => f.path).sort()).toEqual(['e-tag.txt', 'f-nu.txt']);
    expect(fire.files[0]!.path).toBe('e-tag.txt');
    expect(fire.title).toBe('Un entrepôt détruit par les flammes dans la zone artisanale');
  });
  it('rejects a page made only of site chrome, with a reason', async () => {
    const result = await ingestFolder(dir);
    expect(result.rejected).toEqual([{ path: 'd-habillage.txt', reason: expect.stringMatching(/^only site chrome/) }]);
  });
});

describe('subject labels and web-address suffixes', () => {
  const L = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  const lead = 'Le conseil municipal a voté mardi soir la fermeture de la piscine pour travaux, au grand dam des clubs de natation de la ville.';

  it('drops the label of a message subject, in both languages', () => {
    expect(pickTitle(L(['Objet : La piscine municipale ferme pour un an', lead])).title).toBe('La piscine municipale ferme pour un an');
    expect(pickTitle(L(['Subject: Council closes the swimming pool', lead])).title).toBe('Council closes the swimming pool');
    // A colon inside a headline is no label.
    expect(pickTitle(L(['Piscine : le conseil vote la fermeture', lead])).title).toBe('Piscine : le conseil vote la fermeture');
  });

  it('strips a web address after a separator even on one page', () => {
    const none = buildTitleEvidence([]);
    expect(stripSiteSuffix('La piscine municipale ferme pour un an | exemple-ville.fr', none).title).toBe('La piscine municipale ferme pour un an');
    expect(stripSiteSuffix('La piscine municipale ferme pour un an - Le Courrier', none).title).toBe('La piscine municipale ferme pour un an - Le Courrier');
  });
});

describe('copies that agree on a headline but for a segment one site adds', () => {
  it('keeps the headline they share, before or after the added segment', () => {
    // the case that motivated it: a site puts a format tag before some headlines
    expect(coreHeadline(['VIDÉO – Quatre blessés lors de la manifestation à Rouen', 'Quatre blessés lors de la manifestation à Rouen'])).toBe('Quatre blessés lors de la manifestation à Rouen');
    // other segments, other separators, both languages
    expect(coreHeadline(['La manifestation à Bruxelles annulée par son organisateur · La Dépêche des Îles', 'La manifestation à Bruxelles annulée par son organisateur'])).toBe('La manifestation à Bruxelles annulée par son organisateur');
    expect(coreHeadline(['LIVE | Storm Ciaran hits Brittany tonight', 'Storm Ciaran hits Brittany tonight', 'Storm Ciaran hits Brittany tonight — The Quay Weekly'])).toBe('Storm Ciaran hits Brittany tonight');
    expect(coreHeadline(['EN DIRECT. Le budget adopté au Sénat', 'Le budget adopté au Sénat'])).toBe('Le budget adopté au Sénat');
    // a bracketed tag before the headline
    expect(coreHeadline(['[AUDIO] Le budget adopté au Sénat', 'Le budget adopté au Sénat'])).toBe('Le budget adopté au Sénat');
    expect(coreHeadline(['(EXCLUSIF) Harbour works delayed again', 'Harbour works delayed again'])).toBe('Harbour works delayed again');
  });

  it('leaves copies that agree, differ otherwise, or would keep too short a headline', () => {
    expect(coreHeadline(['Le budget adopté au Sénat', 'Le budget adopté au Sénat'])).toBeNull();
    expect(coreHeadline(['Le budget adopté au Sénat', 'Le budget rejeté à l’Assemblée'])).toBeNull();
    // the longer one continues the sentence: no separator, no decoration
    expect(coreHeadline(['Le budget adopté au Sénat après une nuit de débats', 'Le budget adopté au Sénat'])).toBeNull();
    // too long to be a site's segment
    expect(coreHeadline(['Après une nuit de débats houleux et de nombreux amendements – Le budget adopté au Sénat', 'Le budget adopté au Sénat'])).toBeNull();
    expect(coreHeadline(['VIDÉO – Brexit', 'Brexit'])).toBeNull();
    expect(coreHeadline(['Un seul titre'])).toBeNull();
  });
});

describe('a site’s label above its headlines, told by the folder', () => {
  const L = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  const lead = 'Un paragraphe du corps de l’article, assez long pour en être un, et qui se termine par un point.';
  const heads = ['Le marché couvert rouvre ses portes samedi matin', 'Une nouvelle piste cyclable le long du canal', 'Les pompiers recrutent des volontaires pour l’été', 'Le festival de jazz affiche complet cette année'];
  it('skips a label whose first words begin short lines with several endings ("Édition de X", "Prochain match : X")', () => {
    // the lines that motivated it: an edition label and a ticker of the next match
    const editions = ['Édition de Tulle', 'Édition de Guéret', 'Édition de Ussel', 'Édition de Saint-Junien'];
    const pages = heads.map((h, i) => L([editions[i]!, h, lead]));
    const evidence = buildTitleEvidence(pages);
    for (const [i, page] of pages.entries()) expect(pickTitle(page, null, evidence.labels).title).toBe(heads[i]);
    const matches = ['Prochain match : Laval – Cholet, samedi 18 h', 'Prochain match : Laval – Concarneau, samedi 18 h', 'Prochain match : Laval – Dunkerque, samedi 18 h', 'Prochain match : Laval – Cholet, samedi 18 h'];
    const fanzine = heads.map((h, i) => L([matches[i]!, h, lead]));
    expect(pickTitle(fanzine[1]!, null, buildTitleEvidence(fanzine).labels).title).toBe(heads[1]);
  });

  it('keeps a headline whose opening words also begin long headlines ("Gilets jaunes : …")', () => {
    const topical = ['Gilets jaunes : blocages à Liège', 'Gilets jaunes : le préfet interdit la manifestation de samedi dans le centre-ville de Nantes', 'Gilets jaunes : rassemblement à Namur', 'Gilets jaunes : nouvel appel', 'Gilets jaunes : péages ouverts'];
    const pages = topical.map((h) => L([h, 'Les manifestants ont été reçus par le préfet en fin de journée', lead]));
    const evidence = buildTitleEvidence(pages);
    expect(pickTitle(pages[0]!, null, evidence.labels).title).toBe(topical[0]);
  });
});

describe('a site’s tag before its headlines, told by the folder', () => {
  const HEADLINES = [
    'Le conseil municipal vote le budget des écoles',
    'La piscine intercommunale fermée tout l’été',
    'Un nouveau médecin s’installe au bourg',
    'Les travaux du pont reportés à l’automne',
    'The harbour reopens after the storm',
  ];
  const lines = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  const evidence = (tag: string, count = 4, heads = HEADLINES) =>
    buildTitleEvidence(heads.slice(0, count).map((h) => lines(['LE PETIT ÉCHO', `${tag}${h}`, 'Le texte de l’article commence ici, avec une phrase complète.'])));

  it('strips a tag in capitals or brackets that opens four different headlines, whatever its words and separator', () => {
    // the motivating forms, then other wordings and languages
    for (const tag of ['À CHAUD. ', '[Revue de presse] ', 'TRANSLATED | ', 'À LA UNE » ', '[From the archive] ', 'NOTRE SÉLECTION ▸ ', 'TRADUIT DE L’ANGLAIS // ', '⚠ Travel alert: ', 'Veille éco ⟫ ', '📌 À retenir : ', 'Market wrap ▶ ']) {
      const ev = evidence(tag);
      expect(stripSitePrefix(`${tag}${HEADLINES[4]}`, ev), tag).toBe(HEADLINES[4]);
      expect(stripSitePrefix(`${tag}${HEADLINES[0]}`, ev), tag).toBe(HEADLINES[0]);
    }
  });

  it('reads any pictogram or arrow as a separator, not a list of them, and a rubric in ordinary case before one as a tag (v19)', () => {
    for (const tag of ['DÉCRYPTAGE ➜ ', 'Coup de cœur ✦ ', 'Notre avis ⇒ ', 'Editor’s pick ❖ ', 'À la loupe ⟡ ', 'FOCUS ⮕ ']) {
      const ev = evidence(tag);
      expect(stripSitePrefix(`${tag}${HEADLINES[4]}`, ev), tag).toBe(HEADLINES[4]);
      expect(stripSitePrefix(`${tag}${HEADLINES[0]}`, ev), tag).toBe(HEADLINES[0]);
    }
  });

  it('reads a rubric of five or six words as a tag, on the same evidence (v31)', () => {
    for (const tag of ['Ce qui se passe au port ≈ ', 'What the locals are saying ⊳ ', 'À lire avant le marché ⁓ ']) {
      const ev = evidence(tag);
      expect(stripSitePrefix(`${tag}${HEADLINES[4]}`, ev), tag).toBe(HEADLINES[4]);
      expect(stripSitePrefix(`${tag}${HEADLINES[0]}`, ev), tag).toBe(HEADLINES[0]);
    }
    // one headline's own opening, on fewer pages, stays
    expect(stripSitePrefix(`Ce qui se passe au port ≈ ${HEADLINES[0]}`, evidence('Ce qui se passe au port ≈ ', 2))).toContain('Ce qui se passe');
  });

  it('reads a rubric in ordinary case before an interface separator (a middle dot, a bullet, a bar) as a tag, in either language (v15)', () => {
    for (const tag of ['Abonnés · ', 'Flash info | ', 'Subscribers only • ', 'Notre région | ']) {
      const ev = evidence(tag);
      expect(stripSitePrefix(`${tag}${HEADLINES[4]}`, ev), tag).toBe(HEADLINES[4]);
    }
    // A dash stays the headline's own.
    expect(stripSitePrefix(`Flash info - ${HEADLINES[0]}`, evidence('Flash info - '))).toBe(`Flash info - ${HEADLINES[0]}`);
  });

  it('strips a rubric before a dash, or a tag in capitals glued by a space, when other pages show one of its headlines bare (v20, v8)', () => {
    // v20's "Paris Briefing — …" and v8's "ABONNÉS Liège à l’arrêt…", in other wordings and both languages.
    for (const tag of ['Revue du matin — ', 'Morning brief - ', 'Le fil éco – ', 'Gulf desk — ', 'ABONNÉS ', 'PREMIUM ', 'SUBSCRIBERS ONLY ', 'RÉSERVÉ AUX ABONNÉS ']) {
      const tagged = HEADLINES.slice(0, 4).map((h) => lines(['LE PETIT ÉCHO', `${tag}${h}`, 'Le texte de l’article commence ici, avec une phrase complète.']));
      // Another site shows the second headline bare (a copy, or a link to it).
      const bare = lines(['LA GAZETTE DU VAL', HEADLINES[1]!, 'Un autre texte commence ici, avec une autre phrase complète.']);
      const ev = buildTitleEvidence([...tagged, bare]);
      expect(stripSitePrefix(`${tag}${HEADLINES[3]}`, ev), tag).toBe(HEADLINES[3]);
      expect(stripSitePrefix(`${tag}${HEADLINES[0]}`, ev), tag).toBe(HEADLINES[0]);
      // Without a page showing one of them bare, the rubric may be a series' name, the capitals a
      // headline's own acronym ("SNCF Réseau…"): it stays.
      expect(stripSitePrefix(`${tag}${HEADLINES[0]}`, buildTitleEvidence(tagged)), tag).toBe(`${tag}${HEADLINES[0]}`);
    }
  });

  it('reads a series tag whose number changes from page to page as one tag (v4)', () => {
    // v4's "Épisode 40 — …", in other wordings and both languages.
    for (const make of [(n: number) => `Épisode ${n} — `, (n: number) => `Part ${n} - `, (n: number) => `Chronique n° ${n} – `]) {
      const pages = HEADLINES.slice(0, 4).map((h, i) => lines(['LE PETIT ÉCHO', `${make(30 + 7 * i)}${h}`, 'Le texte de l’article commence ici, avec une phrase complète.']));
      const ev = buildTitleEvidence([...pages, lines(['LA GAZETTE DU VAL', HEADLINES[1]!, 'Un autre texte commence ici, avec une autre phrase complète.'])]);
      expect(stripSitePrefix(`${make(99)}${HEADLINES[3]}`, ev), make(99)).toBe(HEADLINES[3]);
    }
  });

  it('keeps a ticker that repeats its separator: a list of headlines, not a tag and one headline', () => {
    for (const sep of [' >> ', ' ▸ ', ' | ']) {
      const ticker = (h: string) => `EN CONTINU${sep}${h}${sep}Les travaux du pont reportés`;
      const ev = buildTitleEvidence(HEADLINES.slice(0, 4).map((h) => lines(['LE PETIT ÉCHO', ticker(h), 'Le texte de l’article commence ici, avec une phrase complète.'])));
      expect(stripSitePrefix(ticker(HEADLINES[1]!), ev), sep).toBe(ticker(HEADLINES[1]!));
    }
  });

  it('keeps a format tag, a series name in ordinary case, a tag seen on three pages, and one story’s opening on its copies', () => {
    expect(stripSitePrefix(`VIDÉO. ${HEADLINES[0]}`, evidence('VIDÉO. '))).toBe(`VIDÉO. ${HEADLINES[0]}`);
    expect(stripSitePrefix(`EN DIRECT - ${HEADLINES[0]}`, evidence('EN DIRECT - '))).toBe(`EN DIRECT - ${HEADLINES[0]}`);
    expect(stripSitePrefix(`La libre antenne - ${HEADLINES[0]}`, evidence('La libre antenne - '))).toBe(`La libre antenne - ${HEADLINES[0]}`);
    expect(stripSitePrefix(`Europe Brief — ${HEADLINES[0]}`, evidence('Europe Brief — '))).toBe(`Europe Brief — ${HEADLINES[0]}`);
    expect(stripSitePrefix(`Brexit : ${HEADLINES[0]}`, evidence('Brexit : '))).toBe(`Brexit : ${HEADLINES[0]}`);
    expect(stripSitePrefix(`À CHAUD. ${HEADLINES[0]}`, evidence('À CHAUD. ', 3))).toBe(`À CHAUD. ${HEADLINES[0]}`);
    const copies = evidence('BREXIT | ', 4, Array(4).fill('Londres et Bruxelles trouvent un accord'));
    expect(stripSitePrefix('BREXIT | Londres et Bruxelles trouvent un accord', copies)).toBe('BREXIT | Londres et Bruxelles trouvent un accord');
  });
});

describe('a press review naming each item\'s outlet after its headline, told by the folder', () => {
  const HEADS = ['Le conseil municipal vote le budget des écoles', 'La piscine intercommunale fermée tout l’été', 'Un nouveau médecin s’installe au bourg', 'Les travaux du pont reportés à l’automne', 'The harbour reopens after the storm'];
  const lines = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  const review = (sep: string, names: string[]) =>
    buildTitleEvidence(names.map((name, i) => lines(['REVUE DE PRESSE DU VAL', `${HEADS[i % HEADS.length]}${sep}${name}`, 'Le texte de l’article commence ici, avec une phrase complète.'])));

  it('reads the names though one of them is also a suffix of the folder\'s (v18)', () => {
    // France 24 ends four other pages' titles too, as the suffix of a site that copies it.
    const names = ['Le Figaro', 'France 24', 'Le Monde des Grands Lacs', 'TV5Monde', 'France 24'];
    const docs = names.map((name, i) => lines(['ALLIANCE DU LAC', `${HEADS[i % HEADS.length]} [${name}]`, 'Le texte de l’article commence ici, avec une phrase complète.']));
    for (let i = 0; i < 4; i++) docs.push(lines([`Un autre titre de la page ${i + 1} de ce site - France 24`, 'Le texte de cet article-là commence ici, avec une phrase complète.']));
    const ev = buildTitleEvidence(docs);
    expect(outletSuffix(`${HEADS[0]} [Le Monde des Grands Lacs]`, ev)).toEqual({ title: HEADS[0], outlet: 'Le Monde des Grands Lacs' });
  });

  it('reads the name after the separator, listed or not, whatever the separator', () => {
    // the motivating separators, then others
    for (const sep of [' ~ ', ' // ', ' ▸ ', ' | ', ' ► ']) {
      const ev = review(sep, ['Gazzetta Matin', 'Le Monde', 'La Vallée Notizie', 'La Stampa Alpina']);
      expect(outletSuffix(`${HEADS[1]}${sep}Gazzetta Matin`, ev), sep).toEqual({ title: HEADS[1], outlet: 'Gazzetta Matin' });
      expect(outletSuffix(`${HEADS[4]}${sep}The Kerry Echo`, ev), sep).toEqual({ title: HEADS[4], outlet: 'The Kerry Echo' });
      expect(outletSuffix(`${HEADS[0]}${sep}Le Monde`, ev)?.outlet, sep).toBe('Le Monde');
    }
  });

  it('needs three names, one listed; never a site’s own suffix, a section word or a person', () => {
    expect(outletSuffix(`${HEADS[1]} ~ Gazzetta Matin`, review(' ~ ', ['Gazzetta Matin', 'La Vallée Notizie', 'La Stampa Alpina', 'Gazzetta Matin']))).toBeNull();
    expect(outletSuffix(`${HEADS[1]} ~ Gazzetta Matin`, review(' ~ ', ['Gazzetta Matin', 'Le Monde', 'Gazzetta Matin', 'Le Monde']))).toBeNull();
    const ev = review(' · ', ['Gazzetta Matin', 'Le Monde', 'La Vallée Notizie', 'La Stampa Alpina']);
    expect(outletSuffix('Condé-sur-Noireau · Monde', ev)).toBeNull();
    expect(outletSuffix(`${HEADS[2]} · Jeanne Morel`, ev)).toBeNull();
    const site = review(' - ', ['Le Petit Écho', 'Le Petit Écho', 'Le Petit Écho', 'Le Petit Écho', 'Le Monde', 'Libération', 'Le Figaro']);
    expect(outletSuffix(`${HEADS[2]} - Le Petit Écho`, site)).toBeNull();
  });
});

describe('a closing bracket after a site\'s headlines', () => {
  const HEADS = ['Le conseil municipal vote le budget des écoles', 'La piscine intercommunale fermée tout l’été', 'Un nouveau médecin s’installe au bourg', 'Les travaux du pont reportés à l’automne', 'The harbour reopens after the storm'];
  const lines = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  const ev = (tails: string[]) => buildTitleEvidence(tails.map((t, i) => lines(['LE PETIT ÉCHO', `${HEADS[i % HEADS.length]} ${t}`, 'Le texte de l’article commence ici, avec une phrase complète.'])));

  it('is the site\'s note when the same one closes four headlines, in any words (not a format tag)', () => {
    for (const note of ['(réservé aux adhérents)', '[mis à jour]', '(members only)', '[Abonnés]']) {
      expect(stripSiteSuffix(`${HEADS[1]} ${note}`, ev([note, note, note, note])).title, note).toBe(HEADS[1]);
    }
    expect(stripSiteSuffix(`${HEADS[1]} (PHOTOS et VIDEO)`, ev(Array(4).fill('(PHOTOS et VIDEO)'))).title).toBe(`${HEADS[1]} (PHOTOS et VIDEO)`);
    expect(stripSiteSuffix(`${HEADS[1]} (réservé aux adhérents)`, ev(Array(3).fill('(réservé aux adhérents)'))).title).toBe(`${HEADS[1]} (réservé aux adhérents)`);
  });

  it('names the original outlet in a press review that closes each item with it', () => {
    const review = ev(['[France 24]', '[Le Monde]', '[Radio Okapi]', '[La Libre Afrique]']);
    expect(outletSuffix(`${HEADS[2]} [Le Monde des Grands Lacs]`, review)).toEqual({ title: HEADS[2], outlet: 'Le Monde des Grands Lacs' });
    const dashes = ev(['-- France 24', '-- Le Monde', '-- Radio Okapi', '-- La Libre Afrique']);
    expect(outletSuffix(`${HEADS[2]} -- Le Figaro`, dashes)).toEqual({ title: HEADS[2], outlet: 'Le Figaro' });
  });
});

describe('a site label above the headline, told by the folder', () => {
  it('is no label for being the start of a lead sentence somewhere in the folder', () => {
    const lines = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
    const states = ['fermée lundi', 'ouverte jusqu’à 19 h jeudi', 'fermeture exceptionnelle samedi', 'fermée lundi'];
    const heads = ['La halle rouvre ses portes samedi matin', 'La caserne recrute des volontaires', 'Le pont fermé aux camions jusqu’en mars', 'La médiathèque ouvre le soir'];
    const docs = states.map((st, i) => lines(['BIBLIOTHÈQUE DU CANTON', `Cette semaine : ${st}`, heads[i]!, 'Le texte de l’article commence ici, avec une phrase complète.']));
    // Another page opens its lead on the same two words.
    docs.push(lines(['AUTRE SITE', 'Un titre qui n’a rien à voir avec le reste', 'Cette semaine, le conseil municipal a voté le budget des écoles de la commune.']));
    const ev = buildTitleEvidence(docs);
    expect(pickTitle(docs[1]!.slice(1), null, ev.labels).title).toBe(heads[1]);
  });
});

describe('a status bar above the headline, on a page alone', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  const lead = 'The town council voted unanimously on Wednesday to keep the free shuttle running until April.';
  it('is skipped whatever its fields and language: two "label: value" fields joined by a bar or a dot', () => {
    for (const bar of ['Snow report: 30 in at the summit | Lifts: 9/11 open', 'Neige : 45 cm au sommet · Remontées : 12/14 ouvertes', 'Marée haute : 6 h 12 · Vent : ouest 20 nœuds']) {
      expect(pickTitle(lines([bar, 'Town votes to keep the ski bus free', lead])).title, bar).toBe('Town votes to keep the ski bus free');
    }
  });
  it('is skipped below a masthead in capitals too', () => {
    expect(pickTitle(lines(['THE VALLEY RECORD', 'Snow report: 30 in at the summit | Lifts: 9/11 open', 'Town votes to keep the ski bus free', lead])).title).toBe('Town votes to keep the ski bus free');
  });
  it('is no status bar when it is one field, a headline\'s own "X : Y"', () => {
    expect(pickTitle(lines(['Brexit : le vote reporté à mardi', 'Les députés britanniques ont obtenu un délai', lead])).title).toBe('Brexit : le vote reporté à mardi');
  });
});

describe('a site\'s bar of changing fields, on a copy that shows no headline (v19)', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  const HEADS = ['La halle rouvre ses portes', 'La caserne recrute des volontaires', 'Le pont fermé aux camions', 'La médiathèque ouvre le soir', 'Les vétérans fêtent leurs quarante ans'];
  const LEAD = 'Le conseil municipal a voté mardi soir la rénovation de la piscine, fermée depuis deux ans.';
  // Long bars (three fields, up to 28 words), in either language, changing on every page.
  const BARS: ((i: number) => string)[] = [
    (i) => `Marché couvert de la place Carnot : ${['fermé ce lundi pour inventaire', 'ouvert aujourd’hui de 7 h à 13 h', 'ouvert en continu jusqu’à 19 h ce soir'][i % 3]} · Patinoire ouverte au parc des sports · Déchetterie : horaires d’hiver jusqu’au 31 mars`,
    (i) => `Harbour: ${['berth 4 closed for dredging works until Friday', 'all berths open', 'ferry to the islands delayed by two hours this morning'][i % 3]} | Tide: high water at ${i + 4}:${10 + i} pm | Fuel dock: open until 6 pm`,
    (i) => `Bourse de Toronto ${20_000 + 13 * i} points · Aluminium : ${2 + i / 10} $ la livre · Route 389 : chaussée glissante près de Fermont`,
  ];
  it('is never the title: the title then comes from the lead, derived, whatever the bar\'s length and language', () => {
    for (const bar of BARS) {
      const docs = HEADS.map((h, i) => lines(['LE COURRIER DU NORD', bar(i), h, LEAD]));
      const ev = buildTitleEvidence(docs);
      const headless = pickTitle(lines([bar(7), LEAD, 'La suite de l’article donne les détails du chantier.']), null, ev.labels);
      expect(headless.source, bar(0)).toBe('derived');
      expect(headless.above.map((l) => l.text), bar(0)).toEqual([bar(7)]);
      // With a headline below it, the headline.
      expect(pickTitle(docs[2]!.slice(1), null, ev.labels).title, bar(0)).toBe(HEADS[2]);
    }
  });
  it('is no bar when a tag in capitals sets one headline apart ("EN BREF | …"), nor when copies of one headline end on different site names', () => {
    const tagged = HEADS.map((h) => lines(['LE COURRIER DU NORD', `EN BREF | ${h}`, LEAD]));
    expect(pickTitle(tagged[1]!.slice(1), null, buildTitleEvidence(tagged).labels).title).toBe(`EN BREF | ${HEADS[1]}`);
    const copies = ['Nakamal Info', 'Terre et Nature', 'The Valley Record', 'Le Fil du Nord'].map((site, i) => lines([`Le SOS des habitants de la vallée ‖ ${site}`, `${LEAD} (${i})`]));
    expect(buildTitleEvidence(copies).labels!.has('le sos')).toBe(false);
  });
});

describe('pictograms before a headline\'s or a message\'s words', () => {
  it('are decoration: stripped from a headline and from a title derived from the lead, in any pictogram', () => {
    const none = { suffixes: new Set<string>() };
    expect(stripSitePrefix('🔴 Nivelles-Genappe : les policiers sont épuisés', none)).toBe('Nivelles-Genappe : les policiers sont épuisés');
    expect(stripSitePrefix('📌 ⚡ The harbour reopens after the storm', none)).toBe('The harbour reopens after the storm');
    expect(deriveTitle('■ Le conseil municipal a voté le budget des écoles mardi soir. La séance a duré trois heures.')).toBe('Le conseil municipal a voté le budget des écoles mardi soir');
    // A legal mark is no decoration, and a pictogram alone before one word is left as it is.
    expect(stripSitePrefix('© Le titre ici', none)).toBe('© Le titre ici');
    expect(stripSitePrefix('🔥 Alerte', none)).toBe('🔥 Alerte');
  });
});

describe('site tags and names that a masthead writes with its article, or in two parts', () => {
  const L = (texts: string[]): { n: number; text: string }[] => texts.map((text, i) => ({ n: i + 1, text }));
  const heads = ['Le marché couvert rouvre ses portes', 'Une nouvelle piste cyclable le long du canal', 'Les pompiers recrutent des volontaires', 'Le festival de jazz affiche complet'];
  const body = 'Un paragraphe du corps de l’article, assez long pour en être un.';

  it('takes a suffix for the masthead that adds an article to it, in either language', () => {
    for (const [masthead, suffix] of [['THE UPPER ROCK BULLETIN', ':: Upper Rock Bulletin'], ['LE PETIT COURRIER DU VAL', '– Petit Courrier du Val'], ['La Gazette des Marais', '| Gazette des Marais']] as const) {
      const evidence = buildTitleEvidence(heads.map((h) => L([masthead, 'Accueil · Région · Sports', h, body])));
      expect(stripSiteSuffix(`Le conseil municipal vote le budget ${suffix}`, evidence).title, masthead).toBe('Le conseil municipal vote le budget');
    }
    // a one-word name without its article is a section, not the site ("Le Monde" above "… · Monde")
    const sections = buildTitleEvidence(heads.map((h) => L(['LE MONDE', 'Accueil · Région · Sports', h, body])));
    expect(stripSiteSuffix('Le conseil municipal vote le budget · Monde', sections).title).toBe('Le conseil municipal vote le budget · Monde');
  });

  it('strips a tag in capitals closed by a colon when it opens many different headlines', () => {
    for (const tag of ['FRANCE NOW:', 'VU DE PARIS :', 'ON THE WIRE:']) {
      const evidence = buildTitleEvidence(heads.map((h) => L(['Accueil · Région · Sports', `${tag} ${h}`, body])));
      expect(stripSitePrefix(`${tag} Le conseil municipal vote le budget`, evidence), tag).toBe('Le conseil municipal vote le budget');
    }
    // a topic in ordinary case, or one acronym, before a colon is the headline's own, however often it recurs
    const topic = buildTitleEvidence(heads.map((h) => L([`Gilets jaunes : ${h}`, body])));
    expect(stripSitePrefix('Gilets jaunes : le conseil municipal vote le budget', topic)).toBe('Gilets jaunes : le conseil municipal vote le budget');
    const acronym = buildTitleEvidence(heads.map((h) => L([`RDC: ${h}`, body])));
    expect(stripSitePrefix('RDC: le conseil municipal vote le budget', acronym)).toBe('RDC: le conseil municipal vote le budget');
  });

  it('strips a tag of two parts in capitals ("BERRIAK / INFOS ❙", "MONDE › EUROPE |")', () => {
    for (const tag of ['BERRIAK / INFOS ❙', 'MONDE › EUROPE |', 'NOVAS — GALIZA ·']) {
      const evidence = buildTitleEvidence(heads.map((h) => L(['Accueil · Région · Sports', `${tag} ${h}`, body])));
      expect(stripSitePrefix(`${tag} Le conseil municipal vote le budget`, evidence), tag).toBe('Le conseil municipal vote le budget');
    }
  });
});

describe('a note one copy glues after the shared headline', () => {
  const T = 'Notre société est en rupture de transmission : les effets indésirables du New Public Management';
  it('takes the headline the copies share when one adds a symbol-led note ("+PHOTOS", "*MAJ", "#direct")', () => {
    for (const note of [' +PHOTOS', ' *MAJ 14h', ' #direct', ' ★ Abonnés']) expect(coreHeadline([`${T}${note}`, T]), note).toBe(T);
  });
  it('keeps a bracketed note, and a longer headline that says more', () => {
    expect(coreHeadline([`${T} (VIDÉO)`, T])).toBeNull();
    expect(coreHeadline(['Le coût de la vie augmente de 2 % en 2019', 'Le coût de la vie augmente'])).toBeNull();
  });
});

describe('a site label in two languages, and a status bar of fields joined by any symbol', () => {
  const L = (texts: string[]): { n: number; text: string }[] => texts.map((text, i) => ({ n: i + 1, text }));
  const heads = ['Le marché couvert rouvre ses portes', 'Une nouvelle piste cyclable le long du canal', 'Les pompiers recrutent des volontaires', 'Le festival de jazz affiche complet'];
  const body = 'Un paragraphe du corps de l’article, assez long pour en être un.';

  it('strips a tag of two languages joined by a slash, up to the next separator or colon', () => {
    for (const tag of ['O Ffrainc / From France –', 'Dans la presse / Mu binyamakuru :', 'Aus Frankreich / De France ›']) {
      const evidence = buildTitleEvidence(heads.map((h) => L(['Accueil · Région · Sports', `${tag} ${h}`, body])));
      expect(stripSitePrefix(`${tag} Le conseil municipal vote le budget`, evidence), tag).toBe('Le conseil municipal vote le budget');
    }
  });

  it('never takes a status bar of "label : value" fields for the headline, whatever symbol joins them', () => {
    for (const sep of [' ⋅ ', ' ◦ ', ' ‖ ', ' • ']) {
      const statuses = ['fermées pour tout l’hiver', 'ouvertes de 9 h à 11 h', 'réouverture prévue le 1er mars', 'fermées ce lundi pour travaux'];
      const pages = heads.map((h, i) => L(['LA FEUILLE DU VAL', `Piscines : ${statuses[i]}${sep}Procession aux flambeaux : tous les soirs à ${18 + i} h`, h, body, body.replace('Un', 'Un second')]));
      const evidence = buildTitleEvidence(pages);
      for (const [i, page] of pages.entries()) expect(pickTitle(page, undefined, evidence.labels).title, sep).toBe(heads[i]);
    }
  });
});
