/** Removes site chrome (licence notices, share/reaction widgets, "Lire aussi", copyright, newsletter, navigation, banners) by rule and by corpus recurrence. */
import type { Line, Removal } from './types.ts';
import { foldTypography, stripAccents, words } from './text.ts';
import { lineKey } from './lines.ts';

/** Rules look at most this many characters of a line: chrome cues sit at the start, and regexes stay on short input. */
const RULE_PREFIX_CHARS = 700;
/**
 * Lines of more than this many whitespace-separated tokens are analysed from their start only (word
 * count = token count): they are article text, far over the recurrence limit, and computing their
 * full comparison key would be most of this stage's cost.
 */
const LONG_LINE_TOKENS = 30;
/** Characters of a long line kept for its context signature. */
const CONTEXT_PREFIX_CHARS = 200;
/**
 * A "Lire aussi" line longer than this (in words) has article text glued after the link title
 * ("Lire aussi l'éditorial: X  Le président du groupe…"): only the link part is cut.
 */
const SEE_ALSO_MAX_WORDS = 30;
/** The link title of a glued "Lire aussi" line ends within this many words. */
const SEE_ALSO_SPLIT_MAX_WORDS = 40;

/**
 * An "anchor" is a line that is certainly article text: a sentence of at least this many words
 * ending with final punctuation, or any line of ANCHOR_LONG_WORDS words. Lines before the first
 * anchor form the head zone, lines after the last one the tail zone: that is where site chrome sits.
 */
const ANCHOR_MIN_WORDS = 12;
const ANCHOR_LONG_WORDS = 25;

/** Recurrence is only evidence for short lines: a sentence of more than 20 words is content, even if copied. */
const RECUR_MAX_WORDS = 20;
/**
 * A line key is recurring chrome when it occurs in at least this many files, in at least this many
 * distinct contexts, and in distinct contexts for at least this share of its files. Chrome repeats
 * around unrelated articles (one context per file); a wire copy's title or paragraph repeats with the
 * same neighbours (a handful of contexts for up to ~10 copies), so it stays.
 */
const RECUR_MIN_DOCS = 4;
const RECUR_MIN_CONTEXTS = 4;
const RECUR_MIN_DIVERSITY = 0.6;
/**
 * The first real line (the title) is removed by recurrence only on overwhelming evidence (a site
 * banner in front of every article) and only when another title-like line follows it.
 */
const RECUR_TITLE_MIN_CONTEXTS = 8;
const RECUR_TITLE_MIN_DIVERSITY = 0.8;
/** Neighbouring lines used as "context" have at least this many words (short lines may be chrome themselves). */
const CONTEXT_MIN_WORDS = 8;
/**
 * Words at each end of the neighbouring line that identify a context: its first and last 4 words
 * tell unrelated articles apart (titles often share an opening like "Gilets jaunes :"), while a
 * copy edited in the middle keeps the same signature.
 */
const CONTEXT_WORDS = 4;
/** A stray token ("in", "RTEn"): one word, at most this many characters, in the head or tail zone. */
const STRAY_MAX_CHARS = 12;
/** Section labels ("Nouvelles du monde") and site banners before the title have at most this many words. */
const LABEL_MAX_WORDS = 5;

/**
 * Lines between the first and last anchors (the body) are removed by recurrence only on a higher
 * bar: at most this many words, no final punctuation, in at least this many files, in distinct
 * contexts for at least this share of them. A subheading recurring in a few wire copies or in ten
 * articles of one series stays; "PUBLICITÉ"-like inserts pasted in dozens of unrelated articles go.
 */
const MID_RECUR_MAX_WORDS = 8;
const MID_RECUR_MIN_DOCS = 12;
const MID_RECUR_MIN_DIVERSITY = 0.8;
/** A header of a link list ("À lire également", "Nos lecteurs ont aussi lu") has at most this many words. */
const LIST_HEADER_MAX_WORDS = 7;
/** A link list holds at most this many items: a longer run of short lines is something else. */
const LIST_MAX_ITEMS = 10;
/** An item of a link list is a headline: at least this many words (a menu item may be one)… */
const HEADLINE_MIN_WORDS = 2;
/** …and at most this many. */
const HEADLINE_MAX_WORDS = 25;
/** Link titles run together on one line under a list header: at most this many words (a few headlines). */
const GLUED_LINKS_MAX_WORDS = 120;
/**
 * After the last anchor, a run of at least this many unclassified headline-like lines (no final full
 * stop) is a list of links without a header: three short unpunctuated lines do not end an article.
 */
