/** Outlet attribution: which outlet published an article, from ranked evidence, and which site republished it. */
import { canonicalOutletName, extendsListedOutlet, isOutletNameWord, LEGAL_FORM_RUN, matchOutletAtStart, matchOutletName, nameRunEnd, notNameWord, outletFromUrl, ownOutletName, Tokens } from './outlets.ts';
import { isPersonName, personNames } from './names.ts';
import { compareKey, foldTypography, fromCapitals, memoByText, PICTURE_WORD, stripAccents, templateKeys, type TemplateMemo } from './text.ts';
import type { Line, Removal } from './types.ts';

// ——— Republishing credits ———

/**
 * Cue families of a republishing credit, read on a lower-case, accent-free copy of the line. Each is
 * a weak signal for a class (origin, republication, permission, earlier appearance), written as
 * stems so that other phrasings of the same class match too.
 */
const ORIGIN_CUE = /\b(?:initialement|originellement|d abord|a l origine|en premier|premiere fois|premiere (?:publication|parution|diffusion|mise en ligne|edition)|originally|initially|first|original|originale|origine)\b/;
const REPUBLISH_CUE = /\b(?:traduit|traduite|traduction|translated|translation|repris|reprise|reprodui\w*|republi(?:e|ee|es|ees|er|ons|ez|ent|cation|shed|shing|sh)|repost\w*|reprint\w*|reproduced|syndicated|relaye|relayee|transmis|transmise|fourni|fournie|provided|supplied|propose|proposee|tire|tiree|extrait|extraite|emprunte|empruntee|empruntes|empruntees|lifted|borrowed|taken|adapte|adaptee|adapted|partage|partagee|shared|relaie|relaient|relayed)\b/;
const PERMISSION_CUE = /\b(?:autorisation|permission|courtesy|aimable|accord|entente|partenariat|partnership|agreement|arrangement|licence|license|licensed)\b/;
const APPEARED_CUE = /\b(?:paru|parue|parus|parues|parution|appeared|appears|revele(?:e|s|es)? (?:en premier )?par|revealed (?:first )?by|broke the story)\b/;
const PUBLISHED_CUE = /\b(?:publi\w*|published|diffus\w*|posted)\b/;
/**
 * Coming from somewhere, after the piece itself: a verb or participle of origin, maybe with its
 * auxiliary and "to us", then "de"/"from" ("Ce texte provient du X", "Ce texte est issu du X",
 * "Contenu issu de X", "This piece comes to us from X", "This story was taken from X"), or "from" alone.
 */
const FROM_CUE = /^(?:(?:(?:est|sont|a ete|ont ete|is|are|was|were|has been|have been)\s+)?(?:(?:nous|us)\s+)?(?:provient|proviennent|provenant|vient|viennent|venu|venue|issu|issue|issus|issues|comes|come|came|coming|taken|drawn)\s+(?:(?:to us|a nous|jusqu a nous)\s+)?)?(?:de|du|des|d|from)\b/;
/** The page's piece itself, pointed at ("le présent article", "cet article", "this story"): not a fact or a piece of news. */
const PAGE_PIECE = /\b(?:(?:cet|ce|le present|la presente|this)\s+(?:article|texte|story|piece|contenu|reportage|papier|post)\b|(?:le|la|l|the)\s+(?:article|texte|story|piece|contenu|reportage|papier|post)\s+(?:ci[ -](?:contre|dessus|dessous)|above|below)\b)/;
/** Verbs of where a piece comes from, anywhere after it ("… provient de X", "… is taken from X"). */
const ORIGIN_VERB = /\b(?:provient|proviennent|vient|viennent|issu|issue|issus|issues|comes|came|taken from|drawn from|tire|tiree|extrait|extraite)\b/;
/** Nouns for the piece itself: a credit line speaks about "cet article", "this story", "le texte original". */
const PIECE_NOUN = /^(?:articles?|textes?|depeches?|dispatch|breves?|chroniques?|tribunes?|story|stories|piece|reportages?|enquetes?|analyses?|papier|version|source|sources|contenus?|contents?|post|informations?|infos?|nouvelles?|news)$/;
/** Words a credit line may open with before its cue ("Avec l'aimable…", "Cet article…", "Lire l'article original…"). */
const LEAD_FILLER = new Set(
  'avec with l le la les the this that cet cette ce un une an a our notre nos lire voir consulter read see en by d apres selon adapted adapte adaptee based premiere kind'.split(' '),
);
/**
 * A closing relative clause saying its antecedent published the piece first, on a credit key (lower
 * case, accent-free, apostrophes as spaces): "…, qui l'a publié d'abord", "…, which first published it".
 */
const RELATIVE_PUBLISHED = String.raw`\b(?:qui|lequel|laquelle)\s+(?:l|les)\s+(?:a|ont|avait|avaient)\s+(?:d abord |en premier |initialement )?(?:publie\w*|diffuse\w*|edite\w*|imprime\w*)(?:\s+(?:d abord|en premier|initialement|le premier|la premiere))?\W*$|\b(?:which|who|that)\s+(?:first\s+|originally\s+)?(?:published|ran|printed|carried|aired)\s+(?:it|them)(?:\s+(?:first|originally))?\W*$`;
const RELATIVE_PUBLISHED_CLAUSE = new RegExp(RELATIVE_PUBLISHED, 'u');
/**
 * The same act said in a main clause, its object a pronoun for the page's piece and the time of it first,
 * closing the clause: "X ran this first", "X published it originally; we translated it", "X l'a publié en
 * premier" (the subject is the publisher; "Le maire l'a publié en premier sur Facebook" is news).
 */
const PRONOUN_PUBLISHED = String.raw`\b(?:(?:first\s+|originally\s+)?(?:published|ran|printed|carried|aired)\s+(?:this|it)\s+(?:first|originally)|(?:l|les)\s+(?:a|ont|avait|avaient)\s+(?:publie\w*|diffuse\w*|imprime\w*)\s+(?:en premier|le premier|la premiere|d abord|initialement))(?=\s*(?:$|[.;:\u2014\u2013-]|,?\s+(?:and|et|we|nous)\b))`;
/**
 * A line that points at the piece itself ("cet article", "ce texte", "this story") or at this page
 * ("republions ici", "reprinted here"): with a cue of republication or permission it is the site speaking about where the
 * piece comes from, whatever its word order ("X nous autorise à reprendre cet article", "Nous
 * republions ici, avec son accord, un texte de X", "We thank X for letting us reprint this story").
 * A news sentence about permissions ("X a obtenu l'autorisation de publier les documents") names
 * no piece of the page, so it stays in the body.
 */
