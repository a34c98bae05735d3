/** Class rules for single lines of site chrome (share and reaction widgets, see-also cues, copyright, newsletter, cookies, navigation, banners): small vocabularies on a folded copy of the line. */
import { isPersonName } from '../names.ts';
import { ARROW, ARROW_CLASS, foldTypography, stripAccents, words } from '../text.ts';


/** Rules look at most this many characters of a line: chrome cues sit at the start, and regexes stay on short input. */
const RULE_PREFIX_CHARS = 700;
/** Section labels ("Nouvelles du monde") and site banners before the title have at most this many words. */
const LABEL_MAX_WORDS = 5;

// ---------------------------------------------------------------------------------------------
// Rule classes, built from principles (call-to-action verbs, social networks, rights words,
// link bars, breadcrumbs, disclaimers). Matched on a folded, accent-stripped, lower-case copy.

/** "plain" form of already-folded text: accents stripped, lower case, leading bullets removed. */
function plainOf(folded: string): string {
  const p = stripAccents(folded).toLowerCase().trim();
  let i = 0;
  while (i < p.length && i < 4 && ('»>•-|*·#(['.includes(p[i]!) || ARROW.test(p[i]!))) i++;
  // "[Lire aussi] …": a cue in brackets reads as the cue.
  return p.slice(i).trimStart().replace(/^([^\]]{2,30})\]\s*/u, '$1 : ');
}

const REACTION_WORDS = new Set(['like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow', 'haha', 'lol', 'omg', 'confused', 'care']);
const REACTION_LINES = new Set([
  'what s your reaction', 'whats your reaction', 'your reaction', 'quelle est votre reaction', 'votre reaction',
  'reagissez', 'reagir', 'reagir a cet article', 'reagissez a cet article', 'commenter', 'commentaires', 'commentaire',
  'laisser un commentaire', 'ajouter un commentaire', 'laissez un commentaire', 'voir les commentaires',
  'afficher les commentaires', 'donnez votre avis', 'cet article vous a plu', 'j aime', 'je n aime pas', 'j adore',
]);
/** French reaction words: only chrome in the head/tail zones, where a lone word is a widget. */
export const REACTION_WORDS_FR = new Set(['triste', 'drole', 'grrr', 'bravo', 'waouh', 'ouah', 'colere', 'surpris', 'inspire']);
const SOCIAL_WORDS = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'pinterest', 'telegram', 'messenger', 'reddit', 'email',
  'e', 'mail', 'courriel', 'imprimer', 'partager', 'partagez', 'tweet', 'tweeter', 'envoyer', 'copier', 'lien',
  'le', 'share', 'print', 'instagram', 'tiktok', 'youtube', 'flipboard', 'bluesky', 'threads', 'mastodon', 'sms',
  'par', 'sur', 'google', 'news', 'rss', 'snapchat',
]);
/** Words naming what is shared: "Partagez cet article", "sur les réseaux sociaux". */
const SHARE_OBJECTS = /\b(article|histoire|page|reseaux|amis|facebook|twitter|whatsapp|lien|publication|info|actualite|video)\b/;

const NAV_LINES = new Set([
  'menu', 'rechercher', 'recherche', 'accueil', 'home', 'connexion', 'se connecter', 's identifier', 'mon compte',
  'fermer', 'suivant', 'precedent', 'article suivant', 'article precedent', 'page suivante', 'page precedente',
  'haut de page', 'haut de la page', 'retour', 'plus', 'voir plus', 'charger plus', 'afficher plus', 'sommaire',
  'publicite', 'advertisement', 'sponsorise', 'contenu sponsorise', 'annonce', 'pub',
]);
const FOOTER_WORDS = /(mentions legales|plan du site|politique de confidentialite|conditions generales|\bcgu\b|\bcgv\b|cookies|nous contacter|qui sommes-nous|donnees personnelles|accessibilite|charte de moderation|faq)/;

