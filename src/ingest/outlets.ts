/** The outlet list: lookup by name, alias, domain or word-for-word translated name, and outlet mentions in running text. */
import { STOPWORDS } from './stopwords.ts';
import rawOutlets from '../data/outlets.json' with { type: 'json' };
import nameWordsData from '../data/name-words.json' with { type: 'json' };
import { outletListSchema, type Outlet } from '../schemas/outlet.ts';
import { isPersonName } from './names.ts';
import { foldTypography, memoByText, stripAccents } from './text.ts';

/** Leading articles ignored when comparing names ("The Washington Post" = "le Washington Post" = "Washington Post"). */
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);

/** Longest alias, in words, looked for in text: bounds the trie walk. */
const MAX_ALIAS_WORDS = 8;

/** One word of a text, with its offsets in the original string. */
export interface Token {
  /** As written. */
  raw: string;
  /** Lower case, accents kept ("cité"). */
  lower: string;
  /** Lower case, accents stripped, typography folded: the matching key. */
  norm: string;
  start: number;
  end: number;
}

/**
 * The words of a text as parallel arrays (no object per word: texts are large and words many).
 * Words are runs of letters, digits and combining marks. Linear scan, no backtracking.
 */
export class Tokens {
  readonly text: string;
  readonly start: number[];
  readonly end: number[];
  /** Lower case, accents kept ("cité"). */
  readonly lower: string[];
  /** Lower case, accents stripped: the matching key. */
  readonly norm: string[];

  constructor(text: string) {
    const starts: number[] = [];
    const ends: number[] = [];
    const lowers: string[] = [];
    const norms: string[] = [];
    const n = text.length;
    const lowerText = text.toLowerCase();
    const sameLength = lowerText.length === n;
    let start = -1;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      let word: boolean;
      let width = 1;
      if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        word = WORD_CHAR.test(text.slice(i, i + 2));
        width = 2;
      } else word = isNameCode(c);
      if (word) {
        if (start < 0) start = i;
        i += width - 1;
      } else if (start >= 0) {
        const lower = sameLength ? lowerText.slice(start, i) : text.slice(start, i).toLowerCase();
        starts.push(start);
        ends.push(i);
        lowers.push(lower);
        norms.push(normWord(lower));
        start = -1;
      }
    }
    this.text = text;
    this.start = starts;
    this.end = ends;
    this.lower = lowers;
    this.norm = norms;
  }

  get length(): number {
    return this.start.length;
  }

  /** Word i as written. */
  raw(i: number): string {
    return this.text.slice(this.start[i]!, this.end[i]!);
  }

  /** True when word i starts with a capital letter. */
  capitalised(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i]!);
    return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(this.text[this.start[i]!]!);
  }

  /** The text between word i-1 and word i. */
  gap(i: number): string {
    return this.text.slice(this.end[i - 1]!, this.start[i]!);
  }
}

/** Splits text into word tokens (letters and digits), one object per word: for short strings. */
export function tokenize(text: string): Token[] {
  const t = new Tokens(text);
  const out: Token[] = [];
  for (let i = 0; i < t.length; i++) out.push({ raw: t.raw(i), lower: t.lower[i]!, norm: t.norm[i]!, start: t.start[i]!, end: t.end[i]! });
  return out;
}

/** A letter or digit (also combining marks, so that decomposed accents stay inside their word). */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
/** WORD_CHAR per UTF-16 code unit: 1 yes, 2 no, 0 not asked yet (the scan asks for every character of every paragraph). */
const NAME_CODES = new Uint8Array(0x10000);

/** WORD_CHAR of one code unit of the Basic Multilingual Plane. */
function isNameCode(c: number): boolean {
  let v = NAME_CODES[c]!;
  if (v === 0) {
    v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    NAME_CODES[c] = v;
  }
  return v === 1;
}

/** Base letters of the accented lower-case letters of French and its neighbours (Latin-1 and Latin Extended-A). */
const ACCENT_BASE: Record<string, string> = {};
for (const [base, accented] of [
  ['a', 'àáâãäåāăą'], ['c', 'çćĉċč'], ['d', 'ďđ'], ['e', 'èéêëēĕėęě'], ['g', 'ĝğġģ'], ['h', 'ĥħ'], ['i', 'ìíîïĩīĭįı'],
  ['j', 'ĵ'], ['k', 'ķ'], ['l', 'ĺļľŀł'], ['n', 'ñńņňŉ'], ['o', 'òóôõöøōŏő'], ['r', 'ŕŗř'], ['s', 'śŝşšș'], ['t', 'ţťŧț'],
  ['u', 'ùúûüũūŭůűų'], ['w', 'ŵ'], ['y', 'ýÿŷ'], ['z', 'źżž'],
] as const) {
  for (const ch of accented) ACCENT_BASE[ch] = base;
}

/** Accent-free form of a lower-case word: a table for common letters, Unicode decomposition for the rest. */
function normWord(lower: string): string {
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128) {
      if (out) out += lower[i];
      continue;
    }
    const base = ACCENT_BASE[lower[i]!];
    if (base === undefined && c >= 0x300) return stripAccents(lower);
    if (!out) out = lower.slice(0, i);
    out += base ?? lower[i];
  }
  return out || lower;
}

/** Normalised words of a name without its leading article: the lookup key of a name. */
function nameWords(name: string): string[] {
  const tokens = tokenize(name);
  // "LA Times" keeps its "LA": an article is never written in capitals inside a name.
  const first = tokens[0];
  if (tokens.length > 1 && ARTICLES.has(first!.norm) && (first!.raw.length === 1 || first!.raw !== first!.raw.toUpperCase())) tokens.shift();
  return tokens.map((t) => t.norm);
}

/** What a key of the index points to. */
interface Entry {
  outlet: Outlet;
  /** The alias as written in the list (for case checks). */
  alias: string;
  /** True for a machine-translation garble of the alias (a name translated word for word). */
  garbled: boolean;
  /** A listed name without its qualifier: read only as a translation (written as is, the bare name is a namesake's or a word). */
  bare?: true;
  /** A name in a language other than French or English (foreignName): it yields a shared meaning to a French or English name. */
  foreign?: true;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: Entry;
}

interface Index {
  list: readonly Outlet[];
  byKey: Map<string, Entry>;
  trie: TrieNode;
  byDomain: Map<string, Outlet>;
  /** Short form word → outlets that own it ("post" → The Washington Post, New York Post…). */
  shortForms: Map<string, Outlet[]>;
  /** Words that can start a name or a short form: every other word is skipped at once. */
  firstWords: Set<string>;
  /** Bag of meanings (sorted, see meaningBag) → the aliases that have it; a bag shared by two outlets is ambiguous. */
  byBag: Map<string, Entry[]>;
  /** Meanings that occur in some outlet's name: a word outside them ends a translated name. */
  nameMeanings: Set<string>;
  /** Per meaning, how many outlets' names hold it (see GENERIC_MEANING_OUTLETS). */
  meaningOutlets: Map<string, number>;
  /** Every part of every bag (sorted keys): a run of words whose meanings are no part of one cannot grow into a name. */
  partBags: Set<string>;
  /** A name or alias spelled as one lower-case ASCII word ("lenouvelliste") → its outlet; null when two outlets share it. */
  bySpelling: Map<string, Outlet | null>;
  /** Bags of French and English names, qualified ones bare too ("Le Pays (Burkina)" → country): see soleEntry. */
  ownBags: Set<string>;
}

// ——— Names translated word for word ———

/** The bilingual lexicon of name words (src/data/name-words.json): word → meaning, plus the words that carry none. */
const LEXICON = (() => {
  const meaning = new Map<string, string>();
  const pressWords = new Set<string>();
  for (const [place, groups] of [[false, nameWordsData.groups], [true, nameWordsData.places], [true, nameWordsData.plain]] as const) {
    for (const group of groups) {
      const id = normWord(group[0]!.toLowerCase());
      for (const w of group) {
        meaning.set(normWord(w.toLowerCase()), id);
        if (!place) pressWords.add(normWord(w.toLowerCase()));
      }
    }
  }
  // Foreign words: each row's first word names its meaning among the groups and places above.
  const foreign = new Set<string>();
  for (const [id, ...words] of nameWordsData.foreign) {
    const m = meaning.get(normWord(id!.toLowerCase()));
    if (m === undefined) throw new Error(`src/data/name-words.json: foreign row "${id}" names no meaning of groups or places`);
    for (const w of words) {
      const norm = normWord(w.toLowerCase());
      if (meaning.has(norm)) continue;
      meaning.set(norm, m);
      foreign.add(norm);
    }
  }
  const articles = new Set(nameWordsData.articles.map((w) => normWord(w.toLowerCase())));
  const foreignArticles = new Set(nameWordsData.foreignArticles.map((w) => normWord(w.toLowerCase())));
  return { meaning, pressWords, foreign, articles, foreignArticles };
})();

