/** Chooses a file's title from scored candidates (head lines, the URL slug), strips site suffixes that recur across titles, and derives a title from the lead only as a last resort. */
import { outletNameShaped } from './attribution.ts';
import { parseByline, parseDateLine } from './metadata.ts';
import { isPersonName, personNames } from './names.ts';
import { matchOutletName, ownOutletName } from './outlets.ts';
import { CLOSING_BRACKET, compareKey, foldTypography, memoByText, repeatedSeparator, SEPARATOR_RUN, stripAccents, words } from './text.ts';
import { STOPWORDS } from './stopwords.ts';
import { functionWordLanguage } from './trust.ts';
import type { Line } from './types.ts';

/**
 * Longest first line still taken as a title. Real headlines in both corpora are at most ~180
 * characters; files without a headline start with a lead paragraph of 130–2,000+ characters
 * that is several sentences long.
 */
export const MAX_TITLE_CHARS = 200;
/** A derived title is cut near this length, at a word boundary. */
export const DERIVED_TITLE_CHARS = 110;

/** Counts sentence ends (". ", "! ", "? " followed by a capital or a quote) inside a line. */
function innerSentenceEnds(text: string): number {
  let count = 0;
  for (let i = 1; i < text.length - 2; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ') {
      const next = text[i + 2] ?? '';
      if (next !== next.toLowerCase() || next === '«' || next === '"') count++;
    }
  }
  return count;
}

/** True when a line reads like a headline rather than a lead paragraph. */
export function isTitleLike(text: string): boolean {
  if (text.length > MAX_TITLE_CHARS) return false;
  // A line holding a web address is a link or a credit, never a headline.
  if (/\b(?:https?:\/\/|www\.)\S/iu.test(text)) return false;
  // A headline is one sentence, or several without a final full stop ("… ? « Non ! »", "… (VIDEO)");
  // a lead paragraph has two or more sentences and ends with one.
  if (innerSentenceEnds(text) === 0 || text.length <= 120) return true;
  return !/[.…]["»”)]?$/u.test(text);
}

/** First sentence of a paragraph, cut at a word boundary near DERIVED_TITLE_CHARS, with an ellipsis when cut. */
export function deriveTitle(lead: string): string {
  // (A message's pictograms before its words, "🔴 …", are no part of its first sentence.)
  const text = lead.replace(LEADING_PICTOGRAMS, '') || lead;
  let end = text.length;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ' && i > 20) {
      end = i + (c === '.' ? 0 : 1);
      break;
    }
  }
  let title = text.slice(0, end);
  if (title.length > DERIVED_TITLE_CHARS) {
    const cut = title.lastIndexOf(' ', DERIVED_TITLE_CHARS);
    title = `${title.slice(0, cut > 40 ? cut : DERIVED_TITLE_CHARS).replace(/[\s,;:–—-]+$/u, '')}…`;
  }
  return title;
}

/** Where a title comes from: a headline line of the file, or the lead (derived, a last resort). */
export type TitleSource = 'headline' | 'derived';

/** A section label above a headline has at most this many words. */
const LABEL_MAX_WORDS = 8;
/**
 * Two or more "label: value" fields joined by a spaced bar, middle dot or any other one symbol but a
 * dash, a slash or sentence punctuation ("Neige : 45 cm · Remontées : 12/14", "Piscines : fermées ⋅
 * Procession : 21 h"): a status bar, not a headline.
 */
function statusBar(text: string): boolean {
  const fields = text.split(FIELD_JOIN);
  return fields.length >= 2 && fields.every((f) => STATUS_FIELD.test(f));
}
/** A spaced symbol joining a status bar's fields (not a dash, a slash, brackets, quotes or sentence punctuation). */
const FIELD_JOIN_SYMBOL = `(?![-–—,;:.!?'"&%@#…«»“”‘’()\\[\\]/\\\\*])[\\p{Sm}\\p{So}\\p{Po}]`;
// (Or two or three slashes, "Vent : 72 km/h // Prochain navire : au mouillage": a doubled slash is no
// date's, no bilingual label's.)
const FIELD_JOIN = new RegExp(`\\s(?:${FIELD_JOIN_SYMBOL}|/{2,3})\\s`, 'u');
/**
 * True when a line is three fields or more joined by one spaced separator that is no dash (a headline's
 * own "A – B" is one), each field a few words: a ticker, a menu, a list of prices.
 */
function ticker(text: string): boolean {
  const sep = repeatedSeparator(text);
  return sep !== null && text.split(sep).every((f) => words(f).length >= 1 && words(f).length <= TICKER_FIELD_MAX_WORDS);
}
/**
 * True when a line enumerates two items or more, numbered from 1 in order ("1) A ; 2) B", "1. A 2. B",
 * "1 – A · 2 – B"), each number after the line's start or a separator.
 */
function numberedItems(text: string): boolean {
  let next = 1;
  for (const m of text.matchAll(ITEM_NUMBER)) if (Number(m[1]) === next) next++;
  return next > 2;
}
/** An item's number: at the start, or after a colon, a semicolon or a spaced separator, then ")", "." or a spaced dash. */
const ITEM_NUMBER = /(?:^|[:;]\s|\s[|·•/]\s)(\d{1,2})(?:[).]|\s[-–—])\s/gu;
/** A ticker's field has at most this many words ("Shetland Mainland: harbour closed to small craft"). */
const TICKER_FIELD_MAX_WORDS = 8;
/** One field of a status bar: a short label, a colon, a short value. */
const STATUS_FIELD = /^[^:]{2,30}?\s?:\s[^:]{1,40}$/u;
/** The headline under a section label has at least this many words. */
const LABEL_MIN_HEADLINE_WORDS = 4;

/** A short line in capitals (or opening on a part in capitals), or a capitalised word and a page number ("PAGE 16 | Social"): a label above the headline. */
function isSectionLabel(text: string): boolean {
  const w = words(text);
  if (w.length === 0 || w.length > LABEL_MAX_WORDS || /[.!?…:]$/u.test(text)) return false;
  // The whole line in capitals, or a masthead: a name in capitals and its tagline ("THE FENLAND
  // OBSERVER — news from the marshes").
  const head = text.split(/\s[-–—|·•]\s/u)[0]!;
  const letters = head.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return true;
  return /^\p{Lu}{2,}\s+\d{1,3}\b/u.test(text);
}

/** The label of a message's subject line ("Objet : …", "Subject: …", "Titre : …"), which a headline taken from an e-mail or form keeps. */
const SUBJECT_LABEL = /^(?:objet|subject|sujet|titre|title)\s?:\s+(?=\S)/iu;

/** The headline without its subject label, when what follows still reads as a headline. */
function withoutSubjectLabel(text: string): string {
  const rest = text.replace(SUBJECT_LABEL, '');
  return rest !== text && isTitleLike(rest) ? rest : text;
}

/** Head lines considered as title candidates (the headline sits among the first lines left after chrome). */
const HEAD_CANDIDATES = 5;
/** Share of the URL slug's words a line must hold to be recognised as the headline the URL names. */
const SLUG_MATCH = 0.6;
/** A slug names a headline when it has at least this many words (shorter slugs are ids or sections). */
const SLUG_MIN_WORDS = 3;
/**
 * The first line keeps the title unless it holds less than this share of the slug's words: slugs
 * are often written from the lead or shortened, so a first line sharing a third of them is the headline.
 */
const SLUG_FIRST_MAX = 0.3;

/** Accent-stripped lower-case words of a URL's last path segment ("…/quatre-blesses-par-une-voiture-123.html"). */
export function slugWords(url: string | null | undefined): string[] {
  if (!url) return [];
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1).replace(/\.[a-z0-9]{2,5}$/i, '');
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // keep the raw segment
  }
  return words(stripAccents(decoded)).filter((w) => w.length >= 3 && !/^\d+$/.test(w));
}

/** Share of the slug's words found in a line's start (0 when the slug is too short to name a headline). */
function slugShare(slug: readonly string[], text: string): number {
  if (slug.length < SLUG_MIN_WORDS) return 0;
  const have = new Set(words(stripAccents(text.slice(0, MAX_TITLE_CHARS))));
  let n = 0;
  for (const w of slug) if (have.has(w)) n++;
  return n / slug.length;
}

/**
 * Picks the title among candidates: the first kept line when it reads like a headline, unless a
 * later head line is the headline the file's URL names (its slug's words), in which case the lines
 * above it are returned in `above` (kickers, banners left by chrome removal). When no line is a
 * headline, the title is derived from the lead, which stays in the body (no text is lost).
 */
