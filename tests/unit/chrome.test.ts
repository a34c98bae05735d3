import { describe, expect, it } from 'vitest';
import { buildChromeEvidence, removeChrome } from '../../src/ingest/chrome/index.ts';
import { analyse } from '../../src/ingest/chrome/info.ts';
import { removeLinkLists } from '../../src/ingest/chrome/lists.ts';
import type { Line } from '../../src/ingest/types.ts';

const L = (texts: string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));
const NO_EVIDENCE = buildChromeEvidence([]);

const TITLE = 'La Russie conclut un accord sur les drones avec l’Iran';
const P1 = 'Moscou et Téhéran ont approfondi leurs liens de défense dans le cadre d’un accord dans lequel des drones de conception iranienne seront construits en Russie.';
const P2 = 'Le porte-parole du Kremlin, Dmitri Peskov, a déclaré en octobre que toutes les armes utilisées par les troupes russes provenaient de stocks nationaux.';

/** Removes `chrome` placed around a short article and returns the reason given for it. */
function reasonFor(chrome: string, where: 'top' | 'bottom' | 'middle' = 'bottom'): string | null {
  const lines =
    where === 'top' ? L([chrome, TITLE, P1, P2]) : where === 'middle' ? L([TITLE, P1, chrome, P2]) : L([TITLE, P1, P2, chrome]);
  const { kept, removed } = removeChrome(lines, NO_EVIDENCE);
  expect(kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
  return removed.length === 1 ? removed[0]!.reason : null;
}

describe('removeChrome: rules from principles', () => {
  it('theme licence notices', () => {
    expect(reasonFor('Jannah Theme License is not validated, Go to the theme options page to validate the license, You need a single license for each domain name.', 'top')).toBe('chrome:licence');
  });

  it('share prompts', () => {
    expect(reasonFor('Vous pouvez partager cette histoire sur les réseaux sociaux :')).toBe('chrome:share');
    expect(reasonFor('Cliquez ici pour partager sur les réseaux')).toBe('chrome:share');
    expect(reasonFor('Partagez cet article avec vos amis !')).toBe('chrome:share');
    expect(reasonFor('Retrouvez-nous sur les réseaux sociaux')).toBe('chrome:share');
    expect(reasonFor('Facebook Twitter WhatsApp Email')).toBe('chrome:share');
  });

  it('reaction widgets, one word a line', () => {
    const widget = ['What\'s Your Reaction?', 'like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow'];
    const { kept, removed } = removeChrome(L([TITLE, P1, P2, ...widget]), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
    expect(new Set(removed.map((r) => r.reason))).toEqual(new Set(['chrome:reactions']));
  });

  it('see-also links, even in the middle of the body', () => {
    expect(reasonFor('Approfondissez :')).toBe('chrome:see-also');
    expect(reasonFor('Lire aussi : Brexit: Theresa May menacée d’une nouvelle rébellion', 'middle')).toBe('chrome:see-also');
    expect(reasonFor('À lire aussi', 'middle')).toBe('chrome:see-also');
    expect(reasonFor('Voir aussi')).toBe('chrome:see-also');
  });

  it('cuts only the link of a see-also line with article text glued after it', () => {
    const glued = 'Lire aussi l’éditorial: Mélenchon, un insoumis à la dérive Le président du groupe parlementaire a écrit quelques instants plus tard qu’il fallait libérer le porte-voix du mouvement, une prise de position très commentée.';
    const { kept, removed } = removeChrome(L([TITLE, P1, glued, P2]), NO_EVIDENCE);
    expect(removed).toEqual([{ line: { n: 3, text: 'Lire aussi l’éditorial: Mélenchon, un insoumis à la dérive' }, reason: 'chrome:see-also' }]);
    expect(kept[2]).toEqual({ n: 3, text: glued.slice(glued.indexOf('Le président')) });
  });

  it('copyright and rights lines', () => {
    expect(reasonFor('© Actu-Zapping 2019')).toBe('chrome:copyright');
    expect(reasonFor('Copyright Le Petit Quotidien Web. Reproduction interdite.')).toBe('chrome:copyright');
    expect(reasonFor('Tous droits réservés InfoFlash')).toBe('chrome:copyright');
  });

  it('newsletter prompts, but not a sentence that mentions a newsletter', () => {
    expect(reasonFor('Inscrivez-vous à notre newsletter')).toBe('chrome:newsletter');
    expect(reasonFor('Abonnez-vous')).toBe('chrome:newsletter');
    const mention = '(Extrait de Chez Pol, la newsletter politique quotidienne de Libération)';
    expect(removeChrome(L([TITLE, P1, mention, P2]), NO_EVIDENCE).removed).toEqual([]);
  });

  it('republishing and machine-translation disclaimers', () => {
    expect(reasonFor("Toutes les actualités du site n'expriment pas le point de vue du site, mais nous transmettons cette actualité automatiquement et la traduisons grâce à une technologie programmatique sur le site et non à partir d'un éditeur humain.")).toBe('chrome:disclaimer');
  });

  it('navigation: back-to-top buttons, breadcrumbs, rubric labels, footer link bars', () => {
    expect(reasonFor('Bouton retour en haut de la page')).toBe('chrome:navigation');
    expect(reasonFor('Accueil > Monde > Europe', 'top')).toBe('chrome:navigation');
    expect(reasonFor('Rubrique : International', 'top')).toBe('chrome:navigation');
    expect(reasonFor('Contact | Mentions légales | Plan du site')).toBe('chrome:navigation');
  });

  it('category labels before the title ("Nouvelles du monde")', () => {
    expect(reasonFor('Nouvelles du monde', 'top')).toBe('chrome:navigation');
  });

  it('site banners at the top: bare domain, name plus tagline', () => {
    expect(reasonFor('ACTU-ZAPPING.COM', 'top')).toBe('chrome:banner');
    expect(reasonFor('Le Petit Quotidien Web — toute l’info, tout le temps', 'top')).toBe('chrome:banner');
    expect(reasonFor('INFOFLASH – Dernières nouvelles', 'top')).toBe('chrome:banner');
  });

  it('stray tokens at the edges ("in" before the title, "RTEn" after the body)', () => {
    expect(reasonFor('in', 'top')).toBe('chrome:stray');
    expect(reasonFor('RTEn')).toBe('chrome:stray');
  });

  it('cookie notices addressed to the reader, not an article sentence about cookies', () => {
    expect(reasonFor('Nous utilisons des cookies pour améliorer votre expérience de lecture. En poursuivant votre navigation, vous acceptez leur utilisation.', 'top')).toBe('chrome:cookies');
    const news = 'La CNIL a infligé une amende de 50 millions d’euros à Google pour des cookies déposés sans consentement des internautes.';
    expect(removeChrome(L([TITLE, P1, news, P2]), NO_EVIDENCE).removed).toEqual([]);
  });

  it('consent buttons, paywall and reading-time notices', () => {
    expect(reasonFor('Paramétrer', 'top')).toBe('chrome:consent');
    expect(reasonFor('Continuer sans accepter', 'top')).toBe('chrome:consent');
    expect(reasonFor('Article réservé aux abonnés', 'middle')).toBe('chrome:paywall');
    expect(reasonFor('Édition du soir réservée aux abonnés', 'top')).toBe('chrome:paywall');
    expect(reasonFor('Temps de lecture : 3 min', 'top')).toBe('chrome:reading-time');
    expect(reasonFor('Lecture 6 mn', 'top')).toBe('chrome:reading-time');
    // A subheading about subscribers is content.
    expect(removeChrome(L([TITLE, P1, 'Les abonnés de la SNCB lésés', P2]), NO_EVIDENCE).removed).toEqual([]);
  });

  it('calls to action about the page: listen, download the app, follow on a network', () => {
    expect(reasonFor('Écouter cet article', 'top')).toBe('chrome:call-to-action');
    expect(reasonFor('Téléchargez l’application du journal')).toBe('chrome:call-to-action');
    expect(reasonFor('Suivez la rédaction sur Instagram')).toBe('chrome:call-to-action');
    expect(reasonFor('Je fais un don')).toBe('chrome:call-to-action');
    expect(reasonFor('Disponible gratuitement sur Android')).toBe('chrome:app');
  });

  it('advertising labels made only of advertising words, in the middle too', () => {
    expect(reasonFor('PUBLICITÉ', 'middle')).toBe('chrome:ad');
    expect(reasonFor('Contenus sponsorisés')).toBe('chrome:ad');
    expect(reasonFor('La suite de l’article après cette publicité', 'middle')).toBe('chrome:ad');
    expect(removeChrome(L([TITLE, P1, 'Les annonces de Macron', P2]), NO_EVIDENCE).removed).toEqual([]);
  });

  it('comment and reaction counters, feedback questions about the article', () => {
    expect(reasonFor('27 commentaires')).toBe('chrome:reactions');
    expect(reasonFor('Afficher les 12 réponses')).toBe('chrome:reactions');
    expect(reasonFor('Commentaires (4)')).toBe('chrome:reactions');
    expect(reasonFor('Cet article vous a été utile ? Oui Non')).toBe('chrome:feedback');
    expect(removeChrome(L([TITLE, P1, 'Pourquoi le gouvernement a-t-il cédé ?', P2]), NO_EVIDENCE).removed).toEqual([]);
  });

  it('photo credits and illustration labels, taxonomy labels, "vous êtes ici" breadcrumbs', () => {
    expect(reasonFor('Photo : Hélène Vasseur / AFP', 'middle')).toBe('chrome:photo-credit');
    expect(reasonFor('(Crédits photo : Belga / Nicolas Maeterlinck)', 'middle')).toBe('chrome:photo-credit');
    expect(reasonFor('Photo d’illustration', 'middle')).toBe('chrome:photo-credit');
    // A picture word then a credit mark, in wordings the first rule did not list.
    expect(reasonFor('Photo d’archives © Julien Marot', 'middle')).toBe('chrome:photo-credit');
    expect(reasonFor('Illustration by Tom Hale', 'middle')).toBe('chrome:photo-credit');
    expect(reasonFor('Visuel © DR', 'middle')).toBe('chrome:photo-credit');
    const caption = 'Photo prise lors de la manifestation de samedi à Lyon, où des milliers de personnes ont défilé.';
    expect(removeChrome(L([TITLE, P1, caption, P2]), NO_EVIDENCE).kept.map((l) => l.text)).toContain(caption);
    // A "©" line between paragraphs credits a photo, not the publisher (the outlet is read from copyright lines).
    expect(reasonFor('© AFP', 'middle')).toBe('chrome:photo-credit');
    expect(reasonFor('© Le Relais Citoyen 2019', 'bottom')).toBe('chrome:copyright');
    // The mark after the name, and relative times in English.
    expect(reasonFor('Le Veilleur du Port 2020 ©', 'bottom')).toBe('chrome:copyright');
    expect(reasonFor('Coastline Herald © 2021 — All rights reserved', 'bottom')).toBe('chrome:copyright');
    const credit = removeChrome(L([TITLE, P1, 'Jeanne Roux © Agence Sud', P2]), NO_EVIDENCE).removed.map((r) => r.reason);
    expect(credit).not.toContain('chrome:copyright');
    expect(reasonFor('Updated 5 hours ago', 'top')).toBe('chrome:timestamp');
    expect(reasonFor('Seen 2 days ago', 'top')).toBe('chrome:timestamp');
    expect(reasonFor('Étiquettes : Fiscalité, Carburants')).toBe('chrome:navigation');
    expect(reasonFor('Vous êtes ici : Accueil / Régions / Hainaut', 'top')).toBe('chrome:navigation');
  });

  it('link lists after a header, in the middle and at the end', () => {
    const related = ['Le gouvernement recule sur la taxe carbone', 'Grève à la SNCB : le trafic perturbé jeudi'];
    const mid = removeChrome(L([TITLE, P1, 'À lire également', ...related, P2]), NO_EVIDENCE);
    expect(mid.kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
    expect(mid.removed.map((r) => r.reason)).toEqual(['chrome:see-also', 'chrome:related', 'chrome:related']);
    // A header known only by its words ("Nos lecteurs ont aussi lu") needs two headlines after it.
    const end = removeChrome(L([TITLE, P1, P2, 'Nos lecteurs ont aussi lu', ...related]), NO_EVIDENCE);
    expect(end.kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
    const sponsored = removeChrome(L([TITLE, P1, P2, 'Contenus sponsorisés', 'Ce robot aspirateur fait un carton chez les retraités']), NO_EVIDENCE);
    expect(sponsored.kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
  });

  it('reads English list headers and taxonomy lines as the French ones', () => {
    const { kept } = removeChrome(L([TITLE, P1, P2, 'Most popular this week', 'Storm closes the harbour for a second day', 'Council votes to keep the night bus', 'Filed under: Politics, Europe']), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
  });

  it('keeps the headline that follows an advertising slot at the top of a page', () => {
    const { kept } = removeChrome(L(['LE VEILLEUR DU PORT', 'Annonce', TITLE, P1, P2]), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toContain(TITLE);
  });

  it('takes link titles run together on one line under a list header, not a paragraph', () => {
    const glued = 'Cette banque en ligne offre 150 euros à l’ouverture de compte Pourquoi tout le monde s’arrache ces chaussures de marche Un jeu de stratégie qui rend accro des milliers de joueurs';
    const { kept } = removeChrome(L([TITLE, P1, P2, 'Sélectionné pour vous par notre partenaire', glued]), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
    const para = 'Moscou et Téhéran ont encore renforcé leur coopération militaire ces derniers mois. Les livraisons de drones se sont multipliées depuis l’été, selon les services occidentaux qui suivent le dossier de près';
    const lines = L([TITLE, P1, 'À lire également', para, P2]);
    expect(removeChrome(lines, NO_EVIDENCE).kept.map((l) => l.text)).toContain(para);
  });

  it('takes bullet-led items under a list header, relative timestamps', () => {
    const { kept } = removeChrome(L([TITLE, P1, P2, 'Sur le même thème', '• Le diesel moins cher dès jeudi', '• Les routiers maintiennent la pression']), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
    expect(reasonFor('Il y a 3 heures', 'top')).toBe('chrome:timestamp');
    expect(reasonFor('Mis à jour hier à 18h30', 'top')).toBe('chrome:timestamp');
  });

  it('keeps a subheading with a recommendation word when a paragraph follows it', () => {
    const lines = L([TITLE, P1, 'Un sujet qui divise la majorité', P2]);
    expect(removeChrome(lines, NO_EVIDENCE).kept).toEqual(lines);
  });

  it('removes three or more short unpunctuated lines after the body (links without a header), not a list the text introduces', () => {
    const links = ['Le prix du diesel en baisse dès demain', 'Les routiers menacent de bloquer les dépôts', 'Un rond-point évacué à Feluy'];
    const run = removeChrome(L([TITLE, P1, P2, ...links]), NO_EVIDENCE);
    expect(run.kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
    expect(new Set(run.removed.map((r) => r.reason))).toEqual(new Set(['chrome:related']));
    const own = L([TITLE, P1, P2, 'Les principales mesures annoncées :', 'Hausse du salaire minimum de 100 euros', 'Heures supplémentaires défiscalisées', 'Annulation de la hausse de la CSG']);
    expect(removeChrome(own, NO_EVIDENCE).kept).toEqual(own);
    const two = L([TITLE, P1, P2, links[0]!, links[1]!]);
    expect(removeChrome(two, NO_EVIDENCE).kept).toEqual(two);
  });

  it('removes the parts of a widget next to site chrome after the body ("Tout à fait", "Pas vraiment")', () => {
    const { kept, removed } = removeChrome(L([TITLE, P1, P2, 'Cet article vous a-t-il aidé à comprendre ?', 'Tout à fait', 'Pas vraiment']), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
    expect(removed.map((r) => r.reason)).toEqual(['chrome:feedback', 'chrome:widget', 'chrome:widget']);
  });

  it('keeps agency credits and signatures, which are not chrome', () => {
    for (const credit of ['(TDG)', 'APS', 'Lyès Menacer']) {
      expect(removeChrome(L([TITLE, P1, P2, credit]), NO_EVIDENCE).removed).toEqual([]);
    }
  });

  it('keeps a short subheading inside the body', () => {
    const lines = L([TITLE, P1, 'Voici ce que nous savons', P2]);
    expect(removeChrome(lines, NO_EVIDENCE).kept).toEqual(lines);
  });

  it('never removes the only title, even when it is a single word', () => {
    const lines = L(['Brexit', P1]);
    expect(removeChrome(lines, NO_EVIDENCE).kept).toEqual(lines);
  });
});

/** Ten unrelated articles: a title, a lead and a closing paragraph each. */
const TOPICS: [string, string, string][] = [
  ['Lyon', 'la réforme des retraites', 'les cheminots'],
  ['Nantes', 'la fermeture de la maternité', 'les sages-femmes'],
  ['Lille', 'le prix des péages', 'les routiers'],
  ['Rennes', 'la suppression des bus de nuit', 'les étudiants'],
  ['Nice', 'le projet de nouveau stade', 'les riverains'],
  ['Metz', 'la hausse des loyers', 'les locataires'],
  ['Brest', 'les quotas de pêche', 'les marins'],
  ['Dijon', 'la fusion des lycées', 'les enseignants'],
  ['Tours', 'la réforme de l’assurance chômage', 'les intermittents'],
  ['Caen', 'le coût de la cantine', 'les parents d’élèves'],
];
function article([city, topic, who]: [string, string, string]): string[] {
  return [
    `${city} : mobilisation contre ${topic}`,
    `Plusieurs centaines de personnes se sont rassemblées samedi à ${city} pour protester contre ${topic}, selon la préfecture.`,
    `${who[0]!.toUpperCase()}${who.slice(1)} promettent de revenir la semaine prochaine si rien ne change sur ${topic} à ${city}.`,
  ];
}

describe('removeChrome: corpus recurrence', () => {
  it('removes a line that recurs around many unrelated articles (a site footer never seen before)', () => {
    const docs = TOPICS.map((c) => L(['La Gazette du Val', ...article(c), 'Une rédaction indépendante depuis 1998']));
    const evidence = buildChromeEvidence(docs);
    for (const doc of docs) {
      const { kept, removed } = removeChrome(doc, evidence);
      expect(kept.map((l) => l.text)).toEqual(doc.slice(1, 4).map((l) => l.text));
      expect(removed.map((r) => r.reason)).toEqual(['chrome:recurring', 'chrome:recurring']);
    }
  });

  it('reads a recurring short line with a changing number as one template ("Page 4 | Région", "12 commentaires")', () => {
    const docs = TOPICS.map((c, i) => L([`Page ${i + 2} | Région`, ...article(c), `${i * 7 + 3} commentaires · Réagir`]));
    const evidence = buildChromeEvidence(docs);
    for (const doc of docs) {
      const { kept } = removeChrome(doc, evidence);
      expect(kept.map((l) => l.text)).toEqual(doc.slice(1, 4).map((l) => l.text));
    }
    // A sentence that differs only by its numbers is article text in each file.
    const sentences = TOPICS.map((c, i) => L([...article(c), `Le bilan s’élève à ${i + 2} blessés, selon les pompiers.`]));
    const ev2 = buildChromeEvidence(sentences);
    for (const doc of sentences) expect(removeChrome(doc, ev2).kept).toHaveLength(doc.length);
  });

  it('keeps the title, subheadings and paragraphs of wire copies republished in many files', () => {
    const copy = [
      'L’Iran pourrait envoyer davantage de drones kamikazes à la Russie',
      'Récemment, la Russie a continué à attaquer les villes et les infrastructures ukrainiennes avec des drones de fabrication iranienne.',
      'Voici ce que nous savons',
      'Selon le secrétaire d’État américain Anthony Blinken, l’Iran pourrait envoyer davantage de drones de combat.',
      'Fin de la dépêche',
    ];
    const docs = [...Array.from({ length: 10 }, () => L(copy)), ...TOPICS.map((c) => L(article(c)))];
    const evidence = buildChromeEvidence(docs);
    expect(removeChrome(docs[0]!, evidence).kept.map((l) => l.text)).toEqual(copy);
  });

  it('keeps a recurring subheading between paragraphs', () => {
    const docs = TOPICS.map((c) => {
      const [t, p1, p2] = article(c);
      return L([t!, p1!, 'Voici ce que nous savons', p2!]);
    });
    const evidence = buildChromeEvidence(docs);
    expect(removeChrome(docs[3]!, evidence).removed).toEqual([]);
  });

  it('removes long template lines (any length) pasted around every unrelated article, in head, body and tail', () => {
    // Invented: a 27-word theme notice above every page, a 24-word English pitch between paragraphs,
    // a 23-word editorial note at the end of every page.
    const head = 'Ce thème est distribué gratuitement par ses auteurs et peut être modifié librement, mais la version installée sur ce site doit être renouvelée chaque année auprès de son éditeur.';
    const mid = 'Support independent journalism today: every contribution, big or small, helps our small team keep reporting from the ground without a paywall for all of our readers.';
    const tail = 'Cet article a été mis à jour à plusieurs reprises au cours de la journée afin de tenir compte des dernières informations communiquées par les autorités locales.';
    const docs = TOPICS.map((c) => {
      const [t, p1, p2] = article(c);
      return L([head, t!, p1!, mid, p2!, tail]);
    });
    const evidence = buildChromeEvidence(docs);
    for (const doc of docs) {
      const { kept, removed } = removeChrome(doc, evidence);
      expect(kept.map((l) => l.text)).toEqual([doc[1]!.text, doc[2]!.text, doc[4]!.text]);
      expect(removed.map((r) => r.reason)).toEqual(['chrome:recurring', 'chrome:recurring', 'chrome:recurring']);
    }
  });

  it('finds a small site’s template (three pages sharing a masthead or a URL host), at any length', () => {
    const notice = 'Les contenus de ce portail associatif sont rédigés par des bénévoles et relus chaque semaine par notre comité éditorial avant leur mise en ligne.';
    const pages = TOPICS.slice(0, 3).map((c) => L(['La Lettre du Canton', notice, ...article(c)]));
    const others = TOPICS.slice(3).map((c) => L(article(c)));
    const docs = [...pages, ...others];
    const bySite = buildChromeEvidence(docs);
    for (const page of pages) expect(removeChrome(page, bySite).kept.map((l) => l.text)).toEqual(page.slice(2).map((l) => l.text));
    // The same three pages with nothing in common but a URL host.
    const hosted = TOPICS.slice(0, 3).map((c) => L([notice, ...article(c)]));
    const urls = [...hosted.map((_, i) => `https://www.lettre-du-canton.fr/actu/${i}`), ...others.map(() => null)];
    const byHost = buildChromeEvidence([...hosted, ...others], urls);
    for (const page of hosted) expect(removeChrome(page, byHost).kept.map((l) => l.text)).toEqual(page.slice(1).map((l) => l.text));
    // Without a site to group them, three pages are not enough evidence for a long line.
    expect(removeChrome(hosted[0]!, buildChromeEvidence([...hosted, ...others])).kept).toHaveLength(4);
  });

  it('removes a site’s editorial note between paragraphs of its unrelated articles, sentence or not, and keeps it on too few pages', () => {
    // Invented: one short note, ending with a full stop, pasted between paragraphs on every page of one site.
    const note = 'Note : les intertitres sont de la rédaction.';
    const site = (n: number) => TOPICS.slice(0, n).map((c) => { const [t, p1, p2] = article(c); return L(['Le Courrier du Plateau', t!, p1!, note, p2!]); });
    const others = TOPICS.slice(6).map((c) => L(article(c)));
    const five = site(5);
    const evidence = buildChromeEvidence([...five, ...others]);
    for (const page of five) expect(removeChrome(page, evidence).kept.map((l) => l.text)).not.toContain(note);
    // Three pages are the head and tail bar, not the body's: there a false hit costs a paragraph.
    const three = site(3);
    expect(removeChrome(three[0]!, buildChromeEvidence([...three, ...others])).kept.map((l) => l.text)).toContain(note);
  });

  it('keeps the paragraphs of three copies of one article (a group by their shared title, same neighbours)', () => {
    const copy = L(article(TOPICS[0]!).concat(['Les organisateurs espèrent réunir davantage de monde lors du prochain rassemblement prévu devant la mairie.']));
    const docs = [copy, copy.map((l) => ({ ...l })), copy.map((l) => ({ ...l })), ...TOPICS.slice(1).map((c) => L(article(c)))];
    const evidence = buildChromeEvidence(docs);
    expect(removeChrome(docs[1]!, evidence).removed).toEqual([]);
  });

  it('keeps a long wire paragraph quoted by a few unrelated articles (too few contexts for a template)', () => {
    const quote = 'Le ministre a déclaré devant les députés que le gouvernement ne reviendrait sur aucune des mesures annoncées, malgré la mobilisation qui se poursuit dans plusieurs régions.';
    const docs = TOPICS.map((c, i) => {
      const [t, p1, p2] = article(c);
      return L(i < 5 ? [t!, p1!, quote, p2!] : [t!, p1!, p2!]);
    });
    const evidence = buildChromeEvidence(docs);
    for (const doc of docs.slice(0, 5)) expect(removeChrome(doc, evidence).removed).toEqual([]);
  });

  it('a long notice pasted on top of many unrelated articles does not hide the chrome around the title', () => {
    const notice = 'Ce site dépose des témoins de connexion pour mesurer sa fréquentation, merci de votre compréhension.';
    const docs = TOPICS.map((c) => L([notice, 'Le Courrier des Collines', ...article(c)]));
    const evidence = buildChromeEvidence(docs);
    const { kept } = removeChrome(docs[2]!, evidence);
    expect(kept.map((l) => l.text)).toEqual(docs[2]!.slice(2).map((l) => l.text));
  });

  it('a footer after a sponsored link that repeats as much as it still shows many contexts', () => {
    const ad = 'Une mutuelle à prix cassé pour les seniors de la région';
    const docs = TOPICS.map((c) => L([...article(c), ad, 'Le Courrier des Collines, journal citoyen']));
    const evidence = buildChromeEvidence(docs);
    expect(removeChrome(docs[5]!, evidence).kept.map((l) => l.text)).toEqual(article(TOPICS[5]!));
  });

  it('removes a short insert pasted in the body of many unrelated articles, not one recurring in ten', () => {
    const many = [...TOPICS, ...TOPICS.map(([a, b, c]) => [`${a}-Sud`, b, c] as [string, string, string])];
    const docs = many.map((c) => {
      const [t, p1, p2] = article(c);
      return L([t!, p1!, 'Notre sélection du jour', p2!]);
    });
    const evidence = buildChromeEvidence(docs);
    expect(removeChrome(docs[0]!, evidence).removed.map((r) => r.reason)).toEqual(['chrome:recurring']);
    const ten = buildChromeEvidence(docs.slice(0, 10));
    expect(removeChrome(docs[0]!, ten).removed).toEqual([]);
  });

  it('removes a recurring banner in front of every title, but not a title shared by copies', () => {
    const docs = TOPICS.map((c) => L(['Le Fil du Matin', ...article(c)]));
    const evidence = buildChromeEvidence(docs);
    const { removed } = removeChrome(docs[0]!, evidence);
    expect(removed).toEqual([{ line: { n: 1, text: 'Le Fil du Matin' }, reason: 'chrome:recurring' }]);
  });
});

describe('removeChrome: pages made only of site chrome', () => {
  const pages: string[][] = [
    [
      'Nous utilisons des cookies pour mesurer l’audience et personnaliser les contenus. Vous pouvez modifier vos choix à tout moment.',
      'Tout accepter',
      'LE JOURNAL DES TROIS VALLÉES',
      'Quelle est votre réaction ?',
      'J’aime',
      'Triste',
      '© 2024 Le Journal des Trois Vallées – Tous droits réservés',
    ],
    [
      'This website uses cookies to improve your experience. By continuing to browse, you accept our use of cookies.',
      'Northern Ledger',
      'What’s your reaction?',
      'Like',
      'Angry',
      'All rights reserved. Northern Ledger 2023',
    ],
  ];
  it('flags them with a reason', () => {
    for (const page of pages) {
      const r = removeChrome(L(page), NO_EVIDENCE);
      expect(r.chromeOnly).toMatch(/^only site chrome/);
    }
  });
  it('flags a "page not found" under site chrome, whose only text is a sentence or two', () => {
    const notFound = [
      'Nous utilisons des cookies pour mesurer l’audience et vous proposer des contenus adaptés. En poursuivant votre navigation, vous acceptez leur utilisation.',
      'Tout accepter',
      'Paramétrer',
      'Le Guetteur des Dunes',
      'Oups, cette page est introuvable.',
      'Elle a peut-être été déplacée ou supprimée.',
      'Retour à l’accueil',
      '© 2021 Le Guetteur des Dunes – Tous droits réservés',
    ];
    expect(removeChrome(L(notFound), NO_EVIDENCE).chromeOnly).toMatch(/^only site chrome/);
    // The same chrome around a real brief (a headline and a lead) keeps it.
    const brief = [...notFound.slice(0, 4), 'Le pont de l’île rouvre lundi après trois mois de travaux', 'Les travaux ont coûté 2,4 millions d’euros, financés par la région et le département, selon la mairie qui annonce une inauguration samedi.', notFound[7]!];
    expect(removeChrome(L(brief), NO_EVIDENCE).chromeOnly).toBeNull();
  });

  it('keeps a headline-only brief, alone or under a small share bar, and any page with a paragraph', () => {
    const headline = 'Le conseil municipal vote la gratuité des transports scolaires';
    expect(removeChrome(L([headline]), NO_EVIDENCE).chromeOnly).toBeNull();
    expect(removeChrome(L([headline, 'Partager', 'Facebook', 'Twitter']), NO_EVIDENCE).chromeOnly).toBeNull();
    expect(removeChrome(L([...pages[0]!.slice(0, 3), TITLE, P1, ...pages[0]!.slice(3)]), NO_EVIDENCE).chromeOnly).toBeNull();
    // A brief above a long list of related headlines and a copyright line.
    const related = ['À lire aussi', 'Les cheminots reconduisent la grève pour une semaine', 'Le trafic des TER reste perturbé dans toute la région', 'Un accord trouvé sur les salaires des contrôleurs', 'La direction promet un plan de recrutement massif', '© 2024 Le Journal des Trois Vallées'];
    expect(removeChrome(L([headline, 'La séance reprendra mardi.', ...related]), NO_EVIDENCE).chromeOnly).toBeNull();
  });
});

describe('link lists never take a paragraph', () => {
  it('keeps a long paragraph of French quotes (« … ») after an advertising label', () => {
    const para = 'Inutile donc de se rendre au guichet pour une démarche. « Il ne s’agit pas d’un simple filtrage, le blocage est total et le personnel n’a pas accès au bâtiment », explique la porte-parole du service. « Si tout se passe bien, nous rouvrirons lundi matin. »';
    const { kept } = removeChrome(L([TITLE, P1, 'La suite après cette publicité', para, P2]), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([TITLE, P1, para, P2]);
  });
});

describe('breadcrumbs with arrow symbols', () => {
  it('are navigation, whatever the arrow, from two steps on', () => {
    expect(reasonFor('Accueil › Mobilité › Toute l’actualité', 'top')).toBe('chrome:navigation');
    expect(reasonFor('Province de Luxembourg > Région', 'top')).toBe('chrome:navigation');
    expect(reasonFor('Home » World » Europe', 'top')).toBe('chrome:navigation');
    expect(reasonFor('News → Local → Bristol', 'top')).toBe('chrome:navigation');
    expect(reasonFor('Sport › Football', 'top')).toBe('chrome:navigation');
  });

  it('leave a quotation closed by » and a headline with a slash', () => {
    const keep = (line: string) => removeChrome(L([line, P1, P2]), NO_EVIDENCE).kept.map((l) => l.text);
    expect(keep('« Non » à la réforme » des retraites')).toContain('« Non » à la réforme » des retraites');
    expect(keep('Paris / Lyon : le TGV coupé par la neige')).toContain('Paris / Lyon : le TGV coupé par la neige');
  });
});

describe('a link list above the article', () => {
  const ITEMS = ['Un incendie ravage un entrepôt à Rungis', 'Le maire de Lille présente son budget', 'Tempête : trois départements en alerte orange'];

  it('is removed, and the headline under it stays the title', () => {
    const { kept } = removeChrome(L(['Les plus lus', ...ITEMS, TITLE, P1, P2]), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
  });

  it('never takes the headline that a banner\'s "learn more" button and the site\'s chrome stand above (v20)', () => {
    // v20's cookie banner ending on "En savoir plus" above the masthead and the headline, in other
    // wordings and both languages: the list runs straight into the text, so its last line is the headline.
    for (const [button, headline] of [['En savoir plus', `Vie du port › ${TITLE}`], ['Learn more', 'Harbour life › The ferry to the islands resumes on Monday'], ['Lire la suite', TITLE]] as const) {
      const infos = analyse(L([button, 'LE FIL DES MARAIS', headline, P1, P2]));
      infos[0]!.reason = 'chrome:see-also';
      infos[1]!.reason = 'chrome:recurring';
      removeLinkLists(infos, 0);
      expect(infos[2]!.reason, button).toBeNull();
    }
    // Links under a header, then the text: the links go, the headline above the text stays.
    const infos = analyse(L(['Lire aussi', ...ITEMS, TITLE, P1, P2]));
    infos[0]!.reason = 'chrome:see-also';
    removeLinkLists(infos, 0);
    expect(infos.map((o) => o.reason)).toEqual(['chrome:see-also', 'chrome:related', 'chrome:related', 'chrome:related', null, null, null]);
  });

  it('is removed in English too, when a "see more" line closes it', () => {
    const { kept } = removeChrome(L(['Most read', ...ITEMS, 'See more stories', TITLE, P1, P2]), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
  });
});

describe('ranking labels', () => {
  it('head a list as a short line, and leave a headline that opens the same way', () => {
    expect(reasonFor('Les plus partagés', 'top')).toBe('chrome:see-also');
    expect(reasonFor('Trending now')).toBe('chrome:see-also');
    const { kept } = removeChrome(L(['Most popular baby names of 2020 revealed by the statistics office', P1, P2]), NO_EVIDENCE);
    expect(kept).toHaveLength(3);
  });
});

describe('single links led by a pointer symbol', () => {
  it('go between paragraphs, in any arrow', () => {
    expect(reasonFor('› Un incendie ravage un entrepôt à Rungis', 'middle')).toBe('chrome:related');
    expect(reasonFor('→ Storm warning for three counties tonight', 'middle')).toBe('chrome:related');
  });

  it('stay as the article’s own points: a list of them, or after a colon', () => {
    const list = ['Les mesures annoncées :', '→ Hausse du minimum vieillesse', '→ Prime exceptionnelle pour les salariés'];
    const { kept } = removeChrome(L([TITLE, P1, ...list, P2]), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([TITLE, P1, ...list, P2]);
    const one = removeChrome(L([TITLE, P1, 'Ce qui change au 1er janvier :', '› Les péages augmentent de 3 %', P2]), NO_EVIDENCE);
    expect(one.kept).toHaveLength(5);
  });
});

describe('link cues and pointers in any arrow', () => {
  // v26's "Pour aller plus loin ⇢ <headline>" went unseen: the rules named three arrows. Other cues,
  // other arrows, both languages; none of these wordings is v26's.
  it('a weak link cue before any arrow introduces a link', () => {
    expect(reasonFor('En savoir plus ⟶ Le maire de Lille présente son budget', 'middle')).toBe('chrome:see-also');
    expect(reasonFor('À lire ➝ Tempête : trois départements en alerte orange')).toBe('chrome:see-also');
    expect(reasonFor('Read ⇨ Storm warning for three counties tonight')).toBe('chrome:see-also');
    expect(reasonFor('⇾ Lire aussi : Un incendie ravage un entrepôt à Rungis', 'middle')).toBe('chrome:see-also');
  });

  it('a single headline led by any arrow goes; breadcrumbs with any arrow are navigation', () => {
    expect(reasonFor('⇒ Un incendie ravage un entrepôt à Rungis', 'middle')).toBe('chrome:related');
    expect(reasonFor('⮕ Storm warning for three counties tonight', 'middle')).toBe('chrome:related');
    expect(reasonFor('Accueil ⟩ Mobilité', 'top')).not.toBeNull();
    expect(reasonFor('Home ⇾ World ⇾ Europe', 'top')).toBe('chrome:navigation');
    expect(reasonFor('ACCUEIL › SPORT', 'top')).toBe('chrome:navigation');
  });

  it('a rubric tag in capitals before a headline is a kicker, not a path: the headline stays the title', () => {
    for (const line of ['INTERNATIONAL › Le port d’Anvers rouvre ses quais', 'LOCAL NEWS ⇒ Ferry to the islands resumes', 'ÉCONOMIE ▸ La grève des dockers']) {
      const { kept } = removeChrome(L([line, P1, P2]), NO_EVIDENCE);
      expect(kept.map((l) => l.text), line).toEqual([line, P1, P2]);
    }
  });

  it('a cue word in a sentence, or an arrow inside a sentence, is text', () => {
    const lines = [TITLE, P1, 'Pour aller plus loin, le gouvernement ⇒ promet une loi avant l’été.', 'Lire les comptes rendus ⟶ demande du temps, selon les élus.', P2];
    expect(removeChrome(L(lines), NO_EVIDENCE).kept.map((l) => l.text)).toEqual(lines);
  });
});

describe('captions closed by a picture credit', () => {
  it('are photo credits, in French and English', () => {
    expect(reasonFor('Protesters gather at a roundabout. Photograph: Jane Roe/The Evening Post', 'middle')).toBe('chrome:photo-credit');
    expect(reasonFor('La place envahie par les manifestants. Photo : J. Dupont / AFP', 'middle')).toBe('chrome:photo-credit');
  });
});

describe('a header line with the day’s date', () => {
  it('is the site’s template whatever the date', () => {
    const days = ['samedi 8 décembre 2018', 'lundi 21 janvier 2019', 'vendredi 1 février 2019', 'mardi 25 décembre 2018', 'jeudi 14 mars 2019', 'mercredi 16 janvier 2019'];
    const docs = TOPICS.slice(0, days.length).map((c, i) => L([`Quotidien régional d’information — ${days[i]}`, ...article(c)]));
    const evidence = buildChromeEvidence([...docs, ...TOPICS.slice(days.length).map((c) => L(article(c)))]);
    for (const doc of docs) expect(removeChrome(doc, evidence).kept.map((l) => l.text)).toEqual(doc.slice(1).map((l) => l.text));
  });
});

describe('a labelled field above the headline', () => {
  it('is the site’s template whatever its short value', () => {
    const values = ['Société', 'Social', 'Politique', 'Mobilité', 'Économie', 'International'];
    const docs = TOPICS.slice(0, values.length).map((c, i) => L(['Le Fil Régional', `Flux : ${values[i]}`, ...article(c)]));
    const evidence = buildChromeEvidence([...docs, ...TOPICS.slice(values.length).map((c) => L(article(c)))]);
    for (const doc of docs) expect(removeChrome(doc, evidence).kept.map((l) => l.text)).toEqual(doc.slice(2).map((l) => l.text));
  });

  it('leaves headlines with a colon and a long value', () => {
    const heads = ['Brexit : Londres demande un nouveau report de six mois', 'Brexit : les députés rejettent encore l’accord de retrait', 'Brexit : Bruxelles prépare un plan pour les pêcheurs'];
    const docs = heads.map((h, i) => L([h, ...article(TOPICS[i]!).slice(1)]));
    const evidence = buildChromeEvidence([...docs, ...TOPICS.slice(3).map((c) => L(article(c)))]);
    for (const doc of docs) expect(removeChrome(doc, evidence).kept[0]!.text).toBe(doc[0]!.text);
  });

  it('"Lire :" and ">>> Lire:" head a link', () => {
    expect(reasonFor('>>> Lire: Le patronat veut une réduction des charges', 'middle')).toBe('chrome:see-also');
    expect(reasonFor('Read: the full report on the strike', 'middle')).toBe('chrome:see-also');
  });
});

describe('links led by a format tag or a bracketed cue', () => {
  it('go between paragraphs', () => {
    expect(reasonFor('VIDÉO - Les pompiers luttent toute la nuit contre le feu', 'middle')).toBe('chrome:related');
    expect(reasonFor('[Lire aussi] Le maire démissionne après deux mois', 'middle')).toBe('chrome:see-also');
    expect(reasonFor('[Read more] Council closes the swimming pool', 'middle')).toBe('chrome:see-also');
  });

  it('never take a page’s only line, its headline', () => {
    const { kept } = removeChrome(L(['VIDÉO. Crash en mer : ce que l’on sait du naufrage']), NO_EVIDENCE);
    expect(kept).toHaveLength(1);
  });
});

describe('a picture word and a name', () => {
  it('is a photo credit; a picture word in a phrase is not', () => {
    expect(reasonFor('Photo Gaël Rousseau')).toBe('chrome:photo-credit');
    expect(reasonFor('Photos Jane Roe', 'middle')).toBe('chrome:photo-credit');
    const { kept } = removeChrome(L([TITLE, P1, 'Photos de la manifestation de samedi', P2]), NO_EVIDENCE);
    expect(kept).toHaveLength(4);
  });
});

describe('a segmented label above the headline', () => {
  it('is navigation: a place and a section, a rubric path', () => {
    for (const label of ['Flers · Faits divers', 'Société / Elsass-Alsace', 'World | Europe']) {
      const { kept } = removeChrome(L([label, TITLE, P1, P2]), NO_EVIDENCE);
      expect(kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
    }
  });

  it('stays as the headline when the lead follows it', () => {
    const { kept } = removeChrome(L(['Brexit / Irlande', P1, P2]), NO_EVIDENCE);
    expect(kept[0]!.text).toBe('Brexit / Irlande');
  });
});

describe('a segmented label above a long headline', () => {
  it('goes even when the headline is long enough to count as text', () => {
    const long = '"Scandaleux", "des violences inadmissibles": les politiques réagissent à la manifestation de samedi';
    const { kept } = removeChrome(L(['Saint-Sever · Économie', long, P1, P2]), NO_EVIDENCE);
    expect(kept[0]!.text).toBe(long);
  });
});

describe('a short name above the site’s navigation', () => {
  it('is the masthead, on one page already', () => {
    for (const [name, nav] of [['The Harbour Courier', 'Home › News › Europe'], ['Le Journal du Val', 'Accueil / Région / Blois']] as const) {
      const { kept, removed } = removeChrome(L([name, nav, TITLE, P1, P2]), NO_EVIDENCE);
      expect(kept.map((l) => l.text)).toEqual([TITLE, P1, P2]);
      expect(removed[0]!.reason).toBe('chrome:banner');
    }
  });

  it('stays the headline when the menu does not lead to another headline', () => {
    const { kept } = removeChrome(L([TITLE, 'Accueil / Région / Blois', P1, P2]), NO_EVIDENCE);
    expect(kept[0]!.text).toBe(TITLE);
  });
});
