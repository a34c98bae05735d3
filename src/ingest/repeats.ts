/** Removes repetitions inside one article: the title repeated in the body, repeated paragraphs, and a passage repeated inside a paragraph. */
import { SEPARATOR_RUN } from './text.ts';
import type { Line, Removal } from './types.ts';

/** Paragraphs shorter than this (in words) are never treated as repeats: "(...)", "Oui." or a name may legitimately recur. */
const MIN_REPEAT_WORDS = 3;
/** Near-duplicate detection needs this many words: shingles of shorter lines are too few to compare. */
const NEAR_MIN_WORDS = 8;
/** Word shingle size for near-duplicates: 4 words survive a changed word every ~10 words. */
const SHINGLE = 4;
/**
 * Two paragraphs are near copies when at least 80 % of the smaller one's shingles occur in the other
 * (a few words changed or added) and the smaller is at least half the size of the larger (a sentence
 * quoted inside a longer paragraph is not a copy of it).
 */
const NEAR_CONTAINMENT = 0.8;
const NEAR_SIZE_RATIO = 0.5;
/** The title repeated with small changes: same containment, and sizes within 70 % of each other. */
const TITLE_SIZE_RATIO = 0.7;
/** A suffix after " - ", " – ", " | " of at most this many words is an outlet name ("… - The Washington Post"). */
const SUFFIX_MAX_WORDS = 6;

/**
 * A passage repeated inside one paragraph is at least this long (in words): shorter repeats are
 * rhetoric ("nous ne lâcherons rien, nous ne lâcherons rien") or parallel sentences.
 */
const PASSAGE_MIN_WORDS = 20;
/** Shingle size used to find where a repeated passage starts. */
const PASSAGE_SEED = 5;
/** The two copies of a repeated passage share at least this share of their 3-word shingles. */
const PASSAGE_MIN_OVERLAP = 0.7;
/** Bounded number of candidate starts examined per line: keeps the scan linear on pathological input. */
const PASSAGE_MAX_ATTEMPTS = 16;
/**
 * A paragraph quoting several embedded posts may hold several repeated passages: they are cut one
 * per round. 12 rounds reach the end in every paragraph of both corpora (the most seen is 6), so a
 * second ingest of the output finds nothing more to cut.
 */
const PASSAGE_MAX_ROUNDS = 12;
/** Words re-read across those rounds for one line: bounds the work on a megabyte line of repetition (~0.1 s per million words). */
const PASSAGE_WORD_BUDGET = 3_000_000;

/**
 * Hashes are kept to 30 bits so V8 stores them as small integers (no heap numbers): sets and maps
 * of them are several times faster; collisions inside one article are negligible at 2^30.
 */
const HASH_MASK = 0x3fffffff;
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;

/** Non-ASCII code point → its lower-case form when it is a letter or digit (as words() sees it), else null. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const lowerCache = new Map<number, string | null>();
function lowerWordChar(cp: number): string | null {
  let v = lowerCache.get(cp);
  if (v === undefined) {
    const ch = String.fromCodePoint(cp);
    v = WORD_CHAR.test(ch) ? ch.toLowerCase() : null;
    lowerCache.set(cp, v);
  }
  return v;
}

/**
 * lowerWordChar of the Basic Multilingual Plane by code unit: 1 + the lower-case unit when that is one
 * unit, NOT_WORD for a character outside words, MULTI_UNIT when the lower case is longer (read from
 * lowerWordChar), 0 not asked yet. A table read per character instead of a map.
 */
const LOWER_UNITS = new Int32Array(0x10000);
const NOT_WORD = -1;
const MULTI_UNIT = -2;

function lowerUnitOf(cp: number): number {
  let v = LOWER_UNITS[cp]!;
  if (v === 0) {
    const lower = lowerWordChar(cp);
    v = lower === null ? NOT_WORD : lower.length === 1 ? lower.charCodeAt(0) + 1 : MULTI_UNIT;
    LOWER_UNITS[cp] = v;
  }
  return v;
}

/** Words of a line as hashes, with their start offsets: the words of compareKey (letters and digits, lower case, typography ignored), without building strings. Linear. */
interface Tokens {
  hs: number[];
  starts: number[];
}