/** True when a name's words hold one of a foreign language's (a word of the lexicon's `foreign` rows): "Die Welt", "Al Jazeera". */
function foreignName(norms: readonly string[]): boolean {
  const foreign = (w: string) => LEXICON.foreign.has(w) || (w.length >= MIN_PLURAL_CHARS && /[sx]$/.test(w) && LEXICON.foreign.has(w.slice(0, -1)));
  // (A word glued from two, one of them foreign: "Abendkurier".)
  return norms.some((w) => foreign(w) || (!LEXICON.meaning.has(w) && (compoundParts(w)?.some(foreign) ?? false)));
}

/** Shortest word whose final -s or -x is read as a plural mark ("informations" → "information"; not "bus"). */
const MIN_PLURAL_CHARS = 4;

/**
 * Regular endings of French and English cognates, French form first: a word the lexicon does not
 * know is read through them, so that a name translated word for word is recognised from its shape
 * ("Graphique" / "Graphic", "Registre" / "Register", "Américain" / "American", "L'Économiste" /
 * "The Economist", "Officiel" / "Official", "Militaire" / "Military"). Only endings that
 * are regular across the two languages' vocabularies; both the list's names and the text's words
 * go through them, so a name in one language still matches itself.
 */
const COGNATE_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/ique$/, 'ic'],
  [/iste$/, 'ist'],
  // "Histoire" / "History", "Victoire" / "Victory", "Observatoire" / "Observatory" (before -re → -er)
  [/oire$/, 'ory'],
  [/(?<=[^aeiou])re$/, 'er'],
  [/aine?$/, 'an'],
  [/iel(?:le)?$/, 'ial'],
  // "Universel" / "Universal", "Culturel" / "Cultural"; not after a vowel ("actuel" is "current")
  [/(?<=[^aeiou])el(?:le)?$/, 'al'],
  [/aire$/, 'ary'],
  [/eur$/, 'or'],
  // "Normandie" / "Normandy", "Économie" / "Economy", "Académie" / "Academy"
  [/ie$/, 'y'],
  // "Curieux", "Curieuse" / "Curious"; "Glorieux" / "Glorious"
  [/eux$|euse$/, 'ous'],
  // "Objectif" / "Objective", "Créatif" / "Creative" (the feminine -ive is already English)
  [/if$/, 'ive'],
];
/**
 * An English past participle in -ed is the French one in -é, which loses its accent in a key
 * ("Enchained" / "Enchaîné", "Chained" / "Enchaîné"):
 * read as the French form. Long words only: "Wired", "Breed" are no participles of a name.
 */
const PARTICIPLE_ED = /(?<=[^e])ed$/;
/** Shortest word read through PARTICIPLE_ED. */
const MIN_PARTICIPLE_CHARS = 7;
/** Shortest word read through COGNATE_ENDINGS (shorter words are too often unrelated: "are", "ore"). */
const MIN_COGNATE_CHARS = 5;

/** A normalised word with its cognate ending rewritten to the English form (see COGNATE_ENDINGS). */
function cognate(norm: string): string {
  if (norm.length < MIN_COGNATE_CHARS) return norm;
  const word = norm.length >= MIN_PARTICIPLE_CHARS && PARTICIPLE_ED.test(norm) ? norm.replace(PARTICIPLE_ED, 'e') : norm;
  for (const [re, to] of COGNATE_ENDINGS) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** The meaning of one normalised word: its lexicon group, else its cognate form (a plural -s/-x dropped when that finds a group). */
function meaningOf(norm: string): string {
  // A place's adjective is the place in a name ("Le Temps japonais" is The Japan Times, "Le Journal
  // libanais" a Lebanese journal): a French or English suffix of origin on a place the lexicon knows.
  const place = DEMONYM.exec(norm);
  if (place !== null) {
    const base = LEXICON.meaning.get(place[1]!);
    if (base !== undefined && !LEXICON.pressWords.has(place[1]!)) return base;
  }
  const m = LEXICON.meaning.get(norm);
  if (m !== undefined) return m;
  if (norm.length >= MIN_PLURAL_CHARS && (norm.endsWith('s') || norm.endsWith('x'))) {
    const singular = LEXICON.meaning.get(norm.slice(0, -1));
    if (singular !== undefined) return singular;
  }
  // An English participle the lexicon knows in its French form ("Enchained" / "enchaîné").
  if (norm.length >= MIN_PARTICIPLE_CHARS && PARTICIPLE_ED.test(norm)) {
    const french = LEXICON.meaning.get(norm.replace(PARTICIPLE_ED, 'e'));
    if (french !== undefined) return french;
  }
  return cognate(norm);
}

/** A French or English adjective of origin: the place's own word, then -ais(e), -ois(e) or -ese, maybe in the plural. */
const DEMONYM = /^(\w{3,}?)(?:aise?|oise?|ese)s?$/;

/** Shortest part of a compound word read as two name words ("Southwest" → south, west; "Northeast"). */
const MIN_COMPOUND_PART_CHARS = 4;

/**
 * The meanings of one normalised word: its own (meaningOf), or, for a word the lexicon does not know
 * that is two of its words glued together ("Southwest" for Sud Ouest, "Westfrance"), those two.
 */
function meaningsOf(norm: string): readonly string[] {
  return MEANINGS(norm);
}

/** Meanings by word (memoByText): every capitalised word of every paragraph asks (see scanRaw), and words repeat. */
const MEANINGS = memoByText(readMeanings);

function readMeanings(norm: string): string[] {
  const own = meaningOf(norm);
  if (own !== norm || LEXICON.meaning.has(norm)) return [own];
  const parts = compoundParts(norm);
  return parts ? parts.map((p) => LEXICON.meaning.get(p)!) : [own];
}

/** The two lexicon words a word the lexicon does not know is glued from ("southwest", "abendkurier"), or null. */
function compoundParts(norm: string): [string, string] | null {
  if (norm.length < 2 * MIN_COMPOUND_PART_CHARS) return null;
  for (let k = MIN_COMPOUND_PART_CHARS; k <= norm.length - MIN_COMPOUND_PART_CHARS; k++) {
    const a = norm.slice(0, k);
    const b = norm.slice(k);
    if (LEXICON.meaning.has(a) && LEXICON.meaning.has(b)) return [a, b];
  }
  return null;
}

/** True when every meaning of a word is one some outlet's name has. */
function knownMeaning(norm: string, idx: Index): boolean {
  return meaningsOf(norm).every((m) => idx.nameMeanings.has(m));
}

/** True when a word is one newspaper names are made of ("Presse", "Herald", "Courrier"): the lexicon knows it (place names excluded). */
export function isOutletNameWord(word: string): boolean {
  const w = normWord(word.toLowerCase());
  if (LEXICON.pressWords.has(w)) return true;
  return w.length >= MIN_PLURAL_CHARS && /[sx]$/.test(w) && LEXICON.pressWords.has(w.slice(0, -1));
}

/** True for a word that carries no meaning in a name (articles, "of", "de", "and"). */
function isNameArticle(norm: string): boolean {
  return LEXICON.articles.has(norm);
}

/**
 * The order-free key of a name's meaning: its content words mapped through the lexicon, sorted.
 * "The Voice of the North" and "La Voix du Nord" share one key; "West France" and "Ouest-France" too.
 */
function meaningBag(norms: readonly string[], foreign = false): string {
  // A foreign name's own articles carry no meaning ("Die Zeit", "Al Jazeera"); elsewhere they are
  // part of the name ("Al-Monitor" is an English title, not "The Monitor").
  return norms
    .filter((w) => !isNameArticle(w) && !(foreign && LEXICON.foreignArticles.has(w)))
    .flatMap(meaningsOf)
    .sort()
    .join(' ');
}

/** The content words of a name, sorted: equal for two spellings of one name in the same language. */
function contentKey(norms: readonly string[]): string {
  return norms
    .filter((w) => !isNameArticle(w))
    .map(singular)
    .sort()
    .join(' ');
}

/**
 * The number of each of a name's content words, in their meanings' order ("echo:p" for "Echoes" and
 * "Échos", "echo:s" for "Écho"): a word-for-word translation keeps it. See pluralMark.
 */
function numberMarks(norms: readonly string[]): string[] {
  return norms
    .filter((w) => !isNameArticle(w))
    .map((w) => `${meaningsOf(w).join('+')}:${pluralMark(w)}`)
    .sort();
}

/** 'p' for a word in the plural (its singular, without -s, -x or -es, has the same meaning), 's' for one without the mark, '?' for a word the plural does not change ("temps", "news"). */
function pluralMark(norm: string): 'p' | 's' | '?' {
  if (norm.length < MIN_PLURAL_CHARS || !/[sx]$/.test(norm)) return 's';
  const m = meaningOf(norm);
  const one = [norm.slice(0, -1), norm.replace(/es$/, '')].find((x) => x !== norm && x.length >= 2 && LEXICON.meaning.has(x));
  return one !== undefined && meaningOf(one) === m ? 'p' : '?';
}

/** True when two names' words agree in number, word by word in meaning order ('?' agrees with either). */
function sameNumber(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i]!;
    return x.slice(0, -1) === y.slice(0, -1) && (x.endsWith('?') || y.endsWith('?') || x === y);
  });
}