export function pickTitle(
  lines: readonly Line[],
  url: string | null = null,
  labels?: ReadonlySet<string>,
  links?: LinkEvidence,
): { title: string | null; titleLine: Line | null; body: Line[]; source: TitleSource; above: Line[] } {
  const [first, ...rest] = lines;
  if (!first) return { title: null, titleLine: null, body: [], source: 'derived', above: [] };
  // A site's label above the headline (see labelEvidence), with a longer headline-like line below it.
  const firstLabel = labels === undefined && links === undefined ? null : labelKey(words(first.text), first.text);
  const below = rest[0];
  // (The headline below may be shorter than a status line: "Vol X : retardé de deux heures · Pleine mer : 6 h 23".)
  if (firstLabel !== null && labels !== undefined && labels.has(firstLabel) && below !== undefined && isTitleLike(below.text) && !/[.…]["»”)]?$/u.test(below.text) && (words(below.text).length > words(first.text).length || (words(below.text).length >= LABEL_MIN_HEADLINE_WORDS && !labels!.has(labelKey(words(below.text), below.text) ?? '')))) {
    const picked = pickTitle(rest, url, labels, links);
    return { ...picked, above: [first, ...picked.above] };
  }
  // A label of the site's set before other pages' headlines ("Article suivant : <another page's
  // headline>", "Up next: …"; labelEvidence), above a headline that another page links to with it: the
  // line links elsewhere, the headline is the one below.
  // (A breadcrumb echoing the headline or a short section line may stand between them: see lineBeforeHeadline.)
  const headAt = lineBeforeHeadline(rest, 0);
  const head = rest[headAt];
  if (firstLabel !== null && links !== undefined && links.labels.has(firstLabel) && head !== undefined && headlineShaped(head.text) && labelKey(words(head.text), head.text) !== firstLabel && (links.heads.has(compareKey(head.text)) || namesOtherArticle(first.text, head.text, rest.slice(headAt + 1)))) {
    const picked = pickTitle(rest, url, labels, links);
    return { ...picked, above: [first, ...picked.above] };
  }
  // A line that ends on the headline below it, whole or cut short ("Vous lisez : <headline>", "You are
  // reading: …", "Accueil › Région › <headline cut…>"): a reminder or a breadcrumb, on one page as on many.
  // When the line below puts its own tag before that headline ("Pérou ◈ <headline>"), the two lines
  // agree on the headline without either tag.
  const echoed = below === undefined ? null : echoedPart(first.text, below.text);
  if (echoed !== null && echoed !== below!.text) return { title: echoed, titleLine: below!, body: rest.slice(1), source: 'headline', above: [first] };
  if (echoed !== null) {
    const picked = pickTitle(rest, url, labels, links);
    return { ...picked, above: [first, ...picked.above] };
  }
  // (And a short line above such a reminder, a masthead or a section, is no headline either: the
  // headline is the line the reminder points at.)
  // (So is a labelled line of any length, "Article suivant : <another page's headline>": the reminder
  // below it says which line is the page's headline.)
  if (below !== undefined && rest[1] !== undefined && (words(first.text).length <= SUFFIX_MAX_WORDS || LEADING_LABEL.test(first.text)) && echoesBelow(below.text, rest[1].text)) {
    const picked = pickTitle(rest.slice(1), url, labels, links);
    return { ...picked, above: [first, below, ...picked.above] };
  }
  // A site's bar of fields that change from page to page (a label of the folder joined by a spaced dot
  // or bar: "Or : 1276 $ US l’once · Cuivre : 2,63 $ US…") is never a headline, even on a copy that
  // shows none below it (its title then comes from the lead, and a copy's headline wins). A tag set
  // apart before one headline ("EN BREF | Titre") is no bar: stripSitePrefix reads it.
  if (firstLabel !== null && rest.length > 0 && labels !== undefined && labels.has(firstLabel) && STATUS_PARTS.test(first.text) && splitPrefix(first.text) === null) {
    const picked = pickTitle(rest, url, labels, links);
    return { ...picked, above: [first, ...picked.above] };
  }
  // A status bar of two fields or more ("Neige : 45 cm · Remontées : 12/14", "Snow report: 30 in | Lifts:
  // 9/11 open") above a headline-like line is the site's, on one page as on many: a headline is no
  // list of "label: value" fields.
  if (below !== undefined && statusBar(first.text) && isTitleLike(below.text) && !/[.…]["»”)]?$/u.test(below.text)) {
    const picked = pickTitle(rest, url, labels, links);
    return { ...picked, above: [first, ...picked.above] };
  }
  // A ticker of three short fields or more joined by one separator ("Weather ~ 26°C ~ Showers ~ BZ$2.00
  // to the US dollar", "Quayside ▸ Mackerel £1056/t ▸ Monkfish unchanged"), above a headline-like line:
  // a site's bar, on one page as on many.
  if (below !== undefined && ticker(first.text) && isTitleLike(below.text) && !/[.…]["»”)]?$/u.test(below.text)) {
    const picked = pickTitle(rest, url, labels, links);
    return { ...picked, above: [first, ...picked.above] };
  }
  // A list of contents whose items are numbered ("Au sommaire : 1) … ; 2) … ; 3) …", "In this issue: 1. …
  // 2. …"), above a headline-like line: a letter's or a page's summary, not its headline.
  if (below !== undefined && numberedItems(first.text) && isTitleLike(below.text) && !/[.…]["»”)]?$/u.test(below.text)) {
    const picked = pickTitle(rest, url, labels, links);
    return { ...picked, above: [first, ...picked.above] };
  }
  const slug = slugWords(url);
  if (slug.length >= SLUG_MIN_WORDS) {
    let best = -1;
    let bestShare = slugShare(slug, first.text);
    // A lead sentence (final full stop) is never a headline candidate.
    for (let i = 1; i < Math.min(lines.length, HEAD_CANDIDATES) && bestShare < SLUG_FIRST_MAX; i++) {
      const text = lines[i]!.text;
      if (!isTitleLike(text) || /[.…]["»”)]?$/u.test(text)) continue;
      const share = slugShare(slug, text);
      if (share >= SLUG_MATCH && share > bestShare) {
        best = i;
        bestShare = share;
      }
    }
    if (best > 0) {
      return { title: lines[best]!.text, titleLine: lines[best]!, body: lines.slice(best + 1), source: 'headline', above: lines.slice(0, best) };
    }
  }
  // A section label in capitals above the headline ("VIE LOCALE", "PAGE 16 | Le fait du jour"): a
  // short line shouted in capitals (or opening on a capitalised word and a page number), then a
  // headline in ordinary case. A headline in capitals is longer, and a lead under it is a sentence.
  const next = rest[0];
  if (next !== undefined && isSectionLabel(first.text) && isTitleLike(next.text) && !/[.…]["»”)]?$/u.test(next.text) && /\p{Ll}/u.test(next.text) && words(next.text).length >= LABEL_MIN_HEADLINE_WORDS) {
    // (A status bar may stand between the label and the headline: read on from the line below.)
    if (statusBar(next.text)) {
      const picked = pickTitle(rest, url, labels, links);
      return { ...picked, above: [first, ...picked.above] };
    }
    return { title: next.text, titleLine: next, body: rest.slice(1), source: 'headline', above: [first] };
  }
  // A first line closed by a full stop with more text after it is the lead's first sentence (a copy
  // that lost its headline): headlines almost never end with a full stop (2 in 1,000 in the corpora),
  // and then the derived title reads the same.
  const sentence = rest.length > 0 && /[^.]\.["»”)]?$/u.test(first.text);
  if (isTitleLike(first.text) && !sentence) return { title: withoutSubjectLabel(first.text), titleLine: first, body: rest, source: 'headline', above: [] };
  return { title: deriveTitle(first.text), titleLine: null, body: [...lines], source: 'derived', above: [] };
}

/**
 * Every spaced separator of a line (see SEPARATOR_RUN in text.ts), read on the line with its
 * typography folded, so a guillemet (" » ", " › ") reads as '"'. A split only counts when the same
 * segment ends (or opens) many files' titles.
 */
const SEPARATORS = new RegExp(`\\s(?:${SEPARATOR_RUN}|")\\s`, 'gu');
/** A site suffix has at most this many words ("Nouvel Horizon Info", "Le Journal des Trois Vallées"). */
const SUFFIX_MAX_WORDS = 6;
/** The headline before a suffix keeps at least this many words ("Brexit - Le Monde" is not stripped to one word). */
const PREFIX_MIN_WORDS = 3;
/**
 * A trailing segment is a site suffix when the head lines of at least this many files end with it:
 * one site's pages share it, while a headline's own ending ("- acte V") recurs in a copy or two.
 */
const SUFFIX_MIN_FILES = 4;
/**
 * Head lines of each file looked at for suffixes: a page may open on a banner, its buttons, a masthead
 * and a menu before the headline. A line further down ending with the same short segment in
 * SUFFIX_MIN_FILES files (a menu's last entry) only matters if a title ends with it too.
 */
const SUFFIX_HEAD_LINES = 12;
/** Lines of more than this many words are paragraphs, not headlines. */
const SUFFIX_LINE_MAX_WORDS = 40;

/**
 * Words of format tags that end many headlines of one site ("… - VIDÉO", "… | EN DIRECT"): a suffix
 * made only of them is part of the headline, not the site's name. A small list, used only to exclude.
 */
const FORMAT_TAGS = new Set([
  'video', 'videos', 'photo', 'photos', 'direct', 'live', 'audio', 'podcast', 'infographie', 'exclusif', 'exclusive',
  'interview', 'entretien', 'tribune', 'edito', 'analyse', 'chronique', 'en', 'le', 'la', 'les', 'in', 'pictures', 'update',
  'mise', 'a', 'jour', 'breaking', 'news', 'opinion', 'temoignage', 'reportage', 'diaporama', 'carte', 'graphique',
  // joining two tags ("PHOTOS et VIDEO", "VIDEO and PHOTOS")
  'et', 'and',
]);

/** Trailing site suffixes that recur across files' head lines, by comparison key. */
export interface TitleEvidence {
  suffixes: ReadonlySet<string>;
  /** Among the suffixes, those ending SUFFIX_MIN_FILES different headlines or more (not only other pages' mastheads). */
  endings?: ReadonlySet<string>;
  /** Leading tags a site puts before many different headlines ("ANALYSE »", "[Revue de presse]"), by comparison key: see splitPrefix. */
  prefixes?: ReadonlySet<string>;
  /**
   * Leading tags in ordinary case ("Paris Briefing — …") before many different headlines, some of which
   * other pages of the folder show without the tag: the site's rubric, not the headlines' words.
   */
  barePrefixes?: ReadonlySet<string>;
  /** Separators the folder's headlines put before the original outlet's name (a press review's " ~ Le Monde"): see outletSuffix. */
  outletSeparators?: ReadonlySet<string>;
  /** First two words (lower case) of a site's labels above its headlines ("édition de", "prochain match"): see buildTitleEvidence. */
  labels?: ReadonlySet<string>;
  /** A site's labels before links to other pages' headlines, and the headlines they link to: see LabelCounter.links. */
  links?: LinkEvidence;
}

/** A site label above a headline has at most this many words ("Édition de Saint-Junien", "Prochain match : Laval – Cholet, samedi 18 h"). */
const SITE_LABEL_MAX_WORDS = 10;
/**
 * Fields of a status bar joined by a spaced middle dot or bar ("… : à l’heure · Pleine mer : 9 h 24"), or
 * by any other one symbol but a dash or a slash before a field of its own, a label and a colon
 * ("Piscines : fermées ⋅ Procession : 21 h"): a dash may be a headline's own, a slash or "//" ends a
 * site's tag ("Francophone Press // Titre"), and a bullet before a name ends a headline ("… • Fenua Info").
 */
const STATUS_PARTS = new RegExp(`\\S\\s[·|]\\s\\S|\\S\\s${FIELD_JOIN_SYMBOL}\\s[^:]{1,40}?\\s?:\\s`, 'u');
/** A line without its last segment (after a separator or in closing brackets) when that is a name: a capital, no figure ("… ‖ Nakamal Info"). */
function withoutLastName(text: string): string {
  const cut = lastSuffixCut(text);
  return cut !== null && /^\p{Lu}/u.test(cut.tail) && !/\d/u.test(cut.tail) ? text.slice(0, cut.at) : text;
}
/**
 * True when the value of a labelled line ("Up next: <a headline>") names another article than the
 * page's: at most LINK_MAX_SHARE of its content words come back in the page's first lines of text,
 * while the headline-like line below it has at least LINK_MIN_GAIN more of its own there. A page's
 * headline names what its lead tells (a topic before it, "Marée noire : …", shares the lead's words
 * as much as a standfirst does); a link to another article shares an incidental word at most.
 */
function namesOtherArticle(line: string, below: string, text: readonly Line[]): boolean {
  const label = LEADING_LABEL.exec(line);
  if (label === null) return false;
  const lead = new Set<string>();
  for (const l of text.slice(0, LINK_LEAD_LINES)) for (const w of contentWords(l.text)) lead.add(w);
  if (lead.size === 0) return false;
  const share = (t: string): number => {
    const w = contentWords(t);
    return w.length === 0 ? 0 : w.filter((x) => lead.has(x)).length / w.length;
  };
  const value = share(line.slice(label[0].length));
  return value <= LINK_MAX_SHARE && share(below) >= value + LINK_MIN_GAIN;
}
/** Labels that link to other articles above the headline ("Article suivant : …"), by key, and the folder's headlines they link to, by comparison key. */
export interface LinkEvidence {
  labels: ReadonlySet<string>;
  heads: ReadonlySet<string>;
}
/**
 * 1 when the line at `at` stands between a label and the headline below it: a breadcrumb ending on that
 * headline (echoesBelow), or a short section line that is no headline ("News › Crime", "Société"), with
 * a headline-shaped line after it; else 0.
 */
function lineBeforeHeadline(lines: readonly Line[], at: number): 0 | 1 {
  const line = lines[at];
  const next = lines[at + 1];
  if (line === undefined || next === undefined) return 0;
  if (echoesBelow(line.text, next.text)) return 1;
  return words(line.text).length <= SUFFIX_MAX_WORDS && !headlineShaped(line.text) && headlineShaped(next.text) ? 1 : 0;
}

/** A line that may be a headline: headline-like, at least LABEL_MIN_HEADLINE_WORDS words, no closing full stop, comma or colon. */
function headlineShaped(text: string): boolean {
  return isTitleLike(text) && !/[.…,;:]["»”)]?$/u.test(text) && words(text).length >= LABEL_MIN_HEADLINE_WORDS;
}
/**
 * A byline or a date line: shaped like a headline as often as not ("Étienne Cormier, texte revu par
 * X", "Bogotá, 18 de diciembre de 2018 - 1:59 a. m."), it is what stands below a page's own headline,
 * not a headline below a link's label. Read by the parsers, and by shape where a site's wording is new
 * to them: a person's name, then a comma or a semicolon ("Étienne Cormier, texte revu par X"; a
 * headline opening on a name takes a colon, "Emmanuel Macron : « … »"); a label, a colon and only a
 * person's name ("Collaboration spéciale : X"); a year and a clock time in one line.
 */
function signsOrDates(text: string): boolean {
  if (parseByline(text) !== null || parseDateLine(text) !== null) return true;
  const lead = /^([^,;:]+)[,;]\s/u.exec(text);
  if (lead !== null && isPersonName(lead[1]!)) return true;
  const tail = /:\s*([^:]+)$/u.exec(text);
  if (tail !== null && personNames(tail[1]!) !== null) return true;
  return YEAR_AND_CLOCK.test(text);
}
/** A year and a clock time in one line ("29 de noviembre de 2018 - 7:50", "2019-01-10 14:05", "10 janvier 2019, 9 h 05"). */
const YEAR_AND_CLOCK = /\b(?:19|20)\d\d\b.*\b\d{1,2}\s?[:h]\s?\d{2}\b/u;
/** Lines of text read after the headline for namesOtherArticle: the lead and what follows it. */
const LINK_LEAD_LINES = 3;
/** See namesOtherArticle: a quarter of a headline's content words is more than an incidental word. */
const LINK_MAX_SHARE = 0.25;
const LINK_MIN_GAIN = 0.25;
/**
 * Content words of a text, cut to their first five letters, accents folded: a prefix meets "travaux"
 * and "travail", which the Snowball stems of the story stage (stem.ts) keep apart (tried in their
 * place: fewer headlines right on the frozen sets).
 */
function contentWords(text: string): string[] {
  return words(stripAccents(text.toLowerCase()))
    .filter((w) => w.length >= 4 && !STOPWORDS.has(w))
    .map((w) => w.slice(0, 5));
}

/**
 * True when `line` is a label or a path, a separator, then all of `below` or its start cut short
 * with an ellipsis (at least LABEL_MIN_HEADLINE_WORDS - 1 of its words), and `below` reads as a
 * headline.
 */
function echoesBelow(line: string, below: string): boolean {
  return echoedPart(line, below) !== null;
}

/**
 * What of `below` the line `line` echoes (see echoesBelow): `below` itself, or the part of it after a
 * short leading tag when both lines put the same headline after their own tag ("Vous lisez : <headline>"
 * above "Pérou ◈ <headline>", "Accueil › Région › <headline cut…>" above "Ponant ⚓ <headline>"): the
 * two lines agree on the headline, and each one's tag is the site's. Null when it echoes nothing.
 */
function echoedPart(line: string, below: string): string | null {
  if (!isTitleLike(below) || /[.…]["»”)]?$/u.test(below)) return null;
  const folded = foldTypography(line);
  // (Below's own tag: a short run of words before its first separator or colon, a headline after it.)
  const own = foldTypography(below).match(ECHO_SEPARATOR_FIRST);
  const part = own === null || own.index === undefined || words(below.slice(0, own.index)).length > PREFIX_TAG_MAX_WORDS ? null : foldTypography(below).slice(own.index + own[0].length).trim();
  // The text after each separator of the line, longest first: the headline's own colon ("Gilets jaunes
  // à Wierde : un…") is inside the echoed text, not before it.
  const seps = [...folded.matchAll(ECHO_SEPARATOR)];
  for (const [i, sep] of seps.entries()) {
    if (words(folded.slice(0, sep.index)).length > SITE_LABEL_MAX_WORDS) break;
    const tail = folded.slice(sep.index + sep[0].length);
    // The rest of the line, or one item of a list of contents cut short ("Dans cette lettre § <headline
    // cut[...]> § le calendrier"): the item up to the next separator.
    const next = seps[i + 1];
    const item = next === undefined ? null : folded.slice(sep.index + sep[0].length, next.index);
    // (Not when the line wears below's own tag: "Édito : X" twice is one headline repeated, tag and all.)
    const sameTag = own !== null && compareKey(folded.slice(0, sep.index)) === compareKey(foldTypography(below).slice(0, own.index));
    for (const candidate of item === null ? [tail] : [tail, item]) {
      const cut = CUT_MARK.exec(candidate);
      if (candidate === item && cut === null) continue;
      const value = compareKey(cut === null ? candidate : candidate.slice(0, cut.index));
      if (value.length === 0) continue;
      // The whole headline, or its start cut short (an ellipsis says so: a rubric's headline followed by
      // a standfirst that opens on the same words is no reminder).
      const echoes = (target: string): boolean => value === target || (cut !== null && value.split(' ').length >= LABEL_MIN_HEADLINE_WORDS - 1 && target.startsWith(value));
      if (echoes(compareKey(below))) return below;
      if (part !== null && !sameTag && words(part).length >= LABEL_MIN_HEADLINE_WORDS && echoes(compareKey(part))) return part;
    }
  }
  return null;
}
/** A text cut short at its end: an ellipsis, three dots, or either in brackets ("[...]", "(…)"). */
const CUT_MARK = /\s*(?:…|\.{3}|\[(?:…|\.{3})\]|\((?:…|\.{3})\))\s*$/u;
/** The first separator of a line (see ECHO_SEPARATOR). */
const ECHO_SEPARATOR_FIRST = new RegExp(`\\s?:\\s|\\s(?:${SEPARATOR_RUN}|[»›>"])\\s`, 'u');
/** The separators before a reminder of the headline: a colon, a spaced separator, a guillemet or chevron. */
const ECHO_SEPARATOR = new RegExp(`\\s?:\\s|\\s(?:${SEPARATOR_RUN}|[»›>"])\\s`, 'gu');

/**
 * A status bar runs to this many words: three or four fields of up to eight words each ("Halles de
 * l’Hôtel-de-Ville : ouvertes aujourd’hui de 7 h à 13 h · Patinoire ouverte au Vouldy"). A headline
 * of that length joins no fields with a spaced middle dot or bar.
 */
const STATUS_LABEL_MAX_WORDS = 30;

/**
 * The first two words of a line (its `words`), lower case, as a label key, or its first word and a
 * colon when a colon follows that word ("Harbour: berth 4 closed", "Harbour: all berths open" are one
 * label); null for a line of fewer than three words.
 */
function labelKey(w: readonly string[], text: string): string | null {
  if (w.length < 3) return null;
  // Numbers read alike: "A31 vers Luxembourg : …" and "A4 vers Metz : …" are one label.
  return (ONE_WORD_LABEL.test(text) ? `${w[0]}:` : `${w[0]} ${w[1]}`).replace(/\d+/g, '#');
}
/** A line opening on one word and a colon. */
const ONE_WORD_LABEL = /^\P{L}{0,3}[\p{L}\p{N}]+\s?:\s/u;
/** A line opening on a label of one to three words set apart by a colon or a spaced separator ("Article suivant : …", "Up next: …", "← Précédent : …"). */
const LEADING_LABEL = new RegExp(`^\\P{L}{0,3}[\\p{L}\\p{N}'’]+(?:\\s[\\p{L}\\p{N}'’]+){0,2}(?:\\s?:\\s|\\s(?:${SEPARATOR_RUN}|[»›])\\s)`, 'u');

/**
 * A separator puts the original outlet's name after the headline in this folder when head lines of
 * SUFFIX_MIN_FILES files end on it and an outlet-shaped name, with this many different names, one of
 * them listed: a press review crediting each item ("Titre ~ Gazzetta Matin", "Titre ~ Le Monde").
 * A site's own constant name is a suffix (SUFFIX_MIN_FILES files, one name), not this.
 */
const OUTLET_SUFFIX_MIN_NAMES = 3;
/** Names kept per separator while counting: the bar, plus room for the site suffixes taken out of them. */
const OUTLET_SUFFIX_KEPT_NAMES = 3 * OUTLET_SUFFIX_MIN_NAMES;

/**
 * The outlet a title names after one of the folder's outlet separators (see OUTLET_SUFFIX_MIN_NAMES),
 * listed or not: the headline and the name, or null.
 */
export function outletSuffix(title: string, evidence: TitleEvidence, pageHead: readonly string[] = []): { title: string; outlet: string } | null {
  if (!evidence.outletSeparators) return null;
  const split = splitSuffix(title);
  if (split === null || !evidence.outletSeparators.has(split[2]) || !outletNameShaped(split[1])) return null;
  // A site's own name ending its pages' titles is its suffix (stripSiteSuffix), not a credited outlet. A
  // name other pages of the folder only show as their masthead is the paper those pages are from: after
  // a review's separator it is credited.
  // (Not the page's own masthead: "THE LOTHIAN CLARION" above "Titre — Lothian Clarion" is its suffix.)
  const key = suffixKey(split[1]);
  if (evidence.endings ? evidence.endings.has(key) : evidence.suffixes.has(key)) return null;
  if (pageHead.some((line) => suffixKey(line) === key)) return null;
  // One word is a section ("Condé-sur-Noireau · Monde") unless the list knows it as written ("Libération").
  const known = ownOutletName(split[1], true);
  if (known === null && words(split[1]).length < 2) return null;
  return { title: split[0], outlet: known?.name ?? split[1] };
}

/** A line's last segment after a suffix separator ("Titre · lu dans Le Point" → "lu dans Le Point"), with the line before it; null when none. */
export function lastSegment(text: string): { head: string; tail: string } | null {
  const split = splitSuffix(text);
  return split === null ? null : { head: split[0], tail: split[1] };
}

/** Splits a line at its last suffix separator: [headline, suffix, separator (folded; "[]" for a closing bracket)] or null. */
function splitSuffix(text: string): readonly [string, string, string] | null {
  return SUFFIX_SPLITS(text);
}

/** splitSuffix's readings by text (memoByText): the folder's title and credit evidence and each file's analysis split the same head lines. */
const SUFFIX_SPLITS = memoByText(readSuffixSplit);

function readSuffixSplit(text: string): [string, string, string] | null {
  const cut = lastSuffixCut(text);
  if (cut === null) return null;
  const head = text.slice(0, cut.at).trim();
  const tail = cut.tail;
  const tailWords = words(tail);
  if (tailWords.length === 0 || tailWords.length > SUFFIX_MAX_WORDS || words(head).length < PREFIX_MIN_WORDS) return null;
  // A name has words of letters: "01/12/25", "2/3" or "(1)" end an episode's or a series' title, not a site's.
  if (tailWords.filter((w) => /\p{L}{2,}/u.test(w)).length * 2 < tailWords.length || !tailWords.some((w) => /\p{L}{2,}/u.test(w))) return null;
  if (tailWords.every((w) => FORMAT_TAGS.has(stripAccents(w)))) return null;
  return [head, tail, cut.sep];
}

/** Where a line's last suffix starts: the separator (folded) or "[]" for a closing bracket, and the suffix; null when none. */
function lastSuffixCut(text: string): { at: number; sep: string; tail: string } | null {
  const folded = foldTypography(text);
  let at = -1;
  let sep = '';
  for (const m of folded.matchAll(SEPARATORS)) {
    at = m.index;
    sep = m[0];
  }
  // A closing bracketed segment ("… (réservé aux adhérents)", "… [France 24]") is a suffix too, its separator written "[]".
  const bracket = CLOSING_BRACKET.exec(text);
  if (bracket && bracket.index > at) return { at: bracket.index, sep: '[]', tail: bracket[1]!.trim() };
  if (at <= 0) return null;
  return { at, sep, tail: text.slice(at + sep.length).trim() };
}

/**
 * Where a tag a site puts before its headline ends: a bracketed segment at the start ("[Revue de
 * presse] …"), a spaced symbol ("TRANSLATED | …", "À LA UNE » …"), a full stop after a word in
 * capitals ("À CHAUD. …"), or a colon after a pictogram's label ("⚠ Travel alert: …") or after a tag
 * of two words or more in capitals ("FRANCE NOW: …", "VU DE PARIS : …"); never a colon otherwise (a
 * French headline's own "X : Y", a topic's acronym "RDC : …", "USA: …"). A tag is stripped only on the
 * folder's evidence (many different headlines after it).
 */
const PREFIX_END = new RegExp(`^\\s*[\\[(][^\\])]{1,40}[\\])]\\s+|^\\p{So}\\uFE0F?\\s?[^:]{1,40}?:\\s|^\\p{Lu}[\\p{Lu}\\p{N}'’\\-]*(?:\\s[\\p{Lu}\\p{N}'’\\-]+){1,3}\\s?:\\s(?=.*\\p{Ll})|\\s(?:${SEPARATOR_RUN}|[»›~])\\s|(?<=\\p{Lu}{2,})\\.\\s`, 'u');
/**
 * Separators set apart by a pictogram, an arrow or a guillemet (the Unicode arrows, dingbat arrows and
 * pointing triangles, any other symbol or mark but a dash, a bar, a slash, a bullet or an operator):
 * a rubric's name before them is a tag in any case, as the site decorates it ("Coup de cœur ✦ …",
 * "Veille éco ⟫ …", "À la loupe ⟡ …"); a dash or a bar may be the headline's own.
 */
const POINTING = /\s(?:[»›>⟩⟫\u2190-\u21ff\u2794-\u27bf\u27f0-\u27ff\u2900-\u297f\u25b6-\u25bb]+|(?:(?![-|~/\\•·‖*"+=<])[\p{So}\p{Sm}\p{Po}])+)\s$/u;
/**
 * Separators of a page's interface (a middle dot, a bullet, a bar): a headline writes a dash between
 * its own parts ("La libre antenne - …"), a site sets its labels apart with these ("Abonnés · …",
 * "Flash info | …"), so a rubric before one is a tag in any case.
 */
const INTERFACE_SEPARATOR = /^\s[·•|]\s$/u;
/**
 * A site's headline tag has at most this many words ("EN IMAGES", "À CHAUD", "Revue de presse", "Ça bouge
 * sur les quais"): a rubric's phrase, as long as a segment one site adds to a headline (DECORATION_MAX_WORDS).
 * The folder's evidence (PREFIX_MIN_FILES pages, as many headlines) and the tag's typography decide.
 */
const PREFIX_TAG_MAX_WORDS = 6;
/**
 * A leading tag is the site's when it opens at least this many files' head lines before at least
 * this many different headlines: one story's own opening ("Brexit – …") recurs in its copies, not
 * before four unrelated headlines on four pages (the bar of site suffixes, SUFFIX_MIN_FILES).
 */
const PREFIX_MIN_FILES = SUFFIX_MIN_FILES;

/** A label and the first colon after it, opening a line ("Fil & fuseaux : …", "Vu d'ici : …"). */
const COLON_TAG = /^([^:]{2,50}?[\p{L}\p{N}])\s?:\s+(?=\S)/u;
/** The mark of a colon label's key among the bare prefixes (a tag before a separator is keyed bare). */
const COLON_MARK = ':';
/** Headlines read per colon label (enough to measure the share shown bare elsewhere). */
const COLON_TAG_HEADS_READ = 64;
/** A colon label is the site's when at least this many of its headlines stand bare on other pages… */
const COLON_TAG_MIN_BARE = 2;
/** …and at least one in this many (half): see buildTitleEvidence. */
const COLON_TAG_BARE_SHARE = 2;
/** …or one in this many (a quarter) for a label that is a site's name (a suffix of the folder's). */
const COLON_TAG_SITE_BARE_SHARE = 4;

/** A colon label is a site's department when the text of at most one in this many of its pages names it (see buildTitleEvidence). */
const COLON_TAG_UNNAMED_SHARE = 3;
/** A line of the page's text, read against a label: a paragraph's length (menus, bars and bylines are shorter). */
const NAMING_LINE_MIN_WORDS = 12;
/** A label's word is found in the text by its first letters (an inflected or derived form: "Europe", "européens"). */
const NAMING_STEM_CHARS = 5;

/**
 * Whether the text of a page names a label that opens its head line `at` (a colon label): one of the
 * label's content words (not a function word, three letters or more), by its first NAMING_STEM_CHARS
 * letters, accents folded, in a paragraph-long line below it. Null when the label has no content word
 * or the page no such line (no evidence either way).
 */
function labelNamed(label: string, lines: readonly Line[], at: number): boolean | null {
  const stem = (w: string): string => w.slice(0, NAMING_STEM_CHARS);
  const content = new Set(words(stripAccents(label)).filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/u.test(w)).map(stem));
  if (content.size === 0) return null;
  let read = false;
  for (const line of lines.slice(at + 1)) {
    const w = words(stripAccents(line.text));
    if (w.length < NAMING_LINE_MIN_WORDS) continue;
    read = true;
    if (w.some((x) => content.has(stem(x)))) return true;
  }
  return read ? false : null;
}

/** A leading tag's comparison key, its numbers as "#": "Épisode 40 —" and "Épisode 72 —" are one tag of a series. */
function tagKey(tag: string): string {
  return compareKey(tag).replace(/\d+/gu, '#');
}

/** Splits a line after its leading tag: [tag, headline] or null (see PREFIX_END). */
export function splitPrefix(text: string): [string, string] | null {
  return prefixParts(text, true);
}

/**
 * splitPrefix, but for a tag in ordinary case before a dash too ("Paris Briefing — …"): such a tag may
 * name a series the headline belongs to, so it is stripped only on the folder's evidence (see
 * buildTitleEvidence's `barePrefixes`).
 */
function splitAnyPrefix(text: string): [string, string] | null {
  const split = prefixParts(text, false);
  if (split !== null) return split;
  const rubric = otherLanguageRubric(text);
  if (rubric !== null) return rubric;
  // A tag in capitals glued to the headline by a space ("ABONNÉS Liège à l’arrêt…", "EN IMAGES Le…"):
  // nothing but the folder's evidence tells it from a headline's own acronym ("SNCF Réseau…").
  const caps = CAPS_TAG.exec(text);
  if (caps === null) return null;
  const tag = caps[1]!;
  const head = text.slice(caps[0].length).trim();
  const tagWords = words(tag);
  if (tagWords.length > PREFIX_TAG_MAX_WORDS || words(head).length < PREFIX_MIN_WORDS || tagWords.every((w) => FORMAT_TAGS.has(stripAccents(w)))) return null;
  return [tag, head];
}

/**
 * A rubric before a colon in another language than the headline ("North of 60: Gilets jaunes à
 * Paris…", "Vu de France : Brexit talks stall"): [rubric, headline], or null. A French topic before a
 * French headline stays the headline's own ("Gilets jaunes : …", a column's "La Dernière Humeur : …").
 */
function otherLanguageRubric(text: string): [string, string] | null {
  const colon = OTHER_LANGUAGE_RUBRIC.exec(text);
  if (colon === null) return null;
  const tag = colon[1]!.trim();
  const head = text.slice(colon[0].length).trim();
  return words(tag).length <= PREFIX_TAG_MAX_WORDS && words(head).length >= PREFIX_MIN_WORDS && otherLanguage(tag, head) ? [tag, head] : null;
}

/** A line's first colon after a word or a figure, with the text before it (a rubric's length at most). */
const OTHER_LANGUAGE_RUBRIC = /^([^:]{2,60}?[\p{L}\p{N}])\s?:\s/u;

/** Words in capitals (two letters or more each) at a line's start, then a space and a word in ordinary case. */
const CAPS_TAG = /^\s*(\p{Lu}[\p{Lu}\p{N}'’\-]*\p{Lu}(?:\s\p{Lu}[\p{Lu}\p{N}'’\-]*\p{Lu}){0,3})\s(?=\p{Lu}?\p{Ll})/u;

/** Where the second half of a label in two languages ends: a spaced separator or a colon. */
const BILINGUAL_TAG_END = new RegExp(`\\s(?:${SEPARATOR_RUN})\\s|\\s?:\\s`, 'u');

function prefixParts(text: string, needsMark: boolean): [string, string] | null {
  const m = PREFIX_END.exec(text);
  if (!m) return null;
  let tag = text.slice(0, m.index + m[0].length).trim();
  let head = text.slice(m.index + m[0].length).trim();
  let bilingual = false;
  // A tag of two parts ("BERRIAK / INFOS ❙ …", a rubric in two languages; "MONDE › EUROPE | …", a path):
  // the parts together are the site's tag, as long as they stay a tag's length.
  const next = PREFIX_END.exec(head);
  if (next !== null && next.index > 0) {
    const more = head.slice(0, next.index + next[0].length).trim();
    const rest = head.slice(next.index + next[0].length).trim();
    if (words(tag).length + words(more).length <= PREFIX_TAG_MAX_WORDS && more === more.toUpperCase() && tag === tag.toUpperCase() && !rest.includes(next[0])) {
      tag = `${tag} ${more}`;
      head = rest;
    }
  }
  // A label in two languages joined by a slash ("O Ffrainc / From France – …", "Dans la presse / Mu
  // binyamakuru : …"): the other language's words up to the next separator or colon are the tag's too.
  if (/^\s\/\s$/u.test(m[0])) {
    const other = BILINGUAL_TAG_END.exec(head);
    if (other !== null && words(head.slice(0, other.index)).length <= PREFIX_TAG_MAX_WORDS && words(tag).length <= PREFIX_TAG_MAX_WORDS) {
      const rest = head.slice(other.index + other[0].length).trim();
      if (words(rest).length >= PREFIX_MIN_WORDS) {
        tag = `${tag} ${head.slice(0, other.index + other[0].length).trim()}`;
        head = rest;
        bilingual = true;
      }
    }
  }
  const tagWords = words(tag);
  if (tagWords.length === 0 || (!bilingual && tagWords.length > PREFIX_TAG_MAX_WORDS) || words(head).length < PREFIX_MIN_WORDS) return null;
  // The same separator again after the tag makes a list ("EN CONTINU >> headline >> headline", a
  // ticker), not a tag and its headline.
  if (/^\s[^\s.\p{L}]+\s$/u.test(m[0]) && head.includes(m[0])) return null;
  // A tag is set apart by its typography: in capitals, in brackets, after a pictogram ("⚠ Travel
  // alert: …") or before an arrow ("Veille éco ⟫ …"); a programme's or column's name in ordinary case
  // before a dash ("La libre antenne - …") names a series the item belongs to, and stays.
  const marked = bilingual || /^\s*[\[(]/u.test(tag) || /^\p{So}/u.test(tag) || POINTING.test(text.slice(0, m.index + m[0].length)) || INTERFACE_SEPARATOR.test(m[0]) || tag === tag.toUpperCase();
  if (!marked && needsMark) return null;
  // A format tag ("VIDÉO.", "EN DIRECT -", "PODCAST.") is the publisher's own: part of the headline,
  // as for suffixes (FORMAT_TAGS, a small list used only to exclude).
  if (tagWords.every((w) => FORMAT_TAGS.has(stripAccents(w)))) return null;
  return [tag, head];
}

/**
 * A site's name as suffixes and mastheads are compared: its comparison key without a leading article,
 * which a masthead writes and a title's suffix often drops ("THE UPPER ROCK BULLETIN" above pages
 * whose titles end ":: Upper Rock Bulletin", "LE PETIT COURRIER" and "… – Petit Courrier").
 */
function suffixKey(text: string): string {
  // (Two words at least after the article: "Le Monde" is not the section "Monde".)
  return compareKey(text).replace(/^(?:the|le|la|les)\s+(?=\S+\s+\S)/u, '');
}

/** Counts trailing segments of the first lines of every file; those ending SUFFIX_MIN_FILES files' head lines are site suffixes. */
export function buildTitleEvidence(docs: readonly (readonly Line[])[]): TitleEvidence {
  // Per trailing segment, the headlines it ends: copies of one article on several sites repeat their
  // headline's own ending ("… « gilets jaunes » toujours présents"), a site's name ends different ones.
  const heads = new Map<string, Set<string>>();
  // Short lines standing alone at the head of a page: a site's name (its masthead), the same name
  // after a separator ends a title ("… · La Dépêche des Îles") even on the few pages that add it.
  const alone = new Set<string>();
  const files = new Map<string, number>();
  const labels = new LabelCounter();
  // Per leading tag, the files and the different headlines it opens.
  const tagged = new Map<string, { files: number; heads: Set<string> }>();
  // Per leading tag in ordinary case, the files and the headlines it opens (all of them: see barePrefixes),
  // and whether it always stood before a colon in another language than its headline.
  const plain = new Map<string, { files: number; heads: Set<string>; foreign: boolean }>();
  // (With, per label, the pages whose text could be read against it and those whose text names it: see labelNamed.)
  const colonTags = new Map<string, { files: number; heads: Set<string>; label: string | null; text: string; read: number; named: number }>();
  // Every head line of the folder, by comparison key: the headlines as other pages show them.
  const headKeys = new Set<string>();
  // Per separator, the files whose head line ends on it and an outlet-shaped name, the names, and whether one is listed.
  const named = new Map<string, { files: number; names: Set<string>; known: boolean }>();
  for (const lines of docs) {
    const seen = new Set<string>();
    const seenTags = new Set<string>();
    for (const [j, line] of lines.slice(0, SUFFIX_HEAD_LINES).entries()) {
      const w = words(line.text);
      const n = w.length;
      // (The line a label stands above is the one after a breadcrumb that echoes it, as pickTitle reads it.)
      const after = lines[j + 1 + lineBeforeHeadline(lines, j + 1)];
      labels.add(line.text, w, after?.text);
      if (line.text.length > MAX_TITLE_CHARS || n > SUFFIX_LINE_MAX_WORDS) continue;
      headKeys.add(compareKey(line.text));
      const tag = splitPrefix(line.text);
      const any = tag === null ? splitAnyPrefix(line.text) : null;
      if (any) {
        const k = tagKey(any[0]);
        const e = plain.get(k) ?? { files: 0, heads: new Set<string>(), foreign: true };
        if (!seenTags.has(k)) e.files++;
        seenTags.add(k);
        e.heads.add(compareKey(any[1]));
        e.foreign &&= prefixParts(line.text, false) === null && otherLanguageRubric(line.text) !== null;
        plain.set(k, e);
      }
      if (tag) {
        const k = tagKey(tag[0]);
        const e = tagged.get(k) ?? { files: 0, heads: new Set<string>() };
        if (!seenTags.has(k)) e.files++;
        seenTags.add(k);
        if (e.heads.size < PREFIX_MIN_FILES) e.heads.add(compareKey(tag[1]));
        tagged.set(k, e);
      }
      // A label before a colon, then a headline ("Fil & fuseaux : <headline>"): counted apart, see colonTags below.
      const colon = COLON_TAG.exec(line.text);
      const colonHead = colon === null ? '' : line.text.slice(colon[0].length).trim();
      if (colon !== null && words(colon[1]!).length <= PREFIX_TAG_MAX_WORDS && words(colonHead).length >= PREFIX_MIN_WORDS) {
        const k = `${COLON_MARK}${tagKey(colon[1]!)}`;
        const e = colonTags.get(k) ?? { files: 0, heads: new Set<string>(), label: labelKey(w, line.text), text: colon[1]!, read: 0, named: 0 };
        if (!seenTags.has(k)) {
          e.files++;
          const named = labelNamed(colon[1]!, lines, j);
          if (named !== null) {
            e.read++;
            if (named) e.named++;
          }
        }
        seenTags.add(k);
        if (e.heads.size < COLON_TAG_HEADS_READ) e.heads.add(compareKey(colonHead));
        colonTags.set(k, e);
      }
      const split = splitSuffix(line.text);
      const sep = split?.[2];
      if (split && sep !== undefined && outletNameShaped(split[1])) {
        const e = named.get(sep) ?? { files: 0, names: new Set<string>(), known: false };
        if (!seen.has(`sep:${sep}`)) e.files++;
        seen.add(`sep:${sep}`);
        // (More names than the bar are kept: the site's own suffix is taken out of them at the end.)
        if (e.names.size < OUTLET_SUFFIX_KEPT_NAMES) e.names.add(suffixKey(split[1]));
        e.known ||= matchOutletName(split[1]) !== null;
        named.set(sep, e);
      }
      if (split) {
        const k = suffixKey(split[1]);
        seen.add(k);
        const h = heads.get(k) ?? new Set<string>();
        if (h.size < SUFFIX_MIN_FILES) h.add(compareKey(split[0]));
        heads.set(k, h);
      }
      if (n > 0 && n <= SUFFIX_MAX_WORDS && /\p{L}{2,}/u.test(line.text)) {
        const k = suffixKey(line.text);
        seen.add(k);
        alone.add(k);
      }
    }
    for (const k of seen) files.set(k, (files.get(k) ?? 0) + 1);
    labels.endFile();
  }
  const suffixes = new Set<string>();
  // (The names among them that end many different headlines, not only stand alone as other pages' mastheads.)
  const endings = new Set<string>();
  for (const [k, n] of files) {
    if (n < SUFFIX_MIN_FILES || !k) continue;
    const ends = (heads.get(k)?.size ?? 0) >= SUFFIX_MIN_FILES;
    if (ends) endings.add(k);
    if (ends || alone.has(k)) suffixes.add(k);
  }
  const prefixes = new Set<string>();
  for (const [k, e] of tagged) if (k && e.files >= PREFIX_MIN_FILES && e.heads.size >= PREFIX_MIN_FILES) prefixes.add(k);
  // A tag in ordinary case before as many different headlines as a site's tag, where other pages show
  // at least one of those headlines bare (a copy on another site, a link to it): the tag is the site's
  // decoration, not the headline's words, on all its pages. One story's opening ("Brexit – …") never
  // stands before that many different headlines. A rubric in another language than every headline it
  // opens needs no bare copy: its language already sets it apart from them (a series' name in the
  // headlines' own language, "Paris Briefing — …", does not).
  const barePrefixes = new Set<string>();
  for (const [k, e] of plain) if (k && e.files >= PREFIX_MIN_FILES && e.heads.size >= PREFIX_MIN_FILES && (e.foreign || [...e.heads].some((h) => headKeys.has(h)))) barePrefixes.add(k);
  // A label before a colon is a headline's own topic far more often ("Gilets jaunes : …", "Liège : …",
  // which a copy may drop): it is the site's only where other pages show most of the headlines it
  // opens bare, two at least and half of them. A site that puts its label before others' headlines
  // (a press review, a letter) shows headlines that live elsewhere; a topic's headlines keep it on most
  // of their copies, and a copy dropping it is the exception.
  const links = labels.links(headKeys);
  for (const [k, e] of colonTags) {
    // (A label of links to other pages, "Up next: <another page's headline>", opens headlines other
    // pages show bare too: it is read by pickTitle, never stripped to leave another page's headline.)
    if (e.files < PREFIX_MIN_FILES || e.heads.size < PREFIX_MIN_FILES || (e.label !== null && links.labels.has(e.label))) continue;
    const bare = [...e.heads].filter((h) => headKeys.has(h)).length;
    // (A label that is a site's name, standing alone on many pages as its masthead, "Gower Ledger: …",
    // is the site's with fewer bare copies: a quarter.)
    const share = suffixes.has(suffixKey(e.text)) ? COLON_TAG_SITE_BARE_SHARE : COLON_TAG_BARE_SHARE;
    if (bare >= COLON_TAG_MIN_BARE && bare * share >= e.heads.size) barePrefixes.add(k);
    // A label the text of its pages does not name, one of whose headlines another page shows bare, is
    // the site's department: a topic ("Gilets jaunes : …", "Liège : …", "Brexit : …") is what the
    // article is about, and its text names it; a department ("Actualités : …", "Business desk: …", a
    // site's valley or trade) stands before articles on anything. A column's name ("La Dernière Humeur :
    // …") is not named by its text either, but it is its publisher's headline's: copies keep it, and
    // no other page shows its headlines bare. The label is read on PREFIX_MIN_FILES pages at least, and
    // their text names it on a third of them at most (a department's word turns up in some articles by
    // chance; a topic's text almost always names it, so two thirds of unnamed pages is far from one).
    else if (bare >= 1 && e.read >= PREFIX_MIN_FILES && e.named * COLON_TAG_UNNAMED_SHARE <= e.read) barePrefixes.add(k);
  }
  const outletSeparators = new Set<string>();
  // (A site's own suffix, one name on many pages, is not one of the names.)
  for (const [sep, e] of named) {
    const names = [...e.names].filter((n) => !suffixes.has(n));
    if (e.known && e.files >= SUFFIX_MIN_FILES && names.length >= OUTLET_SUFFIX_MIN_NAMES) outletSeparators.add(sep);
  }
  return { suffixes, endings, labels: labels.labels(), links, prefixes, barePrefixes, outletSeparators };
}

/**
 * Labels a site puts above its headlines, by evidence across files: a head line's first two words
 * ("Édition de Tulle", "Édition de Guéret"; "Prochain match : Laval – Cholet") begin short lines (at
 * most SITE_LABEL_MAX_WORDS words, no closing full stop) in SUFFIX_MIN_FILES files or more, with several
 * different endings, and never a longer line. A headline's opening words ("Gilets jaunes : …") also
 * begin long headlines, so they are no label.
 */
class LabelCounter {
  private short = new Map<string, { files: number; tails: Set<string> }>();
  private long = new Set<string>();
  private linked = new Map<string, { key: string; headlineBelow: boolean }[]>();
  private seen = new Set<string>();

  /** Counts one head line, given its words. */
  add(text: string, w: readonly string[], next?: string): void {
    const k = labelKey(w, text);
    if (k === null) return;
    // A status bar of several fields ("Vol X : retardé · Pleine mer à Y : 6 h 23") may run longer.
    // A sentence (a lead in the head lines: "Cette semaine, le conseil…") says nothing of labels; a
    // long headline opening on the same words ("Gilets jaunes : …") makes them no label.
    if (/[.!?…]["»”)]?$/u.test(text)) return;
    const max = STATUS_PARTS.test(text) ? STATUS_LABEL_MAX_WORDS : SITE_LABEL_MAX_WORDS;
    // A label set apart before a value of any length ("Article suivant : …", "Up next: …") is counted
    // apart too: pickTitle passes over it only where a headline of its own stands below it.
    const label = LEADING_LABEL.exec(text);
    if (label !== null && !this.seen.has(`~${k}`)) {
      this.seen.add(`~${k}`);
      const values = this.linked.get(k) ?? [];
      values.push({ key: compareKey(text.slice(label[0].length)), headlineBelow: next !== undefined && headlineShaped(next) && !signsOrDates(next) });
      this.linked.set(k, values);
    }
    if (w.length > max) {
      this.long.add(k);
      return;
    }
    if (this.seen.has(k)) return;
    this.seen.add(k);
    const e = this.short.get(k) ?? { files: 0, tails: new Set<string>() };
    e.files++;
    // An ending is told apart without its last separated segment: copies of one headline on several
    // sites differ only by the name each adds ("Le SOS des habitants ‖ Nakamal Info", "… ― Terre&Nature"),
    // while a site's label changes before it ("Halles : fermées ce lundi · Soldes", "… : ouvertes … · Soldes").
    if (e.tails.size < SUFFIX_MIN_FILES) e.tails.add(compareKey(withoutLastName(text)));
    this.short.set(k, e);
  }

  endFile(): void {
    this.seen.clear();
  }

  /**
   * Three endings at least: one label on a few copies of one article is no site's. (The same line
   * above different headlines is left alone: a column's name, "Brèves de l'Ouest", is its title.)
   */
  labels(): Set<string> {
    const out = new Set<string>();
    for (const [k, e] of this.short) if (!this.long.has(k) && e.files >= SUFFIX_MIN_FILES && e.tails.size >= 3) out.add(k);
    return out;
  }

  /**
   * Labels before values that change from page to page, SUFFIX_MIN_FILES pages or more with three
   * values at least, standing above a headline-shaped line on most of their pages (a site's tag before
   * its own headlines, "Racing in France — …", has the lead below it but on an interview's or a
   * letter's page), and the values that are head lines of the folder's pages (`headKeys`): the
   * headlines such a label links to. pickTitle passes over the label where the line below is one of
   * those headlines (an e-mail's "Objet : <headline>" above its standfirst links nowhere), or where
   * the page's own text says its value names another article (namesOtherArticle).
   */
  links(headKeys: ReadonlySet<string>): LinkEvidence {
    const labels = new Set<string>();
    const heads = new Set<string>();
    for (const [k, values] of this.linked) {
      if (values.length < SUFFIX_MIN_FILES || new Set(values.map((v) => v.key)).size < 3) continue;
      if (2 * values.filter((v) => v.headlineBelow).length < values.length) continue;
      labels.add(k);
      for (const v of values) if (headKeys.has(v.key)) heads.add(v.key);
    }
    return { labels, heads };
  }
}

/** A web address as a title's suffix ("… | la-croix.com"): a site's name by its shape, on one page as on many. */
const DOMAIN_SUFFIX = /^(?:www\.)?[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,30}){0,2}\.[a-z]{2,6}$/i;

/**
 * Separators between a headline and a segment one copy adds before or after it: the separators of site
 * suffixes (SEPARATOR_RUN), a guillemet, a full stop after a word in capitals, and a colon (a rubric one
 * site sets before the headline, "Dispatch from France: …", "Vu d'ailleurs : …": the other copies show
 * the headline without it, which is the evidence).
 */
const DECORATION_SEPARATOR = new RegExp(`\\s(?:${SEPARATOR_RUN}|[»›])\\s|(?<=\\p{Lu}{2,})\\.\\s|(?<=[\\p{L}\\p{N}])\\s?:\\s`, 'gu');
/** A colon among DECORATION_SEPARATOR's separators: it ends a topic that is the headline's own too ("Gilets jaunes : …"). */
const COLON_SEPARATOR = /^\s?:\s$/u;
/** A note after a headline that opens on a symbol (an operator, a pictogram, an asterisk or a hash), maybe glued to its word: "+PHOTOS", "✈", "*MAJ". */
const GLUED_NOTE = /\s(?=[\p{S}*#]\S*\s*\S*$)/gu;
/** A segment one copy adds has at most this many words ("VIDÉO", "EN DIRECT", "Le Journal des Trois Vallées"). */
const DECORATION_MAX_WORDS = 6;

/**
 * The headline copies of one article share when some add a segment before or after it at a separator
 * ("VIDÉO – Quatre blessés à Rouen" beside "Quatre blessés à Rouen", "Titre · La Dépêche des Îles"
 * beside "Titre"): agreement between copies says which part is the publisher's headline and which the
 * site's decoration. Null when the copies agree as they are, or when one of them is no decoration of
 * the shortest (two different headlines: the shown copy's stays).
 */
export function coreHeadline(titles: readonly string[]): string | null {
  if (titles.length < 2) return null;
  const keyed = titles.map((t) => ({ t, k: compareKey(t) }));
  const core = keyed.reduce((a, b) => (b.k.length < a.k.length ? b : a));
  if (core.k === '' || words(core.t).length < PREFIX_MIN_WORDS || keyed.every((x) => x.k === core.k)) return null;
  const decorates = (t: string): boolean => {
    // "… +PHOTOS", "… ✈", "… ★ Abonnés": a symbol-led note one site glues after the headline.
    const folded = foldTypography(t);
    for (const m of folded.matchAll(GLUED_NOTE)) {
      if (compareKey(folded.slice(0, m.index)) === core.k && words(folded.slice(m.index)).length <= DECORATION_MAX_WORDS) return true;
    }
    // "[AUDIO] …", "(EXCLU) …": a bracketed segment before the headline.
    const bracket = /^\s*[\[(]([^\])]{1,40})[\])]\s*/u.exec(t);
    if (bracket && words(bracket[1]!).length <= DECORATION_MAX_WORDS && compareKey(t.slice(bracket[0].length)) === core.k) return true;
    for (const m of t.matchAll(DECORATION_SEPARATOR)) {
      const before = t.slice(0, m.index);
      const after = t.slice(m.index + m[0].length);
      // A topic before a colon is a headline's own ("Gilets jaunes : …", which a site may drop); a rubric in
      // another language than the headline is the site's ("Dispatch from France: …" over French headlines).
      if (COLON_SEPARATOR.test(m[0]) && !otherLanguage(before, after)) continue;
      if (compareKey(after) === core.k && words(before).length <= DECORATION_MAX_WORDS) return true;
      if (compareKey(before) === core.k && words(after).length <= DECORATION_MAX_WORDS) return true;
    }
    return false;
  };
  return keyed.every((x) => x.k === core.k || decorates(x.t)) ? core.t : null;
}

/** True when two texts' function words point to two different languages (functionWordLanguage). */
function otherLanguage(a: string, b: string): boolean {
  const la = functionWordLanguage(a);
  const lb = functionWordLanguage(b);
  return la !== null && lb !== null && la !== lb;
}

/** Strips a site's recurring leading tag from a title (see buildTitleEvidence): the headline, or the title as it was. */
export function stripSitePrefix(title: string, evidence: TitleEvidence): string {
  const split = evidence.prefixes ? splitPrefix(title) : null;
  if (split !== null && evidence.prefixes!.has(tagKey(split[0]))) return split[1];
  // (Only `has` is read of the evidence sets: what a file's analysis reads is what its cache entry replays.)
  const bare = evidence.barePrefixes ? splitAnyPrefix(title) : null;
  if (bare !== null && evidence.barePrefixes!.has(tagKey(bare[0]))) return bare[1];
  const colon = evidence.barePrefixes ? COLON_TAG.exec(title) : null;
  if (colon !== null && evidence.barePrefixes!.has(`${COLON_MARK}${tagKey(colon[1]!)}`)) {
    const head = title.slice(colon[0].length).trim();
    if (words(head).length >= PREFIX_MIN_WORDS) return head;
  }
  // Pictograms before the words ("🔴 Titre", "📌 ⚡ Titre") are a site's decoration, never a headline's wording.
  const unmarked = title.replace(LEADING_PICTOGRAMS, '');
  return unmarked !== title && words(unmarked).length >= PREFIX_MIN_WORDS ? unmarked : title;
}
/** Pictograms (and their variation selectors) opening a line, before a space; not a legal mark (©, ®, ™). */
const LEADING_PICTOGRAMS = /^(?:(?![©®™])[\p{Extended_Pictographic}\p{So}][\u{FE0F}\u{200D}]?\s*)+\s(?=[\p{L}\p{N}"«“'‘(\[])/u;

/** Strips a recurring site suffix from a title: the headline and the suffix as written (null when none). */
export function stripSiteSuffix(title: string, evidence: TitleEvidence): { title: string; suffix: string | null } {
  const split = splitSuffix(title);
  if (!split || (!evidence.suffixes.has(suffixKey(split[1])) && !DOMAIN_SUFFIX.test(split[1].trim()))) return { title, suffix: null };
  return { title: split[0].replace(/[\s\-–—|·:/•»›~*⋅◆▪★]+$/u, ''), suffix: split[1].replace(/^["«»‹›“”]\s*/u, '') };
}