const TAIL_RUN_MIN_ITEMS = 3;
/** A widget part ("Oui", "Non", "Réagir") next to site chrome in the tail zone has at most this many words. */
const WIDGET_MAX_WORDS = 3;

/** Corpus statistics for one line key. */
export interface KeyStats {
  /** Number of files holding the line. */
  docs: number;
  /** Number of distinct neighbourhoods it was seen in. */
  contexts: number;
}

/** What the corpus says about recurring lines: built once over all files, then used per file. */
export interface ChromeEvidence {
  /** Number of files the evidence was built from. */
  docCount: number;
  /** Stats for short line keys seen in at least RECUR_MIN_DOCS files (others are not recurring). */
  keys: Map<string, KeyStats>;
}

// ---------------------------------------------------------------------------------------------
// Rule classes, built from principles (call-to-action verbs, social networks, rights words,
// link bars, breadcrumbs, disclaimers). Matched on a folded, accent-stripped, lower-case copy.

/** "plain" form of already-folded text: accents stripped, lower case, leading bullets removed. */
function plainOf(folded: string): string {
  const p = stripAccents(folded).toLowerCase().trim();
  let i = 0;
  while (i < p.length && i < 4 && '»>•-→▶|*·#('.includes(p[i]!)) i++;
  return p.slice(i).trimStart();
}