/** A word without a plural -s/-x ("Parisiens" is the plural of a name's word, not its translation). */
function singular(norm: string): string {
  return norm.length >= MIN_PLURAL_CHARS && /[sx]$/.test(norm) ? norm.slice(0, -1) : norm;
}

let index: Index | null = null;

/** Builds the lookup maps once. Throws when src/data/outlets.json is invalid (a configuration error). */
function getIndex(): Index {
  if (index) return index;
  index = buildIndex(outletListSchema.parse(rawOutlets));
  return index;
}

/** The lookup maps of an outlet list. */
function buildIndex(list: readonly Outlet[]): Index {
  const byKey = new Map<string, Entry>();
  const trie: TrieNode = { next: new Map() };
  const byDomain = new Map<string, Outlet>();
  const bySpelling = new Map<string, Outlet | null>();
  const shortForms = new Map<string, Outlet[]>();
  const byBag = new Map<string, Entry[]>();
  const nameMeanings = new Set<string>();
  const meaningOutlets = new Map<string, number>();
  const partBags = new Set<string>();
  const ownBags = new Set<string>();
  const add = (words: string[], entry: Entry): void => {
    if (words.length === 0 || words.length > MAX_ALIAS_WORDS) return;
    const key = words.join(' ');
    // Among real names the first listed wins.
    if (byKey.has(key)) return;
    byKey.set(key, entry);
    let node = trie;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    node.entry = entry;
  };
  /** Every sub-bag of a name's sorted meanings, kept sorted: 2^n keys for a name of n content words. */
  const addPartBags = (meanings: readonly string[]): void => {
    if (meanings.length > MAX_ALIAS_WORDS) return;
    for (let mask = 1; mask < 1 << meanings.length; mask++) partBags.add(meanings.filter((_, b) => (mask >> b) & 1).join(' '));
  };
  for (const outlet of list) {
    const held = new Set<string>();
    for (const alias of [outlet.name, ...outlet.aliases]) {
      const words = tokenize(alias).map((t) => t.norm);
      add(nameWords(alias), { outlet, alias, garbled: false });
      const foreign = foreignName(words);
      const bag = meaningBag(words, foreign);
      if (!bag) continue;
      if (!foreign) ownBags.add(bag);
      const entries = byBag.get(bag) ?? [];
      if (!entries.some((e) => e.outlet === outlet)) entries.push({ outlet, alias, garbled: false, ...(foreign ? { foreign: true as const } : {}) });
      byBag.set(bag, entries);
      const meanings = bag.split(' ');
      for (const m of meanings) {
        nameMeanings.add(m);
        // (Foreign names do not make a meaning common: "Welt" does not make "The World" an ordinary phrase.)
        if (!held.has(m) && !foreign) meaningOutlets.set(m, (meaningOutlets.get(m) ?? 0) + 1);
        held.add(m);
      }
      addPartBags(meanings);
    }
    for (const d of outlet.domains) byDomain.set(d, outlet);
    for (const alias of [outlet.name, ...outlet.aliases]) {
      const spelled = asciiSlug(alias).replaceAll('-', '');
      if (spelled.length < MIN_SPELLED_HOST_CHARS) continue;
      const had = bySpelling.get(spelled);
      bySpelling.set(spelled, had === undefined || had === outlet ? outlet : null);
    }
    for (const s of outlet.shortForms ?? []) {
      const k = nameWords(s).join(' ');
      shortForms.set(k, [...(shortForms.get(k) ?? []), outlet]);
    }
  }
  // A name's bracketed qualifier tells apart outlets of one name ("Business Day (South Africa)"); a
  // translation renders the name without it ("Jour des affaires"). Its meanings are indexed bare too,
  // when no other outlet's name has the same (a namesake's bag stays its own: "The Sun" is Le Soleil of
  // Québec, listed bare, not Le Soleil (Sénégal)).
  // (Two qualified namesakes, "Le Quotidien (Sénégal)" and "Le Quotidien (Luxembourg)", leave the bare bag to neither.)
  const bareBags = new Map<string, Entry[]>();
  for (const outlet of list) {
    for (const alias of [outlet.name, ...outlet.aliases]) {
      const bare = alias.replace(QUALIFIER, '');
      // A French or English namesake, however it is listed ("Le Pays (Burkina)"), keeps its meaning from a foreign name.
      if (bare !== alias && bare !== '' && !foreignName(tokenize(bare).map((t) => t.norm))) ownBags.add(meaningBag(tokenize(bare).map((t) => t.norm)));
      // (Not an ordinary word's outlet: "Elle (magazine)" bare is the pronoun.)
      const bag = bare === alias || bare === '' || outlet.ambiguous === true ? '' : meaningBag(tokenize(bare).map((t) => t.norm));
      // (One word bare, "Newsroom (NZ)", is an ordinary word, capitalised or not: "Par La Rédaction" names no outlet.)
      if (!bag || !bag.includes(' ') || byBag.has(bag)) continue;
      const had = bareBags.get(bag) ?? [];
      if (!had.some((e) => e.outlet === outlet)) had.push({ outlet, alias: bare, garbled: false, bare: true });
      bareBags.set(bag, had);
    }
  }
  for (const [bag, entries] of bareBags) {
    if (entries.length === 1) {
      byBag.set(bag, entries);
      const meanings = bag.split(' ');
      for (const m of meanings) nameMeanings.add(m);
      addPartBags(meanings);
    }
  }
  const firstWords = new Set([...trie.next.keys(), ...shortForms.keys()]);
  return { list, byKey, trie, byDomain, shortForms, firstWords, byBag, nameMeanings, meaningOutlets, partBags, bySpelling, ownBags };
}

/**
 * The outlet whose name has the same meaning as these words, read word for word through the
 * bilingual lexicon with articles dropped and the order free ("The Parisian" → Le Parisien,
 * "Information NBC" → NBC News). Null when no outlet or two outlets share that meaning ("The Time":
 * Le Temps, Time, The Times). `garbled` is true when the words differ from the alias's own.
 */