function tokenize(text: string): Tokens {
  const hs: number[] = [];
  const starts: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    let c = text.charCodeAt(i);
    let lower: string | null = null;
    let word: boolean;
    if (c < 128) {
      word = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      if (c >= 65 && c <= 90) c += 32;
    } else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        i++;
        lower = lowerWordChar(cp);
        word = lower !== null;
      } else {
        const v = lowerUnitOf(cp);
        word = v !== NOT_WORD;
        // (One lower-case unit: hashed as the code below hashes an ASCII letter.)
        if (v === MULTI_UNIT) lower = lowerWordChar(cp);
        else if (word) c = v - 1;
      }
    }
    if (!word) {
      if (inWord) {
        hs.push(h & HASH_MASK);
        inWord = false;
      }
      continue;
    }
    if (!inWord) {
      inWord = true;
      h = FNV_OFFSET;
      starts.push(at);
    }
    if (lower === null) h = Math.imul(h ^ c, FNV_PRIME);
    else for (let k = 0; k < lower.length; k++) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
  }
  if (inWord) hs.push(h & HASH_MASK);
  return { hs, starts };
}

/** Hash of the k word hashes starting at i (order-sensitive). */
function shingleAt(hs: readonly number[], i: number, k: number): number {
  let h = 0x9e3779b9;
  for (let j = i; j < i + k; j++) h = Math.imul(h ^ hs[j]!, 0x01000193) + j - i;
  return h & HASH_MASK;
}