const REACTION_WORDS = new Set(['like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow', 'haha', 'lol', 'omg', 'confused', 'care']);
const REACTION_LINES = new Set([
  'what s your reaction', 'whats your reaction', 'your reaction', 'quelle est votre reaction', 'votre reaction',
  'reagissez', 'reagir', 'reagir a cet article', 'reagissez a cet article', 'commenter', 'commentaires', 'commentaire',
  'laisser un commentaire', 'ajouter un commentaire', 'laissez un commentaire', 'voir les commentaires',
  'afficher les commentaires', 'donnez votre avis', 'cet article vous a plu', 'j aime', 'je n aime pas', 'j adore',
]);
/** French reaction words: only chrome in the head/tail zones, where a lone word is a widget. */
const REACTION_WORDS_FR = new Set(['triste', 'drole', 'grrr', 'bravo', 'waouh', 'ouah', 'colere', 'surpris', 'inspire']);
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
const LIST_CUES = new Set([
  'lire', 'lu', 'lus', 'lisez', 'article', 'articles', 'sujet', 'sujets', 'theme', 'themes', 'aussi', 'egalement',
  'partages', 'populaires', 'recommandes', 'recommande', 'recommandations', 'interesser', 'interesseront', 'suggestions',
  'selection', 'selectionne', 'selectionnes', 'sponsorises', 'sponsorise', 'partenaires', 'contenus', 'actualite',
  'actualites', 'similaires', 'lies', 'associes', 'connexes', 'tendance', 'tendances', 'commentes', 'consultes', 'meme',
  'dossier', 'dossiers', 'manquer', 'decouvrir',
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
/** Photo credits and illustration labels ("Photo : X / AFP", "(Crédit : AFP / X)", "Image d'illustration"). */
const PHOTO_CREDIT = /^\(?(?:credits?(?: photos?)?|photos?|illustration|image|infographie|source photo)\s*:/;
const PHOTO_LABEL = /^(?:image|photo|illustration|visuel)s?(?: d'illustration| d illustration| non contractuelle)?$/;

/** Relative timestamps ("Il y a 3 heures", "Publié hier à 18h30", "Mis à jour aujourd'hui à 9 h 05"): no date to read, only chrome. */
const RELATIVE_TIME =
  /^(?:(?:publie|mis a jour|modifie|actualise|mise a jour)e? )?(?:il y a (?:\d{1,3}|une?|quelques) (?:s|sec|secondes?|min|minutes?|h|heures?|jours?|j|semaines?)|(?:aujourd hui|hier|ce matin|ce soir)(?: a \d{1,2} ?h ?\d{0,2}| a \d{1,2} \d{2})?)$/;

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
  if (nWords <= 9 && RELATIVE_TIME.test(plainKey)) return 'chrome:timestamp';
  return null;
}

type Rule = [RegExp, string];
/** See-also cues that are chrome whatever follows them. */
const SEE_ALSO_STRONG: RegExp =
  /^(a |à )?(lire|lisez|voir|decouvrez|regardez) (aussi|egalement|encore)\b|^sur le meme (sujet|theme)\b|^articles? (similaires?|lies|associes|recommandes|connexes)\b|^approfondissez\b|^(related|see also|read more|read also)\b|^dans la meme rubrique\b|^nos articles sur\b|^les plus lus\b/;
/** Weaker cues: chrome only when they stand alone or introduce a link (":", ">", "»", "-"). */
const SEE_ALSO_WEAK: RegExp =
  /^(pour aller plus loin|en savoir plus|lire la suite|lire l'article|voir la video|a decouvrir|a ne pas manquer|a voir|a lire|a suivre|dossier|notre dossier|ecouter|regarder)\s*($|:|>|»|-|\.\.\.)/;

const RULES: Rule[] = [
  [/\btheme licen[cs]e\b|licen[cs]e (is not|n'est pas) valid|validate the licen[cs]e|activate (your|the) licen[cs]e/, 'chrome:licence'],
  [/^bouton retour en haut\b|^retour (en haut|vers le haut|a l'accueil|a la page d'accueil|aux articles|a la liste)\b|^(aller|passer) au (contenu|menu)\b|^skip to content\b|^vous etes ici\b/, 'chrome:navigation'],
  [/^(rubrique|rubriques|categorie|categories|section|theme|themes|thematiques?|tags?|etiquettes?|keywords|mots[- ]cles|publie dans|classe dans|sujets?(?: associes| lies)?|dossiers?(?: associes| lies)?)\s*:/, 'chrome:navigation'],
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

function isBreadcrumb(plain: string, nWords: number): boolean {
  if (nWords > 12 || plain.includes('"')) return false;
  if (!plain.includes(' > ') && !plain.includes(' » ') && !plain.includes(' › ') && !plain.includes(' / ')) return false;
  const segs = segments(plain, [' > ', ' » ', ' › ', ' / ', ' >> ']);
  if (segs.length < 2 || segs.some((s) => !s || words(s).length > 4)) return false;
  return segs.length >= 3 || segs[0] === 'accueil' || segs[0] === 'home';
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
  /^[\s»>•\-→▶|*·#(]{0,4}(?:[àa] |©|\(c\)|vous [eê]tes ici|th[ée]matiques?|[ée]tiquettes?|keywords|image|illustration|infographie|vid[ée]o|source photo|lire|lisez|voir|d[ée]couvrez|regardez|sur le m|articles?|approfondissez|related|see also|read|dans la m|nos articles|les plus lus|pour aller|en savoir|dossier|notre dossier|[ée]couter|regarder|bouton|retour|aller|passer|skip|rubriques?|cat[ée]gor|section|th[èe]me|tags?|mots|publi[ée]|class[ée]|sujets?|cliquez|vous pouvez|retrouvez|suivez|rejoignez|follow|share|copyright|cr[ée]dit|photo|tous droits)/i;

/** Position-free rules on a line. Returns the reason, or null. */
function ruleReason(text: string, key: string, nWords: number): string | null {
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
  if (nWords <= 12 && isReactionLine(plainKey)) return 'chrome:reactions';
  if (nWords <= 15 && isShare(whole(), plainKey, nWords, text)) return 'chrome:share';
  // Photo credits name a photographer or an agency, not the publisher: a reason of their own.
  if (nWords <= 20 && (/^(credits? photos?\b|photo ?:)/.test(start) || PHOTO_CREDIT.test(start))) return 'chrome:photo-credit';
  if (nWords <= 20 && /^(©|\(c\)|copyright\b|tous droits)/.test(start)) return 'chrome:copyright';
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
  if (nWords <= 12 && (NAV_LINES.has(plainKey) || (/[>»›/]/.test(text) && isBreadcrumb(whole(), nWords)))) return 'chrome:navigation';
  if (nWords <= 24 && text.length <= RULE_PREFIX_CHARS && /[|·•]/.test(text) && isLinkBar(whole(), nWords)) return 'chrome:navigation';
  if (nWords <= 10 && FOOTER_WORDS.test(whole())) return 'chrome:navigation';
  if (text.length < 80 && DOMAIN_ONLY.test(text.trim())) return 'chrome:banner';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Position rules (head/tail zones) and recurrence.

interface Info {
  line: Line;
  key: string;
  nWords: number;
  reason: string | null;
  /** A "Lire aussi" link cut from the start of this line (article text was glued after it). */
  cut?: Removal;
}

/** Per-line analysis, cached: the orchestrator passes the same Line objects to the evidence and to removeChrome. */
const cache = new WeakMap<Line, Info>();

/** Whitespace-separated tokens, counted without allocating (an upper bound of the word count). */
function countTokens(text: string): number {
  let n = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 0xa0 || c === 0x202f;
    if (!space && !inToken) n++;
    inToken = !space;
  }
  return n;
}

/**
 * Lines up to this length are memoised by text within one file: a file repeating one short line
 * thousands of times (a widget pasted 200,000 times) is analysed once per distinct line.
 */
const MEMO_MAX_CHARS = 200;

function analyseLine(line: Line, memo?: Map<string, Info>): Info {
  const hit = cache.get(line);
  if (hit) return { ...hit };
  const same = line.text.length <= MEMO_MAX_CHARS ? memo?.get(line.text) : undefined;
  if (same) {
    const info: Info = { line, key: same.key, nWords: same.nWords, reason: same.reason };
    cache.set(line, info);
    return { ...info };
  }
  let key: string;
  let nWords: number;
  const tokens = countTokens(line.text);
  if (tokens > LONG_LINE_TOKENS) {
    // Long lines are article text: their start is enough for the context signature.
    key = lineKey(line.text.slice(0, CONTEXT_PREFIX_CHARS));
    nWords = tokens;
  } else {
    key = lineKey(line.text);
    nWords = key ? key.split(' ').length : 0;
    if (!key) key = line.text.trim();
  }
  const info: Info = { line, key, nWords, reason: ruleReason(line.text, key, nWords) };
  cache.set(line, info);
  if (memo && line.text.length <= MEMO_MAX_CHARS) memo.set(line.text, info);
  return { ...info };
}

function analyse(lines: readonly Line[]): Info[] {
  const memo = new Map<string, Info>();
  return lines.map((line) => analyseLine(line, memo));
}

function endsSentence(text: string): boolean {
  return /[.!?…»"”]$/.test(text);
}

function isAnchor(info: Info): boolean {
  return info.reason === null && (info.nWords >= ANCHOR_LONG_WORDS || (info.nWords >= ANCHOR_MIN_WORDS && endsSentence(info.line.text)));
}

/**
 * Context signatures of a file's lines: for line i, the start of the nearest substantial line below
 * (else above) whose key differs from line i's. Linear: the nearest substantial line with a
 * different key is found by jumping over runs of substantial lines sharing one key, so a file of
 * 200,000 identical lines costs 200,000 steps, not 200,000².
 */
function contextFinder(infos: readonly Info[], frequent: (j: number) => boolean = () => false): (i: number) => string {
  const usable = (j: number): boolean => infos[j]!.reason === null && infos[j]!.nWords >= CONTEXT_MIN_WORDS && !frequent(j);
  const n = infos.length;
  /** nextU[i]: first usable index > i (n when none); prevU[i]: last usable index < i (-1 when none). */
  const nextU = new Int32Array(n + 1);
  const prevU = new Int32Array(n + 1);
  nextU[n] = n;
  for (let i = n - 1; i >= 0; i--) nextU[i] = i + 1 < n && usable(i + 1) ? i + 1 : nextU[i + 1]!;
  for (let i = 0; i < n; i++) prevU[i] = i > 0 && usable(i - 1) ? i - 1 : i > 0 ? prevU[i - 1]! : -1;
  /** For a usable j: the first usable index after (before) j whose key differs from j's. */
  const nextDiff = new Int32Array(n).fill(n);
  const prevDiff = new Int32Array(n).fill(-1);
  for (let j = n - 1; j >= 0; j--) {
    if (!usable(j)) continue;
    const k = nextU[j]!;
    nextDiff[j] = k >= n ? n : infos[k]!.key !== infos[j]!.key ? k : nextDiff[k]!;
  }
  for (let j = 0; j < n; j++) {
    if (!usable(j)) continue;
    const k = prevU[j]!;
    prevDiff[j] = k < 0 ? -1 : infos[k]!.key !== infos[j]!.key ? k : prevDiff[k]!;
  }
  const sig = (j: number): string => {
    const ws = infos[j]!.key.split(' ');
    return `${ws.slice(0, CONTEXT_WORDS).join(' ')}…${ws.slice(-CONTEXT_WORDS).join(' ')}`;
  };
  return (i: number): string => {
    const key = infos[i]!.key;
    let j = nextU[i]!;
    if (j < n && infos[j]!.key === key) j = nextDiff[j]!;
    if (j < n) return `b:${sig(j)}`;
    j = prevU[i]!;
    if (j >= 0 && infos[j]!.key === key) j = prevDiff[j]!;
    if (j >= 0) return `a:${sig(j)}`;
    return '-';
  };
}

function trackable(info: Info): boolean {
  return info.reason === null && info.nWords > 0 && info.nWords <= RECUR_MAX_WORDS;
}

/**
 * Builds corpus evidence: for every short line key, in how many files it occurs and in how many
 * distinct contexts (the start of the nearest substantial neighbouring line). Linear in the corpus size.
 */
export function buildChromeEvidence(docs: readonly (readonly Line[])[]): ChromeEvidence {
  // Pass 1: in how many files each short key occurs.
  const docsOf = new Map<string, number>();
  for (const lines of docs) {
    const infos = analyse(lines);
    const seen = new Set<string>();
    for (const info of infos) {
      if (!trackable(info) || seen.has(info.key)) continue;
      seen.add(info.key);
      docsOf.set(info.key, (docsOf.get(info.key) ?? 0) + 1);
    }
  }
  // Pass 2: the contexts of frequent keys. A frequent line is never a context itself: a site's
  // sponsored links or footer repeat as much as its banner, and would make it look like one context.
  const ctxOf = new Map<string, Set<string>>();
  for (const lines of docs) {
    // Line analyses are cached: the second pass reads them back (read-only, no copies) instead of
    // keeping every file's in memory.
    const infos = lines.map((l) => cache.get(l) ?? analyseLine(l));
    const frequent = (j: number): boolean => trackable(infos[j]!) && (docsOf.get(infos[j]!.key) ?? 0) >= RECUR_MIN_DOCS;
    let any = false;
    for (let i = 0; i < infos.length && !any; i++) any = frequent(i);
    if (!any) continue;
    const contextOf = contextFinder(infos, frequent);
    for (let i = 0; i < infos.length; i++) {
      if (!frequent(i)) continue;
      const key = infos[i]!.key;
      let set = ctxOf.get(key);
      if (!set) ctxOf.set(key, (set = new Set()));
      set.add(contextOf(i));
    }
  }
  const keys = new Map<string, KeyStats>();
  for (const [key, n] of docsOf) {
    if (n >= RECUR_MIN_DOCS) keys.set(key, { docs: n, contexts: ctxOf.get(key)!.size });
  }
  return { docCount: docs.length, keys };
}

function recurring(evidence: ChromeEvidence, key: string, strong: boolean): boolean {
  const s = evidence.keys.get(key);
  if (!s) return false;
  const minContexts = strong ? RECUR_TITLE_MIN_CONTEXTS : RECUR_MIN_CONTEXTS;
  const minDiversity = strong ? RECUR_TITLE_MIN_DIVERSITY : RECUR_MIN_DIVERSITY;
  return s.docs >= RECUR_MIN_DOCS && s.contexts >= minContexts && s.contexts / s.docs >= minDiversity;
}

const NAME_PARTICLES = new Set(['de', 'd', "d'", 'du', 'des', 'van', 'von', 'der', 'den', 'ben', 'bin', 'el', 'al', 'le', 'la', 'di', 'da', 'dos', 'y']);

/** "Lyès Menacer", "B. NACER", "Karima Bennour": a signature at the end of an article, not chrome. */
function looksLikePersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4 || /\d/.test(text)) return false;
  let capitalised = 0;
  for (const t of tokens) {
    if (NAME_PARTICLES.has(t.toLowerCase())) continue;
    const first = t[0]!;
    if (first !== first.toUpperCase() || first === first.toLowerCase()) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/** A one-word title is possible ("Brexit", "GRÈVE"); "in" or "RTEn" is not. */
function plausibleTitleWord(text: string): boolean {
  return /^\p{Lu}(\p{Ll}{2,}|\p{Lu}{3,})$/u.test(text.trim());
}

/** An agency credit closing a dispatch ("(TDG)", "(AFP)", "APS"): metadata, not chrome, whatever its recurrence. */
function isCredit(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('(') && t.endsWith(')') && t.length <= 40) return true;
  return /^[A-Z]{2,6}$/.test(t);
}

/** Short keys already classified by isSectionLabel; cleared past this size (a bound on memory, not a tuning knob). */
const SECTION_MEMO_MAX = 50_000;
const sectionMemo = new Map<string, boolean>();

/** A label made only of section words ("Nouvelles du monde", "Actualités internationales"). */
function isSectionLabel(key: string, nWords: number): boolean {
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

/** A site banner with a tagline: "Le Petit Quotidien Web — toute l'info, tout le temps", "INFOFLASH – Dernières nouvelles". */
function isTaglineBanner(text: string): boolean {
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

/** Words that open a French sentence; a capitalised one right after a lower-case word marks glued text. */
const SENTENCE_STARTERS = new Set([
  'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Ce', 'Cette', 'Ces', 'Cet',
  'Selon', 'Dans', 'En', 'Au', 'Aux', 'Pour', 'Depuis', 'Lors', 'Si', 'Mais', 'Et', 'Après', 'Avant', 'Alors',
  'À', 'Par', 'Sur', 'Avec', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche',
  'Pourtant', 'Cependant', 'Ainsi', 'Or', 'Face', 'Parmi', 'Comme', 'Plusieurs', 'Son', 'Sa', 'Ses', 'Leur',
  'Leurs', 'Tout', 'Tous', 'Toute', 'Toutes', 'Quelques', 'Hier', 'Aujourd', 'Outre', 'Mi', 'Fin', 'Début',
]);

/** Character offset where article text starts in a glued "Lire aussi: <link title> <article text>" line, or -1. */
function gluedBoundary(text: string): number {
  const tokens = [...text.slice(0, 600).matchAll(/\S+/g)];
  const limit = Math.min(tokens.length, SEE_ALSO_SPLIT_MAX_WORDS);
  for (let k = 2; k < limit; k++) {
    const tok = tokens[k]![0];
    // Glued without a space: "«gilets jaunes»Les forces de l'ordre…".
    const glued = /[»”".!?)][A-ZÀ-ÖØ-Þ]/u.exec(tok);
    if (glued && glued.index + 1 < tok.length) return tokens[k]!.index + glued.index + 1;
    if (k < 4) continue;
    const prev = tokens[k - 1]![0];
    const word = tok.split(/['’]/)[0]!;
    if (/\p{Ll}$/u.test(prev) && SENTENCE_STARTERS.has(word)) return tokens[k]!.index;
  }
  return -1;
}

/** Splits "Lire aussi" lines that carry glued article text; a long one without a clear boundary is kept whole. */
function cutGluedLinks(infos: Info[]): Info[] {
  const out: Info[] = [];
  for (const o of infos) {
    if (o.reason !== 'chrome:see-also' || o.nWords <= SEE_ALSO_MAX_WORDS) {
      out.push(o);
      continue;
    }
    const at = gluedBoundary(o.line.text);
    if (at > 0) {
      const rest = analyseLine({ n: o.line.n, text: o.line.text.slice(at).trim() });
      rest.cut = { line: { n: o.line.n, text: o.line.text.slice(0, at).trim() }, reason: o.reason };
      out.push(rest);
    } else if (o.nWords > SEE_ALSO_SPLIT_MAX_WORDS) {
      out.push({ ...o, reason: null }); // recall first: a long line with no boundary may be mostly article text
    } else out.push(o);
  }
  return out;
}

/** A bullet-led line is an item of a list in the text ("- 282 000 manifestants"), not a link. */
function bulleted(text: string): boolean {
  return /^(?:[-–—•*·▪►]|\d{1,2}[.)]\s)/u.test(text);
}

/**
 * A line that reads like a headline of a link list: short, no final full stop, colon or comma, not
 * a name or a credit; bullet-led only under a list header (without one, bullets mark the text's own list).
 */
function headlineLike(o: Info, underHeader = false): boolean {
  const t = o.line.text;
  if (underHeader && o.nWords > HEADLINE_MAX_WORDS) return gluedLinks(o);
  return (
    o.nWords >= HEADLINE_MIN_WORDS &&
    o.nWords <= HEADLINE_MAX_WORDS &&
    !/[.:;,]$/.test(t) &&
    !t.endsWith('...') &&
    (underHeader || !bulleted(t)) &&
    !looksLikePersonName(t) &&
    !isCredit(t)
  );
}

/**
 * Under a list header, a long line without any sentence punctuation is several link titles run
 * together (one site's list saved without line breaks, or joined like a hard-wrapped paragraph).
 */
function gluedLinks(o: Info): boolean {
  const t = o.line.text;
  return o.nWords <= GLUED_LINKS_MAX_WORDS && !/[.!?…]["'»”’)]*$/u.test(t) && !/[.!?…]["»”)]?\s+["«“]?\p{Lu}/u.test(t);
}

/** A standalone header of a link list: a see-also or advertising label, or a short line of recommendation words. */
function listHeader(o: Info): 'strong' | 'weak' | null {
  if (o.nWords === 0 || o.nWords > LIST_HEADER_MAX_WORDS || /[.]$/.test(o.line.text)) return null;
  if (o.reason === 'chrome:see-also' || o.reason === 'chrome:ad') return 'strong';
  if (o.reason !== null) return null;
  return stripAccents(o.key).split(' ').some((w) => LIST_CUES.has(w)) ? 'weak' : null;
}

/**
 * Removes link lists: a header ("À lire également", "Contenus sponsorisés", "Dans l'actualité")
 * followed by headline-like lines. A see-also or advertising header needs one item; a header known
 * only by its words needs two (a subheading followed by a paragraph stays).
 */
function removeLinkLists(infos: Info[], from: number): void {
  for (let i = Math.max(from, 0); i < infos.length; i++) {
    const kind = listHeader(infos[i]!);
    if (!kind) continue;
    let j = i + 1;
    while (j < infos.length && j - i <= LIST_MAX_ITEMS && (infos[j]!.reason !== null ? infos[j]!.reason!.startsWith('chrome:') : headlineLike(infos[j]!, true))) j++;
    let items = 0;
    for (let k = i + 1; k < j; k++) if (infos[k]!.reason === null) items++;
    if (items < (kind === 'strong' ? 1 : 2)) continue;
    infos[i]!.reason ??= 'chrome:see-also';
    for (let k = i + 1; k < j; k++) infos[k]!.reason ??= 'chrome:related';
    i = j - 1;
  }
}

/**
 * After the last anchor: runs of TAIL_RUN_MIN_ITEMS or more unclassified headline-like lines (site
 * chrome may sit between them) are lists of links without a header. A list introduced by a colon
 * ("Les chiffres clés :") is the article's own.
 */
function removeTailRuns(infos: Info[], from: number): void {
  let i = from;
  while (i < infos.length) {
    const o = infos[i]!;
    if (o.reason !== null || !headlineLike(o)) {
      i++;
      continue;
    }
    let j = i;
    const items: number[] = [];
    while (j < infos.length) {
      const q = infos[j]!;
      if (q.reason === null && headlineLike(q)) items.push(j);
      else if (q.reason === null || !q.reason.startsWith('chrome:')) break;
      j++;
    }
    const introduced = i > 0 && /:$/.test(infos[i - 1]!.line.text);
    if (items.length >= TAIL_RUN_MIN_ITEMS && !introduced) for (const k of items) infos[k]!.reason = 'chrome:related';
    i = Math.max(j, i + 1);
  }
}

/** After the last anchor: one- to three-word lines next to site chrome are parts of its widget ("Oui", "Non", "Réagir"). */
function removeWidgetParts(infos: Info[], from: number): void {
  const chrome = (j: number): boolean => j >= 0 && j < infos.length && infos[j]!.reason?.startsWith('chrome:') === true;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = Math.max(from, 0); i < infos.length; i++) {
      const o = infos[i]!;
      if (o.reason !== null || o.nWords === 0 || o.nWords > WIDGET_MAX_WORDS || endsSentence(o.line.text)) continue;
      if (looksLikePersonName(o.line.text) || isCredit(o.line.text)) continue;
      if (chrome(i - 1) || chrome(i + 1)) o.reason = 'chrome:widget';
    }
  }
}

/** Recurrence on the body's higher bar (see MID_RECUR_MIN_DOCS). */
function midRecurring(evidence: ChromeEvidence, o: Info): boolean {
  if (o.nWords === 0 || o.nWords > MID_RECUR_MAX_WORDS || endsSentence(o.line.text)) return false;
  const s = evidence.keys.get(o.key);
  return s !== undefined && s.docs >= MID_RECUR_MIN_DOCS && s.contexts >= MID_RECUR_MIN_DOCS && s.contexts / s.docs >= MID_RECUR_MIN_DIVERSITY;
}

/**
 * Removes site chrome from one file's lines: position-free rules (licence notices, share and
 * reaction widgets, see-also links, copyright, newsletter prompts, navigation, disclaimers),
 * head-zone rules before the title (site banners, section labels, stray tokens), tail-zone stray
 * tokens, and lines the corpus evidence shows recurring in many unrelated files (head and tail
 * zones only; never a long sentence; the title only on overwhelming evidence). Body subheadings
 * ("Voici ce que nous savons") between paragraphs are kept.
 */
export function removeChrome(lines: readonly Line[], evidence: ChromeEvidence): { kept: Line[]; removed: Removal[] } {
  const infos = cutGluedLinks(analyse(lines));
  // A long line pasted around many unrelated articles (a cookie notice) is not article text, unless
  // it is the file's only text (a programme's blurb under each episode's headline).
  const anchors: number[] = [];
  const pasted: number[] = [];
  for (let i = 0; i < infos.length; i++) {
    const o = infos[i]!;
    if (!isAnchor(o)) continue;
    (o.nWords <= RECUR_MAX_WORDS && recurring(evidence, o.key, false) ? pasted : anchors).push(i);
  }
  const body = anchors.length > 0 ? anchors : pasted;
  const first = body[0] ?? infos.length;
  const last = body[body.length - 1] ?? -1;
  const inHead = (i: number): boolean => i < first;
  const inTail = (i: number): boolean => i > last;
  /** Another unclassified line with at least 3 words after i in the head zone (or the first anchor). */
  const titleFollows = (i: number): boolean => {
    for (let j = i + 1; j < infos.length && j <= first; j++) {
      const o = infos[j]!;
      if (o.reason === null && o.nWords >= 3) return true;
    }
    return false;
  };
  const stray = (o: Info): boolean =>
    o.nWords === 1 && o.line.text.length <= STRAY_MAX_CHARS && !endsSentence(o.line.text) && !isCredit(o.line.text);
  /** Another title-like line (not a paragraph) follows i in the head zone. */
  const headingFollows = (i: number): boolean => {
    for (let j = i + 1; j < first; j++) if (infos[j]!.reason === null && infos[j]!.nWords >= 3) return true;
    return false;
  };

  // Head zone: banners, labels and stray tokens before the title; the title is the first line left.
  let titleIndex = -1;
  for (let i = 0; i < infos.length && inHead(i); i++) {
    const o = infos[i]!;
    if (o.reason !== null) continue;
    if (titleIndex < 0) {
      if (titleFollows(i)) {
        if (isTaglineBanner(o.line.text)) o.reason = 'chrome:banner';
        else if (isSectionLabel(o.key, o.nWords)) o.reason = 'chrome:navigation';
        else if (stray(o) && (!plausibleTitleWord(o.line.text) || headingFollows(i))) o.reason = 'chrome:stray';
        else if (REACTION_WORDS_FR.has(stripAccents(o.key))) o.reason = 'chrome:reactions';
        else if (o.nWords <= RECUR_MAX_WORDS && recurring(evidence, o.key, true)) o.reason = 'chrome:recurring';
      }
      if (o.reason === null) titleIndex = i;
      continue;
    }
    if (stray(o)) o.reason = 'chrome:stray';
    else if (isSectionLabel(o.key, o.nWords)) o.reason = 'chrome:navigation';
    else if (o.nWords <= RECUR_MAX_WORDS && recurring(evidence, o.key, false)) o.reason = 'chrome:recurring';
  }
  // Link lists after their header, anywhere after the title.
  removeLinkLists(infos, titleIndex + 1);
  // Tail zone: stray tokens, French reaction words, recurring lines (not signatures).
  for (let i = Math.max(last + 1, 0); i < infos.length; i++) {
    const o = infos[i]!;
    if (o.reason !== null || i === titleIndex || inHead(i)) continue;
    if (stray(o)) o.reason = 'chrome:stray';
    else if (REACTION_WORDS_FR.has(stripAccents(o.key))) o.reason = 'chrome:reactions';
    else if (o.nWords <= RECUR_MAX_WORDS && !looksLikePersonName(o.line.text) && !isCredit(o.line.text) && recurring(evidence, o.key, false)) {
      o.reason = 'chrome:recurring';
    }
  }
  if (last >= 0) {
    removeTailRuns(infos, Math.max(last + 1, titleIndex + 1));
    removeWidgetParts(infos, Math.max(last + 1, titleIndex + 1));
  }
  // Body: only short unpunctuated inserts pasted in many unrelated articles. A "©" line between
  // paragraphs credits a photo ("© AFP"), not the site that publishes the article.
  for (let i = first + 1; i < last; i++) {
    const o = infos[i]!;
    if (o.reason === null && midRecurring(evidence, o)) o.reason = 'chrome:recurring';
    else if (o.reason === 'chrome:copyright') o.reason = 'chrome:photo-credit';
  }
  void inTail;

  const kept: Line[] = [];
  const removed: Removal[] = [];
  for (const o of infos) {
    if (o.cut) removed.push(o.cut);
    if (o.reason) removed.push({ line: o.line, reason: o.reason });
    else kept.push(o.line);
  }
  return { kept, removed };
}
