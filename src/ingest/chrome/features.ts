/**
 * Line features and a chrome score (jusText/boilerpipe style): how much a line talks to the reader
 * about the page, the site or its interface, against signs of reported prose. Word lists here are
 * small and only weak features; no single word decides.
 */
import { stripAccents, words } from '../text.ts';

/** Lines longer than this (in words) are prose: not scored (a notice is one to three sentences). */
export const FEATURE_MAX_WORDS = 60;

/** Words addressing the reader (second person, polite requests). */
const ADDRESS = new Set(['vous', 'votre', 'vos', 'you', 'your', 'yours', 'please', 'veuillez', 'merci']);
/** The site speaking of itself ("nous", "our"): weaker than addressing the reader. */
const SELF = new Set(['nous', 'notre', 'nos', 'we', 'our', 'us']);
/** English verbs of interface actions, for imperatives (French imperatives are found by their "-ez" ending). */
const EN_IMPERATIVES = new Set([
  'sign', 'log', 'subscribe', 'click', 'tap', 'share', 'follow', 'join', 'download', 'read', 'watch', 'listen', 'enable',
  'manage', 'report', 'save', 'print', 'email', 'support', 'donate', 'accept', 'continue', 'leave', 'get', 'start', 'try',
  'register', 'create', 'don', 'skip', 'go', 'view', 'load', 'show', 'discover', 'add', 'install', 'allow', 'upgrade',
  'post', 'reply', 'submit', 'send',
]);
/**
 * Stems of the web interface and of the page itself (cookies, browser, account, comments, app,
 * settings…), matched at a word's start on accent-stripped words. Weak: one alone decides nothing.
 */
const UI_STEMS = [
  'cookie', 'traceur', 'navigat', 'browser', 'javascript', 'website', 'appli', 'newsletter', 'notification', 'alerte',
  'alert', 'inbox', 'email', 'courriel', 'compte', 'account', 'connexion', 'login', 'password', 'abonn', 'subscri',
  'inscri', 'commentair', 'commenter', 'comments', 'favori', 'bookmark', 'partag', 'share', 'telecharg', 'download',
  'ecran', 'screen', 'mobile', 'parametr', 'setting', 'preferen', 'confidentialit', 'privacy', 'publicit', 'bloqueur',
  'blocker', 'adblock', 'theme', 'wordpress', 'powered', 'plugin', 'podcast', 'cliqu', 'click', 'redaction', 'newsroom',
  'captcha', 'recaptcha', 'premium', 'trial', 'widget', 'version',
];
/** Short interface words, matched whole (plural allowed): as stems they would match "appel", "menuisier", "siteur". */
const UI_WORDS = ['app', 'pdf', 'rss', 'menu', 'mail', 'lien', 'clic', 'site', 'link', 'offre', 'essai'];

/** UI_STEMS as one alternation anchored at a word start (one scan per line). */
const UI_STEM_RE = new RegExp(`(?<![a-z0-9])(?:${UI_STEMS.join('|')}|(?:${UI_WORDS.join('|')})s?(?![a-z0-9]))`, 'g');

