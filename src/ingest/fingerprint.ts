/** Text fingerprints for near-duplicate detection: word shingles, one-permutation MinHash sketches, LSH band keys. */

/**
 * Words per shingle. Five words are specific enough that two different articles on one event
 * share few shingles (quotes aside), yet short enough that a changed word ("a déclaré" → "a dit")
 * only spoils five shingles out of hundreds.
 */
export const SHINGLE_WORDS = 5;

/**
 * MinHash sketch size (bins of the one-permutation scheme). 64 bins give a Jaccard estimate with a
 * standard error of about 0.06, plenty for candidate generation since candidates are verified exactly.
 */
export const SKETCH_SIZE = 64;

/**
 * Rows per LSH band. With 64 bins, bands of 2 rows (32 bands) make a pair a candidate with
 * probability 1 − (1 − J²)³² : 0.95 at Jaccard 0.3, 0.9996 at 0.5, about 0.001 for unrelated texts.
 * Low rows are needed because a trimmed or excerpted copy has a much lower Jaccard than containment.
 */
export const BAND_ROWS = 2;

/** Odd multiplier of the rolling shingle hash. */
const ROLL_BASE = 0x01000193;

/** Murmur3 finaliser: spreads the bits of a 32-bit integer. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a hash of a string's UTF-16 code units, unsigned 32-bit. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Per UTF-16 code unit: 1 when it is a letter or digit (as `[\p{L}\p{N}]` in text.ts `words`), 0 when not, -1 unknown yet. */
const WORD_CHAR = new Int8Array(65536).fill(-1);
/** Per UTF-16 code unit: its lower-case form when that is one code unit, else itself; 0 unknown yet. */
const LOWER = new Uint16Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isWordUnit(c: number): boolean {
  let v = WORD_CHAR[c]!;
  if (v < 0) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
    WORD_CHAR[c] = v;
  }
  return v === 1;
}

/** Lower-case form of a UTF-16 code unit (itself when lower-casing would change the length). */
export function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let v = LOWER[c]!;
  if (v === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    v = l.length === 1 ? l.charCodeAt(0) : c;
    LOWER[c] = v;
  }
  return v;
}

/**
 * Calls `visit(hash, start, end)` for every word of `text` (until `visit` returns false): the same words as text.ts `words`
 * (runs of letters and digits, so elisions split and typographic quotes, apostrophes and dashes are
 * separators, which is what `foldTypography` would fold them to), hashed as `hashString` of the
 * lower-case word. One linear pass over code units, no per-word strings: `words` + `foldTypography`
 * cost about 1 s on 9 MB, this about 50 ms.
 */
export function forEachWord(text: string, visit: (hash: number, start: number, end: number) => boolean | void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let astral = false;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const cp = text.codePointAt(i)!;
      astral = cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    }
    if (!astral && !isWordUnit(c)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const cp = text.codePointAt(i)!;
        if (cp <= 0xffff || !LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) break;
        h = Math.imul(h ^ c, 0x01000193);
        h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
        i += 2;
        continue;
      }
      if (!isWordUnit(c)) break;
      h = Math.imul(h ^ lowerUnit(c), 0x01000193);
      i++;
    }
    if (visit(h >>> 0, start, i) === false) return;
  }
}

/** Hashes (as `hashString`) of the comparison words of a text: same words as `words(foldTypography(text))`. */
export function wordHashes(text: string, out: number[] = []): number[] {
  forEachWord(text, (h) => {
    out.push(h);
  });
  return out;
}

/**
 * Hashes of the k-word shingles of a word sequence (strings, or word hashes from `wordHashes`),
 * sorted ascending, without repeats. A text shorter than k words yields a single shingle of all its
 * words (none when empty).
 */
export function shingles(wordList: readonly string[] | ArrayLike<number>, k: number = SHINGLE_WORDS): Uint32Array {
  if (!Number.isInteger(k) || k < 1) throw new Error(`shingle size must be a positive integer, got ${k}`);
  const n = wordList.length;
  if (n === 0) return new Uint32Array(0);
  const wh = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const w = wordList[i]!;
    wh[i] = typeof w === 'string' ? hashString(w) : w;
  }
  const width = Math.min(k, n);
  const count = n - width + 1;
  const out = new Uint32Array(count);
  // Rabin–Karp rolling hash over word hashes (mod 2^32), then one mix: O(1) per shingle.
  let top = 1;
  for (let j = 1; j < width; j++) top = Math.imul(top, ROLL_BASE);
  let h = 0;
  for (let j = 0; j < width; j++) h = (Math.imul(h, ROLL_BASE) + wh[j]!) | 0;
  out[0] = mix32(h);
  for (let i = 1; i < count; i++) {
    h = (Math.imul(h - Math.imul(wh[i - 1]!, top), ROLL_BASE) + wh[i + width - 1]!) | 0;
    out[i] = mix32(h);
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < count; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i]!;
  return out.slice(0, m);
}

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014):
 * each shingle is hashed once, the hash's top bits pick a bin, the bin keeps its smallest value; empty
 * bins borrow from the next filled bin to the right. Linear in the number of shingles.
 * Two sketches agree on a bin with probability ≈ Jaccard similarity of the shingle sets.
 */
export function minhash(shingleSet: Uint32Array, size: number = SKETCH_SIZE): Uint32Array {
  if (!Number.isInteger(size) || size < 1 || size > 65536) throw new Error(`sketch size must be 1..65536, got ${size}`);
  const EMPTY = 0xffffffff;
  const bins = new Uint32Array(size).fill(EMPTY);
  if (shingleSet.length === 0) return bins;
  for (let i = 0; i < shingleSet.length; i++) {
    const h = mix32(shingleSet[i]! ^ 0x5bd1e995);
    const bin = Math.floor((h / 4294967296) * size);
    const v = mix32(h + 0x27d4eb2f);
    if (v < bins[bin]!) bins[bin] = v;
  }
  const out = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    let j = i;
    let step = 0;
    while (bins[j] === EMPTY) {
      j = (j + 1) % size;
      step++;
    }
    out[i] = step === 0 ? bins[j]! : mix32(bins[j]! + Math.imul(step, 0x9e3779b1));
  }
  return out;
}

/**
 * LSH band keys of a sketch: one number per band of `rows` consecutive bins, mixed with the band
 * index so that equal keys mean "equal band at the same position". Keys are 30-bit integers (unboxed
 * in V8 maps); rare collisions only add candidates, which verification rejects.
 */
export function bandKeys(sketch: Uint32Array, rows: number = BAND_ROWS): number[] {
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`band rows must be a positive integer, got ${rows}`);
  const bands = Math.floor(sketch.length / rows);
  const keys: number[] = new Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = mix32(0x3c6ef372 + b);
    for (let r = 0; r < rows; r++) h = mix32(h ^ sketch[b * rows + r]!);
    keys[b] = h >>> 2;
  }
  return keys;
}

/** Number of values two sorted, repeat-free arrays share (linear merge). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Shingle containment |A ∩ B| / min(|A|, |B|) of two sorted shingle sets (0 when one is empty). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const min = Math.min(a.length, b.length);
  return min === 0 ? 0 : intersectionSize(a, b) / min;
}
