/** Removes repetitions inside one article: the title repeated in the body, repeated paragraphs, and a passage repeated inside a paragraph. */
import type { Line, Removal } from './types.ts';
import { compareKey, foldTypography } from './text.ts';
import { lineKey } from './lines.ts';

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
 * Hashes are kept to 30 bits so V8 stores them as small integers (no heap numbers): sets and maps
 * of them are several times faster; collisions inside one article are negligible at 2^30.
 */
const HASH_MASK = 0x3fffffff;

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h & HASH_MASK;
}

/** Hash of the k word hashes starting at i (order-sensitive). */
function shingleAt(hs: readonly number[], i: number, k: number): number {
  let h = 0x9e3779b9;
  for (let j = i; j < i + k; j++) h = Math.imul(h ^ hs[j]!, 0x01000193) + j - i;
  return h & HASH_MASK;
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

/** Keys of a short text with trailing short " - X" / " | X" segments stripped (up to two). */
function keyVariants(text: string, key: string): string[] {
  const out = [key];
  let t = foldTypography(text);
  for (let round = 0; round < 2; round++) {
    const at = Math.max(t.lastIndexOf(' - '), t.lastIndexOf(' | '));
    if (at <= 0) break;
    const tail = compareKey(t.slice(at + 3));
    if (!tail || tail.split(' ').length > SUFFIX_MAX_WORDS) break;
    t = t.slice(0, at);
    out.push(compareKey(t));
  }
  return out.filter(Boolean);
}

/** True when the text may end with a " - Outlet" suffix (cheap check before folding). */
function hasSuffixSeparator(text: string): boolean {
  return text.includes(' - ') || text.includes(' | ') || text.includes(' \u2013 ') || text.includes(' \u2014 ');
}

/** Titles are short: lines longer than this many words are not compared with the title's variants. */
const TITLE_MAX_WORDS = 60;

const OPENING_QUOTES = '"«“„';

/**
 * Finds a long passage immediately repeated inside one line ("X … Y. X' … Y', a dit Z" with a few
 * words changed) and returns the line without the first copy, plus the dropped passage. The later
 * copy is kept: it is the one that carries the attribution. `hs` are the hashes of the line's words
 * (as compareKey splits them), used for a cheap scan before offsets are computed.
 */
function dropRepeatedPassage(text: string, hs: readonly number[]): { text: string; dropped: string } | null {
  if (hs.length < 2 * PASSAGE_MIN_WORDS) return null;
  const firstAt = new Map<number, number>();
  let attempts = 0;
  for (let j = 0; j + PASSAGE_SEED <= hs.length; j++) {
    const seed = shingleAt(hs, j, PASSAGE_SEED);
    const i = firstAt.get(seed);
    if (i === undefined) {
      firstAt.set(seed, j);
      continue;
    }
    const len = j - i;
    if (len < PASSAGE_MIN_WORDS || hs.length - j < len * NEAR_SIZE_RATIO) continue;
    if (++attempts > PASSAGE_MAX_ATTEMPTS) return null;
    const a = shingles(hs, 3, i, j);
    const b = shingles(hs, 3, j, Math.min(hs.length, j + len + 5));
    if (overlap(a, b) / a.size < PASSAGE_MIN_OVERLAP) continue;
    // Word offsets, tokenised as compareKey does (foldTypography keeps every character's offset).
    const starts: number[] = [];
    for (const m of foldTypography(text).matchAll(/[\p{L}\p{N}]+/gu)) {
      starts.push(m.index);
      if (starts.length > j) break;
    }
    if (starts.length <= j) return null;
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
 * Near = word-shingle containment (NEAR_CONTAINMENT). Linear in the number of shingles.
 */
export function removeRepeats(title: string, lines: readonly Line[]): { kept: Line[]; removed: Removal[] } {
  const removed: Removal[] = [];
  const titleKey = compareKey(title);
  const titleKeys = new Set(keyVariants(title, titleKey));
  const titleHs = titleKey ? titleKey.split(' ').map(hashString) : [];
  const titleSh = titleHs.length >= NEAR_MIN_WORDS ? shingles(titleHs, SHINGLE) : null;

  const entries: Entry[] = [];
  const byKey = new Map<string, number>();
  const byShingle = new Map<number, number[]>();
  const index = (e: Entry, at: number): void => {
    byKey.set(e.key, at);
    if (!e.sh) return;
    for (const h of e.sh) {
      const list = byShingle.get(h);
      if (list) list.push(at);
      else byShingle.set(h, [at]);
    }
  };

  for (const original of lines) {
    let line = original;
    let key = lineKey(line.text);
    let ws = key ? key.split(' ') : [];
    if (titleKeys.has(key) || (ws.length <= TITLE_MAX_WORDS && hasSuffixSeparator(line.text) && keyVariants(line.text, key).some((k) => titleKeys.has(k)))) {
      removed.push({ line, reason: 'repeat:title' });
      continue;
    }
    let hs = ws.map(hashString);
    for (let round = 0; round < 3; round++) {
      const cut = dropRepeatedPassage(line.text, hs);
      if (!cut) break;
      removed.push({ line: { n: line.n, text: cut.dropped }, reason: 'repeat:passage' });
      line = { n: line.n, text: cut.text };
      key = lineKey(line.text);
      ws = key ? key.split(' ') : [];
      hs = ws.map(hashString);
    }
    const entry: Entry = { line, key, nWords: ws.length, sh: ws.length >= NEAR_MIN_WORDS ? shingles(hs, SHINGLE) : null };
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
      for (const h of entry.sh) for (const at of byShingle.get(h) ?? []) counts.set(at, (counts.get(at) ?? 0) + 1);
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