const PIECE_DEIXIS = new RegExp(String.raw`\b(?:(?:cet|cette|ce|ces|this|these|le present|la presente)\s+(?:articles?|informations?|infos?|nouvelles?|news|textes?|entretiens?|interviews?|reportages?|enquetes?|chroniques?|tribunes?|billets?|papiers?|contenus?|story|stories|piece|post|report|column|op ed|essay)|(?:la|sa|the|its) version originale|(?:the|its) (?:[a-z]+ )?original(?: (?:version|story|article|text)|\W*$)|(?:republi\w*|reprodui\w*|reproduced|reprinted|reposted|publions|published|repris|reprise|repren\w*|relay\w*|relai\w*)\s+(?:ici|here)|\b(?:nous|we)\s+(?:le |la |les |l |it |them )?(?:reprodui\w*|republi\w*|repren\w*|reprint\w*|relay\w*|reproduce\w*|republish\w*)|${RELATIVE_PUBLISHED}|${PRONOUN_PUBLISHED})`);
/** Cues of a site republishing with leave: permission, thanks, or the verbs of taking a piece again. */
const LEAVE_CUE = /\b(?:autoris\w*|permi[st]\w*|permission|accord|aimablement|courtesy|allow\w*|letting|merci|remerci\w*|thank\w*|grateful|reprendre|repren\w*|repris\w*|reprodui\w*|reproduc\w*|republi(?:e|ee|es|ees|er|ons|ez|ent|cation|shed|shing|sh)|reprint\w*|repost\w*|syndicat\w*|translat\w*|tradui\w*|traduction|original\w*|initialement|d abord|en premier|le premier|la premiere|premiere fois|first|parvenu\w*|transmis\w*|relay\w*|relai\w*|entente|partenariat|partnership|agreement|confreres|colleagues|grace)\b/;
/** Cheap test run before the full one: every credit holds one of these stems (most chrome and body lines hold none). */
const CREDIT_HINT = /d['’ ]abord|au d[ée]part|synth|fourni|supplied|provided|r[ée]sum|digest|summar|compil|adapt|condens|abridg|partena|partner|r[ée]v[ée]l|reveal|broke|nous|we |premi|repren|relay|relai|entente|partena|propos|tir[ée]|extrait|tradu|translat|publi|paru|pris|produ|print|autoris|permi|courtesy|origin|first|initial|appear|syndicat|posted|diffus|article|texte|story|piece|merci|remerci|thank|allow|accord|prendre|parven|transmi|confr|grace|grâce|contenus? d|contents? from|issu|provien|vien|comes|taken from|lifted from|borrowed from|emprunt/i;
/** Definite articles: before a piece noun they may open a body sentence ("Le texte de loi…"). */
const DEFINITE = new Set(['le', 'la', 'les', 'l', 'the']);
/** Kinds of publication that may stand between the preposition and the name ("dans l'hebdomadaire X", "on the website X"). */
const PRESS_NOUNS = new Set(
  'journal quotidien hebdomadaire mensuel magazine revue site media blog newspaper daily weekly monthly website outlet'.split(' '),
);
/** Who a credited outlet is to the site ("par notre partenaire X", "from our partners at X"): a relation, then the name. */
const PARTNER_NOUNS = new Set('partenaire partenaires confrere confreres consoeur consoeurs partner partners colleague colleagues friends amis'.split(' '));
/** Possessives before such a noun ("notre", "nos", "our"). */
const POSSESSIVES = new Set('notre nos our votre your'.split(' '));
/** Nouns and participles of a piece made from another outlet's (a digest, a summary, an adaptation). */
const DERIVED_CUE = /^(?:synthese|resume|digest|summary|compil\w*|adapt\w*|condens\w*|abridged)$/;
/** Adverbs of a first time that open a credit ("Initialement publié…", "Originally appeared…"). */
const FIRST_TIME_ADVERB = /^(?:initialement|originellement|originally|initially|first)$/;
/** Participles of where a site read or saw a piece ("Lu chez X", "Vu dans X", "Seen in X"). */
const SEEN_CUE = /^(?:lu|vu|read|seen|spotted)$/;
/** A first cue word: the line opens on the credit itself ("Publié initialement…", "Republished…", "Courtesy of…"). */
const CUE_WORD = /^(?:lu|vu|read|seen|spotted|original|originale|parution|traduit|traduite|traduction|translated|translation|initialement|originellement|originally|initially|first|repris|reprise|repren\w*|reprodui\w*|republi(?:e|ee|es|ees|er|ons|ez|ent|cation|shed|shing|sh)|repost\w*|reprint\w*|reproduced|syndicated|autorisation|permission|courtesy|aimable|paru|parue|parus|parues|appeared|publi\w*|published|diffus\w*|posted)$/;

/**
 * True when the lower-case key of a line is a republishing credit: it opens on a cue or on the piece
 * itself (a body sentence opens on its own subject: "Un sondage paru dans…" is news, not a credit),
 * and it holds a cue of origin, republication, permission or earlier appearance.
 */
function isCreditKey(key: string): boolean {
  const words = key.split(/[^a-z0-9]+/).filter(Boolean);
  // "Originally in X", "First on X", "D'abord dans X", "À l'origine chez X", "[Initialement sur X]": a
  // first time and where, with no verb: a short elliptic credit. Only prepositions of a medium (a place
  // takes "à", "at", "near": "Initialement à Barchon" is news), and nothing after the name's few words.
  if (ELLIPTIC_FIRST.test(key) && words.length <= ELLIPTIC_FIRST_MAX_WORDS) return true;
  let i = 0;
  // ("English version of…": a language before the piece noun is filler too.)
  while (i < words.length && i < 3 && (LEAD_FILLER.has(words[i]!) || LANGUAGES.has(words[i]!))) i++;
  const lead = words[i] ?? '';
  const rest = words.slice(i + 1).join(' ');
  if (words.length > MAX_CREDIT_WORDS) return false;
  if (PIECE_DEIXIS.test(key) && LEAVE_CUE.test(key)) return true;
  // "Le présent article provient d'Ouest-France", "This story comes from X": the piece itself, then where it comes from.
  // (The piece as a page's item: "cette information vient du ministère" is news about where a fact comes from.)
  if (PAGE_PIECE.test(key) && ORIGIN_VERB.test(key)) return true;
  // "Le texte de loi, publié initialement…" is news about a text; "Le texte original" is a credit.
  const definite = i > 0 && words.slice(0, i).every((w) => DEFINITE.has(w));
  if (PIECE_NOUN.test(lead) && definite) return ORIGIN_CUE.test(words.slice(i + 1, i + 3).join(' '));
  if (PIECE_NOUN.test(lead)) {
    // "Version française d'un texte…", "English version of a story…": a translation of a piece.
    if (lead === 'version' && (LANGUAGES.has(words[i + 1] ?? '') || LANGUAGES.has(words[i - 1] ?? ''))) return true;
    // "Un article de X", "This story is from X": the piece itself credited to a publisher.
    if (i > 0 && /^(?:article|texte|story|piece)$/.test(lead) && /^(?:de|du|des|d|from|by|tire|tiree|extrait)\b/.test(rest)) return true;
    // "Ce texte provient du X", "Contenu issu de X", "This piece comes from X", "Content from X": where the
    // piece comes from. (Not after a definite article, read above: "Le texte provient du ministère" is news.)
    if (FROM_CUE.test(rest) && (i > 0 || /^(?:contenus?|contents?)$/.test(lead))) return true;
    return ORIGIN_CUE.test(rest) || REPUBLISH_CUE.test(rest) || PERMISSION_CUE.test(rest) || APPEARED_CUE.test(rest);
  }
  // "Avec nos partenaires du Parisien", "From our partners at X", "Notre partenaire X": who supplies the
  // site, named by the relation after a possessive (a body sentence says "ses partenaires", "their partners").
  // (A preposition after the relation points at one partner; "Nos partenaires : Le Soir et La Libre" lists several.)
  if (PARTNER_NOUNS.has(lead) && i > 0 && POSSESSIVES.has(words[i - 1]!) && words.length - i <= MAX_PARTNER_CREDIT_WORDS) {
    return /^(?:de|du|des|d|at|from|of|chez)$/.test(words[i + 1] ?? '') && !words.slice(i + 2).some((w) => w === 'et' || w === 'and');
  }
  // "Reproduction autorisée", "Reprint permitted": the noun of the act is a credit with leave only
  // ("Reproduction interdite" is the site's own copyright).
  if (/^(?:reproduction|reprint)$/.test(lead)) return PERMISSION_CUE.test(rest) || /\b(?:autoris\w*|permi[st]\w*|granted)\b/.test(rest);
  // "Synthèse de notre rédaction d'après X", "Résumé d'après X", "Compiled by our staff from X": a piece
  // made from another outlet's, which the pointer names.
  if (DERIVED_CUE.test(lead)) return /\b(?:d apres|based on|from|adapted from)\b/.test(key);
  // "Lifted from X, with permission, and rendered in English", "Borrowed from X", "Empruntée au X": a
  // participle of taking said of the page's piece, not one opening a sentence whose subject comes after
  // a comma ("Taken from his home at dawn, the suspect…").
  if (TAKING_LEAD.test(lead)) return !/,\s+(?:the|le|la|les|l|il|elle|he|she|it|they|ils|elles|on|we|nous)\b/u.test(key);
  if (!CUE_WORD.test(lead)) return false;
  // "Initialement publié par X", "Originally reported by X": an adverb of first time needs the act of
  // publishing after it; "Initialement prévue à Barchon", "Originally planned at Hillcrest" are news.
  if (FIRST_TIME_ADVERB.test(lead)) return PUBLISHED_CUE.test(rest) || APPEARED_CUE.test(rest) || REPUBLISH_CUE.test(rest) || /\b(?:report\w*|rapporte\w*|ran|aired|broadcast|printed|imprime\w*|ecrit\w*|written)\b/.test(rest);
  // "Publié par X" alone is the site's own byline; a republication says it came first elsewhere.
  if (PUBLISHED_CUE.test(lead)) return ORIGIN_CUE.test(key) || PERMISSION_CUE.test(rest);
  // "Lu chez X et reproduit avec son accord", "Seen in X, reprinted with permission": where the site read
  // the piece, with the leave or the act of taking it again (a press review's "Lu dans X" alone may be a rubric).
  if (SEEN_CUE.test(lead)) return PERMISSION_CUE.test(rest) || REPUBLISH_CUE.test(rest);
  return true;
}

/**
 * True when a credit line names the page's piece itself ("Cet article a d'abord paru dans X", "Texte
 * relayé avec l'accord de X", "(Article publié à l'origine sur le site de X)", "This story first ran in
 * X"): it speaks of where this page comes from, so it is a credit wherever the page puts it, even
 * between two paragraphs. A credit that names no piece ("Publié initialement par X") is read only at
 * the page's edges, where credits stand: inside the text such a line may be news about a publication.
 */
export function creditNamesPiece(text: string): boolean {
  const key = creditKeyOf(foldTypography(text).replace(/^[(\[]\s*/u, ''));
  if (PIECE_DEIXIS.test(key) || PAGE_PIECE.test(key) || /\btexte? original\b|\boriginal (?:text|story|article)\b/.test(key)) return true;
  const words = key.split(/[^a-z0-9]+/).filter(Boolean);
  let i = 0;
  while (i < words.length && i < 3 && LEAD_FILLER.has(words[i]!) && !DEFINITE.has(words[i]!)) i++;
  // ("Article publié…", "Texte relayé…": the piece noun opens the line, with no article of a body sentence.)
  if (/^(?:article|texte|story|piece|papier|reportage)$/.test(words[i] ?? '')) return true;
  // "Reprinted in English from X", "Republié avec l’accord de X": a participle of republication with no
  // subject is said of the page's piece. Short, one clause: "Republié en 2010, le livre…" is a sentence.
  // So is a first time and its act ("First appeared in X", "Initialement paru dans X").
  const opening = REPUBLISHED_PARTICIPLE.test(words[0] ?? '') || (FIRST_TIME_ADVERB.test(words[0] ?? '') && FIRST_ACT.test(words[1] ?? ''));
  return i === 0 && opening && words.length <= MAX_PARTICIPLE_CREDIT_WORDS && !/,\s/u.test(text) && CREDIT_PREPOSITION.test(key);
}

/** A first time, then a preposition of a medium and a word (a credit key: lower case, accent-free, apostrophes as spaces). */
const ELLIPTIC_FIRST = /^\W*(?:initialement|originellement|originally|initially|first|d abord|a l origine|en premier|au depart)\s+(?:in|on|dans|sur|chez|par|by|via)\s+\w/;

/** A label in two languages joined by a slash, then a colon and a value: the second label and the value. */
const BILINGUAL_LABEL = /^[^:/]{1,40}\s\/\s([^:/]{2,40}\s?:\s.+)$/u;

/** Participles of taking a piece again, which open a credit said of the page's own piece. */
const REPUBLISHED_PARTICIPLE = /^(?:reprint\w*|republi(?:e|ee|es|ees|shed)|reproduced|reprodui(?:t|te|ts|tes)|repris|reprise|syndicated|reposted|relaye|relayee)$/;
/** Participles of taking a piece that may open a credit line ("Lifted from X", "Empruntée au Y"). */
const TAKING_LEAD = /^(?:lifted|borrowed|taken|emprunte|empruntee|empruntes|empruntees)$/;
/** The act after a first time's adverb ("first appeared", "initialement publié", "originally ran"). */
const FIRST_ACT = /^(?:appeared|published|ran|printed|aired|paru|parue|publie|publiee|diffuse|diffusee)$/;
/** Longest such credit, in words ("Republished in English with permission from The Marsh Gazette"). */
const MAX_PARTICIPLE_CREDIT_WORDS = 12;
/** A preposition that points at where the piece came from. */
const CREDIT_PREPOSITION = /\b(?:from|de|du|des|d|of|by|par|chez|dans|in)\b/;

/** Longest partner credit after the relation, in words ("partenaires de La Presse de la Manche et de la Mer"): a name, not a sentence. */
const MAX_PARTNER_CREDIT_WORDS = 10;

/** Longest partnership notice, in words ("Partenariat éditorial avec Le Courrier des Vallées"). */
const MAX_NOTICE_WORDS = 8;

/** Prepositions after which a credited name follows ("paru dans X", "autorisation de X", "published in X"). */
// (Not "à": "Initialement prévue à Barchon" names a place; "paru à X" is rare, and a place follows "à" in most lines.)
/** French participles of taking a piece, after which "à" names whom it was taken from ("emprunté à X", "repris au Y"). */
const TAKEN_FROM = /^(?:emprunte|empruntee|empruntes|empruntees|pris|prise|repris|reprise|tire|tiree|extrait|extraite)$/;
const NAME_PREPOSITIONS = new Set(['apres', 'avec', 'with', 'signe', 'signee', 'signed', 'par', 'dans', 'sur', 'de', 'du', 'des', 'd', 'chez', 'aupres', 'by', 'in', 'on', 'from', 'of', 'at', 'via', 'for', 'pour', 'remercions', 'remercie', 'thank', 'thanks']);
/** Articles that may stand between the preposition and the name ("dans le Courrier du Sud", "in The Guardian"). */
const LEAD_ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);
/** Lower-case words that continue a name before another capitalised word ("Courrier du Sud", "Voice of the North"). */
// ('s: an English possessive inside a translated name, "The North's Voice".)
const INNER_PARTICLES = new Set(['du', 'de', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'and', 'et', 's']);
/** Month and weekday names: capitalised in English dates ("on March 3"), never an outlet. */
export const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche'.split(' '),
);

/** A credit line is short: a sentence naming a publisher, not a paragraph. */
export const MAX_CREDIT_CHARS = 240;
/** Words of the longest credit line ("Cet article a été publié initialement le 3 mars 2019 dans X, avec qui nous…"): a paragraph is longer. */
const MAX_CREDIT_WORDS = 30;
/** An unknown outlet's name in a credit has at most this many words ("Le Courrier du Sud de la Loire"). */
const MAX_UNKNOWN_NAME_WORDS = 7;
/** An elliptic credit's name after a preposition of a medium (not "par", "by": a person may stand there), brackets and stop aside. */
const ELLIPTIC_PLACE = /^\W*(?:initialement|originellement|originally|initially|first|d['’]abord|[àa] l['’]origine|en premier|au d[ée]part)\s+(?:in|on|dans|sur|chez)\s+(.+?)[\s.)\]]*$/iu;
/** Most words of an elliptic credit: the adverb (two or three words in French), the preposition and a name of a few words. */
const ELLIPTIC_FIRST_MAX_WORDS = 4 + MAX_UNKNOWN_NAME_WORDS;

/** A bare web domain in a credit ("publié sur exemple-info.fr"). */
const CREDIT_DOMAIN = /\b(?:www\.)?[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,30}){0,2}\.[a-z]{2,6}\b/i;

/** An outlet credited by a line, known (canonical name) or as written. */
export interface CreditedName {
  name: string;
  /** True when the outlet list knows it. */
  known: boolean;
  /** True when the line names it by a word-for-word translation ("The Parisian"). */
  translated: boolean;
}

/**
 * The last token of a name that starts at token k (its article at startTok): capitalised words and
 * numbers, particles inside ("Courrier du Sud"), and lower-case words that outlet names are made of
 * (the lexicon's, not a generic press noun): a translated name keeps its adjectives and inner nouns
 * in lower case ("Les Temps financiers", "Le Journal de la rue du Mur", "Le Monde diplomatique"),
 * and cutting them off would leave another outlet's name.
 */
/** The part of a word before an inner apostrophe is this long at least ("aujourd’hui"); elisions are one or two letters ("l’", "qu’"). */
const MIN_JOINED_WORD_PART = 3;