/** Section vocabulary for category labels ("Nouvelles du monde", "Actualités internationales"). */
const SECTION_WORDS = new Set([
  'nouvelles', 'actualite', 'actualites', 'actu', 'actus', 'info', 'infos', 'information', 'informations', 'monde',
  'international', 'internationale', 'internationales', 'national', 'nationale', 'europe', 'afrique', 'asie',
  'amerique', 'ameriques', 'moyen', 'orient', 'france', 'politique', 'societe', 'economie', 'eco', 'sport', 'sports',
  'culture', 'faits', 'divers', 'region', 'regions', 'local', 'locale', 'derniere', 'dernieres', 'dernier', 'derniers',
  'heure', 'direct', 'breaking', 'news', 'world', 'sciences', 'science', 'tech', 'high', 'sante', 'planete',
  'environnement', 'opinion', 'opinions', 'idees', 'debats', 'video', 'videos', 'photos', 'medias', 'people',
  'insolite', 'justice', 'flash', 'alerte', 'breves', 'breve', 'une', 'titres', 'continu', 'fil', 'depeches',
  'regionales', 'regional', 'latest', 'top', 'headlines',
]);
/** Words of recommendation that make a short line the header of a link list ("Ces articles pourraient vous intéresser"). */
export const LIST_CUES = new Set([
  'lire', 'lu', 'lus', 'lisez', 'article', 'articles', 'sujet', 'sujets', 'theme', 'themes', 'aussi', 'egalement',
  'partages', 'populaires', 'recommandes', 'recommande', 'recommandations', 'interesser', 'interesseront', 'suggestions',
  'selection', 'selectionne', 'selectionnes', 'sponsorises', 'sponsorise', 'partenaires', 'contenus', 'actualite',
  'actualites', 'similaires', 'lies', 'associes', 'connexes', 'tendance', 'tendances', 'commentes', 'consultes', 'meme',
  'dossier', 'dossiers', 'manquer', 'decouvrir',
  // The same class in English: list headers of other sites ("Most read", "Related stories", "More from us").
  'read', 'most', 'popular', 'related', 'recommended', 'trending', 'stories', 'also', 'sponsored', 'partner',
  'similar', 'latest', 'viewed', 'shared', 'commented', 'picks', 'suggested', 'more',
]);
const LABEL_STOP = new Set(['a', 'la', 'le', 'les', 'l', 'de', 'du', 'des', 'd', 'et', 'en', 'au', 'aux', 'the', 'of', 'and', 'dans']);
/** Words of a site tagline: "— toute l'info, tout le temps", "– Dernières nouvelles". */
const TAGLINE_WORDS = new Set([
  ...SECTION_WORDS, ...LABEL_STOP, 'toute', 'tout', 'toutes', 'tous', 'temps', 'vos', 'votre', 'site', 'journal',
  'quotidien', 'web', 'reel', 'premier', 'premiere', 'infos', 'chaque', 'jour', 'jours', 'vrai', 'vraie', 'verite',
  'independant', 'independante', 'libre', 'votre', 'ligne', 'pres', 'chez', 'vous', 'ici', 'maintenant', 'live',
  'pure', 'player', 'magazine', 'hebdo', 'portail', 'francophone', 'gratuit', 'gratuite', 'immediat',
]);

const DOMAIN_ONLY = /^(https?:\/\/)?(www\.)?[a-z0-9-]{2,40}(\.[a-z0-9-]{2,20}){0,2}\.[a-z]{2,6}\/?$/i;

/**
 * Cookie and consent notices: tracker vocabulary, addressed to the reader ("nous", "vous", "ce
 * site"), with a word of the notice's grammar (use, accept, browsing, audience, settings). An
 * article about cookies quotes such a notice or speaks of "la CNIL", not of "votre navigation".
 */
const COOKIE_WORDS = /\b(cookies?|traceurs?|consentement|vie privee)\b/;
const COOKIE_ADDRESS = /\b(nous|notre|nos|vous|votre|vos|ce site)\b/;
const COOKIE_GRAMMAR = /\b(utilis\w*|accept\w*|navigation|naviguer|experience|audience|personnalis\w*|partenaires|parametr\w*|refus\w*|consent\w*|preferences|choix)\b/;
/** Consent buttons, alone on their line. */
const CONSENT_LINES = new Set([
  'accepter', 'tout accepter', 'tout refuser', 'refuser', 'personnaliser', 'parametrer', 'parametres', 'j accepte',
  'continuer sans accepter', 'accepter et fermer', 'accepter et continuer', 'gerer mes choix', 'gerer les cookies', 'ok',
  'j ai compris', 'en savoir plus', 'fermer la fenetre',
]);
/** Paywall notices: a subscriber word with a word of restriction ("Article réservé aux abonnés", "Contenu premium"). */
const PAYWALL_WHO = /\b(abonnes?|abonnees?|membres|premium)\b/;
const PAYWALL_WHAT = /\b(reserve|reservee|reserves|reservees|exclusi\w*|premium|contenu|article|acces|offre|edition)\b/;
/** Reading-time notices: a duration in minutes with a reading word ("Temps de lecture : 3 min", "⏱ 5 min de lecture"). */
const READING_TIME = /\b\d{1,3} ?(min|mn|minutes?)\b/;
const READING_WORD = /\b(lecture|lire|read|reading|ecoute)\b/;
/**
 * Calls to action about the page itself: a UI verb first, then an object of the page or the site
 * ("Écouter cet article", "Téléchargez notre application", "Suivez-nous sur Instagram").
 */
