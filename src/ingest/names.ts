/** The person-name detector shared by the stages: is a short text one person's name, or a list of them? */
import { foldTypography, fromCapitals, memoByText, PICTURE_WORD, SEPARATOR_RUN, templateKeys, type TemplateMemo } from './text.ts';

/** A name line is short ("Lyès Menacer", "R. I./Agences"): longer text is a sentence. */
export const MAX_NAME_CHARS = 48;

/** Lower-case particles allowed inside a person's name ("Isabelle de Laminne"). */
const PARTICLES = new Set(['de', 'du', 'des', "d'", 'van', 'von', 'der', 'den', 'ben', 'bin', 'el', 'al', 'ait', 'da', 'di', 'dos', 'le', 'la', 'ter', 'i', 'y']);

/** Articles that open an outlet's name, never a person's ("Le Courrier du Sud", "The Conversation"). */
const NAME_ARTICLES = /^(?:le|la|les|l['’]|the)$/iu;

/**
 * The words that announce a signature, never a person's first name: "By Jane Roe", "Par Jean Dupont",
 * "Signé X", "Von Y" capitalised at a line's start read as the cue and the name, not as a three-word name.
 */
// (And a credit's cue of leave: "Courtesy La Presse" is no one's name.)
const SIGNATURE_CUES = /^(?:by|par|signé|signée|signed|von|door|por|per|written|écrit|courtesy)$/iu;

/** One word of a name: Capitalised (hyphens, apostrophes), ALL CAPS, or initials ("R.", "J.-M.", "L.Tr."). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'\-]{0,30}\.?|(?:\p{Lu}\p{Ll}{0,2}\.-?){1,4})$/u;

/**
 * True when the text is one person's name: 2–4 capitalised words or initials, particles allowed
 * inside, no sentence punctuation, not opened by an article ("Jean Dupont", "K. Benali", "R. B.",
 * "KARIM MANSOURI"; not "Le Courrier du Sud").
 */
export function isPersonName(text: string): boolean {
  return PERSON_NAMES(text);
}

/** isPersonName's answers by text (memoByText): many rules ask about the same short lines and names. */
const PERSON_NAMES = memoByText(readPersonName);

function readPersonName(text: string): boolean {
  const s = foldTypography(text).trim();
  if (s.length === 0 || s.length > MAX_NAME_CHARS || /[,:;!?"«»()|]|\d/.test(s)) return false;
  const w = s.split(/\s+/);
  if (w.length > 4) return false;
  if (w.length === 1) return /^(?:\p{Lu}\p{Ll}{0,2}\.){2,4}$/u.test(w[0]!);
  if (NAME_ARTICLES.test(w[0]!) || SIGNATURE_CUES.test(w[0]!) || /^l['’]/iu.test(w[0]!)) return false;
  let capitalised = 0;
  for (const [i, word] of w.entries()) {
    if (i > 0 && i < w.length - 1 && PARTICLES.has(word)) continue;
    if (i > 0 && /^(?:d'|l')\p{Lu}/u.test(word)) {
      capitalised++;
      continue;
    }
    if (!NAME_WORD.test(word)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/** Splits "Jean Dupont et Marie Curie" into names; null when any part is not a person's name. */
export function personNames(text: string): string[] | null {
  const parts = text.split(/\s*(?:,|\bet\b|\band\b|&)\s*/u).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 4) return null;
  return parts.every(isPersonName) ? parts.map((p) => p.trim()) : null;
}

/**
 * Several people's names joined as the page joins them: "A and B" where the byline wrote "and" (an
 * English page), "A et B" otherwise ("et", "&", commas), so that the author reads as it was signed.
 */
export function joinNames(names: readonly string[], written: string): string {
  return names.join(/\band\b/u.test(written) ? ' and ' : ' et ');
}

/** An inclusive ending in brackets after a lower-case letter: "correspondant(e)", "rédacteur(rice)", "envoyé(e)s". */
export const INCLUSIVE_ENDING = /(?<=\p{Ll})\((?:e|es|s|rice|euse|ne|le)\)/gu;

/**
 * A word of newsroom roles, French and English (a small closed class, a weak signal beside the name's
 * own shape): "Europe Correspondent", "Chief Political Writer", "grand reporter", "rédactrice en chef".
 */
export const NEWSROOM_WORD =
  /(?<![\p{L}])(?:correspondant\p{L}*|correspondents?|reporters?|journalist\p{L}*|writers?|editors?|columnists?|chroniqu\p{L}+|[ée]ditorialiste|r[ée]dact\p{L}+|envoy\p{L}*|photograph\p{L}*|pigistes?|staff|desk|bureau)(?![\p{L}])/iu;

/** Longest role after a name ("correspondant local", "Europe correspondent", "chef du service politique"). */
const MAX_ROLE_WORDS = 5;

/**
 * The person's name in a signature line that adds a short role: "Amaury Delcourt (correspondant
 * local)", "Harriet Lowell, Europe correspondent", "Jane Smith (staff writer)", or the name alone.
 * The role is a few words without sentence punctuation and not capitalised throughout (a second
 * name would be "Jean Dupont, Marie Curie"); null when the text is no name.
 */
export function nameWithRole(text: string): string | null {
  // (Inclusive endings in brackets are part of the role's word: "correspondant(e)", "rédacteur(rice)".)
  const s = foldTypography(text).trim().replace(INCLUSIVE_ENDING, '');
  // ("Élodie Marchal — service Mobilité", "Jane Roe | staff writer": a spaced dash or bar as the comma.)
  const m = /^([^,()|\u2013\u2014]{3,48}?)\s*(?:\(([^()]{2,48})\)|(?:,|\s[-\u2013\u2014|])\s*([^,()]{2,48}))$/u.exec(s);
  if (m) {
    const role = (m[2] ?? m[3]!).trim();
    const words = role.split(/\s+/);
    const capitalisedThroughout = words.every((w) => /^\p{Lu}/u.test(w));
    // One capitalised word after a comma is where the reporter files from ("Jean-François Tremblay, Lausanne");
    // two or more would be another person ("Jean Dupont, Marie Curie").
    const place = words.length === 1 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(role) && m[3] !== undefined;
    // A role capitalised as a title is still a role when a newsroom word says so ("Europe Correspondent").
    // (A figure in a bracketed role that opens in lower case is a year or a class, "(promo 2020)", "(classe de 2021)".)
    const figures = /\d/.test(role) && !(m[2] !== undefined && /^\p{Ll}/u.test(role));
    if (words.length <= MAX_ROLE_WORDS && !/[.!?;:]$/u.test(role) && !figures && (!capitalisedThroughout || place || NEWSROOM_WORD.test(role)) && isPersonName(m[1]!)) return m[1]!.trim();
    return null;
  }
  // "Idriss Benhamou in Paris", "Jean Dupont à Bruxelles": where the reporter files from.
  const place = /^(.{3,48}?)\s+(?:in|à|from|depuis)\s+\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2}$/u.exec(s);
  if (place && isPersonName(place[1]!)) return place[1]!.trim();
  return isPersonName(s) ? s : null;
}

/** Particles kept in lower case inside a name written from capitals ("JEAN DE LA FONTAINE" → "Jean de la Fontaine"). */
const CASE_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'dos']);

/** A byline's name written in capitals, in the case it is read in ("BENOÎT LECANU" → "Benoît Lecanu", "A. BOUSMAHA" → "A. Bousmaha"; fromCapitals). */
export function nameCase(name: string): string {
  return fromCapitals(name.trim(), CASE_PARTICLES);
}

/** A byline template needs this many different names after the same words (see bylineTemplates). */
export const BYLINE_TEMPLATE_MIN_NAMES = 3;
/** Longest line read as "words then a name" (a byline, not a sentence). */
const TEMPLATE_MAX_WORDS = 8;
/** Longest run of words before the name ("Un articulu di", "Ein Beitrag von", "Texte et photos :"). */
const TEMPLATE_MAX_PREFIX_WORDS = 4;

/**
 * A short line split into the words around a person's name and the name ("Un articulu di Noémie
 * Fauchère" → ["un articulu di", "Noémie Fauchère"]; "Jane Roe reporting" → ["… reporting", "Jane
 * Roe"]; a role after a comma set aside, "Report: Jane Roe, Belfast Newsroom" → ["report:", "Jane
 * Roe"]), the words as a lower-case key; null when the line is no name with one to four other words.
 */
export function prefixAndName(text: string): [string, string] | null {
  return PREFIX_NAMES(text);
}

/** prefixAndName's readings by text (memoByText): the folder's byline templates and each file's analysis read the same lines. */
const PREFIX_NAMES = memoByText(readPrefixAndName);

function readPrefixAndName(text: string): [string, string] | null {
  return readPrefixThenName(text) ?? nameThenRole(text);
}

/** Longest signature read as names then the site's words ("A et B, pour le service économie"). */
const NAME_FIRST_MAX_WORDS = 14;
/** Where the names at a signature's start end: a spaced dash or other separator (SEPARATOR_RUN: "A et B ◆ texte adapté par X"), an opening bracket or a comma. */
const NAME_FIRST_SEPARATOR = new RegExp(`\\s(?:[-–—]|${SEPARATOR_RUN})\\s|\\s\\(|,\\s`, 'gu');

/**
 * A signature that names its writers first, then the site's words about them, the same on every page
 * ("Claudine Uwase, correspondance à Mutsamudu", "Elin Jenkins - Islands reporter - Photos: X", "A et
 * B — texte ; X — photos", "Pauline Thach (correspondance en Asie)"): the words after the names are the
 * template, any capitalised word in them (a place, a photographer, a translator) read as a slot.
 */
function nameThenRole(text: string): [string, string] | null {
  const s = foldTypography(text).trim();
  if (s.length > NAME_FIRST_MAX_WORDS * MAX_NAME_CHARS || /[.!?]$/u.test(s) || s === s.toUpperCase()) return null;
  const w = s.split(/\s+/);
  if (w.length < 3 || w.length > NAME_FIRST_MAX_WORDS) return null;
  for (const m of s.matchAll(NAME_FIRST_SEPARATOR)) {
    const head = s.slice(0, m.index);
    const names = personNames(head);
    if (names === null) continue;
    const rest = s.slice(m.index + m[0].length);
    const restWords = rest.split(/\s+/).filter((x) => x !== '');
    // The site's words: a lower-case word at least ("Islands reporter", not "Marie Curie").
    if (restWords.length === 0 || !restWords.some((x) => /^\p{Ll}/u.test(x))) return null;
    const key = `… ${m[0].trim()} ${restWords.map((x, i) => (i > 0 && /^\p{Lu}/u.test(x) ? '*' : x.toLowerCase())).join(' ')}`.replace(/\*(?: \*)+/gu, '*').replace(/\d+/gu, '#');
    return [key, joinNames(names, head)];
  }
  return null;
}

function readPrefixThenName(text: string): [string, string] | null {
  const s = foldTypography(text).trim();
  // (A signature is a short line: MAX_NAME_CHARS for each of its words at most.)
  if (s.length > TEMPLATE_MAX_WORDS * MAX_NAME_CHARS || /[.!?;]$/u.test(s) || s === s.toUpperCase()) return null;
  // A role or desk after a comma closes the signature ("Report: Jane Roe, Belfast Newsroom", "Texte :
  // Jean Dupont, service Société"): the words and the name before it are the template.
  const comma = s.indexOf(',');
  if (comma > 0) {
    const role = s.slice(comma + 1).trim();
    const roleWords = role.split(/\s+/);
    if (role === '' || roleWords.length > MAX_ROLE_WORDS || /[\d,.!?;:]/u.test(role) || s.slice(0, comma).split(/\s+/).length + roleWords.length > TEMPLATE_MAX_WORDS) return null;
    return readPrefixThenName(s.slice(0, comma));
  }
  const w = s.split(/\s+/);
  if (w.length < 3 || w.length > TEMPLATE_MAX_WORDS) return null;
  // The name first, then a few words in lower case ("Jane Roe reporting", "Jean Dupont rapporte"): the
  // words after it, marked as following, are the template.
  for (let k = Math.min(4, w.length - 1); k >= 2; k--) {
    const after = w.slice(k);
    if (after.length > 3 || !after.every((x) => /^\p{Ll}[\p{L}'’\-]*$/u.test(x))) continue;
    const name = w.slice(0, k).join(' ');
    if (isPersonName(name)) return [`… ${after.join(' ').toLowerCase()}`, name];
  }
  // The longest trailing name of two to four words, then at least one word before it.
  for (let k = Math.min(4, w.length - 1); k >= 2; k--) {
    const name = w.slice(-k).join(' ');
    const prefix = w.slice(0, -k);
    // The words before the name end on a cue in lower case or a symbol ("di", "von", "—", ":"), not on a
    // capitalised word: "Ein Beitrag von Jana Krüger" reads as a name after "Ein" otherwise.
    // (A capitalised word closed by a colon is a label, "Report: X", "Text: X".)
    // (Nor a person's name and "et": "A et B" is two writers, see nameThenRole.)
    if (prefix.length > TEMPLATE_MAX_PREFIX_WORDS || (/^\p{Lu}/u.test(prefix.at(-1)!) && !/:$/u.test(prefix.at(-1)!)) || !isPersonName(name) || (/\s(?:et|and|&)\s/u.test(s) && personNames(s) !== null)) continue;
    return [prefix.join(' ').toLowerCase(), name];
  }
  return null;
}

/**
 * Byline templates of a folder, by evidence across files: the same words followed by different
 * people's names on BYLINE_TEMPLATE_MIN_NAMES pages or more ("Un articulu di X", "Ein Beitrag von Y",
 * "Reportage — Z") are a site's way of signing, in whatever language or wording. A headline may repeat
 * its first words before names too ("Interview de X"): callers read a template only below the title.
 * @param lines per file, the lines to look at (the head and the tail of each page)
 * @param memo each file's splits kept between builds (src/ingest/text.ts TemplateMemo)
 */
export function bylineTemplates(lines: readonly (readonly string[])[], memo?: TemplateMemo): Set<string> {
  return templateKeys(lines, (text) => {
    const split = prefixAndName(text);
    // A picture's credit ("© X", "Photo : X") names who took it, not who wrote: words, no copyright mark.
    // (After the names, "… — texte ; * — photos": the picture word there is another person's, the slot's.)
    const own = split === null ? '' : split[0].startsWith('…') ? split[0].split('*')[0]! : split[0];
    if (split === null || !/\p{L}/u.test(split[0]) || /[©®]/u.test(own) || PICTURE_WORD.test(own)) return null;
    return { key: split[0], value: split[1].toLowerCase() };
  }, BYLINE_TEMPLATE_MIN_NAMES, false, memo);
}