/** Exact-equality key of a word sequence: two independent hashes and the length. */
function exactKey(hs: readonly number[]): string {
  let a = FNV_OFFSET;
  let b = 0x811c9dc5 ^ 0x5bd1e995;
  for (const x of hs) {
    a = Math.imul(a ^ x, FNV_PRIME);
    b = Math.imul(b ^ x, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${a >>> 0}.${b >>> 0}.${hs.length}`;
}

function shingles(hs: readonly number[], k: number, from = 0, to = hs.length): Set<number> {
  const out = new Set<number>();
  if (to - from < k) {
    if (to > from) out.add(shingleAt(hs, from, to - from));
    return out;
  }
  for (let i = from; i + k <= to; i++) out.add(shingleAt(hs, i, k));
  return out;
}

function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Separators before an outlet suffix: "… - The Washington Post", "… – RT", "… | Le Monde". */
const SUFFIX_SEPARATORS = [' - ', ' \u2013 ', ' \u2014 ', ' | '];

/** Exact keys of a short text and of the text with trailing short " - X" segments stripped (up to two). */
function keyVariants(text: string, hs: readonly number[]): string[] {
  const out = [exactKey(hs)];
  let t = text;
  for (let round = 0; round < 2; round++) {
    let at = -1;
    for (const sep of SUFFIX_SEPARATORS) at = Math.max(at, t.lastIndexOf(sep));
    if (at <= 0) break;
    const tail = tokenize(t.slice(at + 2)).hs;
    if (tail.length === 0 || tail.length > SUFFIX_MAX_WORDS) break;
    t = t.slice(0, at);
    const rest = tokenize(t).hs;
    if (rest.length === 0) break;
    out.push(exactKey(rest));
  }
  return out;
}

/**
 * A short label, a colon or a spaced separator, then the title ("Print this story: <title>", "Haut de
 * page ↑ <title>", "Vous venez de lire — <title>"): the headline repeated with a label of the page's
 * interface (print, back to top, share). The label has at most SUFFIX_MAX_WORDS words; the first two
 * separators are tried, so that a title's own colon stays inside it.
 */
function labelledTitle(text: string, titleKeys: ReadonlySet<string>): boolean {
  let tried = 0;
  for (const m of text.matchAll(LABEL_END)) {
    if (m.index === 0 || ++tried > 2) break;
    const label = tokenize(text.slice(0, m.index)).hs;
    if (label.length === 0 || label.length > SUFFIX_MAX_WORDS) break;
    const rest = tokenize(text.slice(m.index + m[0].length)).hs;
    if (rest.length > 0 && titleKeys.has(exactKey(rest))) return true;
  }
  return false;
}
/** Where a label ends: a colon, or a spaced separator (SEPARATOR_RUN: a dash, a bar, an arrow, a pictogram…). */
const LABEL_END = new RegExp(`\\s?:\\s|\\s${SEPARATOR_RUN}\\s`, 'gu');

function hasSuffixSeparator(text: string): boolean {
  return SUFFIX_SEPARATORS.some((sep) => text.includes(sep));
}

/** Titles are short: lines longer than this many words are not compared with the title's variants. */
const TITLE_MAX_WORDS = 60;

const OPENING_QUOTES = '"«“„';

/**
 * Where each seed (a 30-bit shingle hash) was first seen in a line: an open-addressing table on typed
 * arrays, reused from line to line (dropRepeatedPassage asks for every seed of every long line; a Map
 * per line cost more than the rest of the search).
 */
class SeedTable {
  private keys = new Int32Array(1 << 10);
  private values = new Int32Array(1 << 10);
  /** Which reset filled each slot: slots of earlier lines read as empty, with no clearing. */
  private stamps = new Int32Array(1 << 10);
  private stamp = 0;

  /** Empties the table for a line of `n` seeds at most. */
  reset(n: number): this {
    if (n * 2 > this.keys.length) {
      let size = this.keys.length;
      while (n * 2 > size) size *= 2;
      this.keys = new Int32Array(size);
      this.values = new Int32Array(size);
      this.stamps = new Int32Array(size);
      this.stamp = 0;
    }
    this.stamp++;
    return this;
  }

  /** The first place seen for `seed`; records `at` when it is new (and returns it). */
  firstAt(seed: number, at: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(seed, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      if (this.stamps[slot] !== this.stamp) {
        this.stamps[slot] = this.stamp;
        this.keys[slot] = seed;
        this.values[slot] = at;
        return at;
      }
      if (this.keys[slot] === seed) return this.values[slot]!;
      slot = (slot + 1) & mask;
    }
  }
}
const SEEDS = new SeedTable();

/**
 * Finds a long passage immediately repeated inside one line ("X … Y. X' … Y', a dit Z" with a few
 * words changed) and returns the line without the first copy, plus the dropped passage. The later
 * copy is kept: it is the one that carries the attribution.
 */
function dropRepeatedPassage(text: string, tokens: Tokens): { text: string; dropped: string } | null {
  const { hs, starts } = tokens;
  if (hs.length < 2 * PASSAGE_MIN_WORDS) return null;
  const firstAt = SEEDS.reset(hs.length);
  let attempts = 0;
  for (let j = 0; j + PASSAGE_SEED <= hs.length; j++) {
    const seed = shingleAt(hs, j, PASSAGE_SEED);
    const i = firstAt.firstAt(seed, j);
    if (i === j) continue;
    const len = j - i;
    if (len < PASSAGE_MIN_WORDS || hs.length - j < len * NEAR_SIZE_RATIO) continue;
    if (++attempts > PASSAGE_MAX_ATTEMPTS) return null;
    const a = shingles(hs, 3, i, j);
    const b = shingles(hs, 3, j, Math.min(hs.length, j + len + 5));
    if (overlap(a, b) / a.size < PASSAGE_MIN_OVERLAP) continue;
    // Cut from the first copy's opening quotes to the second copy's opening quotes.
    let cutStart = i === 0 ? 0 : starts[i]!;
    while (cutStart > 0 && OPENING_QUOTES.includes(text[cutStart - 1]!)) cutStart--;
    let cutEnd = starts[j]!;
    while (cutEnd > cutStart && OPENING_QUOTES.includes(text[cutEnd - 1]!)) cutEnd--;
    const dropped = text.slice(cutStart, cutEnd).trim();
    const rest = (text.slice(0, cutStart) + text.slice(cutEnd)).trim();
    if (!dropped || !rest) return null;
    return { text: rest, dropped };
  }
  return null;
}

interface Entry {
  line: Line;
  key: string;
  nWords: number;
  sh: Set<number> | null;
}

/**
 * Removes repetitions from an article body: lines repeating the title (`repeat:title`), paragraphs
 * repeated exactly or nearly (`repeat:paragraph`; the more complete copy is kept at the position of
 * the first, so a body pasted twice collapses to one), and a long passage repeated inside one
 * paragraph (`repeat:passage`, recorded on the same line number; the later copy is kept).
 * Words are those of compareKey (case, accents kept, typography ignored), hashed. Near = word-shingle
 * containment (NEAR_CONTAINMENT). Linear in the number of words.
 */
export function removeRepeats(title: string, lines: readonly Line[]): { kept: Line[]; removed: Removal[] } {
  const removed: Removal[] = [];
  const titleHs = tokenize(title).hs;
  const titleKeys = new Set(titleHs.length ? keyVariants(title, titleHs) : []);
  const titleSh = titleHs.length >= NEAR_MIN_WORDS ? shingles(titleHs, SHINGLE) : null;

  const entries: Entry[] = [];
  const byKey = new Map<string, number>();
  // Per shingle, the entries holding it in indexing order: one entry as a number (most shingles are
  // held once, and an array for each cost more than the rest of the search), several as an array.
  const byShingle = new Map<number, number | number[]>();
  const index = (e: Entry, at: number): void => {
    byKey.set(e.key, at);
    if (!e.sh) return;
    for (const h of e.sh) {
      const list = byShingle.get(h);
      if (list === undefined) byShingle.set(h, at);
      else if (typeof list === 'number') byShingle.set(h, [list, at]);
      else list.push(at);
    }
  };

  for (const original of lines) {
    let line = original;
    let tokens = tokenize(line.text);
    let key = exactKey(tokens.hs);
    if (
      tokens.hs.length > 0 &&
      (titleKeys.has(key) ||
        (tokens.hs.length <= TITLE_MAX_WORDS && hasSuffixSeparator(line.text) && keyVariants(line.text, tokens.hs).some((k) => titleKeys.has(k))) ||
        (tokens.hs.length <= TITLE_MAX_WORDS && labelledTitle(line.text, titleKeys)))
    ) {
      removed.push({ line, reason: 'repeat:title' });
      continue;
    }
    // Cut until no repeated passage is left (so ingesting the output again changes nothing),
    // within a bounded number of rounds and of words re-read.
    let budget = PASSAGE_WORD_BUDGET;
    for (let round = 0; round < PASSAGE_MAX_ROUNDS && budget > 0; round++) {
      budget -= tokens.hs.length;
      const cut = dropRepeatedPassage(line.text, tokens);
      if (!cut) break;
      removed.push({ line: { n: line.n, text: cut.dropped }, reason: 'repeat:passage' });
      line = { n: line.n, text: cut.text };
      tokens = tokenize(line.text);
      key = exactKey(tokens.hs);
    }
    const hs = tokens.hs;
    const entry: Entry = { line, key, nWords: hs.length, sh: hs.length >= NEAR_MIN_WORDS ? shingles(hs, SHINGLE) : null };
    if (entry.nWords < MIN_REPEAT_WORDS) {
      entries.push(entry);
      continue;
    }
    if (entry.sh && titleSh) {
      const o = overlap(entry.sh, titleSh);
      const small = Math.min(entry.sh.size, titleSh.size);
      const ratio = small / Math.max(entry.sh.size, titleSh.size);
      if (o / small >= NEAR_CONTAINMENT && ratio >= TITLE_SIZE_RATIO) {
        removed.push({ line, reason: 'repeat:title' });
        continue;
      }
    }
    let match = byKey.get(key);
    if (match === undefined && entry.sh) {
      const counts = new Map<number, number>();
      for (const h of entry.sh) {
        const list = byShingle.get(h);
        if (typeof list === 'number') counts.set(list, (counts.get(list) ?? 0) + 1);
        else if (list !== undefined) for (const at of list) counts.set(at, (counts.get(at) ?? 0) + 1);
      }
      let best = 0;
      for (const [at, n] of counts) {
        const other = entries[at]!;
        if (!other.sh) continue;
        const small = Math.min(other.sh.size, entry.sh.size);
        const ratio = small / Math.max(other.sh.size, entry.sh.size);
        const score = n / small;
        if (score >= NEAR_CONTAINMENT && ratio >= NEAR_SIZE_RATIO && score > best) {
          best = score;
          match = at;
        }
      }
    }
    if (match === undefined) {
      entries.push(entry);
      index(entry, entries.length - 1);
      continue;
    }
    const first = entries[match]!;
    if (entry.nWords > first.nWords) {
      // The later copy is more complete: it takes the first copy's place.
      removed.push({ line: first.line, reason: 'repeat:paragraph' });
      entries[match] = entry;
      index(entry, match);
    } else {
      removed.push({ line, reason: 'repeat:paragraph' });
    }
  }
  return { kept: entries.map((e) => e.line), removed };
}