/** Determiners that make a page word a self-reference: "cet article", "this story", "notre site"… */
const SELF_DETERMINERS = new Set(['cet', 'cette', 'ce', 'notre', 'nos', 'this', 'our']);
/** …followed by one of these words. */
const PAGE_WORDS = new Set([
  'article', 'articles', 'page', 'site', 'website', 'story', 'stories', 'contenu', 'content', 'application', 'app',
  'newsletter', 'publication', 'publications', 'video',
]);
/** Signs of reported prose: a verb of saying, "selon", "according to" (one word)… */
const REPORTING_WORDS = new Set(['selon', 'according', 'said', 'says', 'told', 'declare', 'estime']);
/** …or a past participle of saying after "a" ("a indiqué", "a affirmé"). */
const SAYING_PARTICIPLES = new Set(['declare', 'indique', 'affirme', 'annonce', 'precise', 'explique', 'souligne', 'assure', 'ajoute']);
/** Quotation marks of reported speech. */
const QUOTES = /[«»“”"„]/;
/** Separators of link bars and footers. */
const SEPARATORS = /\s[|·•›]\s/;
/** French verbs of one syllable ending in -ez are not imperatives of interface actions ("chez", "nez"). */
const FR_IMPERATIVE = /^[a-z]{3,}ez$/;
/** French infinitives that open a short button label ("Télécharger le PDF", "Imprimer cette page"). */
const FR_INFINITIVE = /^[a-z]{4,}(?:er|ir|re)$/;
/** A button label has at most this many words. */
const BUTTON_MAX_WORDS = 6;

/** What the score reads from one line. */
export interface LineFeatures {
  words: number;
  /** Words addressing the reader (capped in the score). */
  address: number;
  /** The site speaking of itself. */
  self: number;
  /** A sentence opens with an imperative (or "please"/"merci de"). */
  imperative: boolean;
  /** A short unpunctuated line opening with a French infinitive (a button). */
  button: boolean;
  /** Distinct interface stems in the line. */
  ui: number;
  /** "cet article", "this page", "notre site". */
  selfReference: boolean;
  /** Quotation marks: reported speech. */
  quoted: boolean;
  /** A verb of saying or "selon": reported prose. */
  reporting: boolean;
  /** Link-bar separators (" | ", " · "). */
  separators: boolean;
  /** Ends with sentence punctuation. */
  sentence: boolean;
}

/** Opening word of each sentence of a line (after ". ", "? ", "! ", ": " and opening quotes). */
const SENTENCE_OPENING = /(?:^|[.?!:]\s+)[«"“(\s]*([\p{L}']+)/gu;
/** Non-ASCII: only such words need their accents stripped. */
const NON_ASCII = /[^\x00-\x7f]/;
/** Lower-case accented Latin letters → base letter: a table lookup, cheaper than NFD + a mark regex on every line. */
const BASE_LETTER = new Map<string, string>(
  Object.entries({ a: 'àáâãäå', c: 'ç', e: 'èéêë', i: 'ìíîï', n: 'ñ', o: 'òóôõö', u: 'ùúûü', y: 'ýÿ' }).flatMap(([base, accented]) =>
    [...accented].map((ch) => [ch, base] as [string, string]),
  ),
);
/** The accented letters of BASE_LETTER, as one character class. */
const ACCENTED = new RegExp(`[${[...BASE_LETTER.keys()].join('')}]`, 'g');
/** Strips French (Latin-1) accents from lower-case text; other characters go through stripAccents. */
function plainLower(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const out = text.replace(ACCENTED, (ch) => BASE_LETTER.get(ch)!);
  return NON_ASCII.test(out) ? stripAccents(out) : out;
}

/** Computes the features of a line; `key` (its lower-case words joined by spaces) saves a tokenisation when the caller has it. */
export function lineFeatures(text: string, key?: string): LineFeatures {
  const joined = key ?? words(text).join(' ');
  const plain = plainLower(joined);
  const ws = plain ? plain.split(' ') : [];
  let address = 0;
  let self = 0;
  let reporting = false;
  let selfReference = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (i > 0 && PAGE_WORDS.has(w) && SELF_DETERMINERS.has(ws[i - 1]!)) selfReference = true;
    if (ADDRESS.has(w)) address++;
    else if (SELF.has(w)) self++;
    else if (REPORTING_WORDS.has(w) || (SAYING_PARTICIPLES.has(w) && ws[i - 1] === 'a')) reporting = true;
  }
  const stems = new Set<string>();
  for (const m of plain.matchAll(UI_STEM_RE)) stems.add(m[0] === 'website' ? 'site' : m[0].replace(/s$/, ''));
  // Imperatives open a sentence: the line's first word, or the first word after ". ", "? ", "! ", ": ".
  let imperative = false;
  for (const m of text.matchAll(SENTENCE_OPENING)) {
    const raw = m[1]!.toLowerCase().replace(/['’].*$/, '');
    const w = plainLower(raw);
    if (FR_IMPERATIVE.test(w) || EN_IMPERATIVES.has(w) || w === 'please' || w === 'veuillez' || (w === 'merci' && /^merci de\b/.test(plain))) {
      imperative = true;
      break;
    }
  }
  const trimmed = text.trim();
  const sentence = /[.!?…]["'»”)]*$/u.test(trimmed);
  return {
    words: ws.length,
    address,
    self,
    imperative,
    button: ws.length <= BUTTON_MAX_WORDS && !sentence && FR_INFINITIVE.test(ws[0] ?? ''),
    ui: stems.size,
    selfReference,
    quoted: QUOTES.test(text),
    reporting,
    separators: SEPARATORS.test(text),
    sentence,
  };
}

/** A line speaking of nothing on the page (no interface stem, no self-reference) scores at most this: addressing the reader alone is not chrome. */
const NO_UI_CAP = 2;
/** Each word of prose beyond this count lowers the score: a notice is short. */
const PROSE_WORDS = 25;

/**
 * The chrome score of a line: reader address, imperatives, interface stems and self-references
 * raise it; quotation marks, verbs of saying and length lower it. About 2.5 is "chrome when in the
 * head or tail zone", 4 "chrome wherever it sits outside the body", 5.5 "chrome even between paragraphs".
 */
export function uiScore(f: LineFeatures): number {
  let s =
    1.5 * Math.min(f.address, 2) +
    0.5 * Math.min(f.self, 2) +
    (f.imperative ? 1.5 : 0) +
    (f.button ? 1 : 0) +
    Math.min(f.ui, 3) +
    (f.selfReference ? 1.5 : 0) +
    (f.separators ? 1 : 0);
  if (f.ui === 0 && !f.selfReference) s = Math.min(s, NO_UI_CAP);
  if (f.quoted) s -= 3;
  if (f.reporting) s -= 1.5;
  s -= 0.1 * Math.max(0, f.words - PROSE_WORDS);
  return s;
}

/** Each letter of a pattern with its accented forms, for matching lower-case text whose accents were not stripped. */
function accentTolerant(word: string): string {
  const forms: Record<string, string> = { a: '[aàâä]', c: '[cç]', e: '[eéèêë]', i: '[iîï]', o: '[oôö]', u: '[uùûü]' };
  return [...word].map((ch) => forms[ch] ?? ch).join('');
}
/**
 * Every way a line can score at least NEIGHBOUR-level (see uiScore): a word addressing the reader,
 * an interface or page word, a link-bar separator, an imperative opening a sentence. A line matching
 * none scores at most 1 (the site speaking of itself), which no bar uses: it skips the feature pass.
 * The lower-case line must match it somewhere; mayScore gives the same answer faster (the pattern is
 * kept as its definition, and a test holds the two together).
 */
export const MAY_SCORE = new RegExp(
  [
    `(?<![\\p{L}])(?:${UI_STEMS.map(accentTolerant).join('|')})`,
    `(?<![\\p{L}])(?:${[...ADDRESS, ...UI_WORDS, ...PAGE_WORDS].map(accentTolerant).join('|')})s?(?![\\p{L}])`,
    '\\s[|·•›]\\s',
    `(?:^|[.?!:]\\s+)[«"“(\\s]*(?:[\\p{L}']*ez|${[...EN_IMPERATIVES].join('|')})(?![\\p{L}])`,
  ].join('|'),
  'u',
);
/** MAY_SCORE's last two alternatives (a link-bar separator; an imperative opening a sentence). */
const MAY_SCORE_SEPARATOR = /\s[|·•›]\s/u;
const MAY_SCORE_IMPERATIVE = new RegExp(`(?:^|[.?!:]\\s+)[«"“(\\s]*(?:[\\p{L}']*ez|${[...EN_IMPERATIVES].join('|')})(?![\\p{L}])`, 'u');

/**
 * MAY_SCORE's first two alternatives as a trie of their words over a-z (a regex of a hundred
 * alternatives, each behind a look-behind, tried at every character, was most of a line's scoring):
 * TRIE_NEXT[node * 26 + letter] is the next node (0: none), TRIE_END[node] 1 for a stem, 2 for a whole word.
 */
const TRIE_NEXT = new Int32Array(26 * 1024);
const TRIE_END = new Uint8Array(1024);
{
  let nodes = 1;
  for (const [list, kind] of [[UI_STEMS, 1], [[...ADDRESS, ...UI_WORDS, ...PAGE_WORDS], 2]] as const) {
    for (const w of list) {
      let node = 0;
      for (const ch of w) {
        const slot = node * 26 + ch.charCodeAt(0) - 97;
        if (TRIE_NEXT[slot] === 0) TRIE_NEXT[slot] = nodes++;
        node = TRIE_NEXT[slot]!;
      }
      TRIE_END[node]! |= kind;
    }
  }
}
/** Per code unit, the letter a-z it stands for in accentTolerant (1 for a … 26 for z; accented vowels and ç too), else 0. */
const TRIE_LETTER = new Uint8Array(0x10000);
for (let c = 97; c <= 122; c++) TRIE_LETTER[c] = c - 96;
for (const [base, accented] of Object.entries({ a: 'àâä', c: 'ç', e: 'éèêë', i: 'îï', o: 'ôö', u: 'ùûü' })) {
  for (const ch of accented) TRIE_LETTER[ch.charCodeAt(0)] = base.charCodeAt(0) - 96;
}
const LETTER = /^\p{L}$/u;
/** \p{L} per code unit of the Basic Multilingual Plane: 1 yes, 2 no, 0 not asked yet. */
const LETTER_UNITS = new Uint8Array(0x10000);
function letterUnit(c: number): boolean {
  let v = LETTER_UNITS[c]!;
  if (v === 0) {
    v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_UNITS[c] = v;
  }
  return v === 1;
}
/** True when the code point starting at i is a letter (false past the end), as /\p{L}/u reads it. */
function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? LETTER.test(String.fromCodePoint(text.codePointAt(i)!)) : letterUnit(c);
}

/** MAY_SCORE.test(lower), the same answer: the trie at each letter that follows no letter, then the other two patterns. */
export function mayScore(lower: string): boolean {
  const n = lower.length;
  let afterLetter = false;
  for (let p = 0; p < n; p++) {
    const c = lower.charCodeAt(p);
    // (A surrogate pair is one code point: never a word's start here, a letter or not before the next.)
    if (c >= 0xd800 && c <= 0xdbff && p + 1 < n) {
      const low = lower.charCodeAt(p + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        afterLetter = LETTER.test(lower.slice(p, p + 2));
        p++;
        continue;
      }
    }
    const letter = letterUnit(c);
    if (letter && !afterLetter) {
      let node = 0;
      for (let k = p; k < n; k++) {
        const l = TRIE_LETTER[lower.charCodeAt(k)]!;
        if (l === 0) break;
        node = TRIE_NEXT[node * 26 + l - 1]!;
        if (node === 0) break;
        const end = TRIE_END[node]!;
        if ((end & 1) !== 0) return true;
        // A whole word, maybe with a plural "s", then no letter.
        if ((end & 2) !== 0 && (!letterAt(lower, k + 1) || (lower.charCodeAt(k + 1) === 115 && !letterAt(lower, k + 2)))) return true;
      }
    }
    afterLetter = letter;
  }
  return MAY_SCORE_SEPARATOR.test(lower) || MAY_SCORE_IMPERATIVE.test(lower);
}

/**
 * Score of a line's text, or 0 for an empty line or prose longer than FEATURE_MAX_WORDS words.
 * `key` is the line's full comparison key when the caller has it (else the text is tokenised).
 */
export function chromeScore(text: string, nWords: number, key?: string): number {
  if (nWords === 0 || nWords > FEATURE_MAX_WORDS) return 0;
  // Button labels (a short line opening with an infinitive) are not in MAY_SCORE: short lines always go through.
  if (nWords > BUTTON_MAX_WORDS && !mayScore(text.toLowerCase())) return 0;
  return uiScore(lineFeatures(text, key));
}