function translatedEntry(norms: readonly string[], idx: Index, knownBag?: string, article = norms.length > 0 && isNameArticle(norms[0]!)): Entry | null {
  // Cheap exit first: every content word must carry a meaning some outlet's name has.
  if (knownBag === undefined) for (const w of norms) if (!isNameArticle(w) && !knownMeaning(w, idx)) return null;
  const bag = knownBag ?? meaningBag(norms);
  if (!bag) return null;
  const e = soleEntry(idx.byBag.get(bag), bag, idx, norms);
  if (e === null) return null;
  // A foreign name is reached only through a translation with its article ("Le Miroir", "The
  // Peninsula"), as a French or English page renders it: a bare word ("Vanguard") is a name of its own.
  if (e.foreign === true && !article && !bag.includes(' ')) return null;
  const aliasNorms = tokenize(e.alias).map((t) => t.norm);
  const garbled = contentKey(aliasNorms) !== contentKey(norms);
  if (e.bare === true && !garbled) return null;
  // One word translated, without an article, into a name that is also an ordinary phrase, when many
  // outlets' names hold that word, is the ordinary word ("Information", "Info" are not L'actualité,
  // "Time" not Le Temps); a rarer one is still the name ("Cross", "Parisian", "Duty").
  if (garbled && !article && e.outlet.ambiguous === true && !bag.includes(' ') && (idx.meaningOutlets.get(bag) ?? 0) >= GENERIC_MEANING_OUTLETS) return null;
  // The alias's own words in another order are another paper's name ("Le Matin de Corse" is not
  // Corse-Matin): only a translation may change the order of a name's words.
  if (!garbled && contentSequence(aliasNorms) !== contentSequence(norms) && !otherLanguage(norms, aliasNorms)) return null;
  return { outlet: e.outlet, alias: e.alias, garbled };
}

/**
 * The one outlet a meaning names: the only entry, or among several the only French or English name.
 * A French or English page that translates a name word for word mostly translates the other of its
 * two languages ("The World" is Le Monde before Die Welt, El Mundo or Il Mondo); a foreign name wins
 * only where no French or English name shares its meaning ("La Péninsule" is Al Jazeera).
 */
function soleEntry(entries: readonly Entry[] | undefined, bag: string, idx: Index, norms?: readonly string[]): Entry | null {
  if (!entries || entries.length === 0) return null;
  const own = entries.filter((e) => e.foreign !== true);
  if (own.length === 1) return own[0]!;
  // Two names of one meaning that differ in number ("L'Écho" and "Les Échos", "The Star" and "Les
  // Étoiles"): a word-for-word translation keeps the number of each word ("The Echoes" is Les Échos),
  // which tells them apart when it leaves one.
  if (norms !== undefined && own.length > 1) {
    const number = numberMarks(norms);
    const agree = own.filter((e) => sameNumber(numberMarks(tokenize(e.alias).map((t) => t.norm)), number));
    if (agree.length === 1) return agree[0]!;
  }
  // A foreign name only where no French or English name, listed bare or qualified, has that meaning
  // ("Le Pays" is one of the Pays of Burkina or Cameroon written bare, not El País).
  return own.length === 0 && entries.length === 1 && !idx.ownBags.has(bag) ? entries[0]! : null;
}

/**
 * A meaning held by this many outlets' names or more is a common word of names ("news", "times",
 * "journal"): alone, bare and translated, it names none of them. Distinctive words ("cross",
 * "guardian", "parisian") are in one or two names.
 */
const GENERIC_MEANING_OUTLETS = 5;