const UI_VERBS = new Set([
  'ecouter', 'ecoutez', 'lire', 'imprimer', 'telecharger', 'telechargez', 'partager', 'commenter', 'reagir', 'suivre',
  'suivez', 'envoyer', 'copier', 'signaler', 'ajouter', 'enregistrer', 'sauvegarder', 'afficher', 'activer', 'installer',
  'recevoir', 'recevez', 'rejoindre', 'rejoignez', 'retrouver', 'retrouvez', 'inscrivez', 'abonnez', 'connectez',
  'identifiez', 'offrir', 'offrez', 'donner', 'soutenir', 'soutenez', 'essayer', 'essayez', 'ouvrir', 'agrandir',
]);
const PAGE_OBJECTS = new Set([
  'article', 'articles', 'contenu', 'application', 'appli', 'app', 'newsletter', 'newsletters', 'lettre', 'alerte', 'alertes',
  'notifications', 'commentaires', 'commentaire', 'reactions', 'lien', 'page', 'favoris', 'podcast', 'audio', 'voix',
  'compte', 'edition', 'journal', 'fil', 'abonnement', 'facebook', 'twitter', 'instagram', 'linkedin', 'telegram',
  'whatsapp', 'youtube', 'tiktok', 'bluesky', 'threads', 'mastodon', 'x', 'image', 'photo', 'diaporama', 'galerie',
  'redaction', 'site', 'media',
]);
/** Whole-line calls to action without an object ("Je m'inscris", "S'abonner"). */
const CTA_LINES = new Set(['je m inscris', 'je m abonne', 's inscrire', 's abonner', 'je m identifie', 'je me connecte', 'je soutiens', 'je fais un don', 'faire un don']);
/** App-store lines ("Disponible sur iOS et Android"). */
const APP_STORE = /\b(ios|android|app store|google play|play store|appstore)\b/;
/** Advertising labels: lines made only of advertising words and filler ("PUBLICITÉ", "La suite après cette publicité", "Contenus sponsorisés"). */
const AD_CORE = new Set([
  'publicite', 'publicites', 'publicitaire', 'pub', 'annonce', 'annonces', 'sponsorise', 'sponsorises', 'sponsorisee',
  'sponsorisees', 'sponsor', 'sponsors', 'partenaire', 'partenaires', 'partenariat', 'advertisement', 'advertising', 'ads',
  'publireportage', 'promotion', 'promotions',
]);
/** Cheap test before the word-by-word one: the stems of AD_CORE. */
const AD_HINT = /publi|annonce|sponsor|partenai|advertis|\bpub\b|\bads\b|promotion/;
const AD_FILLER = new Set([
  'la', 'le', 'les', 'l', 'de', 'du', 'des', 'd', 'suite', 'apres', 'cette', 'ce', 'cet', 'contenu', 'contenus', 'par',
  'pour', 'vous', 'notre', 'nos', 'en', 'avec', 'selectionne', 'selectionnes', 'selection', 'propose', 'proposes',
  'proposee', 'proposees', 'article', 'articles', 'liens', 'lien', 'offres', 'offre', 'espace', 'continue', 'votre',
]);
/** Counters of comments, reactions, shares ("12 commentaires", "Voir les 34 réactions", "Commentaires (7)"). */
const COUNTER_WORDS = '(?:commentaires?|reactions?|partages?|likes?|j aime|vues|avis|votes?|reponses?)';
const COUNTER = new RegExp(`^(?:(?:voir|afficher|lire) )?(?:les )?\\d{1,6} ${COUNTER_WORDS}$|^${COUNTER_WORDS} \\d{1,6}$`);
/** Feedback questions about the page ("Cet article vous a été utile ? Oui Non", "Avez-vous trouvé cet article intéressant ?"). */
const FEEDBACK_OBJECT = /\b(cet article|ce contenu|cette page|cette information|cet article vous|ces informations)\b/;
/** Words that open a picture's caption or credit. */
const PICTURE_LEAD = /^\(?(?:photos?|images?|illustrations?|visuels?|infographies?|dessins?|pictures?|photographs?|graphics?)\b/;
/** Photo credits and illustration labels ("Photo : X / AFP", "(Crédit : AFP / X)", "Image d'illustration"). */
const PHOTO_CREDIT = /^\(?(?:credits?(?: photos?)?|photos?|illustration|image|infographie|source photo)\s*:/;
const PHOTO_LABEL = /^(?:image|photo|illustration|visuel)s?(?: d'illustration| d illustration| non contractuelle)?$/;

/** Relative timestamps ("Il y a 3 heures", "Publié hier à 18h30", "Mis à jour aujourd'hui à 9 h 05"): no date to read, only chrome. */
const RELATIVE_TIME =
  /^(?:(?:publie|mis a jour|modifie|actualise|mise a jour)e? )?(?:il y a (?:\d{1,3}|une?|quelques) (?:s|sec|secondes?|min|minutes?|h|heures?|jours?|j|semaines?)|(?:aujourd hui|hier|ce matin|ce soir)(?: a \d{1,2} ?h ?\d{0,2}| a \d{1,2} \d{2})?)$/;
/**
 * The English form: "3 hours ago", "Updated 2 days ago", "Fetched 21 hours ago", "yesterday". A
 * relative time says when a page was seen, never when the article was published.
 */
const RELATIVE_TIME_EN =
  /^(?:[a-z]+ )?(?:(?:\d{1,3}|an?|a few) (?:s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?) ago|just now|yesterday|today)$/;

/** Vocabulary classes of short UI lines (see above). Returns the reason, or null. */
function uiReason(plainKey: string, nWords: number, text: string): string | null {
  if (nWords === 0 || nWords > 14) return null;
  if (CONSENT_LINES.has(plainKey)) return 'chrome:consent';
  if (CTA_LINES.has(plainKey)) return 'chrome:call-to-action';
  const ends = /[.]$/.test(text);
  if (nWords <= 10 && !ends && PAYWALL_WHO.test(plainKey) && PAYWALL_WHAT.test(plainKey)) return 'chrome:paywall';
  if (nWords <= 8 && (READING_TIME.test(plainKey) ? READING_WORD.test(plainKey) : plainKey === 'temps de lecture')) return 'chrome:reading-time';
  if (COUNTER.test(plainKey)) return 'chrome:reactions';
  if (nWords <= 8) {
    const ws = plainKey.split(' ');
    if (AD_HINT.test(plainKey) && ws.some((w) => AD_CORE.has(w)) && ws.every((w) => AD_CORE.has(w) || AD_FILLER.has(w))) return 'chrome:ad';
    if (!ends && UI_VERBS.has(ws[0]!) && ws.slice(1).some((w) => PAGE_OBJECTS.has(w))) return 'chrome:call-to-action';
  }
  if (nWords <= 10 && APP_STORE.test(plainKey)) return 'chrome:app';
  if (nWords <= 14 && text.includes('?') && FEEDBACK_OBJECT.test(plainKey) && /\b(vous|votre|avez)\b/.test(plainKey)) return 'chrome:feedback';
  if (nWords <= 4 && PHOTO_LABEL.test(plainKey)) return 'chrome:photo-credit';
  if (nWords <= 9 && (RELATIVE_TIME.test(plainKey) || RELATIVE_TIME_EN.test(plainKey))) return 'chrome:timestamp';
  return null;
}

type Rule = [RegExp, string];
/** See-also cues that are chrome whatever follows them. */
const SEE_ALSO_STRONG: RegExp =
  /^(a |à )?(lire|lisez|voir|decouvrez|regardez) (aussi|egalement|encore)\b|^sur le meme (sujet|theme)\b|^articles? (similaires?|lies|associes|recommandes|connexes)\b|^approfondissez\b|^(related|see also|read more|read also)\b|^dans la meme rubrique\b|^nos articles sur\b|^les plus lus\b/;
/** Ranking labels of link lists ("Les plus partagés", "Most read", "Trending"): a list header only as a short line; a headline may open the same way. */
const RANKING_HEADER = /^(les plus (lus|partages|commentes|consultes|populaires)|(most (read|popular|viewed|shared|commented)|trending( now| stories)?|more stories))\b/;
/** Longest ranking label ("Les plus lus de la semaine"). */
const RANKING_HEADER_MAX_WORDS = 5;
/** Weaker cues: chrome only when they stand alone or introduce a link (":", ">", "-", "...", any arrow: ARROW_CLASS). */
const SEE_ALSO_WEAK = new RegExp(
  `^(pour aller plus loin|en savoir plus|lire la suite|lire|read|lire l'article|voir la video|a decouvrir|a ne pas manquer|a voir|a lire|a suivre|dossier|notre dossier|ecouter|regarder)\\s*($|:|>|»|-|\\.\\.\\.|[${ARROW_CLASS}])`,
  'u',
);

const RULES: Rule[] = [
  [/\btheme licen[cs]e\b|licen[cs]e (is not|n'est pas) valid|validate the licen[cs]e|activate (your|the) licen[cs]e/, 'chrome:licence'],
  [/^bouton retour en haut\b|^retour (en haut|vers le haut|a l'accueil|a la page d'accueil|aux articles|a la liste)\b|^(aller|passer) au (contenu|menu)\b|^skip to content\b|^vous etes ici\b/, 'chrome:navigation'],
  [/^(rubrique|rubriques|categorie|categories|section|theme|themes|thematiques?|tags?|etiquettes?|keywords|mots[- ]cles|publie dans|classe dans|sujets?(?: associes| lies)?|dossiers?(?: associes| lies)?|topics?|filed under|tagged(?: with)?|more on)\s*:/, 'chrome:navigation'],
  [/cliquez ici pour partager|vous pouvez partager cet|^(retrouvez|suivez|rejoignez)[- ]nous\b|^follow us\b|^share (this|on)\b/, 'chrome:share'],
];

function isReactionLine(key: string): boolean {
  if (REACTION_WORDS.has(key) || REACTION_LINES.has(key)) return true;
  return /^\d{1,6} (commentaires?|reactions?|partages?|likes?|j aime|vues)$/.test(key);
}

/** Splits on a separator surrounded by spaces; linear. */
function segments(text: string, seps: readonly string[]): string[] {
  let parts = [text];
  for (const sep of seps) parts = parts.flatMap((p) => p.split(sep));
  return parts.map((p) => p.trim());
}

/**
 * Symbols that read as "inside" between two short labels: a path, never prose. A headline may hold
 * " / " ("Paris / Lyon"), so a slash path needs three steps or a home link first; an arrow (">", "›",
 * "→", "»" without an opening "«") is navigation from two steps on ("Province de Luxembourg > Région").
 * Read on the raw text: folding turns "›" and "»" into quotes.
 */
const PATH_ARROW = new RegExp(`\\s(?:>>?|[${ARROW_CLASS}]|»)\\s`, 'u');
const PATH_STEP = new RegExp(`\\s(?:>>?|[${ARROW_CLASS}]|»|\\/)\\s`, 'u');
/** The same where "»" closes a quote (the line holds "«"). */
const PATH_ARROW_QUOTED = new RegExp(`\\s(?:>>?|[${ARROW_CLASS}])\\s`, 'u');
const PATH_STEP_QUOTED = new RegExp(`\\s(?:>>?|[${ARROW_CLASS}]|\\/)\\s`, 'u');
/** A breadcrumb step is a short label ("Toute l'actualité", "Province de Luxembourg"). */
const PATH_STEP_MAX_WORDS = 4;

/** A label written in capitals ("ACTU", "SPORT LOCAL"): at least two letters, none in lower case. */
function isCapitalsTag(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

function isBreadcrumb(text: string, nWords: number): boolean {
  if (nWords > 12) return false;
  const quoted = text.includes('«');
  const arrow = (quoted ? PATH_ARROW_QUOTED : PATH_ARROW).test(text);
  const segs = text.split(quoted ? PATH_STEP_QUOTED : PATH_STEP).map((s) => s.trim());
  if (segs.length < 2 || segs.some((s) => !s || words(s).length > PATH_STEP_MAX_WORDS || /["“”«.!?]$/u.test(s))) return false;
  // "ACTU RÉGION ▷ La grève des contrôleurs": a rubric tag in capitals before a phrase in ordinary
  // case is a kicker on a headline (the title reads it so), not a path: a path's steps share one case.
  if (segs.length === 2 && isCapitalsTag(segs[0]!) && words(segs[1]!).length >= 3 && !isCapitalsTag(segs[1]!)) return false;
  if (arrow) return true;
  const home = stripAccents(words(segs[0]!).join(' ').toLowerCase());
  return segs.length >= 3 || home === 'accueil' || home === 'home';
}

function isLinkBar(plain: string, nWords: number): boolean {
  if (nWords > 24) return false;
  if (!plain.includes(' | ') && !plain.includes(' · ') && !plain.includes(' • ')) return false;
  const segs = segments(plain, [' | ', ' · ', ' • ']);
  if (segs.length < 3) return false;
  return segs.every((s) => s.length > 0 && words(s).length <= 4 && !/[.!?]$/.test(s));
}

function isDisclaimer(plain: string, nWords: number): boolean {
  if (nWords > 90 || plain.startsWith('"')) return false;
  if (/^cet(te)? (article|contenu|depeche|texte) a ete (traduit|genere|redige|ecrit) (automatiquement|par (une|un|l'))/.test(plain)) return true;
  const self = /\b(du|ce|notre|le|cet|de ce) (site|blog|portail|media)\b|\bnous (transmettons|traduisons|publions|relayons)\b|la redaction\b/.test(plain);
  if (!self) return false;
  return (
    /n'(exprime|expriment|engage|engagent|reflete|refletent|represente|representent)\b|ne (refletent|reflete) pas/.test(plain) ||
    /technologie programmatique|traduit(e|es|s)? automatiquement|traduction automatique|traduisons/.test(plain)
  );
}

function isShare(plain: string, key: string, nWords: number, text: string): boolean {
  if (nWords === 0) return false;
  if (nWords <= 15 && /^(partagez|partager|partage|share)\b/.test(plain)) {
    return SHARE_OBJECTS.test(plain) || !/[.]$/.test(text.trim());
  }
  if (nWords <= 6) {
    const ws = key.split(' ');
    const social = ws.filter((w) => SOCIAL_WORDS.has(w)).length;
    // Only when a real network or verb is present ("le", "par" alone are not enough).
    const strong = ws.some((w) => SOCIAL_WORDS.has(w) && !['le', 'par', 'sur', 'e', 'x', 'news'].includes(w));
    return strong && social / ws.length >= 0.6;
  }
  return false;
}

/** Newsletter calls to action; beyond 6 words they must also name what is subscribed to. */
const NEWSLETTER =
  /inscrivez-vous|abonnez-vous|s'abonner|je m'abonne|recevez (gratuitement )?(notre|nos|chaque|toute)|deja abonne|offre d'abonnement|(notre|nos|votre|vos) (newsletter|lettre d'information)|newsletters? (gratuite|quotidienne de notre)|^newsletters?$/;
/** "Inscrivez-vous gratuitement pour célébrer avec nous les 200 ans du Figaro" is an item, not a prompt. */
const NEWSLETTER_OBJECT = /newsletter|lettre d'information|abonn|alertes?\b|e-?mail|courriel|notifications?|boite (mail|aux lettres|de reception)/;

/** Characters of a line's start enough for every start-anchored rule ("Lire aussi :", "©", "Rubrique :"). */
const START_CHARS = 100;

/**
 * Cheap pre-filter on a line's raw start: the first words of every start-anchored rule. Lines that
 * do not match (nearly all body paragraphs) skip folding and accent stripping.
 */
const START_CUES =
  new RegExp(`^[\\s»>•\\-|*·#([${ARROW_CLASS}]{0,4}(?:[àa] |©|\\(c\\)|vous [eê]tes ici|th[ée]matiques?|[ée]tiquettes?|keywords|image|illustration|infographie|vid[ée]o|source photo|lire|lisez|voir|d[ée]couvrez|regardez|sur le m|articles?|approfondissez|related|see also|read|dans la m|nos articles|les plus lus|pour aller|en savoir|dossier|notre dossier|[ée]couter|regarder|bouton|retour|aller|passer|skip|rubriques?|cat[ée]gor|section|th[èe]me|tags?|mots|publi[ée]|class[ée]|sujets?|cliquez|vous pouvez|retrouvez|suivez|rejoignez|follow|share|copyright|cr[ée]dit|photo|visuel|dessin|picture|graphic|topics?|filed under|tagged|more on|more stories|most|trending|les plus|tous droits)`, 'iu');

/** A picture word, a colon and a short credit naming an agency or outlet after a slash or a mark, closing a line. */
const TRAILING_PICTURE_CREDIT = /(?:^|[.!?]\s+)(?:photo(?:graph|graphie)?s?|cr[ée]dits?(?: photos?)?|image|illustration|picture)\s*:\s*[^:/©]{2,60}(?:\/|©)\s*[^.:]{2,50}$/iu;

/** Position-free rules on a line. Returns the reason, or null. */
export function ruleReason(text: string, key: string, nWords: number): string | null {
  const start = START_CUES.test(text.slice(0, 40))
    ? plainOf(foldTypography(text.length > START_CHARS ? text.slice(0, START_CHARS) : text))
    : '';
  // The whole line (or its first RULE_PREFIX_CHARS), folded only when a "contains" rule may apply.
  let full: string | undefined;
  const whole = (): string =>
    (full ??= plainOf(foldTypography(text.length > RULE_PREFIX_CHARS ? text.slice(0, RULE_PREFIX_CHARS) : text)));
  // Word-list rules only concern short lines: strip accents from their key only.
  const plainKey = nWords <= 15 ? stripAccents(key) : '';
  if (/licen[cs]e/i.test(text) && RULES[0]![0].test(whole())) return RULES[0]![1];
  for (const [re, reason] of RULES.slice(1)) if (re.test(start)) return reason;
  if (SEE_ALSO_STRONG.test(start) || SEE_ALSO_WEAK.test(start)) return 'chrome:see-also';
  if (nWords <= RANKING_HEADER_MAX_WORDS && RANKING_HEADER.test(start)) return 'chrome:see-also';
  if (nWords <= 12 && isReactionLine(plainKey)) return 'chrome:reactions';
  if (nWords <= 15 && isShare(whole(), plainKey, nWords, text)) return 'chrome:share';
  // Photo credits name a photographer or an agency, not the publisher: a reason of their own.
  if (nWords <= 20 && (/^(credits? photos?\b|photo ?:)/.test(start) || PHOTO_CREDIT.test(start))) return 'chrome:photo-credit';
  // "Photo d'illustration © X", "Image: X / Agence", "Illustration by X": a picture word opening a short
  // line that credits someone (a mark, a colon, a slash or "by/par") is a picture's credit, in any wording.
  if (nWords <= 10 && PICTURE_LEAD.test(start) && /©|\(c\)|:|\/|\b(?:by|par)\b/.test(start)) return 'chrome:photo-credit';
  // "Photo Gaël Rousseau", "Photos Jane Roe": a picture word and a person's name, nothing else.
  if (nWords <= 5 && /^(?:photos?|photographie|crédit|credit|image|illustration)\s+\p{Lu}/iu.test(text) && isPersonName(text.replace(/^\S+\s+/u, ''))) return 'chrome:photo-credit';
  // A caption closed by its credit ("Des manifestants sur un rond-point. Photograph: Jane Roe/The Post",
  // "La place envahie. Photo : J. Dupont / AFP"): the credit names who took the picture, after a slash or a mark.
  if (nWords <= 30 && TRAILING_PICTURE_CREDIT.test(text)) return 'chrome:photo-credit';
  if (nWords <= 20 && /^(©|\(c\)|copyright\b|tous droits)/.test(start)) return 'chrome:copyright';
  // "X 2018 ©", "X © 2019 — All rights reserved": the mark after the site's name.
  // (Only a year may follow the mark: "Jean Dupont © AFP" between paragraphs credits a photo.)
  if (nWords <= 12 && /(?:©|\(c\))\s*(?:(?:19|20)\d{2}\s*)?(?:[-–—|,.]|$)/u.test(text) && /^\p{Lu}/u.test(text)) return 'chrome:copyright';
  if (nWords > 90) return null;
  const short = nWords <= 25;
  if (short && /tous droits reserves|reproduction (partielle ou totale |totale ou partielle |integrale )?(interdite|strictement interdite)|all rights reserved/.test(whole())) {
    return 'chrome:copyright';
  }
  // A call to action, not a mention: "(Extrait de Chez Pol, la newsletter politique de Libération)" is content.
  if (short && !whole().includes('"') && NEWSLETTER.test(whole()) && (nWords <= 6 || NEWSLETTER_OBJECT.test(whole()))) {
    return 'chrome:newsletter';
  }
  const ui = uiReason(plainKey, nWords, text);
  if (ui) return ui;
  if (nWords <= 60 && /cookie|traceur|consentement|vie priv/i.test(text) && !/["«»“”]/.test(text)) {
    const w = whole();
    if (COOKIE_WORDS.test(w) && COOKIE_ADDRESS.test(w) && COOKIE_GRAMMAR.test(w)) return 'chrome:cookies';
  }
  if (/site|blog|portail|m[ée]dia|r[ée]daction|traduit|automatiquement/i.test(text) && isDisclaimer(whole(), nWords)) return 'chrome:disclaimer';
  if (nWords <= 12 && (NAV_LINES.has(plainKey) || ((/[>»/]/.test(text) || ARROW.test(text)) && isBreadcrumb(text, nWords)))) return 'chrome:navigation';
  if (nWords <= 24 && text.length <= RULE_PREFIX_CHARS && /[|·•]/.test(text) && isLinkBar(whole(), nWords)) return 'chrome:navigation';
  if (nWords <= 10 && FOOTER_WORDS.test(whole())) return 'chrome:navigation';
  if (text.length < 80 && DOMAIN_ONLY.test(text.trim())) return 'chrome:banner';
  return null;
}

/** "Lyès Menacer", "B. NACER", "Karima Bennour": a signature at the end of an article, not chrome (the shared detector, names.ts). */
export function looksLikePersonName(text: string): boolean {
  const t = text.trim();
  // A closing full stop after a name ("Karima Bennour."), not after an initial ("B. N.").
  return isPersonName(/(?:^|\s)\p{Lu}\.$/u.test(t) ? t : t.replace(/\.$/u, ''));
}

/** A one-word title is possible ("Brexit", "GRÈVE"); "in" or "RTEn" is not. */
export function plausibleTitleWord(text: string): boolean {
  return /^\p{Lu}(\p{Ll}{2,}|\p{Lu}{3,})$/u.test(text.trim());
}

/** An agency credit closing a dispatch ("(TDG)", "(AFP)", "APS"): metadata, not chrome, whatever its recurrence. */
export function isCredit(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('(') && t.endsWith(')') && t.length <= 40) return true;
  return /^[A-Z]{2,6}$/.test(t);
}

/** Short keys already classified by isSectionLabel; cleared past this size (a bound on memory, not a tuning knob). */
const SECTION_MEMO_MAX = 50_000;
const sectionMemo = new Map<string, boolean>();

/** A label made only of section words ("Nouvelles du monde", "Actualités internationales"). */
export function isSectionLabel(key: string, nWords: number): boolean {
  if (nWords === 0 || nWords > LABEL_MAX_WORDS) return false;
  let v = sectionMemo.get(key);
  if (v === undefined) {
    const ws = stripAccents(key).split(' ');
    v = ws.some((w) => SECTION_WORDS.has(w)) && ws.every((w) => SECTION_WORDS.has(w) || LABEL_STOP.has(w));
    if (sectionMemo.size >= SECTION_MEMO_MAX) sectionMemo.clear();
    sectionMemo.set(key, v);
  }
  return v;
}

/** Most words of one part of a segmented label ("Villedieu-les-Poêles", "Faits divers", "Elsass-Alsace"). */
const SEGMENT_MAX_WORDS = 3;

/**
 * A short label of two or three parts between spaced separators ("Flers · Faits divers", "Société /
 * Elsass-Alsace", "Monde | Europe"): a place and a section, a rubric path. Above a headline it is the
 * page's navigation; a headline is one phrase, or longer parts.
 */
export function isSegmentLabel(text: string): boolean {
  if (/[.!?…:;,"«»]/u.test(text)) return false;
  const parts = text.split(/\s[·•/|>»›]\s/u).map((p) => p.trim());
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => p.length > 0 && /^\p{Lu}/u.test(p) && words(p).length <= SEGMENT_MAX_WORDS);
}

/** A site banner with a tagline: "Le Petit Quotidien Web — toute l'info, tout le temps", "INFOFLASH – Dernières nouvelles". */
export function isTaglineBanner(text: string): boolean {
  const folded = foldTypography(text);
  // Not " : ": "Brexit : les dernières nouvelles" is a plausible title.
  for (const sep of [' - ', ' | ']) {
    const at = folded.indexOf(sep);
    if (at <= 0) continue;
    const name = words(folded.slice(0, at));
    const tag = stripAccents(words(folded.slice(at + sep.length)).join(' ')).split(' ').filter(Boolean);
    if (name.length === 0 || name.length > 4 || tag.length === 0 || tag.length > 8) continue;
    // Two tagline words at least: "X - Le direct" may be a title, "X - Dernières nouvelles" is a banner.
    if (tag.every((w) => TAGLINE_WORDS.has(w)) && tag.filter((w) => !LABEL_STOP.has(w)).length >= 2) return true;
  }
  return false;
}