function nameEnd(t: Tokens, k: number, startTok: number): number {
  let last = k;
  // The end without lower-case words, and whether one was taken.
  let strict = k;
  let loose = false;
  for (let j = k + 1; j < t.length && j - startTok < MAX_UNKNOWN_NAME_WORDS + 2; j++) {
    if (!/^[\s\-'’.&\u00a0\u202f]{1,3}$/u.test(t.gap(j))) break;
    // A full stop ends the name ("… The Cross. Republished with permission"), after an initial it does not ("U.S. News").
    if (t.gap(j).includes('.') && t.norm[j - 1]!.length > 1) break;
    // A number goes on the name right after its last word and a space ("France 24", "Radio 1"); after a
    // particle or a dash it is a date or a page ("… dans The Spectator le 31 janvier", "Le Monde – 3 mars").
    if (/^\p{N}/u.test(t.norm[j]!) && (last !== j - 1 || !/^[\s\u00a0]$/u.test(t.gap(j)))) break;
    // A word an apostrophe joins inside, not an elision ("Aujourd’hui le Maroc": "aujourd" is no "l'", "d'", "qu'").
    const joined = /^['’]$/u.test(t.gap(j)) && t.norm[j - 1]!.length >= MIN_JOINED_WORD_PART && !/qu$/u.test(t.norm[j - 1]!) && !t.capitalised(j);
    // After a number any word goes on the name ("24 heures", "20 minutes").
    if (t.capitalised(j) || joined || /^\p{N}/u.test(t.norm[j]!) || (j === k + 1 && /^\p{N}/u.test(t.norm[k]!))) {
      last = j;
      if (!loose) strict = j;
      continue;
    }
    if (!PRESS_NOUNS.has(t.norm[j]!) && isOutletNameWord(t.norm[j]!)) {
      last = j;
      loose = true;
      continue;
    }
    // "La Semaine dans le Boulonnais.": a preposition and capitalised words ending the sentence go on the name.
    const run = nameRunEnd(t, j - 1);
    if (run > 0) {
      last = run;
      if (!loose) strict = run;
      break;
    }
    if (!INNER_PARTICLES.has(t.norm[j]!)) break;
  }
  // The lower-case words count only when the longer name is a listed outlet's (a lexicon word is also
  // a common one: "Les Temps de New York est…"); otherwise the name ends at its last capital.
  const end = loose && matchOutletName(t.text.slice(t.start[startTok]!, t.end[last]!)) === null ? strict : last;
  return lowerCaseTail(t, end, startTok);
}

/** Shortest listed name read in lower case, and only one the list itself writes in lower case ("franceinfo", not "monde"). */
const MIN_LOWER_NAME_CHARS = 6;

/** Particles that may stand inside a longer name's lower-case words. */
const TAIL_PARTICLES = new Set(['d', 'l', 'de', 'du', 'des', 'la', 'le', 'les']);
/** Most lower-case words a longer name may add to a listed one ("Le Monde d'en bas", "Le Temps présent"). */
const MAX_NAME_TAIL_WORDS = 3;

/**
 * A name followed, to the end of its clause, by a few lower-case words that are not function words
 * ("du Monde d'en bas.", "Le Devoir citoyen", "du Courrier du Valais central.") is a longer name: the
 * end moves to the last of them (a listed name so continued is another outlet).
 */
function lowerCaseTail(t: Tokens, end: number, start = end): number {
  // One adjective of place or kind after a French name, then the sentence goes on ("… in Le Courrier
  // picard and is shared under…", "dans La Vie agricole et nous…"): the adjective ends the name (see
  // NAME_ADJECTIVE). Only after a French article ("the French original in…" is English), never a press
  // noun ("Le Soir quotidien du 3 mars").
  const a = end + 1;
  if (closingAdjectiveAt(t, a, start)) {
    const next = a + 1;
    if (next >= t.length || !/^[\s\u00a0]+$/u.test(t.gap(next)) || notNameWord(t.norm[next]!)) return a;
  }
  let j = end + 1;
  let words = 0;
  while (j < t.length && words <= MAX_NAME_TAIL_WORDS) {
    if (!/^[\s'’\u00a0]{1,2}$/u.test(t.gap(j)) || t.capitalised(j) || /\p{N}/u.test(t.norm[j]!)) break;
    const w = t.norm[j]!;
    // Particles inside the longer name ("Le Temps des communes", "d'en bas"), never its last word.
    if (TAIL_PARTICLES.has(w) && j + 1 < t.length && !t.capitalised(j + 1) && !notNameWord(t.norm[j + 1]!)) {
      j++;
      continue;
    }
    if (notNameWord(w)) return end;
    words++;
    j++;
  }
  if (words === 0 || words > MAX_NAME_TAIL_WORDS) return end;
  // The clause ends there: the line's end or a punctuation mark.
  const after = j < t.length ? t.gap(j) : t.text.slice(t.end[j - 1]!);
  return j === t.length || /^\s*[.,;:!?()«»"“”—–-]/u.test(after) ? j - 1 : end;
}

/** The name a line opens on (its article, capitalised words, inner particles and lexicon words; see nameEnd), or null. */
function subjectName(text: string): string | null {
  const t = new Tokens(text);
  if (t.length === 0 || t.start[0] !== 0) return null;
  const k = LEAD_ARTICLES.has(t.norm[0]!) && t.length > 1 && /^[\s'’\u00a0]{0,2}$/u.test(t.gap(1)) ? 1 : 0;
  if (!t.capitalised(k)) return null;
  const end = nameEnd(t, k, 0);
  // "Le Courrier du Valais central nous a autorisés…", "Le Phare haïtien originally reported…": one
  // lower-case word shaped as an adjective of place or kind ends a French name before its verb.
  return text.slice(0, t.end[closingAdjectiveAt(t, end + 1, 0) ? end + 1 : end]!);
}

/**
 * True when token `j`, one space after a name starting at token `start`, is an adjective that closes
 * it: lower case, shaped as one (NAME_ADJECTIVE), not a press noun ("Le Soir quotidien du 3 mars"),
 * after a French name ("Le Courrier picard"; "the French original" is English).
 */
function closingAdjectiveAt(t: Tokens, j: number, start: number): boolean {
  return j < t.length && /^[\s\u00a0]$/u.test(t.gap(j)) && !t.capitalised(j) && NAME_ADJECTIVE.test(t.norm[j]!) && !PRESS_NOUNS.has(t.norm[j]!) && frenchArticleAt(t, start);
}

/** True when the name starting at token `k` opens on a French article, written or contracted before it ("du Courrier picard"). */
function frenchArticleAt(t: Tokens, k: number): boolean {
  const french = (w: string | undefined) => w !== undefined && (FRENCH_ARTICLE[w] !== undefined || CONTRACTED_ARTICLE[w] !== undefined);
  return french(t.norm[k]) || (k > 0 && french(t.norm[k - 1]));
}

/**
 * Endings of French adjectives of place or kind that close a paper's name ("haïtien", "vendéen",
 * "lyonnais", "niçois", "central", "républicain", "picard", "sportif", "agricole"; accented or
 * folded): none is the ending of a verb in the third person, which is what follows a name that is a
 * sentence's subject. A source string, for the patterns built on it (metadata.ts too).
 */
export const NAME_ADJECTIVE_ENDING = '(?:iens?|iennes?|[ée]ens?|[ée]ennes?|ais|aises?|ois|oises?|als?|ales?|aux|ains?|aines?|ards?|ardes?|ifs?|ives?|coles?)';
const NAME_ADJECTIVE = new RegExp(`^\\p{L}{2,}${NAME_ADJECTIVE_ENDING}$`, 'u');

/**
 * Outlet-shaped spans after a preposition: capitalised words (particles inside), with their article
 * (written, or restored from a contraction or a lower-case article: `restored` maps such a span to
 * the words as written).
 */
function nameSpans(text: string, restored: Map<string, string> = new Map(), articled: Set<string> = new Set()): string[] {
  const t = new Tokens(text);
  const spans: string[] = [];
  const sameClause = (k: number): boolean => /^[\s'’«"“:\u00a0\u202f]*$/u.test(t.gap(k));
  for (let k = 1; k < t.length; k++) {
    // A name starts with a capital or a number ("20 Minutes", "24 heures"), or is a listed name
    // written in lower case ("franceinfo").
    const word = text.slice(t.start[k]!, t.end[k]!);
    const lowerListed = !t.capitalised(k) && word.length >= MIN_LOWER_NAME_CHARS && matchOutletName(word)?.outlet.name === word;
    if (!(t.capitalised(k) || /^\p{N}/u.test(t.norm[k]!) || lowerListed) || !sameClause(k)) continue;
    let p = k - 1;
    let startTok = k;
    // A French article written in lower case still begins the name ("par le Courrier du Sud").
    let article: string | undefined;
    if (LEAD_ARTICLES.has(t.norm[p]!) && p > 0 && sameClause(p)) {
      if (t.capitalised(p)) startTok = p;
      else article = FRENCH_ARTICLE[t.norm[p]!];
      p--;
    }
    // ("le site Campus Flandres", "le site de Campus Flandres", "the website of X": a kind of publication
    // names one, even shaped like a person's name; see ofPress below.)
    const pressLed = PRESS_NOUNS.has(t.norm[p]!) && p > 0 && !t.capitalised(p);
    if ((PRESS_NOUNS.has(t.norm[p]!) || PARTNER_NOUNS.has(t.norm[p]!)) && p > 0 && !t.capitalised(p)) {
      p--;
      if ((LEAD_ARTICLES.has(t.norm[p]!) || POSSESSIVES.has(t.norm[p]!)) && p > 0) p--;
    }
    // "Source originale : X": a colon introduces the name too.
    // "Merci à X", "grateful to X": à/to introduce a name only after thanks or owning (elsewhere a place: "prévue à X").
    // (Or after a verb of owning: "belongs to X", "appartient à X".)
    // (Or after a verb of taking: "emprunté au Figaro", "pris à La Croix", where "à" says from whom.)
    const thanksTo =
      ((/^(?:a|au|aux|to)$/.test(t.norm[p]!) && p > 0 && /^(?:merci|grace|remerciements|grateful|thanks|belongs?|appartient|appartiennent)$/.test(t.norm[p - 1]!)) ||
        (/^(?:a|au|aux)$/.test(t.norm[p]!) && p > 0 && TAKEN_FROM.test(t.norm[p - 1]!)));
    if (!NAME_PREPOSITIONS.has(t.norm[p]!) && !thanksTo && !/:\s*$/u.test(t.gap(startTok))) continue;
    // "belongs to La Croix du Sud": a particle inside a name the cue did not open ("du" after "La Croix")
    // starts no name of its own ("Le Sud").
    if (/^(?:de|du|des|d|of)$/.test(t.norm[p]!) && p >= 2 && t.capitalised(p - 1) && (t.capitalised(p - 2) || LEAD_ARTICLES.has(t.norm[p - 2]!)) && sameClause(p - 1)) continue;
    // "Traduction : équipe de X", "translated by the X team": the site's own staff, not a publisher.
    if (p > 0 && STAFF_WORDS.has(t.norm[p - 1]!)) continue;
    // "translated from the Norwegian", "traduit de l'islandais": after a translation verb and "from",
    // one word that names no listed outlet is a language, whichever ("Translated from Le Devoir" is a credit).
    const last = nameEnd(t, k, startTok);
    const afterTranslation = p > 0 && /^(?:from|de|du|depuis)$/.test(t.norm[p]!) && /^(?:translated|traduit|traduite|traduits|traduites|adapted|adapte|adaptee)$/.test(t.norm[p - 1]!);
    if (afterTranslation && last === k && matchOutletName(text.slice(t.start[k]!, t.end[k]!)) === null) continue;
    // "un article du Courrier des Vallons": the contraction holds the name's article (du = de + le).
    const contracted = startTok === k ? (article ?? CONTRACTED_ARTICLE[t.norm[k - 1]!]) : undefined;
    const written = text.slice(t.start[startTok]!, t.end[last]!);
    // A number alone is a time or a date's part ("Paru le 27.01.2019 à 14:35"), no name ("20 Minutes" has its word).
    if (/^[\d\s.:/h-]+$/u.test(written)) {
      k = last;
      continue;
    }
    // "in the Wisbech Standard", "dans le Réveil": a piece appears IN a publication, with its article
    // (a person takes none; "with the permission of the Council" names no medium).
    const articleAt = startTok !== k ? startTok : LEAD_ARTICLES.has(t.norm[k - 1]!) ? k - 1 : -1;
    const ofPress = p > 0 && /^(?:de|d|du|of)$/.test(t.norm[p]!) && PRESS_NOUNS.has(t.norm[p - 1]!);
    if ((articleAt > 0 && /^(?:in|dans|on|sur)$/.test(t.norm[articleAt - 1]!)) || pressLed || ofPress) articled.add(written);
    // "translated from the French of Le Figaro": a language and "of" open no name.
    const lang = /^(\p{L}+)\s+(?:of|de|du)\s+(?=\p{Lu})/u.exec(written);
    if (lang !== null && LANGUAGES.has(stripAccents(lang[1]!.toLowerCase()))) {
      spans.push(written.slice(lang[0].length));
      k = last;
      continue;
    }
    spans.push(contracted === undefined ? written : contracted + written);
    // A name the contraction gives an article ("de la rédaction du Lynx du Fouta") is a title, not a
    // person's name ("du Jean Dupont" is no French).
    if (contracted !== undefined && CONTRACTED_ARTICLE[t.norm[k - 1]!] !== undefined) articled.add(written);
    if (contracted !== undefined) restored.set(spans[spans.length - 1]!, written);
    k = last;
  }
  return spans;
}

/** Language names, in both languages: "published in French", "traduit de l'Anglais" name no outlet. */
const LANGUAGES = new Set(
  'french english german spanish italian arabic dutch portuguese russian chinese francais francaise anglais anglaise allemand allemande espagnol espagnole italien italienne arabe neerlandais neerlandaise portugais portugaise russe chinois chinoise'.split(' '),
);

/** Words for a team: before "de X" they name who translated ("équipe de X"), not who published ("la rédaction de X" is X's newsroom). */
const STAFF_WORDS = new Set(['equipe', 'team', 'staff', 'traducteurs', 'traductrices']);

/** Capitalised words opening a line, with their article and inner particles: a name as the line's subject. */
const SUBJECT_NAME = /^(?:(?:Le|La|Les|L'|The)\s?)?\p{Lu}[\p{L}'\-]*(?:\s+(?:(?:of|the|du|de|des|la|d')\s*)*\p{Lu}[\p{L}'\-]*){0,4}/u;

/** French contractions of a preposition and the article that begins a name ("du Temps" = "de Le Temps"). */
const CONTRACTED_ARTICLE: Record<string, string> = { du: 'Le ', au: 'Le ', des: 'Les ', aux: 'Les ' };
/** French articles as they begin a name. */
const FRENCH_ARTICLE: Record<string, string> = { le: 'Le ', la: 'La ', les: 'Les ', l: "L'" };

/** True when an unknown name is shaped like an outlet's: not a person, not a date word, not too long. */
function outletShaped(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > MAX_UNKNOWN_NAME_WORDS) return false;
  // "March 3", "Mardi" alone: a date; "Mardi Soir" (a weekday and a name word) may be a paper's name.
  if (CALENDAR_WORDS.has(stripAccents(words[0]!.toLowerCase())) && (words.length === 1 || /^\d/.test(words[1]!))) return false;
  // "12 mars 2019": a date, not a title.
  if (/\d/.test(name) && words.some((w) => CALENDAR_WORDS.has(stripAccents(w.toLowerCase())))) return false;
  if (dateOrTimeOnly(words)) return false;
  // "Presse Océan", "Morning Herald": a word of newspaper names tells a title from a person's name, and
  // so does a listed paper's name it begins with ("France-Guyane Spatial").
  return !isPersonName(name) || words.some(isOutletNameWord) || extendsListedOutlet(name);
}

/** A preposition before a tagged credit's name ("Avec", "De", "From", "Via", "Selon", "D'après"), written with a capital. */
const TAG_NAME_LEAD = /^(?:avec|de|du|des|d['’]apr[èe]s|par|selon|via|with|from|by|courtesy(?: of)?)\s+(?=\p{Lu}|l['’]\p{Lu})/iu;

/** Longest cue tag beside a name ("reprise autorisée", "republished with permission"). */
const MAX_TAG_WORDS = 10;

/**
 * "Le Parisien — reprise autorisée", "Reproduced with permission | The Fenland Courier": a name and a
 * short republication tag on either side of a spaced separator. The name is a listed outlet, or an
 * unlisted one written as a name.
 */
/** A spaced dash, bar or dot between a credit's tag and the rest of its line ("Reproduit avec permission | Le Soleil"). */
const TAG_SEPARATOR = /\s[-–—|·•]\s/u;

/** A line's words as credit keys read them: lower case, accents and apostrophes out, spaces single. */
function creditKeyOf(text: string): string {
  return stripAccents(text.toLowerCase()).replace(/['’]/g, ' ').replace(/\s+/g, ' ').trim();
}

function taggedCredit(folded: string): CreditedName | null {
  const parts = folded.split(TAG_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length !== 2) return null;
  for (const [side, tag] of [[parts[0]!, parts[1]!], [parts[1]!, parts[0]!]] as const) {
    if (tag.split(/\s+/).length > MAX_TAG_WORDS) continue;
    const tagKey = creditKeyOf(tag);
    if (!isCreditKey(tagKey)) continue;
    // "Avec Ouest-France — article repris…", "From The Lancet | reprinted…": a preposition before the name
    // points at it; "© X, tous droits réservés — reproduit avec permission": the copyright names it.
    const name = COPYRIGHT_MARK.test(side) ? (creditName(side) ?? side) : side.replace(TAG_NAME_LEAD, '');
    const m = matchOutletName(name);
    if (m) return { name: m.outlet.name, known: true, translated: m.translated };
    if (/^\p{Lu}/u.test(name) && nameShaped(name) && outletShaped(name) && !/[.!?,;:]/u.test(name)) return { name: canonicalOutletName(name), known: false, translated: false };
  }
  return null;
}

/**
 * The original publisher a republishing credit names: "Un article de X, repris avec son
 * autorisation", "Publié initialement par X", "Avec l'aimable autorisation de X", "Cet article est
 * paru dans X", "Originally published in X", "Republished with permission from X". The class is a
 * cue of publication or permission (see the cue families) plus an outlet-shaped name after a
 * preposition; a known outlet wins over an unknown name, a person's name is never an outlet.
 */
export function parseRepublishCredit(text: string): CreditedName | null {
  return REPUBLISH_CREDITS(text);
}

/** parseRepublishCredit's readings by text (memoByText): the metadata stage and the site evidence read the same lines. */
const REPUBLISH_CREDITS = memoByText(readRepublishCredit);

function readRepublishCredit(text: string): CreditedName | null {
  const whole = parseCreditSentence(text) ?? partnershipNotice(text);
  if (whole !== null) return whole;
  // A label in two languages ("Bài gốc / Texte original : X", "Quelle / Source: X"): the label after the
  // slash, with the value, is read alone.
  const bilingual = BILINGUAL_LABEL.exec(text);
  if (bilingual !== null) {
    const second = parseCreditSentence(bilingual[1]!);
    if (second !== null) return second;
  }
  // "Reproduction autorisée. Texte original de La Croix.": a credit may be the second sentence of a
  // line that opens on a republication notice (not "Cambon. Reprise d'activités avec …").
  // (A semicolon parts two clauses of one notice too: "Translated copy; original: X".)
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})|(?<=;)\s+/u);
  // "© Le Monde Celtique. Used with permission.": a copyright, then a short notice of leave.
  if (sentences.length === 2 && COPYRIGHT_MARK.test(sentences[0]!)) {
    const notice = stripAccents(sentences[1]!.toLowerCase()).replace(/['’]/g, ' ');
    const name = creditName(sentences[0]!);
    // ("Reproduction interdite sans accord écrit" forbids: the site's own copyright, no leave given.)
    if (notice.split(/\s+/).length <= MAX_TAG_WORDS && PERMISSION_CUE.test(notice) && !PROHIBITION.test(notice) && name !== null) {
      const m = matchOutletName(name);
      if (m) return { name: m.outlet.name, known: true, translated: m.translated };
      if (nameShaped(name) && outletShaped(name)) return { name: canonicalOutletName(name), known: false, translated: false };
    }
  }
  if (sentences.length < 2 || !NOTICE_OPENING.test(stripAccents(sentences[0]!.toLowerCase()))) return null;
  for (const s of sentences.slice(1)) {
    const c = parseCreditSentence(s);
    if (c !== null) return c;
  }
  return null;
}

/**
 * The agent of a verb of passing a piece on ("relayé par X", "repris par X", "Republished by X",
 * "Reposted by X") is who passed it on: the republishing site, never the original's publisher, which
 * the same line names after its notice of leave ("…, avec l'aimable autorisation du Monde", "… with
 * permission from The Guardian"). The agent's name (capitalised words and the particles inside names)
 * is dropped from the line before it is read. The verb of first publication keeps its agent ("Publié
 * d'abord par X", "first broadcast by X"), and so do translation ("traduit par" names a translator) and
 * syndication (the syndicator may be the original).
 */
const REPUBLISHER_AGENT = /\b([Rr](?:elay|elai|epris|epubli|eprodui|eproduced|eposted|eprinted)\p{L}*)\s+(?:par|by)\s+(?:(?:[Ll]'|(?:[Ll]e|[Ll]a|[Ll]es|[Tt]he)\s+))?\p{Lu}[\p{L}\p{N}'.&-]*(?:\s+(?:(?:de|du|des|d'|la|le|les|l'|of|the|and|et|&)\s*)*\p{Lu}[\p{L}\p{N}'.&-]*)*/gu;
function withoutRepublisher(folded: string): string {
  return folded.replace(REPUBLISHER_AGENT, '$1');
}

/**
 * "Partenariat éditorial avec Le Figaro", "Editorial partnership with The Marsh Gazette", "Content
 * partnership: X": a short notice whose partner's name runs to the end of the line (written as a name
 * throughout: "Le partenariat avec Renault prend fin" is news, not a notice).
 */
function partnershipNotice(text: string): CreditedName | null {
  const partnership = PARTNERSHIP_NOTICE.exec(foldTypography(text).trim());
  const m = partnership ?? LEAVE_NOTICE.exec(foldTypography(text).trim());
  if (!m || m[0].split(/\s+/).length > MAX_NOTICE_WORDS) return null;
  // A notice is a label, not a sentence: an article before the noun ("Un partenariat conclu avec…",
  // "The partnership with…") makes it news about a partnership.
  if (DETERMINER_LEAD.test(m[0])) return null;
  // ("Avec l'accord du Nouvelliste": the contraction holds the name's article.)
  const name = m[1]!.replace(/[.\s]+$/u, '').replace(/^(du|des)\s+/u, (_w, c: string) => CONTRACTED_ARTICLE[c]!);
  // Written as a name from its first word ("avec La Croix", not "avec la Région Occitanie"), then
  // throughout (nameShaped): "Partnership with Apple ends" is a sentence.
  // (One partner: "Le Soir et La Libre" is a list of them, chrome of the page.)
  if (!/^[\p{Lu}\p{N}]/u.test(name) || !nameShaped(name) || /\s(?:et|and|&)\s\p{Lu}|,/u.test(name)) return null;
  const known = matchOutletName(name);
  if (known) return { name: known.outlet.name, known: true, translated: known.translated };
  // (An agreement is made with a capital or a government too, "Avec l'accord de Bruxelles": an unlisted
  // name there is a publication's only in several words.)
  if (partnership === null && !/\s/u.test(name)) return null;
  return outletShaped(name) ? { name: canonicalOutletName(name), known: false, translated: false } : null;
}

/** A particle inside names ("du", "de la", "of", "and"), elided or not. */
function isInnerParticle(word: string): boolean {
  return INNER_PARTICLES.has(stripAccents(word.toLowerCase()).replace(/['’]$/u, ''));
}

/**
 * Written as a name: capitalised words and the particles inside names, save one closing lower-case
 * adjective after an article-led French title ("Le Courrier picard", "L'Est républicain"). "D'abord
 * diffusé par Le Soleil" is a phrase holding a name, not one.
 */
export function nameShaped(name: string): boolean {
  const words = name.split(/\s+/);
  const capital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:l|d)['’]\p{Lu}/iu.test(w);
  const head = /^(?:(?:le|la|les)$|l['’])/iu.test(words[0]!) && !capital(words.at(-1)!) ? words.slice(0, -1) : words;
  return head.every((w) => capital(w) || isInnerParticle(w)) && head.some((w) => capital(w) && !isInnerParticle(w));
}

/** Short month and day names of dates ("Jan 2", "sept. 12", "Tue"), French and English. */
const CALENDAR_ABBREVIATIONS = new Set('jan janv feb fev fevr mar apr avr jun jul juil aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun lun mer jeu ven sam dim'.split(' '));

/**
 * True when a would-be name holds nothing but a date or a clock: figures ("2019-01-02", "17:20"),
 * calendar words and their short forms, a meridiem, the words that join them ("à", "at", "h"), and
 * after a figure a zone's letters ("UTC", "HNE", "GMT+1"). What a label's value or a credit's tail
 * reads as a name when the line gives a time ("Original publication: 2019-01-02 17:20 UTC" → "20 UTC",
 * "Première mise en ligne : Jan 2, 2019"). A name keeps a word of its own: "France 24", "20 Minutes".
 */
function dateOrTimeOnly(words: readonly string[]): boolean {
  let afterFigure = false;
  for (const raw of words) {
    const w = raw.replace(/[.,;:)(]+$/u, '').replace(/^[(]+/u, '');
    const key = stripAccents(w.toLowerCase());
    const figure = /^\d/u.test(w);
    const zone: boolean = afterFigure && /^(?:\p{Lu}{2,5}|(?:GMT|UTC)[+\-−]\d{1,2}(?::?\d{2})?)$/u.test(w);
    const calendar = CALENDAR_WORDS.has(key) || CALENDAR_ABBREVIATIONS.has(key) || /^[ap]\.?m\.?$/u.test(key) || /^(?:h|a|at|le|on|de|of|the)$/u.test(key);
    if (!figure && !zone && !calendar && w !== '') return false;
    afterFigure = figure || (afterFigure && zone);
  }
  return true;
}

/** French and English articles and demonstratives that open a sentence, never a label. */
const DETERMINER_LEAD = /^(?:un|une|le|la|l|les|ce|cet|cette|ces|a|an|the|this|that)\b/iu;

/**
 * A notice of leave, the agreement under which the page reprints the piece: "By arrangement with X", "En
 * accord avec X", "Avec l'accord du X", "Published under an agreement with X" (a preposition before the
 * noun: "Accord avec l'Iran" is news). The name runs to the line's end, as in a partnership notice.
 */
const LEAVE_NOTICE = /^(?:(?:published|publi[ée]e?|reprinted|reproduit|repris|republished)\s+)?(?:by|in|under|en|avec|with)\s+(?:l['’]\s*|an?\s+|un\s+)?(?:special\s+)?(?:arrangement|agreement|accord|entente)\s+(?:avec\s+|with\s+|de\s+|d['’]\s*|(?=du\s|des\s))(\p{Lu}.*|(?:du|des)\s+\p{Lu}.*)$/iu;
/** A partnership notice: a few words around "partenariat"/"partnership", then "avec"/"with"/":" and the partner. */
const PARTNERSHIP_NOTICE = /^(?:\p{L}+\s+){0,2}(?:partenariat|partnership|partenaire|partner)(?:\s+\p{L}+){0,2}?\s*(?:\s(?:avec|with)\s|:\s*|\s[–—-]\s)(\p{Lu}.*)$/iu;

/** A first sentence that announces a republication ("Reproduction autorisée.", "Republished with permission."). */
const NOTICE_OPENING = /^\W*(?:reproduction|reprodui\w*|republi\w*|reprint\w*|repris\w*|traduction|translated|avec (?:l )?(?:aimable )?autorisation|with permission|courtesy)\b/;

/** Words that forbid or withhold leave ("interdite", "sans accord", "not permitted", "without permission"). */
const PROHIBITION = /\b(?:interdit\w*|prohib\w*|forbidden|sans|without|not|pas|aucune?|no)\b/;

/** A label, maybe a colon, then a web address ending the line. */
const ORIGIN_POINTER = /^(\p{L}[^:]{2,80}?)\s*:?\s*((?:https?:\/\/|www\.)\S+)$/iu;
/** Longest label before an original's address ("Lien vers l'article d'origine", "Read the original story at"). */
const MAX_POINTER_LABEL_WORDS = 8;

/** parseRepublishCredit on one sentence. */
function parseCreditSentence(text: string): CreditedName | null {
  if (text.length > MAX_CREDIT_CHARS || !CREDIT_HINT.test(text)) return null;
  const folded = withoutRepublisher(foldTypography(text).trim());
  const key = creditKeyOf(folded);
  // "Lien vers l'article d'origine : https://…", "Original story at https://…": a short label naming the
  // origin, then the original's address: its host names the publisher.
  const pointer = ORIGIN_POINTER.exec(folded);
  if (pointer && pointer[1]!.split(/\s+/).length <= MAX_POINTER_LABEL_WORDS && ORIGIN_CUE.test(stripAccents(pointer[1]!.toLowerCase()).replace(/['’]/g, ' '))) {
    const o = outletFromUrl(pointer[2]!);
    const host = CREDIT_DOMAIN.exec(pointer[2]!)?.[0];
    if (o || host) return { name: o?.name ?? host!, known: o !== null, translated: false };
  }
  if (!isCreditKey(key)) return taggedCredit(folded);
  // An elliptic credit's place of first publication ("Originally in X", "D'abord dans X") is a medium,
  // whatever its name looks like: the name is the rest of the line.
  const elliptic = ELLIPTIC_PLACE.exec(folded)?.[1];
  if (elliptic !== undefined && nameShaped(elliptic) && elliptic.split(/\s+/).length <= MAX_UNKNOWN_NAME_WORDS) {
    const m = matchOutletName(elliptic);
    return m ? { name: m.outlet.name, known: true, translated: m.translated } : { name: canonicalOutletName(elliptic), known: false, translated: false };
  }
  // "Reproduction autorisée – La Dépêche des Îles": a cue and a name on either side of a separator;
  // the name is the whole other side, not the words after its inner "des".
  const tagged = taggedCredit(folded);
  if (tagged !== null) return tagged;
  // "TRANSLATED | <a headline>": the cue is a tag's, set apart from the rest by a separator, and the
  // rest names no outlet as a whole: its words ("… le marché de Noël") are no credit.
  // (A bare tag: no capitalised word after its first, so no name of its own, not "Publié par Le Monde – 3
  // mars"; and it opens the line: "X — reproduit ici avec permission" closes a credit with a notice instead.)
  const parts = folded.split(TAG_SEPARATOR);
  const tag = parts[0]!.trim();
  if (parts.length === 2 && tag.split(/\s+/).length <= MAX_TAG_WORDS && !/\s\p{Lu}/u.test(tag) && isCreditKey(creditKeyOf(tag)) && !isCreditKey(creditKeyOf(parts[1]!))) return null;
  // "Nous devons cet article au Monde, qui l’a publié en premier", "We owe this piece to The Marsh
  // Gazette, which ran it first": the clause's antecedent, the name before its comma, published it.
  const antecedent = relativeClauseName(folded);
  if (antecedent !== null) return antecedent;
  const restored = new Map<string, string>();
  const articled = new Set<string>();
  const spans = nameSpans(folded, restored, articled);
  for (const [i, span] of spans.entries()) {
    const m = matchOutletName(span);
    if (m) return { name: m.outlet.name, known: true, translated: m.translated };
    // The first name the cue introduces is the publisher, listed or not: "Article repris de The Lagan
    // Ledger pour les abonnés de la Lettre" credits the Ledger, whatever the list knows of "La Lettre".
    // (Several words written as an outlet's name, no person's and no language, before a listed name.)
    const written = restored.get(span) ?? span;
    if (i === 0 && /\s/u.test(written) && outletShaped(written) && !LANGUAGES.has(stripAccents(span.toLowerCase())) && spans.slice(1).some((later) => matchOutletName(later) !== null)) {
      return { name: canonicalOutletName(span), known: false, translated: false };
    }
  }
  // "Le Matin nous autorise à reprendre cet article": the publisher may be the line's subject.
  // "Les Temps financiers a d'abord publié…": the whole subject name first (a lexicon word in lower
  // case may follow "Les Temps"), then a known name at the start.
  const whole = subjectName(folded);
  const wholeMatch = whole !== null && /\s\p{Ll}/u.test(whole) ? matchOutletName(whole) : null;
  if (wholeMatch) return { name: wholeMatch.outlet.name, known: true, translated: wholeMatch.translated };
  // A listed name at the start counts only when it is the whole subject: "La Croix-Rousse Hebdo a
  // publié…" and "La Voix de l'Ain a publié…" name other papers than La Croix and La Voix.
  const atStart = matchOutletAtStart(folded, true);
  const subject = atStart !== null && (whole === null || compareKey(whole).length <= compareKey(folded.slice(0, atStart.end)).length) ? atStart : null;
  if (subject) return { name: subject.outlet.name, known: true, translated: false };
  // The subject's whole name (capitalised words, particles inside): translated ("Les Temps Irlandais
  // a publié la version originale de cet article"), or unlisted ("The Sun Herald a publié…") when
  // written with its article or in several words (a lone capitalised word may be "Nous", "We").
  const lead = (whole ?? SUBJECT_NAME.exec(folded)?.[0])?.trim();
  // (A subject opening on the credit's own cue, "Courtesy of the X, which ran it first", is no name: the
  // name is after the cue, read below.)
  if (lead && !CUE_WORD.test(stripAccents(lead.split(/\s+/)[0]!.toLowerCase()))) {
    const m = matchOutletName(lead);
    if (m) return { name: m.outlet.name, known: true, translated: m.translated };
    if (/\s/u.test(lead) && outletShaped(lead) && PIECE_DEIXIS.test(key) && !REPUBLISHER_SUBJECT.test(key)) return { name: canonicalOutletName(lead), known: false, translated: false };
  }
  const domain = CREDIT_DOMAIN.exec(folded);
  if (domain) {
    const o = outletFromUrl(domain[0]);
    return { name: o?.name ?? domain[0], known: o !== null, translated: false };
  }
  // "Première publication : Tribune de Lyon": a label, a colon, and the name as the whole value.
  // (Not a colon inside brackets: "Original article by X (English edit: Y)" names Y's role; a label may
  // hold a closed bracket, "Source (version originale) : X".)
  const value = /^(?:[^:(]|\([^():]*\)){3,60}?\s?:\s*(\p{Lu}[^:]{1,80}?)[\s.]*$/u.exec(folded)?.[1]?.replace(/\s*\(.*$/u, '');
  if (value !== undefined && !/[,;!?]/u.test(value) && outletShaped(value) && !LANGUAGES.has(stripAccents(value.toLowerCase()))) {
    const known = matchOutletName(value);
    if (known) return { name: known.outlet.name, known: true, translated: known.translated };
    // Unlisted: a name throughout (nameShaped), not a phrase, and not people named together ("Original
    // reporting: A and B" names the writers).
    if (nameShaped(value) && (personNames(value)?.length ?? 0) < 2) {
      return { name: canonicalOutletName(value), known: false, translated: false };
    }
  }
  // The shape is judged on the name as written, without an article restored from "du" or "le";
  // a language is no publisher ("first published in French by X").
  const unknown = spans.find((span) => {
    const written = restored.get(span) ?? span;
    if (LANGUAGES.has(stripAccents(span.toLowerCase()))) return false;
    // People named together as the original's writers ("Texte original de A et B") are no publisher
    // (one name alone may be an unlisted paper's: "Sud Ouest" is shaped like a person's name).
    if ((personNames(written)?.length ?? 0) >= 2) return false;
    return outletShaped(written) || (articled.has(written) && written.split(/\s+/).length <= MAX_UNKNOWN_NAME_WORDS);
  });
  return unknown ? { name: canonicalOutletName(unknown), known: false, translated: false } : taggedCredit(folded);
}

/** A closing relative clause that says its antecedent published the piece first (see PIECE_DEIXIS), after a comma. */
const RELATIVE_CREDIT = /,\s*(?:qui|lequel|laquelle|which|who|that)\s+(?:l['’]|les\s|it\s|them\s)?[^,]{0,60}$/iu;
/** A name closing a text: capitalised words, particles inside, maybe its article and one lower-case adjective ("Le Télégraphe quotidien"). */
const CLOSING_NAME = /(?:^|\s)((?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Tt]he)\s?)?\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:(?:of|the|du|de|des|la|d['’]|and|et)\s*)*\p{Lu}[\p{L}\p{N}'’&-]*){0,5}(?:\s\p{Ll}{4,})?)\s*$/u;

/** The antecedent of a closing relative credit ("…au Monde, qui l’a publié en premier"), listed or written as a title; else null. */
function relativeClauseName(folded: string): CreditedName | null {
  const clause = RELATIVE_CREDIT.exec(folded);
  if (clause === null || !RELATIVE_PUBLISHED_CLAUSE.test(creditKeyOf(folded.slice(clause.index)))) return null;
  const before = folded.slice(0, clause.index);
  const m = CLOSING_NAME.exec(before);
  if (m === null) return null;
  // (An article in lower case: "to the Harbour Light" drops it, "à la Gazette" writes it as the title does.)
  let name = m[1]!.replace(/^the\s+/u, '').replace(/^(le|la|les|l['’])\s?/u, (a: string) => a.charAt(0).toUpperCase() + a.slice(1));
  // "au Monde", "du Temps": the contraction holds the name's article.
  const prev = /(\S+)\s*$/u.exec(before.slice(0, m.index + (m[0].length - m[1]!.length)))?.[1]?.toLowerCase();
  if (prev !== undefined && CONTRACTED_ARTICLE[prev] !== undefined && !/^(?:le|la|les|l['’]|the)\b/iu.test(name)) name = CONTRACTED_ARTICLE[prev] + name;
  const known = matchOutletName(name) ?? matchOutletName(m[1]!);
  if (known) return { name: known.outlet.name, known: true, translated: known.translated };
  // Unlisted: a title with its article or of several words, never a person's name or the line's own cue.
  if (CUE_WORD.test(stripAccents(name.split(/\s+/)[0]!.toLowerCase())) || !/\s/u.test(name) || !outletShaped(name) || (personNames(name)?.length ?? 0) > 0) return null;
  return { name: canonicalOutletName(name), known: false, translated: false };
}

// ——— Copyright lines ———

/** Leading credit markers of copyright lines. */
const CREDIT_LEAD = /^(?:©|\(c\)|copyright|cr[ée]dits?(?:\s+photos?)?|photos?|tous droits r[ée]serv[ée]s|all rights reserved|sources?)\s*[:\-]?\s*/iu;
/** A year right after the credit marker ("© 2019 La DH", "Copyright 2018-2019 Le Soir"). */
const CREDIT_LEAD_YEAR = /^\d{4}(?:\s*[-–]\s*\d{4})?[\s,.\-–—]*/u;
/** Trailing years and legal phrases of copyright lines. */
const CREDIT_TAIL = /[\s.,\-–—]*(?:©|\(c\)|copyright|\d{4}(?:\s*-\s*\d{4})?|tous droits r[ée]serv[ée]s|all rights reserved|reproduction interdite|droits r[ée]serv[ée]s)[\s.]*$/iu;

/** The name part of a copyright or credit line, its markers, years and legal phrases stripped ("© 2019 X – Tous droits réservés" → "X"). */
export function creditName(text: string): string | null {
  const folded = foldTypography(text).trim();
  // The part of the line that holds the copyright mark ("Copyright © 2019 X | All Rights Reserved",
  // "© X, 2019. Tous droits…"), split at the separators that end a name.
  // (A spaced middle dot or bullet ends a name too: "© 2019 X · Patrick Street, Cork · All rights reserved".)
  const parts = folded.split(/\s*(?:\||\s[-–—·•]\s|[–—]|,|\.\s)\s*/u).filter((p) => p.length > 0);
  let marked = parts.findIndex((p) => COPYRIGHT_MARK.test(p));
  // "Tous droits de reproduction réservés - X 2019": a legal phrase alone marks the name beside it.
  if (marked < 0) marked = parts.findIndex((p) => LEGAL_PHRASE.test(p));
  if (marked >= 0 && LEGAL_PHRASE.test(parts[marked]!) && !COPYRIGHT_MARK.test(parts[marked]!)) {
    // The nearest part that holds a name ("X, 2019 — tous droits réservés": the year is skipped).
    for (const k of [marked + 1, marked - 1, marked + 2, marked - 2]) {
      const name = k >= 0 && k < parts.length ? creditNameOf(parts[k]!) : null;
      if (name !== null && /\p{L}{2}/u.test(name)) return name;
    }
  }
  let s = marked >= 0 ? parts[marked]! : folded;
  // "Copyright 2019 - X - Tous droits réservés": the mark and the year stand alone, the name follows.
  if (marked >= 0 && !/\p{L}{2}/u.test(stripCreditMarks(s)) && marked + 1 < parts.length) s = parts[marked + 1]!;
  const at = s.search(COPYRIGHT_MARK);
  if (at > 0) {
    // "All content © X 2018": words before the mark are a preamble when a name follows it;
    // "X © 2019": the name stands before the mark.
    const after = stripCreditMarks(s.slice(at));
    s = /\p{L}{2}/u.test(after) ? after : s.slice(0, at);
  }
  return creditNameOf(s);
}

/** A company's legal form closing its name ("Le Riverain SA", "Northern Wire Inc."): not part of the outlet's name. */
const LEGAL_FORM = new RegExp(`${LEGAL_FORM_RUN}$`, 'u');
/** A line part that is only a legal phrase ("Tous droits de reproduction réservés", "All rights reserved"). */
/** The legal phrases of copyright lines ("Tous droits réservés", "All rights reserved", "Reproduction interdite"). */
const LEGAL_WORDS = String.raw`tous (?:les )?droits(?: [\p{L}' ]{1,30})? r[ée]serv[ée]s|all rights reserved|droits r[ée]serv[ée]s|reproduction (?:interdite|r[ée]serv[ée]e)`;
const LEGAL_PHRASE = new RegExp(`^(?:${LEGAL_WORDS})\\.?$`, 'iu');

/** The name in one part of a copyright line, marks, years and a legal form stripped ("X 2018 unless otherwise stated" → "X"). */
function creditNameOf(part: string): string | null {
  let s = stripCreditMarks(part).replace(LEGAL_FORM, '').trim();
  // A year ends the name.
  const year = /\s(?:19|20)\d{2}\b/u.exec(s);
  // (A legal form may stand before the year too: "© Nordbote GmbH & Co. KG 2019".)
  if (year && /\p{L}{2}/u.test(s.slice(0, year.index))) s = s.slice(0, year.index).trim().replace(LEGAL_FORM, '').trim();
  return s || null;
}

/** A copyright mark inside a line. */
const COPYRIGHT_MARK = /©|\(c\)|\bcopyright\b/iu;
/** A legal phrase anywhere in a line ("… – Tous droits réservés", "All rights reserved."). */
const LEGAL_PHRASE_ANY = new RegExp(LEGAL_WORDS, 'iu');

/** Strips leading markers and years and trailing legal phrases ("© 2019 X – Tous droits réservés" → "X"). */
function stripCreditMarks(text: string): string {
  let s = text.trim();
  for (let i = 0; i < 3; i++) {
    const t = s.replace(CREDIT_LEAD, '').replace(CREDIT_LEAD_YEAR, '').replace(CREDIT_TAIL, '').trim();
    if (t === s) break;
    s = t;
  }
  return s;
}

/** For a copyright or credit line ("© Le Monde 2019", "Copyright AFP"), the known outlet it names, else null. */
export function creditOutlet(text: string): string | null {
  const s = creditName(text);
  if (!s) return null;
  const exact = ownOutletName(s);
  if (exact) return exact.name;
  const m = matchOutletAtStart(s, true);
  // A site writes its own name in its copyright line: a name that only translates another outlet's
  // word for word ("Le Temps des Collines" for The Hill Times) is this site's own, not that outlet.
  if (!m || m.garbled) return null;
  // "AFP/Belga", "AFP Photo": a name followed by another credit, not by a sentence.
  return /^(?:[\s\/,+&-]|$)/u.test(s.slice(m.end)) && s.length <= 60 ? m.outlet.name : null;
}

// ——— Credit templates: a site's own words before the outlets it reprints, told by the folder ———

/** True for a line written in capitals: it gives no case to tell a name by. */
function writtenInCapitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();
}

/** Most words before the name in a credit template ("Le texte qui suit a d’abord paru dans X"). */
const CREDIT_TEMPLATE_MAX_PREFIX_WORDS = 10;
/** Most words after the name in a credit template ("… under a content-exchange agreement"). */
const CREDIT_TEMPLATE_MAX_TAIL_WORDS = 8;
/**
 * A credit template needs this many different names after the same words, one of them an outlet the
 * list knows: the same words before three outlets' names on three pages are the way a site credits
 * what it reprints, in whatever wording ("Droits de reproduction accordés par X", "Full credit to
 * X"). The known name tells a credit from other words-then-a-name lines (a category list, a photo
 * credit), as three names make a byline template (names.ts).
 */
export const CREDIT_TEMPLATE_MIN_NAMES = 3;

/**
 * A short line split into the words before a name and the name ending it ("Texte gracieusement cédé par
 * Le Monde." → ["texte gracieusement cede par", "Le Monde"]): the shortest run of words, ending on a cue
 * in lower case or a symbol, after which the rest is written as an outlet's name (never a person's).
 * French contractions give the article back ("… un article du Citoyen" → "Le Citoyen"). The key is
 * lower case and accent-free. Null when no such split exists.
 */
export function splitCreditLine(text: string): { key: string; name: string } | null {
  return CREDIT_SPLITS(text);
}

/** splitCreditLine's readings by text (memoByText): the folder's credit templates and each file's analysis read the same lines. */
const CREDIT_SPLITS = memoByText(readCreditSplit);

function readCreditSplit(text: string): { key: string; name: string } | null {
  const w = creditWords(text);
  if (w === null) return null;
  const capital = (x: string) => /^[\p{Lu}\p{N}]/u.test(x);
  const shouted = writtenInCapitals(text);
  for (let k = 1; k <= Math.min(CREDIT_TEMPLATE_MAX_PREFIX_WORDS, w.length - 1); k++) {
    const last = w[k - 1]!;
    // Inside the words before the name, only the first may be capitalised ("Source X", "Via X"), and
    // not as an article ("Le Monde Diplomatique" is a name, not "Le" then a name). English capitalises
    // a language, a nationality or a day inside ordinary words ("From the French-language pages of X",
    // "Taken from the Sunday edition of X"): a capitalised word a lower-case word follows is no name's
    // start, unless a comma closes it ("Le Monde, translated from French": the name comes first) or
    // the lower-case word is a particle inside names ("Le Journal des Prés").
    // (A colon standing alone after it, French style, closes a label as one glued to it does.)
    if (k > 1 && capital(last) && !/[:→>]$/u.test(last) && !/^[:→>]$/u.test(w[k]!) && (!/^\p{Ll}/u.test(w[k]!) || last.endsWith(',') || isInnerParticle(w[k]!))) break;
    // (An indefinite article may open the site's words before a name used as an adjective: "A The Cross
    // report, in English", "Un Courrier picard-Artikel": the name starts after it.)
    if (k === 1 && capital(last) && /^(?:le|la|les|l['’]|the|un|une|a|an)$/iu.test(last) && !(/^(?:un|une|a|an)$/iu.test(last) && capital(w[1]!))) continue;
    if (!capital(w[k]!)) continue;
    // The name runs to the end of the line, or a few lower-case words follow it, the same on every
    // page ("Sourced from X under a content-exchange agreement"): the longest name first.
    for (let j = w.length; j > k; j--) {
      const tail = w.slice(j);
      // (English capitalises a language in a tail: "… report, in English".)
      if (tail.length > CREDIT_TEMPLATE_MAX_TAIL_WORDS || tail.some((x) => (capital(x) && !LANGUAGES.has(stripAccents(x.toLowerCase()).replace(/\W+$/u, ''))) || /\d/.test(x))) break;
      // (A comma may close the name before its tail: "… de Le Monde, que nous remercions".)
      const name = w.slice(k, j).join(' ').replace(tail.length > 0 ? /,$/u : /$^/u, '');
      // Written as a name: nameShaped, or, for an outlet the list knows, capitalised words joined by
      // short lower-case particles of any language ("Corriere della Sera").
      const joined = capital(w[j - 1]!) && w.slice(k, j).every((x) => capital(x) || /^\p{Ll}{1,5}['’]?$/u.test(x)) && matchOutletName(name) !== null;
      // One name: a list ("Actualités, Société") is a page's categories. Before a tail, the name ends
      // on a capitalised word ("… La Voix du Nord dans le cadre…": "dans" opens the tail).
      if (!(nameShaped(name) || joined) || !outletShaped(name) || name.includes(',')) continue;
      // A word closed by a colon ends a label, never a name: "Provenance / Origin: X" credits X.
      if (w.slice(k, j).some((x) => /:$/u.test(x))) continue;
      if (tail.length > 0 && !capital(w[j - 1]!)) continue;
      // (People named together are writers, not a publisher: "Original reporting: A and B".)
      if ((personNames(name)?.length ?? 0) >= 2) continue;
      // A line in capitals gives no case to tell a name by ("FROM THE CONTINENT", a section's heading):
      // only a listed name is read there.
      if (shouted && matchOutletName(name) === null) continue;
      return { key: creditKey(w.slice(0, k), tail), name: withArticle(last, name) };
    }
  }
  // The name first, then the site's words after a comma or a full stop ("— Le Monde, translated from
  // French", "© Le Soir. English translation by X"), or straight after it in lower case ("Le Soir
  // published the original of this story"): the words after it make the template.
  const close = w.findIndex((x) => /[,.]$/u.test(x));
  if (close >= 0 && close < w.length - 1 && w.length - close - 1 <= CREDIT_TEMPLATE_MAX_TAIL_WORDS) {
    const name = w.slice(0, close + 1).join(' ').slice(0, -1);
    if (outletNameShaped(name)) return { key: creditKey([], w.slice(close + 1)), name };
  }
  if (close < 0) {
    const first = w.findIndex((x, i) => i > 0 && /^\p{Ll}/u.test(x) && !isInnerParticle(x));
    const name = first > 0 ? w.slice(0, first).join(' ') : '';
    if (first > 0 && w.length - first <= CREDIT_TEMPLATE_MAX_TAIL_WORDS && outletNameShaped(name) && w.slice(first).every((x) => /^\p{Ll}/u.test(x))) {
      return { key: creditKey([], w.slice(first)), name };
    }
  }
  return null;
}

/** A credit line's words, pictograms before them ("📰 Source : X"), brackets around them ("(Source X)") and the closing stop aside; null when too long for a credit. */
function creditWords(text: string): string[] | null {
  if (text.length > MAX_CREDIT_CHARS) return null;
  const s = foldTypography(text).trim().replace(/^[^\p{L}\p{N}]+/u, '').replace(/\s*[)\]]$/u, '').replace(/[.\s]+$/u, '');
  // An elided "de" glued to a name is a word of its own: "… article d'Étoile du Nord" reads as "… article d' Étoile du Nord".
  const w = s.split(/\s+/).flatMap((x) => (/^d'\p{Lu}/u.test(x) ? [x.slice(0, 2), x.slice(2)] : [x]));
  return w.length < 2 || w.length > CREDIT_TEMPLATE_MAX_PREFIX_WORDS + MAX_UNKNOWN_NAME_WORDS ? null : w;
}

/** A template's key: the words before the name, "*" for it, the words after it; lower case, accent-free, figures as "#". */
function creditKey(before: readonly string[], after: readonly string[]): string {
  // The forms of French "de" before a name are one word of the template: "article du Monde", "article de
  // L'Expansion", "article d'Étoile du Nord" and "article des Échos" are one site's way of crediting.
  const last = before.length > 0 ? stripAccents(before.at(-1)!.toLowerCase()) : '';
  const lead = /^(?:de|du|des|d')$/u.test(last) ? [...before.slice(0, -1), 'de'] : before;
  const words = [...lead, ...(after.length > 0 || before.length === 0 ? ['*', ...after] : [])];
  return stripAccents(words.join(' ').toLowerCase()).replace(/\d+/g, '#');
}

/** The marker, in a template set, of the words before a template's name (see creditTemplates). */
const PREFIX_MARK = '^';

/** French contractions give the article back: "… un article du Citoyen" → "Le Citoyen". */
function withArticle(cue: string, name: string): string {
  const c = stripAccents(cue.toLowerCase());
  return c === 'du' || c === 'au' ? `Le ${name}` : c === 'des' || c === 'aux' ? `Les ${name}` : name;
}

/**
 * Credit templates of a folder, by evidence across files: the same words before CREDIT_TEMPLATE_MIN_NAMES
 * different outlet-shaped names or more, one of them a listed outlet (or its word-for-word translation).
 * @param lines per file, the lines to look at (its head and its tail)
 * @param memo each file's splits kept between builds (src/ingest/text.ts TemplateMemo)
 */
export function creditTemplates(lines: readonly (readonly string[])[], memo?: TemplateMemo): Set<string> {
  const keys = templateKeys(lines, (text) => {
    const split = text.length <= MAX_CREDIT_CHARS ? splitCreditLine(text) : null;
    // A picture's credit ("Photo : X / AFP") names who took it, not who published the article.
    if (split === null || PICTURE_WORD.test(split.key)) return null;
    // Known as written (an ordinary word alone, "Monde" in a menu, is no outlet: ownOutletName), or translated.
    // Figures do not make another name: "© Rade Info 2018" and "© Rade Info 2019" are one name twice.
    // A one-word name that is also an ordinary word ("Capital", "Challenges", "Society", "Libération") is
    // weak evidence that a template credits outlets: a site's label over its sections ("Rubrique :
    // Économie", "Category | Society") meets such a name among its topics sooner or later (templateKeys).
    const outlet = ownOutletName(split.name, true);
    const listed = outlet === null ? false : outlet.ambiguous === true && !/\s/u.test(split.name.trim()) ? ('weak' as const) : true;
    return { key: split.key, value: compareKey(split.name.replace(/\d+/gu, ' ')), listed };
  }, CREDIT_TEMPLATE_MIN_NAMES, true, memo);
  // Each template's words before the name, marked: a line may then be read against the template
  // itself, whatever its name is made of (see templateCredit).
  for (const key of [...keys]) {
    const star = key.indexOf('*');
    if (star > 0) keys.add(`${PREFIX_MARK}${key.slice(0, star - 1)}`);
  }
  return keys;
}

/** A name written as an outlet's (capitalised words and particles, no person's name, a few words): see nameShaped, outletShaped. */
export function outletNameShaped(name: string): boolean {
  const n = name.trim();
  return n.length > 0 && /^[\p{Lu}\p{N}]/u.test(n) && nameShaped(n) && outletShaped(n) && !n.includes(',');
}

/** The outlet a line of one of the folder's credit templates names (see creditTemplates), or null. */
export function templateCredit(text: string, templates: ReadonlySet<string>): CreditedName | null {
  if (text.length > MAX_CREDIT_CHARS) return null;
  const split = splitCreditLine(text);
  const found = split !== null && templates.has(split.key) ? split : readTemplate(text, templates);
  if (found === null) return null;
  const m = matchOutletName(found.name);
  if (m) return { name: m.outlet.name, known: true, translated: m.translated };
  // (A line in capitals names only a listed outlet: see readCreditSplit.)
  if (writtenInCapitals(text)) return null;
  return { name: canonicalOutletName(found.name), known: false, translated: false };
}

/**
 * A line read against the folder's templates themselves: their words before the name and after it,
 * whatever lies between is the name. A line alone cannot tell where a name with a lower-case word
 * ends ("… appeared first in La France agricole and is shared under…", "Nos confrères de Nouvelles
 * arabes ont publié…"); the template's own words, seen on the site's other pages, can.
 */
function readTemplate(text: string, templates: ReadonlySet<string>): { key: string; name: string } | null {
  const w = creditWords(text);
  if (w === null) return null;
  const name = (from: number, to: number): string | null => {
    const n = w.slice(from, to).join(' ').replace(/[,.]$/u, '');
    // Written as a name, but for closing lower-case words ("Nouvelles arabes", "Journal de la Marine marchande").
    const core = n.replace(/(?:\s\p{Ll}+){1,2}$/u, '');
    return /^[\p{Lu}\p{N}]/u.test(n) && !/[.!?;:]/u.test(n) && n.split(/\s+/).length <= MAX_UNKNOWN_NAME_WORDS && outletNameShaped(core) ? n : null;
  };
  for (let k = 1; k <= Math.min(CREDIT_TEMPLATE_MAX_PREFIX_WORDS, w.length - 1); k++) {
    const before = w.slice(0, k);
    if (!templates.has(`${PREFIX_MARK}${creditKey(before, [])}`) && !templates.has(creditKey(before, []))) continue;
    for (let t = 0; t <= Math.min(CREDIT_TEMPLATE_MAX_TAIL_WORDS, w.length - k - 1); t++) {
      const key = creditKey(before, w.slice(w.length - t));
      const n = templates.has(key) ? name(k, w.length - t) : null;
      if (n !== null) return { key, name: withArticle(w[k - 1]!, n) };
    }
  }
  // The name first: "— Jeune Afrique, translated from French", "La Croix acadienne published the original…".
  for (let t = 1; t <= Math.min(CREDIT_TEMPLATE_MAX_TAIL_WORDS, w.length - 1); t++) {
    const key = creditKey([], w.slice(w.length - t));
    const n = templates.has(key) ? name(0, w.length - t) : null;
    if (n !== null) return { key, name: n };
  }
  return null;
}

// ——— Ranked evidence ———

/** Everything a file says about who published it, strongest kind first. */
export interface OutletEvidence {
  /** 1. An original-publisher credit ("Publié initialement par X"). */
  original: string | null;
  /** 2. A "Source : X" line. */
  source: string | null;
  /** 3. The outlet owning the article's URL host. */
  url: string | null;
  /** 4. The outlet named by the title's trailing segment (" - Le Monde"). */
  titleSuffix: string | null;
  /** Bylines, agency lines and closing signatures that name an outlet ("Par X | Le Monde"), strongest first. */
  credits: readonly string[];
  /** 5. The site's own copyright line ("© 2019 X – Tous droits réservés")… */
  copyright: string | null;
  /** …or masthead (a line before the title naming an outlet). */
  masthead: string | null;
  /**
   * A site name the outlet list does not know, from the site's own copyright line or recurring title
   * suffix ("© Le Petit Quotidien Web"): a republisher candidate here; whether it is also the outlet
   * of pages that name nothing better is decided across the folder (settleSiteNames).
   */
  siteName: string | null;
}

/** The attributed outlet and, when another publisher is credited, the site that republished it. */
export interface Attribution {
  outlet: string | null;
  /** The republishing site, named by the file's own URL, title suffix, copyright or masthead. */
  republisher: string | null;
}

/**
 * Ranks the evidence: an original-publisher credit, then a `Source :` line, the URL host, the title
 * suffix, byline and signature credits, and last the site's own copyright or masthead. When the
 * outlet comes from a credit to another publisher (ranks 1–2), the site's own evidence (URL, title
 * suffix, copyright, masthead) names the republisher when it names a different outlet.
 */
export function attributeOutlet(e: OutletEvidence): Attribution {
  const ranked = [e.original, e.source, e.url, e.titleSuffix, ...e.credits, e.copyright, e.masthead];
  const raw = ranked.find((x): x is string => x !== null) ?? null;
  // The site's own names (its title suffix, copyright, masthead) are never read as translations.
  const own = raw !== null && raw !== e.original && raw !== e.source && raw !== e.url && !e.credits.includes(raw);
  const outlet = raw === null ? null : canonicalOutletName(raw, own ? { translated: false } : {});
  let republisher: string | null = null;
  if (outlet !== null && (e.original !== null || e.source !== null || e.url !== null)) {
    // A Source line names the republishing site when an original credit outranks it.
    const candidates = [e.original !== null ? e.source : null, e.url, e.titleSuffix, e.copyright ?? e.siteName, e.masthead];
    for (const site of candidates) {
      if (site === null) continue;
      const name = canonicalOutletName(site, { translated: false });
      if (name !== outlet) {
        republisher = name;
        break;
      }
    }
  }
  return { outlet, republisher };
}

/** Longest site suffix read as a site's name, in words ("Le Journal des Trois Vallées"). */
const MAX_SUFFIX_NAME_WORDS = 6;

/**
 * What a title suffix that recurs across a site's titles says (" - Le Phare du Cap"): a known
 * outlet's own name is title-suffix evidence; an unknown name shaped like one (capitalised, short,
 * no sentence punctuation) is only the site's name, a republisher candidate, like an unknown
 * copyright name (an aggregator signs every page it copies).
 */
export function suffixEvidence(suffix: string | null): { titleSuffix: string | null; siteName: string | null } {
  if (suffix === null) return { titleSuffix: null, siteName: null };
  const s = suffix.trim();
  // "… | la-croix.com": a site's address as its suffix.
  if (/^(?:www\.)?[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,30}){0,2}\.[a-z]{2,6}$/i.test(s)) {
    const o = outletFromUrl(s);
    return o ? { titleSuffix: o.name, siteName: null } : { titleSuffix: null, siteName: null };
  }
  const own = ownOutletName(s);
  if (own) return { titleSuffix: own.name, siteName: null };
  const named = s.split(/\s+/).length <= MAX_SUFFIX_NAME_WORDS && !/[.!?,;:]$|^\P{Lu}/u.test(s);
  return { titleSuffix: null, siteName: named ? s : null };
}

/**
 * The site's name in a recurring masthead: the first part (between spaced separators) written as a
 * name, one to five words, capitalised or in capitals, without sentence punctuation, not a live or
 * section tag ("EN DIRECT ● Radio Causses — écoutez la matinale" → "Radio Causses").
 */
export function mastheadName(text: string): string | null {
  const parts = foldTypography(text).split(/\s+[-|·•●▪◆»~*]\s+/u);
  // "AFDP — Agence Francophone de Presse": an acronym beside its spelled-out name is read as that name.
  for (let i = 0; i + 1 < parts.length; i++) {
    const [a, b] = [parts[i]!.trim(), parts[i + 1]!.trim()];
    if (isAcronymOf(a, b)) return b;
    if (isAcronymOf(b, a)) return a;
  }
  // Three or more short parts are a menu ("Accueil | Monde | Politique"), not a masthead.
  if (parts.length >= 3 && parts.every((p) => p.trim().split(/\s+/).length <= 2)) return null;
  for (const part of parts) {
    // "RADIO CAGOU 98.5 FM", "Radio Fjord 101,2 MHz": a station's frequency after its name is no part of it.
    const p = part.trim().replace(/\s+\d{2,3}(?:[.,]\d{1,2})?\s*(?:FM|AM|MHz|kHz|DAB\+?)$/iu, '');
    const words = p.split(/\s+/);
    if (words.length < 1 || words.length > 5 || /[.!?:,;]$/u.test(p) || !/^\p{Lu}/u.test(p)) continue;
    if (/^(?:en direct|live|direct|breaking|menu|accueil|home|edition|édition)\b/iu.test(p)) continue;
    if (words.length === 1 && p.length < 4) continue;
    return shoutedName(p);
  }
  return null;
}

/** Particles a name keeps in lower case inside ("L'Écho du Golfe", "Agence de Presse"). */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'd', 'l', 'of', 'the', 'and', 'à', 'au', 'aux', 'en', 'sur']);

/** A masthead's name written in capitals, in the case it is read in (fromCapitals, with the particles of outlets' names). */
export function shoutedName(name: string): string {
  return fromCapitals(name, NAME_PARTICLES);
}

/** True when `acronym` (2–6 capitals) spells the initials of the capitalised words of `name` ("AFDP", "Agence Francophone de Presse"). */
function isAcronymOf(acronym: string, name: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const words = name.split(/[\s\-]+/).filter(Boolean);
  // With or without the particles' initials ("Agence Francophone de Presse": AFP or AFDP).
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  return capitals.length >= 2 && [capitals, all].some((i) => stripAccents(i) === stripAccents(acronym));
}

/** A masthead with a tagline or a tag: parts between spaced separators. */
const MASTHEAD_SHAPE = /\s[-–—|·•●▪◆»~*]\s/u;

/** Longest masthead line, in words: a site's name, maybe with a short tagline. */
const MAX_MASTHEAD_WORDS = 6;

/**
 * The outlet a masthead names: the top line of the file, above the title, when it is a known
 * outlet's whole own name (not a translation, see ownOutletName). Menus and unknown text are not names.
 */
export function mastheadOutlet(linesAboveTitle: readonly string[]): string | null {
  const top = linesAboveTitle[0];
  if (top === undefined || top.split(/\s+/).length > MAX_MASTHEAD_WORDS) return null;
  return ownOutletName(top)?.name ?? null;
}

/**
 * The site named by a copyright line that the outlet list does not know, when it is written as a
 * publication's name ("© 2019 Le Courrier du Sud – Tous droits réservés": opened by an article, or
 * holding a word of newspaper names: "Presse Alpine © 2020") or as a domain ("© exemple-info.fr").
 * Person names and photo agencies stay unnamed.
 */
export function unknownCopyrightName(name: string): string | null {
  const s = name.trim();
  if (/^(?:www\.)?[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,30}){0,2}\.[a-z]{2,6}$/i.test(s)) return s;
  const words = s.split(/\s+/);
  if (words.length > MAX_UNKNOWN_NAME_WORDS || /[,;:!?()]|\d/.test(s)) return null;
  if (/^L['’]\p{Lu}/u.test(words[0]!)) return s;
  if (words.length >= 2 && /^(?:Le|La|Les|The)$/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)) return s;
  // "Presse Alpine", "Morning Herald": capitalised words with one that newspaper names are made of.
  return /^\p{Lu}/u.test(s) && words.some(isOutletNameWord) ? s : null;
}

/** "X reprend ici un article de Y", "X republie ici…": the subject is the republishing site, not the publisher. */
const REPUBLISHER_SUBJECT = /^\S+(?: \S+){0,5}? (?:repren\w*|reprodui\w*|republi\w*|relai\w*|relay\w*|publie|publions) ici\b/;

/** Chrome that addresses the reader (asks for consent, a click, a subscription): never a page's masthead. */
const ADDRESSES_READER = new Set(['chrome:cookies', 'chrome:consent', 'chrome:ui', 'chrome:call-to-action', 'chrome:newsletter', 'chrome:app', 'chrome:share', 'chrome:paywall', 'chrome:feedback', 'chrome:stray', 'chrome:ad']);

/** A banner's button is a word or a short phrase ("I agree", "Show purposes", "Gérer mes choix"). */
const BUTTON_MAX_WORDS = 3;

/** A masthead name shorter than this (article left out) is too common a word to recognise inside another line. */
const MIN_WITHIN_NAME_CHARS = 6;

/**
 * True when `text` holds the publication name `name`, its article aside, as whole words. A one-word
 * name counts only with its article ("La Sentinelle"): a bare word ("Actualités") is a section's.
 */
function namesWithin(text: string, name: string): boolean {
  const key = compareKey(name);
  const bare = key.replace(/^(?:le|la|les|l|the)\s+/u, '');
  if (bare.length < MIN_WITHIN_NAME_CHARS || (!bare.includes(' ') && bare === key)) return false;
  return ` ${compareKey(text)} `.includes(` ${bare} `);
}

/**
 * The site's own evidence among the chrome lines removed from a file: its copyright line (a known
 * outlet; an unknown name written as a publication's is kept apart as `siteName`), its masthead
 * (chrome above the title), and a republishing credit the chrome rules took, which is relabelled
 * `metadata:credit` (the removal is updated in place).
 */
export function siteEvidence(
  removed: Removal[],
  titleLine: number,
): Pick<OutletEvidence, 'copyright' | 'masthead' | 'siteName'> & { credit: CreditedName | null } {
  let copyright: string | null = null;
  let siteName: string | null = null;
  let credit: CreditedName | null = null;
  // The file's first line when chrome took it above the title: its masthead, if it has one. A page
  // may open on what asks the reader something first (a cookie banner and its buttons, an app or
  // newsletter prompt, a share bar): the masthead is the first line after them.
  // A consent notice the template rule took for what it is on every page (recurring) is a paragraph,
  // never a masthead; the short buttons under it ("I agree", "Show purposes") are no name either.
  let top: Removal | null = null;
  let inBanner = false;
  for (const r of removed.filter((x) => x.line.n < titleLine).sort((a, b) => a.line.n - b.line.n)) {
    const text = r.line.text.trim();
    const nWords = text.split(/\s+/).length;
    if (ADDRESSES_READER.has(r.reason) || (nWords > MAX_MASTHEAD_WORDS && /[.!?…]$/u.test(text))) {
      inBanner = true;
      continue;
    }
    if (inBanner && nWords <= BUTTON_MAX_WORDS && !nameShaped(text)) continue;
    top = r;
    break;
  }
  const mastheadKey = top !== null && top.reason.startsWith('chrome:') && top.line.text.split(/\s+/).length <= MAX_MASTHEAD_WORDS ? compareKey(top.line.text) : null;
  const topName = top !== null && (top.reason === 'chrome:recurring' || top.reason === 'chrome:banner') && top.line.text.split(/\s+/).length <= MAX_MASTHEAD_WORDS ? mastheadName(top.line.text) : null;
  const above: Line[] = [];
  // The recurring top line names the site when a line below the title that is no copyright names it
  // too ("Le Droit de la Péninsule est membre de…" under "LE DROIT DE LA PÉNINSULE"): the page speaks of
  // itself by that name, whatever company its copyright names ("© Les Éditions de la Péninsule inc.").
  const isCopyright = (r: Removal): boolean => r.reason === 'chrome:copyright' || COPYRIGHT_MARK.test(r.line.text) || LEGAL_PHRASE_ANY.test(r.line.text);
  if (topName !== null && removed.some((r) => r.line.n > titleLine && r !== top && !isCopyright(r) && namesWithin(r.line.text, topName))) siteName = topName;
  for (const r of removed) {
    // A republishing credit the chrome rules took (the metadata stage reads only the head and tail).
    if (r.reason.startsWith('chrome:') && r.line.text.length <= MAX_CREDIT_CHARS) {
      const c = parseRepublishCredit(r.line.text);
      if (c) {
        credit ??= c;
        r.reason = 'metadata:credit';
        continue;
      }
    }
    // A copyright line by its text, whatever rule took it (a recurring one is still the site's).
    if (r.reason === 'chrome:copyright' || (r.reason.startsWith('chrome:') && r.reason !== 'chrome:photo-credit' && r.line.n > titleLine && (COPYRIGHT_MARK.test(r.line.text) || LEGAL_PHRASE_ANY.test(r.line.text)))) {
      copyright ??= creditOutlet(r.line.text);
      const name = creditName(r.line.text);
      // The name the copyright line gives is the site's when the page's top line (its masthead) says
      // the same, whatever its shape ("SAHEL DIRECT" … "Sahel Direct © 2019").
      // The page's recurring top line and its copyright line name the same publication, however the
      // copyright spells its owner ("The North Sea Post" … "© 2019 North Sea Post News & Media
      // Limited", "La Libre Ardenne" … "La Libre Ardenne SRL – TVA BE …"): two independent places
      // agree, and the masthead gives the publication's name rather than its company's.
      // The masthead says more than the copyright's name ("RADIO LANMÈ 94.7" … "Radio Lanmè ©2019"): a
      // frequency, an edition or a tagline after the name both places give.
      if (topName !== null && name !== null && compareKey(topName).startsWith(`${compareKey(name)} `) && compareKey(name).includes(' ')) siteName ??= name;
      if (topName !== null && namesWithin(r.line.text, topName)) siteName ??= topName;
      if (name !== null) siteName ??= unknownCopyrightName(name) ?? (mastheadKey !== null && compareKey(name) === mastheadKey ? name : null);
    }
    if (r.reason.startsWith('chrome:') && r.line.n < titleLine) above.push(r.line);
  }
  // The recurring top line names the site when a line below the title names it too (a byline "Par X
  // — Canal Vallée", a picture credit "© X / Canal Vallée", a footer "Canal Vallée 2018 — Mentions
  // légales"): the page speaks of itself by that name.
  if (siteName === null && topName !== null && removed.some((r) => r.line.n > titleLine && r !== top && namesWithin(r.line.text, topName))) siteName = topName;
  above.sort((a, b) => a.n - b.n);
  // No copyright line names the site: a masthead that recurs on the site's pages does ("Ourthe TV — la télé de chez nous").
  // (A line with a tagline or in capitals: a recurring plain line may be a column's title, "Brèves de l'Est".)
  if (siteName === null && top !== null && top.reason === 'chrome:recurring' && (MASTHEAD_SHAPE.test(top.line.text) || top.line.text === top.line.text.toUpperCase())) {
    siteName = mastheadName(top.line.text);
  }
  // A masthead in capitals gives no case: the name as the page writes it elsewhere ("LE MONDE D EN
  // BAS" … "Le Monde d'en bas n'a ni actionnaire…") is its spelling.
  if (siteName !== null && top !== null && top.line.text === top.line.text.toUpperCase()) siteName = spelledElsewhere(siteName, removed, top) ?? siteName;
  return { copyright, masthead: mastheadOutlet(above.map((l) => l.text)), siteName, credit };
}

/** The name as another line of the page writes it, not in capitals (words and apostrophes alike), or null. */
function spelledElsewhere(name: string, removed: readonly Removal[], top: Removal): string | null {
  const words = name.split(/[\s'’]+/u).filter(Boolean);
  if (words.length < 2) return null;
  const pattern = new RegExp(`(?<![\\p{L}])${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("[\\s'’]+")}(?![\\p{L}])`, 'iu');
  for (const r of removed) {
    if (r === top) continue;
    const m = pattern.exec(r.line.text);
    // A name as written: not in capitals, and opened by a capital ("mardi soir" in a sentence is no name).
    if (m && m[0] !== m[0].toUpperCase() && /^\p{Lu}/u.test(m[0])) return m[0];
  }
  return null;
}

/**
 * A site that signs pages credited to this many other outlets republishes others' work (an
 * aggregator): its name is never the outlet of its unattributed pages. One other outlet is not enough:
 * a site's own newsroom may republish one partner's piece with a credit.
 */
export const AGGREGATOR_MIN_OUTLETS = 2;

/**
 * Settles the outlet of pages whose only evidence is their site's own unknown name (the copyright line
 * or the recurring title suffix of a site missing from the outlet list). Across the folder, a site
 * whose signed pages better evidence gives to AGGREGATOR_MIN_OUTLETS other outlets is an aggregator:
 * its unattributed pages keep a null outlet and name it as their republisher. Any other site is the
 * publisher of its unattributed pages that a person signs (a byline): its name, as written, is their
 * outlet; an unsigned page with no credit may be a copy taken from anywhere, so its outlet stays null.
 */
export function settleSiteNames(docs: Array<{ outlet: string | null; republisher: string | null; siteName: string | null; author?: string | null }>): void {
  const others = new Map<string, Set<string>>();
  for (const d of docs) {
    if (d.siteName === null || d.outlet === null) continue;
    const site = canonicalOutletName(d.siteName, { translated: false });
    if (d.outlet === site) continue;
    const set = others.get(site) ?? new Set<string>();
    set.add(d.outlet);
    others.set(site, set);
  }
  for (const d of docs) {
    if (d.siteName === null || d.outlet !== null) continue;
    const site = canonicalOutletName(d.siteName, { translated: false });
    // An aggregator, or a page nobody on the site signed (a copy taken without credit), names the
    // site as its republisher only; a page signed by a person is the site's own work.
    if ((others.get(site)?.size ?? 0) >= AGGREGATOR_MIN_OUTLETS || d.author === undefined || d.author === null) d.republisher ??= site;
    else d.outlet = site;
  }
}