/** Function words of names by language: a name's grammar says which language it is written in. */
const ENGLISH_NAME_WORDS = new Set(['the', 'of', 'and']);
const FRENCH_NAME_WORDS = new Set(['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'et']);

/**
 * True when `name` may be `alias` written in the other language, by their function words ("The Quebec
 * Journal" or "Montreal Journal" for "Le Journal de Québec", "Le Journal de Wall Street" for "The Wall
 * Street Journal"). Two names of one language, or any name for an alias without function words
 * ("Le Matin de Corse" for Corse-Matin, "The Sun Herald" for the Herald Sun), are not.
 */
function otherLanguage(name: readonly string[], alias: readonly string[]): boolean {
  const lang = (ws: readonly string[]) => (ws.some((w) => ENGLISH_NAME_WORDS.has(w)) ? 'en' : ws.some((w) => FRENCH_NAME_WORDS.has(w)) ? 'fr' : null);
  const ln = lang(name);
  const la = lang(alias);
  // An alias without function words says no language: its words in another order are another
  // paper's name ("The Sun Herald" is not the Herald Sun, "Le Matin de Corse" not Corse-Matin).
  return ln !== la && la !== null;
}

/** A name's content words in their order (articles and particles dropped, plurals folded). */
function contentSequence(norms: readonly string[]): string {
  return norms
    .filter((w) => !isNameArticle(w))
    .map(singular)
    .join(' ');
}

/** Every outlet of the list, in list order. */
export function allOutlets(): readonly Outlet[] {
  return getIndex().list;
}

/** Trims quotes, brackets and trailing punctuation around a name as written. */
function cleanName(name: string): string {
  let s = foldTypography(name).replace(/\s+/g, ' ').trim();
  // Bounded: strip at most a few wrapping characters at each end.
  for (let i = 0; i < 4; i++) {
    const t = s.replace(/^["'(\[*«]\s?/, '').replace(/\s?["')\]*.,;:!?»]$/, '');
    if (t === s) break;
    s = t.trim();
  }
  return s;
}

/** True when the string looks like a URL or a bare domain ("lemonde.fr", "https://…"). */
function looksLikeDomain(s: string): boolean {
  return /^(?:https?:\/\/|www\.)/i.test(s) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:\/\S*)?$/i.test(s);
}

/** How a whole name was recognised. */
export interface NameMatch {
  outlet: Outlet;
  /** True when the name is a word-for-word translation of the outlet's name ("The Cross" for La Croix). */
  translated: boolean;
}

/**
 * The outlet a whole name refers to: its name or an alias ignoring case, accents, quotes and a
 * leading article ("The Washington Post", "le Washington Post"), a domain ("lemonde.fr"), or a
 * word-for-word translation of one ("NBC Information", "The Voice of the North"). Only the whole
 * name counts: "Le Monde Agricole" is not Le Monde. Null when unknown.
 */
export function matchOutletName(name: string): NameMatch | null {
  const cached = NAME_CACHE.get(name);
  if (cached !== undefined) return cached;
  const s = cleanName(name);
  let found: NameMatch | null = null;
  if (s && !/\s/.test(s) && looksLikeDomain(s)) {
    const byUrl = outletFromUrl(s);
    if (byUrl) found = { outlet: byUrl, translated: false };
  }
  if (s && !found) found = lookupName(getIndex(), s);
  if (NAME_CACHE.size >= NAME_CACHE_MAX) NAME_CACHE.clear();
  NAME_CACHE.set(name, found);
  return found;
}

/** Longest text read as a translated name: names are short, and sentences are not looked up word by word. */
const MAX_TRANSLATED_CHARS = 120;

/** Names looked up recently: the same Source values, bylines and outlet names recur across a folder. */
const NAME_CACHE = new Map<string, NameMatch | null>();
/** Bound on the name cache (names are short; a folder has a few hundred distinct ones). */
const NAME_CACHE_MAX = 4096;

/** Exact name or alias first, else a word-for-word translation, in one index. */
function lookupName(idx: Index, cleaned: string): NameMatch | null {
  const exact = idx.byKey.get(nameWords(cleaned).join(' '));
  // (An acronym that is also a word, not in capitals, is the word: "Nos confrères…" is not the NOS.)
  if (exact) return exact.outlet.ambiguous === true && wordNotAcronym(exact.alias, cleaned.trim()) ? null : { outlet: exact.outlet, translated: false };
  if (cleaned.length > MAX_TRANSLATED_CHARS) return null;
  const words = tokenize(cleaned);
  if (words.length === 0 || words.length > MAX_ALIAS_WORDS * 2) return null;
  const t = translatedEntry(
    words.map((w) => w.norm),
    idx,
  );
  return t ? { outlet: t.outlet, translated: t.garbled } : null;
}

/**
 * The outlet a site's own name refers to: its name, an alias or a domain, never a translation (a
 * site does not garble its own masthead, and "Le Miroir Quotidien" is a French title, not the
 * Daily Mirror). An ordinary-word name needs its article as listed ("Monde" in a menu is not Le Monde).
 * `allowTranslated` admits translations where a translated page may carry them (a title's suffix).
 */
export function ownOutletName(name: string, allowTranslated = false): Outlet | null {
  const m = matchOutletName(name);
  if (!m || (m.translated && !allowTranslated)) return null;
  if (m.outlet.ambiguous === true && !looksLikeDomain(cleanName(name))) {
    const written = tokenize(cleanName(name));
    const listed = [m.outlet.name, ...m.outlet.aliases].find((a) => nameWords(a).join(' ') === nameWords(cleanName(name)).join(' '));
    if (listed && hasArticle(listed) && !(written.length > 0 && ARTICLES.has(written[0]!.norm))) return null;
  }
  return m.outlet;
}

/**
 * The outlet a name refers to (see matchOutletName: names, aliases, domains, word-for-word
 * translations such as "NBC Information" or "West France"). Null when unknown.
 */
export function findOutlet(name: string): Outlet | null {
  return matchOutletName(name)?.outlet ?? null;
}

/**
 * Outlet lookup against another list (tests use it to hold outlets back from the lexicon's authors):
 * like matchOutletName, without domains.
 */
export function matchNameIn(list: readonly Outlet[], name: string): NameMatch | null {
  return lookupName(buildIndex(list), cleanName(name));
}

/** A name found at the start of a text. */
export interface StartMatch {
  outlet: Outlet;
  /** Offset just after the matched name. */
  end: number;
  /** The name as written in the text (without a leading article). */
  written: string;
  garbled: boolean;
  /** The list alias that matched. */
  alias: string;
}

/**
 * Longest alias beginning the text (after an optional article) at a word boundary, with its extent,
 * when it is the whole name (not followed by more of a name: "Le Monde Agricole", "Le Courrier du Sud").
 * `wholeName`: "du/de/of + Capitalised" ends no name either, for any outlet (a site's own copyright
 * line or a credit's subject names a whole paper: "L'Écho des Garrigues" is not L'Écho).
 */
export function matchOutletAtStart(text: string, wholeName = false): StartMatch | null {
  const head = text.slice(0, 200);
  const tokens = new Tokens(head);
  if (tokens.length === 0 || /[\p{L}\p{N}]/u.test(head.slice(0, tokens.start[0]!))) return null;
  let i = 0;
  if (tokens.length > 1 && ARTICLES.has(tokens.norm[0]!)) i = 1;
  const m = longestAt(tokens, i);
  if (!m) return null;
  // "Presse Océan", "Le Monde Agricole": a longer name that begins like a listed one is another outlet;
  // acronyms take descriptors ("RT Russie et ex-Union soviétique", "CNN Politics").
  if (!isAcronym(m.entry.alias) && !wholeNameEnds(tokens, m.last, wholeName || m.entry.outlet.ambiguous === true, wholeName)) return null;
  // "La Presse" is never written "Presse" alone.
  if (i === 0 && m.entry.outlet.ambiguous === true && hasArticle(m.entry.alias)) return null;
  const start = tokens.start[i]!;
  const end = tokens.end[m.last]!;
  return { outlet: m.entry.outlet, end, written: head.slice(start, end), garbled: m.entry.garbled, alias: m.entry.alias };
}

/**
 * True when a listed outlet's name of two words or more begins the text (no article before it) and
 * more of a name follows: "France-Guyane Spatial", "Ouest-France Marine" are look-alikes, another
 * publication's names, however much their capitalised words look like a first name and a surname.
 * (A one-word alias may be a first name: "Marianne Dupont" stays a person's.)
 */
export function extendsListedOutlet(text: string): boolean {
  const tokens = new Tokens(text.slice(0, 200));
  if (tokens.length < 3 || ARTICLES.has(tokens.norm[0]!)) return false;
  const m = longestAt(tokens, 0);
  return m !== null && m.last >= 1 && m.last < tokens.length - 1 && NAME_GAP.test(tokens.gap(m.last + 1));
}

/** The longest alias that begins the text at a word boundary ("RT Russie et ex-Union soviétique" → RT). */
export function findOutletAtStart(text: string): Outlet | null {
  return matchOutletAtStart(text)?.outlet ?? null;
}

/**
 * Canonical name of a known outlet; an unknown name comes back cleaned, as written. `translated:
 * false` for a site's own name (its masthead, copyright, title suffix): a site writes its own name in
 * its own words, so a name that only translates another outlet's word for word ("Le Temps des
 * Collines" for The Hill Times) stays this site's.
 */
export function canonicalOutletName(name: string, options: { translated?: boolean } = {}): string {
  const m = matchOutletName(name);
  return (m !== null && (options.translated !== false || !m.translated) ? m.outlet.name : null) ?? cleanName(name);
}

/** A list name's qualifier in brackets, which tells an outlet from a namesake ("Le Pays (Burkina Faso)"). */
const QUALIFIER = /\s\([^()]{2,40}\)$/u;

/**
 * The name an outlet goes by: a listed outlet's name without its qualifier ("Le Pays (Burkina
 * Faso)" → "Le Pays", "The Citizen (Tanzania)" → "The Citizen"), as its own pages and credits
 * write it; any other name as given (brackets a page wrote stay).
 */
export function usualName(name: string): string {
  if (!QUALIFIER.test(name)) return name;
  const idx = getIndex();
  if (idx.byKey.get(nameWords(name).join(' '))?.outlet.name !== name) return name;
  // (Unless the list names another outlet so: "20 minutes (CH)" stays apart from 20 Minutes.)
  const plain = name.replace(QUALIFIER, '');
  return idx.byKey.has(nameWords(plain).join(' ')) ? name : plain;
}

/** The outlet owning a URL's host (subdomains allowed: "edition.cnn.com" → CNN), else null. */
export function outletFromUrl(url: string): Outlet | null {
  // An archived copy's address holds the original's ("web.archive.org/web/2018…/https://www.lemonde.fr/…",
  // "archive.ph/2019…/https://…"): the original's host names the outlet, not the archive's.
  const archived = ARCHIVED_URL.exec(url.trim());
  const s = archived ? archived[1]! : url.trim();
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  const { byDomain, bySpelling } = getIndex();
  let h = host;
  for (;;) {
    const o = byDomain.get(h);
    if (o) return o;
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  // An unlisted domain that spells a listed name ("lenouvelliste.ca" for Le Nouvelliste, a paper of the
  // same name in another country, or an address the list does not hold yet): the site's own label,
  // before the country or generic ending ("co.uk", "com.au" included), is the name written as one word.
  const labels = host.replace(/^www\d?\./, '').split('.');
  if (labels.length < 2) return null;
  const second = labels.length >= 3 && /^(?:co|com|org|net|gouv|gov|ac|edu)$/.test(labels.at(-2)!) ? labels.at(-3)! : labels.at(-2)!;
  return bySpelling.get(second.replaceAll('-', '')) ?? null;
}

/** A web archive's address of a copy, then the original's address (the Wayback Machine's "web/<time>/", archive.today's "<time>/"). */
const ARCHIVED_URL = /^(?:https?:\/\/)?(?:web\.|www\.)?(?:archive\.org\/web|archive\.(?:ph|today|is|li|md|vn|fo))\/[^/\s]+\/((?:https?:\/\/)?[a-z0-9][\w.-]*\.[a-z]{2,}(?:[/?#]\S*)?)$/iu;
/** Shortest name spelled as a host label that may stand for a listed outlet ("lesoir" yes, "rtl" no: three letters name many sites). */
const MIN_SPELLED_HOST_CHARS = 5;

/** ASCII slug of any text ("Tribune de Genève" → "tribune-de-geneve"). */
export function asciiSlug(text: string): string {
  return stripAccents(foldTypography(text))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slug of an outlet: the list's slug when known, else an ASCII slug of the name. */
export function outletSlug(name: string): string {
  return findOutlet(name)?.slug ?? asciiSlug(name);
}

/** Longest trie match starting at token i; `last` is the index of its last token. */
function longestAt(tokens: Tokens, i: number): { entry: Entry; last: number } | null {
  let node: TrieNode | undefined = getIndex().trie;
  let best: { entry: Entry; last: number } | null = null;
  for (let j = i; j < tokens.length && j < i + MAX_ALIAS_WORDS; j++) {
    node = node.next.get(tokens.norm[j]!);
    if (!node) break;
    // Words of one name are separated by spaces, hyphens, apostrophes, dots or slashes only.
    if (j > i && !NAME_GAP.test(tokens.gap(j))) break;
    // An acronym that is also a word, written otherwise than in capitals, is the word ("nos
    // confrères", "Nos lecteurs" are not the NOS). (Wire signatures write others in lower case: "(ats)".)
    if (node.entry && !(i === j && node.entry.outlet.ambiguous === true && wordNotAcronym(node.entry.alias, tokens.raw(j)))) best = { entry: node.entry, last: j };
  }
  return best;
}

/** True when an alias in capitals, all of one word ("NOS"), is written here otherwise than in capitals. */
function wordNotAcronym(alias: string, written: string): boolean {
  return /^[\p{Lu}\d]{2,6}$/u.test(alias) && written !== written.toUpperCase();
}

/** What may separate two words of one name ("Nice-Matin", "20 minutes (CH)", "Vif/L'Express"). */
const NAME_GAP = /^[\s\-'.\/()+&\u2019\u2013\u00a0\u202f]{0,3}$/u;

// ——— Mentions in running text ———

/** Verbs and participles that credit a source when they directly precede its name ("a rapporté le Post"). */
const CUE_VERBS = new Set(
  (
    'selon rapporte rapporté rapportait rapportent rapportaient rapportant déclaré déclare indiqué indique indiquait ' +
    'affirmé affirme affirmait écrit écrivait écrivent révèle révélé révélait révèlent annonce annoncé annonçait ' +
    'souligne souligné titre titrait titré précise précisé explique expliqué confié confie relate relaté raconte raconté ' +
    'dévoile dévoilé assure assuré estime estimé note noté observe relève relevé cite cité citait citant citée cités ' +
    'publie publié publiait signale signalé évoque évoqué confirme confirmé appris apprend mentionne mentionné ' +
    'rapportés rapportée obtenus obtenu obtenue consulté consultés interrogé interrogée interviewé interviewée ' +
    'contacté contactée joint jointe relayé relayée repris reprise diffusé diffusée reported said according'
  ).split(' '),
);

/** Nouns that introduce a source ("le quotidien Le Monde", "une information du Parisien", "au micro de BFMTV"). */
const CUE_NOUNS = new Set(
  (
    'quotidien journal hebdomadaire magazine mensuel chaîne chaine radio agence site média media médias confrère confrères ' +
    'télévision information informations article articles colonnes micro antenne plateau édition enquête entretien ' +
    'interview tribune chronique éditorial éditorialiste journaliste journalistes correspondant correspondante ' +
    'rédaction reportage documentaire dépêche dépêches newsletter podcast émission'
  ).split(' '),
);

/** Prepositions that may introduce a source, counted only with a cue verb or noun nearby or a bare title ("dans Libération"). */
const CUE_PREPOSITIONS = new Set(['à', 'a', 'au', 'aux', 'dans', 'sur', 'pour', 'avec', 'de', 'du', 'd', 'des', 'par', 'chez']);

/** Contracted prepositions: they hide an article, so "du Soleil" is never a bare title. */
const CONTRACTED = new Set(['au', 'aux', 'du', 'des']);

/** Adjectives that turn an ambiguous name back into an ordinary phrase ("la presse régionale", "le Monde entier"). */
const PRESS_ADJECTIVES = new Set(
  (
    'régionale locale nationale internationale mondiale écrite française étrangère quotidienne spécialisée ' +
    'people gratuite satirique économique généraliste populaire libre entier entière arabe occidental occidentale'
  ).split(' '),
);

/** How many words back a cue verb or noun may sit before a preposition ("ont déclaré des responsables de la sécurité occidentale au Washington Post"). */
const CUE_WINDOW_WORDS = 8;

/** One accepted mention of an outlet in running text. */
export interface OutletMention {
  outlet: Outlet;
  /** Offsets of the name (without its article). */
  start: number;
  end: number;
  written: string;
  garbled: boolean;
  /** True when a credit cue introduces it ("selon", "a rapporté", "au micro de"…). */
  credited: boolean;
}

/** True when the text between two tokens contains a sentence break. */
function breaksSentence(gap: string): boolean {
  return /[.!?;\n\r«»"“”()]/.test(gap);
}

/** True when an alias is an acronym-like short name ("AFP", "TdG", "BFMTV", "TF1"). */
function isAcronym(alias: string): boolean {
  // One token: "L'Écho" holds two capitals but is an article and a word.
  return !/[\s'’]/u.test(alias) && alias.length <= 6 && (alias.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** True when a lower-case wire credit sits in a parenthesised signature like "(afp/nxp)" or "(ats)". */
function inWireParenthesis(text: string, start: number, end: number): boolean {
  // Bounded scans: a credit parenthesis is short, and lines may be megabytes long.
  let open = -1;
  for (let i = start - 1; i >= 0 && i >= start - WIRE_PAREN_REACH; i--) {
    if (text[i] === '(') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = end; i < text.length && i <= end + WIRE_PAREN_REACH; i++) {
    if (text[i] === ')') {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  return /^[\p{L}\s\/.,-]*$/u.test(text.slice(open + 1, close));
}

/** How far a wire credit's parentheses may sit from the agency name ("(ats/nxp)", "(afp/reuters/nxp)"). */
const WIRE_PAREN_REACH = 20;

/** True when the name is glued to a URL, handle or compound ("AP-HP", "@BFMTV", "lemonde.fr/…"). */
function glued(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const before2 = text[start - 2] ?? ' ';
  if ('@#_'.includes(before)) return true;
  if ('-./'.includes(before) && /[\p{L}\p{N}]/u.test(before2)) return true;
  const after = text[end] ?? ' ';
  const after2 = text[end + 1] ?? ' ';
  if (after === '@' || after === '_') return true;
  if ('-./'.includes(after) && /[\p{L}\p{N}]/u.test(after2)) return true;
  return false;
}

/** True when a list name starts with an article ("La Presse", "L'Express"; not "LA Times"). */
function hasArticle(alias: string): boolean {
  const first = tokenize(alias)[0];
  return first !== undefined && ARTICLES.has(first.norm) && (first.raw.length === 1 || first.raw !== first.raw.toUpperCase());
}

function isCapitalised(written: string): boolean {
  const first = written[0] ?? '';
  if (/\p{Lu}/u.test(first)) return true;
  return /\p{N}/u.test(first) && /\p{Lu}/u.test(written);
}

/** Why a candidate name counts: a credit cue before it, and whether its article is a capitalised title article mid-sentence. */
function creditContext(tokens: Tokens, i: number): { credited: boolean; titleArticle: boolean; bare: boolean; contracted: boolean } {
  let j = i - 1;
  let titleArticle = false;
  let bare = true;
  const gapOk = (k: number): boolean => !breaksSentence(tokens.gap(k + 1));
  const contracted = i > 0 && CONTRACTED.has(tokens.lower[i - 1]!) && gapOk(i - 1);
  if (j >= 0 && gapOk(j) && ARTICLES.has(tokens.norm[j]!)) {
    bare = false;
    if (tokens.capitalised(j) && j > 0 && gapOk(j - 1)) titleArticle = true;
    j--;
  }
  const result = (credited: boolean) => ({ credited, titleArticle, bare, contracted });
  if (j < 0 || !gapOk(j)) return result(false);
  const prev = tokens.lower[j]!;
  if (CUE_VERBS.has(prev) || CUE_NOUNS.has(prev)) return result(true);
  if (tokens.norm[j] === 'apres' && j > 0 && tokens.norm[j - 1] === 'd') return result(true);
  if (CUE_PREPOSITIONS.has(prev)) {
    if (prev === 'par' && j > 0 && /(?:é|ée|és|ées)$/.test(tokens.lower[j - 1]!)) return result(true);
    if (bare && !CONTRACTED.has(prev) && /\p{Lu}|\p{N}/u.test(tokens.text[tokens.start[i]!]!)) return result(true);
    for (let k = j - 1; k >= 0 && k >= j - CUE_WINDOW_WORDS; k--) {
      if (!gapOk(k) || tokens.gap(k + 1).includes(',')) break;
      const w = tokens.lower[k]!;
      if (CUE_VERBS.has(w) || CUE_NOUNS.has(w)) return result(true);
    }
  }
  return result(false);
}

/** Particles that continue a name before a capitalised word ("Le Courrier du Sud", "La Voix de l'Est"). */
const NAME_PARTICLES = new Set(['du', 'de', 'des', 'd', 'of']);

/** Lower-case words that never continue a name: function words, common verbs of credits, time words, "en ligne". */
export const NOT_NAME_TAIL = new Set(
  ('a est et ou ont sont the was is has have had and or which who qui que avec with pour for sur on in au aux par by from de des du under sous via selon dans at to ' +
    'le la les un une this that ce cet cette ici here puis then mais but first ran published publie paru parue repris reprise traduit ' +
    'translated aussi also hier demain aujourd hui today yesterday tomorrow ligne online web edition version numerique papier print ' +
    'semaine semaines mois annee jour jours soir matin veille lendemain dernier derniere prochain prochaine passe passee ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre').split(' '),
);
/** A lower-case word that never continues a name: a function word of either language (story-terms.ts), a credit verb, a time word. */
export function notNameWord(norm: string): boolean {
  return NOT_NAME_TAIL.has(norm) || STOPWORDS.has(norm);
}

/**
 * Legal forms of a publisher's company after its name ("Le Riverain SA", "Le Courrier mosan asbl", "Northern Wire Inc.",
 * "Harbour Press Pty Ltd", "Diario Austral S.A.C."), as written (case counts: "sa" is also a French word). Besides the
 * forms of the countries whose papers the list holds, any run of two to four dotted capitals ("S.A.C.", "S.R.L.", "K.K.")
 * is one: company registers abbreviate their forms that way in every language, and an outlet's own name never ends so.
 * Forms may follow one another ("Pty Ltd", "GmbH & Co. KG"): see LEGAL_FORM_RUN.
 */
export const LEGAL_FORMS = String.raw`SA|SAS|SASU|SARL|Sàrl|Sarl|SRL|Srl|EURL|SCOP|SCIC|[Ll]td\.?|Limited|[Ii]nc\.?|LLC|llc|LLP|GmbH|gGmbH|AG|KG|plc|PLC|S\.p\.A\.|SpA|BV|NV|Corp\.?|Co\.?|Cie|ASBL|asbl|VZW|vzw|SPRL|SCRL|e\.V\.|Pty\.?|Pte\.?|Oy|Oyj|AB|ASA|A/S|ApS|Ltda\.?|SL|Sdn\.? Bhd\.?|(?:\p{Lu}\.){1,3}\p{Lu}\.?`;
/** One legal form or more closing a name, with the commas and ampersands between them ("Pty Ltd", ", Inc.", "GmbH & Co. KG"). */
export const LEGAL_FORM_RUN = String.raw`(?:[\s,&]+(?:${LEGAL_FORMS}))+`;
const LEGAL_FORM_WORD = new RegExp(`^(?:${LEGAL_FORMS})$`, 'u');

/**
 * True when lower-case words after a listed name continue it to the end of its clause ("Le Courrier
 * mosan", "(c) Le Courrier mosan asbl"): a longer name, another outlet. A function word, a time word
 * or anything past two words ends the name instead.
 */
function lowerCaseContinues(tokens: Tokens, k: number): boolean {
  let j = k;
  let words = 0;
  while (j < tokens.length && words < 2 && /^[\s\u00a0]+$/u.test(tokens.gap(j)) && !tokens.capitalised(j) && !/\p{N}/u.test(tokens.norm[j]!)) {
    if (notNameWord(tokens.norm[j]!) || LEGAL_FORM_WORD.test(tokens.raw(j))) break;
    words++;
    j++;
  }
  if (words === 0) return false;
  if (j < tokens.length && LEGAL_FORM_WORD.test(tokens.raw(j))) j++;
  return j >= tokens.length || /^\s*[.,;:!?()«»"“”—–|-]/u.test(tokens.gap(j));
}

/**
 * True when the name ending at token `last` is whole: no capitalised word follows it within the
 * phrase ("Le Monde Agricole" is another paper) and, for names that are ordinary words (ambiguous
 * outlets), no "du/de la/des + Capitalised" either ("Le Courrier du Sud"). Capitals say nothing in
 * a line written in capitals.
 */
function wholeNameEnds(tokens: Tokens, last: number, ambiguous: boolean, ownLine = false): boolean {
  const k = last + 1;
  if (k >= tokens.length || !/^[\s\u00a0\u202f]+$/u.test(tokens.gap(k))) return true;
  // In a site's own line (its copyright, its masthead) a word in lower case after a name that is an
  // ordinary phrase continues it: "© La Lettre horlogère de la Vallée" is another paper than La Lettre.
  // (A word of four letters or more: "Le Monde en ligne", "Le Monde a publié" are still Le Monde.)
  if (ownLine && ambiguous && !tokens.capitalised(k) && tokens.norm[k]!.length >= 4 && !/\p{N}/u.test(tokens.norm[k]!) && !notNameWord(tokens.norm[k]!) && !LEGAL_FORM_WORD.test(tokens.raw(k))) return false;
  if (tokens.capitalised(k)) {
    const next = tokens.raw(k);
    const name = tokens.raw(last);
    const shouting = next.length > 1 && next === next.toUpperCase() && name === name.toUpperCase();
    // "le journaliste de Libération Vincent Glad": a person's name follows the outlet's.
    const person =
      k + 1 < tokens.length &&
      /^[\s\u00a0]+$/u.test(tokens.gap(k + 1)) &&
      tokens.capitalised(k + 1) &&
      !(k + 2 < tokens.length && /^[\s\u00a0]+$/u.test(tokens.gap(k + 2)) && tokens.capitalised(k + 2)) &&
      isPersonName(`${next} ${tokens.raw(k + 1)}`) &&
      // (A word newspaper names are made of is no one's name: "Regards Croisés Info" is a paper.)
      !isOutletNameWord(next) &&
      !isOutletNameWord(tokens.raw(k + 1));
    // A line in capitals gives no case to tell a name's end by: only a name that is no ordinary phrase,
    // outside a site's own lines, ends there ("AFP PHOTO"; not "REGARDS CROISÉS INFO").
    return (shouting && !ambiguous) || person;
  }
  if (!NAME_PARTICLES.has(tokens.norm[k]!) && lowerCaseContinues(tokens, k)) return false;
  if (!ambiguous || !NAME_PARTICLES.has(tokens.norm[k]!)) return true;
  let j = k + 1;
  if (j < tokens.length && ARTICLES.has(tokens.norm[j]!) && /^[\s'\u2019]+$/u.test(tokens.gap(j))) j++;
  return !(j < tokens.length && /^[\s'\u2019\u00a0]+$/u.test(tokens.gap(j)) && tokens.capitalised(j));
}

/**
 * The longest word-for-word translation of an outlet's name starting at token i ("NBC Information",
 * "The Voice of the North" from "Voice"): capitalised words whose meanings all occur in outlet names,
 * articles allowed inside. Null when another capitalised word continues the name (not a whole name)
 * or when the words are the outlet's own (the exact trie reads those).
 */
function translatedAt(tokens: Tokens, i: number, idx: Index): { entry: Entry; last: number } | null {
  let best: { entry: Entry; last: number } | null = null;
  const led = DEFINITE_ARTICLES.has(tokens.norm[i]!) || (i > 0 && DEFINITE_ARTICLES.has(tokens.norm[i - 1]!) && NAME_GAP.test(tokens.gap(i)));
  const norms: string[] = [];
  for (let j = i; j < tokens.length && j < i + MAX_ALIAS_WORDS * 2; j++) {
    if (j > i && !NAME_GAP.test(tokens.gap(j))) break;
    const w = tokens.norm[j]!;
    if (j > i && isNameArticle(w)) {
      norms.push(w);
      continue;
    }
    // (A word in lower case after the first may close a French title's name led by its definite
    // article, an adjective of the lexicon's: "Le Temps japonais", "La Gazette zurichoise"; not a
    // phrase after a preposition's article, "ministre des Affaires étrangères".)
    if (!tokens.capitalised(j) && !/^\p{N}/u.test(w) && !(j > i && led && knownMeaning(w, idx))) break;
    if (!knownMeaning(w, idx)) return null;
    norms.push(w);
    // Words that no outlet's name holds together end the search (bounded work on long runs of names).
    const bag = meaningBag(norms);
    if (!idx.partBags.has(bag)) break;
    const e = idx.byBag.has(bag) ? translatedEntry(norms, idx, bag, i > 0 && isNameArticle(tokens.norm[i - 1]!)) : null;
    if (e) best = { entry: e, last: j };
  }
  // A translation is a whole name: a preposition, then capitalised words ending the sentence, continue
  // it ("La Semaine dans le Boulonnais" is another paper than The Week).
  return best?.entry.garbled && nameRunEnd(tokens, best.last) < 0 ? best : null;
}

/** Definite articles that lead a French or English title ("Le Temps japonais", "The Irish Times"). */
const DEFINITE_ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);

/** Prepositions that link a name's first words to a place or a field ending it ("La Semaine dans le Boulonnais", "Le Réveil en Bocage", "Life in Fenland"). */
const NAME_LINKS = new Set(['dans', 'en', 'sur', 'in', 'on']);

/** A short form ("Post", "Times") seen in a text, credited and capitalised, waiting for its full name elsewhere. */
interface ShortCandidate {
  key: string;
  start: number;
  end: number;
  written: string;
}

/** Mentions accepted in one text, plus its short-form candidates (resolved against the whole article). */
interface RawScan {
  tokens: Tokens;
  mentions: OutletMention[];
  shorts: ShortCandidate[];
}

/** Recent scans by text: findCitedOutlets and trustFlags read the same paragraphs. */
const SCAN_CACHE = new Map<string, RawScan>();
/** Bound on the scan cache (paragraphs of a few articles). */
const SCAN_CACHE_MAX = 256;

/**
 * After a name's words ending at `last`: when a linking preposition (NAME_LINKS), maybe an article,
 * then capitalised words end the sentence or the line, the index of the last of them (the name goes
 * on to there), else -1. A preposition and a place in the middle of a sentence ("Le Monde en Corse a
 * révélé…") do not continue it.
 */
export function nameRunEnd(tokens: Tokens, last: number): number {
  const spaced = (j: number) => /^[\s\u00a0'\u2019]+$/u.test(tokens.gap(j));
  let j = last + 1;
  if (j >= tokens.length || !spaced(j) || tokens.capitalised(j) || !NAME_LINKS.has(tokens.norm[j]!)) return -1;
  j++;
  for (let a = 0; a < 2 && j < tokens.length && spaced(j) && !tokens.capitalised(j) && isNameArticle(tokens.norm[j]!); a++) j++;
  if (j >= tokens.length || !spaced(j) || !tokens.capitalised(j)) return -1;
  while (j + 1 < tokens.length && spaced(j + 1) && tokens.capitalised(j + 1)) j++;
  return j + 1 >= tokens.length || /^\s*[.,;:!?)»”"]/u.test(tokens.gap(j + 1)) ? j : -1;
}

function scanRaw(text: string): RawScan {
  const cached = SCAN_CACHE.get(text);
  if (cached) return cached;
  const idx = getIndex();
  const tokens = new Tokens(text);
  const mentions: OutletMention[] = [];
  const shorts: ShortCandidate[] = [];
  const noteShort = (i: number): void => {
    const key = tokens.norm[i]!;
    if (!idx.shortForms.has(key) || !tokens.capitalised(i)) return;
    if (!creditContext(tokens, i).credited) return;
    shorts.push({ key, start: tokens.start[i]!, end: tokens.end[i]!, written: tokens.raw(i) });
  };
  for (let i = 0; i < tokens.length; ) {
    const exact = idx.firstWords.has(tokens.norm[i]!) ? longestAt(tokens, i) : null;
    const translated = tokens.capitalised(i) && knownMeaning(tokens.norm[i]!, idx) ? translatedAt(tokens, i, idx) : null;
    const m = translated && (!exact || translated.last > exact.last) ? translated : exact;
    if (!m) {
      if (idx.firstWords.has(tokens.norm[i]!)) noteShort(i);
      i++;
      continue;
    }
    const start = tokens.start[i]!;
    const end = tokens.end[m.last]!;
    const written = text.slice(start, end);
    const { outlet, alias, garbled } = m.entry;
    if (m.last === i) noteShort(i);
    const wireParen = outlet.wire === true && inWireParenthesis(text, start, end);
    // In running text only names made of ordinary words need to be whole ("Le Monde Agricole"); a
    // distinctive name followed by a section or edition ("BBC News Afrique") is still that outlet.
    const mustBeWhole = outlet.ambiguous === true || garbled;
    let ok = (wireParen || !glued(text, start, end)) && (!mustBeWhole || isAcronym(alias) || wholeNameEnds(tokens, m.last, outlet.ambiguous === true));
    const ctx = creditContext(tokens, i);
    // A translated name of one word needs its article ("The Cross", "Le Gardien"), never a bare "Cross".
    // A translated name of one word needs its article and a credit cue ("a rapporté The Cross", "selon
    // Le Gardien"): "de l'autre côté de l'Atlantique" is an ocean, "les Parisiens" are people.
    if (ok && garbled && m.last === i) ok = !ctx.bare && ctx.credited;
    // A translated ordinary-word name ("The World", "The Evening") needs its article or a credit cue.
    if (ok && garbled && outlet.ambiguous) ok = ctx.credited || !ctx.bare;
    if (ok) {
      if (isAcronym(alias) && !garbled) ok = written === written.toUpperCase() || written === alias || wireParen;
      else if (/\p{Lu}/u.test(alias)) ok = isCapitalised(written);
    }
    if (ok && outlet.ambiguous && !garbled && !wireParen) {
      // "La Presse" is never written "Presse" alone: "une agence de Presse", "un État de Droit" are not the paper.
      const needsArticle = ctx.bare && !ctx.contracted && hasArticle(alias);
      // In capitals ("À LA UNE DE LA PRESSE") capitals say nothing about names.
      const shouting = written.length > 3 && written === written.toUpperCase() && alias !== alias.toUpperCase();
      const next = m.last + 1;
      const qualified = next < tokens.length && /^\s+$/.test(tokens.gap(next)) && PRESS_ADJECTIVES.has(tokens.lower[next]!);
      ok = !needsArticle && !shouting && !qualified && isCapitalised(written) && (ctx.credited || ctx.titleArticle);
    }
    if (ok) mentions.push({ outlet, start, end, written, garbled, credited: ctx.credited || wireParen });
    i = ok ? m.last + 1 : i + 1;
  }
  const result = { tokens, mentions, shorts };
  if (SCAN_CACHE.size >= SCAN_CACHE_MAX) SCAN_CACHE.clear();
  SCAN_CACHE.set(text, result);
  return result;
}

/** Word tokens of a text, shared with the outlet scan of the same text (cached). */
export function scanTokens(text: string): Tokens {
  return scanRaw(text).tokens;
}

/** Resolves short forms against the outlets named in full in the same article. */
function resolveShorts(scans: readonly RawScan[]): OutletMention[][] {
  const idx = getIndex();
  const named = new Set(scans.flatMap((s) => s.mentions.map((m) => m.outlet)));
  return scans.map((scan) => {
    if (scan.shorts.length === 0) return scan.mentions;
    const out = [...scan.mentions];
    const byStart = new Map(out.map((m, k) => [m.start, k]));
    for (const c of scan.shorts) {
      const owner = idx.shortForms.get(c.key)!.find((o) => named.has(o));
      if (!owner) continue;
      const mention: OutletMention = { outlet: owner, start: c.start, end: c.end, written: c.written, garbled: false, credited: true };
      const k = byStart.get(c.start);
      if (k !== undefined) out[k] = mention;
      else out.push(mention);
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/**
 * Outlets named in running text, in order. Unambiguous names count wherever they appear as a
 * name (capitalised; acronyms in capitals, or lower case in a "(afp/nxp)" credit); ambiguous
 * ones ("Le Temps", "La Presse") only after a credit cue or as a capitalised title mid-sentence.
 * Short forms ("le Post") count, credited, when the text also names their outlet in full.
 */
export function scanOutlets(text: string): OutletMention[] {
  return resolveShorts([scanRaw(text)])[0]!;
}

/** Like scanOutlets for an article's paragraphs: cues stay inside a paragraph, short forms resolve across the article. */
export function scanParagraphs(paragraphs: readonly string[]): OutletMention[][] {
  return resolveShorts(paragraphs.map(scanRaw));
}
