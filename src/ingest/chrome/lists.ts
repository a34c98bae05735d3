/** Link lists and widgets: "Lire aussi" lines with glued text, headed link lists, headerless tail runs, widget parts next to chrome. */
import { ARROW_CLASS, stripAccents } from '../text.ts';
import { isCredit, LIST_CUES, looksLikePersonName } from './classes.ts';
import { analyseLine, endsSentence, type Info } from './info.ts';

/**
 * A "Lire aussi" line longer than this (in words) has article text glued after the link title
 * ("Lire aussi l'éditorial: X  Le président du groupe…"): only the link part is cut.
 */
const SEE_ALSO_MAX_WORDS = 30;
/** The link title of a glued "Lire aussi" line ends within this many words. */
const SEE_ALSO_SPLIT_MAX_WORDS = 40;

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
export function cutGluedLinks(infos: Info[]): Info[] {
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
  // French quotes take a space inside: "… démarche. « Il ne s’agit pas …", "… de réagir. »".
  return o.nWords <= GLUED_LINKS_MAX_WORDS && !/[.!?…]\s?["'»”’)]*$/u.test(t) && !/[.!?…]\s?["»”)]?\s+["«“]?\s?\p{Lu}/u.test(t);
}

/** A line of at least this many words that no rule took is the article's text (a headline has fewer). */
const BODY_TEXT_MIN_WORDS = 25;

/** A standalone header of a link list: a see-also or advertising label, or a short line of recommendation words. */
function listHeader(o: Info, aboveText: boolean): 'strong' | 'weak' | null {
  if (o.nWords === 0 || o.nWords > LIST_HEADER_MAX_WORDS || /[.]$/.test(o.line.text)) return null;
  if (o.reason === 'chrome:see-also') return 'strong';
  // Above the article's text, an advertising label marks a banner slot ("Publicité"), which the
  // page's own headline may follow: there it heads a link list only when two or more link-like
  // lines come after it. Below text it heads sponsored links ("Contenus sponsorisés").
  if (o.reason === 'chrome:ad') return aboveText ? 'weak' : 'strong';
  if (o.reason !== null) return null;
  return stripAccents(o.key).split(' ').some((w) => LIST_CUES.has(w)) ? 'weak' : null;
}

/**
 * Removes link lists: a header ("À lire également", "Contenus sponsorisés", "Dans l'actualité")
 * followed by headline-like lines. A see-also or advertising header needs one item; a header known
 * only by its words needs two (a subheading followed by a paragraph stays).
 */
export function removeLinkLists(infos: Info[], from: number): void {
  let textSeen = false;
  for (let i = Math.max(from, 0); i < infos.length; i++) {
    const kind = listHeader(infos[i]!, !textSeen);
    // Body text: a line no rule took that is long enough to be a paragraph.
    if (infos[i]!.reason === null && infos[i]!.nWords >= BODY_TEXT_MIN_WORDS) textSeen = true;
    if (!kind) continue;
    let j = i + 1;
    while (j < infos.length && j - i <= LIST_MAX_ITEMS && (infos[j]!.reason !== null ? infos[j]!.reason!.startsWith('chrome:') : headlineLike(infos[j]!, true))) j++;
    const items: number[] = [];
    for (let k = i + 1; k < j; k++) if (infos[k]!.reason === null) items.push(k);
    // Above the article's text, a list that runs straight into the text ends on the page's own
    // headline, which stays (as in removeHeadLinkList): a banner's "En savoir plus" button, then site
    // chrome, then the headline and the lead, is no list of links.
    if (!textSeen && j < infos.length && infos[j]!.reason === null && j - i <= LIST_MAX_ITEMS) items.pop();
    if (items.length < (kind === 'strong' ? 1 : 2)) continue;
    infos[i]!.reason ??= 'chrome:see-also';
    for (const k of items) infos[k]!.reason = 'chrome:related';
    i = j - 1;
  }
}

/** A line led by a pointer symbol ("› Titre d'un autre article", "→ …", any arrow: ARROW_CLASS; "»" only without an opening "«") or a format tag in capitals ("VIDÉO - Titre"). */
const POINTER_LED = new RegExp(`^(?:[${ARROW_CLASS}]|»(?![^«]*«)|(?:VID[ÉE]OS?|PHOTOS?|AUDIO|PODCAST|DIAPORAMA|INFOGRAPHIE|REPLAY)\\s*[-–—:|.]\\s)\\s*\\p{Lu}`, 'u');

/**
 * Single links to other articles after the headline: a pointer symbol and a headline, alone (a
 * neighbour led the same way makes a list of the article's own points) and not introduced by a
 * colon ("Les mesures annoncées :"). From `from` (after the title).
 */
export function removePointerLinks(infos: Info[], from: number): void {
  const pointer = (j: number): boolean => j >= 0 && j < infos.length && POINTER_LED.test(infos[j]!.line.text);
  // After text: never the page's first or only line (its headline).
  const firstKept = infos.findIndex((o) => o.reason === null);
  for (let i = Math.max(from, 0); i < infos.length; i++) {
    const o = infos[i]!;
    if (i <= firstKept) continue;
    if (o.reason !== null || !pointer(i) || pointer(i - 1) || pointer(i + 1)) continue;
    // Introduced by a colon, or a sentence of its own ("► Le Journal a été invité par l'agence !"): the article's.
    if ((i > 0 && /:\s*$/u.test(infos[i - 1]!.line.text)) || /[.!…]$/u.test(o.line.text)) continue;
    const rest = { ...o, nWords: Math.max(0, o.nWords), line: { ...o.line, text: o.line.text.replace(/^\S+\s*/u, '') } };
    if (headlineLike(rest, true)) o.reason = 'chrome:related';
  }
}

/**
 * A link list above the article ("Les plus lus de la semaine" and the headlines under it), before
 * the first line of text (`first`): a see-also header and at least two headline-like items. When the
 * list runs straight into the text, its last item is the page's own headline and stays.
 */
export function removeHeadLinkList(infos: Info[], first: number): void {
  const h = infos.findIndex((o, i) => i < first && o.reason === 'chrome:see-also' && listHeader(o, true) === 'strong');
  if (h < 0) return;
  let j = h + 1;
  while (j < first && j - h <= LIST_MAX_ITEMS && (infos[j]!.reason !== null ? infos[j]!.reason!.startsWith('chrome:') : headlineLike(infos[j]!, true))) j++;
  let end = j;
  if (j === first && j - 1 > h && infos[j - 1]!.reason === null) end = j - 1;
  const items: number[] = [];
  for (let k = h + 1; k < end; k++) if (infos[k]!.reason === null) items.push(k);
  if (items.length < 2) return;
  for (const k of items) infos[k]!.reason = 'chrome:related';
}

/**
 * After the last anchor: runs of TAIL_RUN_MIN_ITEMS or more unclassified headline-like lines (site
 * chrome may sit between them) are lists of links without a header. A list introduced by a colon
 * ("Les chiffres clés :") is the article's own.
 */
export function removeTailRuns(infos: Info[], from: number): void {
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
export function removeWidgetParts(infos: Info[], from: number): void {
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
