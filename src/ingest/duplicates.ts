/** Folds copies of one article published in several files (other sites, encodings, typography, trims). */
import { bandKeys, intersectionSize, minhash, shingles, wordHashes } from './fingerprint.ts';
import { compareKey } from './text.ts';

/** What the duplicate stage needs of a parsed file. */
export interface DuplicateInput {
  title: string;
  paragraphs: readonly string[];
}

/**
 * A body needs this many distinct shingles to be compared by content. Below it (headline-only briefs,
 * one-line leads) a handful of shared words proves nothing, so such files fold on title + text identity.
 */
export const MIN_BODY_SHINGLES = 12;

/**
 * Verified containment |A∩B|/min(|A|,|B|) from which two texts are copies. On the development corpus,
 * files that are ≥ 90 % the same in raw text measure 0.92–1.0 here (leftover chrome, trimmed last
 * paragraph, edited words), while different articles about one event (updated wire versions, shared
 * quotes) reach up to 0.61. 0.7 sits between the two.
 */
export const MIN_CONTAINMENT = 0.7;

/**
 * Shingles two bodies must share, whatever the ratio: keeps two short texts that share one stock
 * sentence ("Les manifestants se sont dispersés dans le calme.") from folding.
 */
export const MIN_SHARED_SHINGLES = 10;

/**
 * A body under this many words (a feed lead, a one-paragraph brief) is a "brief". Feed leads run to
 * ~120 words; articles start well above.
 */
export const BRIEF_BODY_WORDS = 120;
/**
 * Two texts whose shingle counts are within this ratio are copies of one text when one holds the
 * other; a text much smaller than the one holding it is a part of it (a brief, a box).
 */
const SAME_SIZE = 0.8;

/**
 * Containment required when either copy is a brief and their headlines differ. Recurring programme
 * blurbs ("Chaque soir, la rédaction revient sur l'actualité du jour.") come back word for word under
 * each episode's headline: with the headline inside the shingled text they reach only 0.65–0.8,
 * while wire briefs republished under another headline stay at 0.94–1.0. Briefs with the same
 * headline only need MIN_CONTAINMENT (a few edited words spoil many shingles of a short text).
 */
export const BRIEF_MIN_CONTAINMENT = 0.85;

/**
 * Headline-only briefs fold on an identical headline only when it has at least this many words:
 * recurring generic headlines ("En direct", "Le journal de 8h") are different items every time.
 */
export const MIN_HEADLINE_WORDS = 4;

/**
 * An LSH bucket holding more files than this is compared through its first members only (each new
 * member against at most this many earlier ones), which bounds the work when hundreds of identical
 * copies land in one bucket; identical copies still fold since they match the first member.
 */
const MAX_BUCKET_COMPARISONS = 24;

/** Union-find over indices, with path halving; the root is always the smallest index of a set. */
class DisjointSets {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]!]!;
      i = p[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
  /** Groups of indices, each sorted ascending, ordered by their first index. */
  groups(): number[][] {
    const n = this.parent.length;
    const byRoot = new Map<number, number[]>();
    const out: number[][] = [];
    for (let i = 0; i < n; i++) {
      const r = this.find(i);
      let g = byRoot.get(r);
      if (!g) {
        g = [];
        byRoot.set(r, g);
        out.push(g);
      }
      g.push(i);
    }
    return out;
  }
}

/**
 * True when two shingle sets are copies of one text: containment at least `minContainment` (see
 * MIN_CONTAINMENT, BRIEF_MIN_CONTAINMENT) and at least MIN_SHARED_SHINGLES shingles in common.
 */
export function sameText(a: Uint32Array, b: Uint32Array, minContainment: number = MIN_CONTAINMENT): boolean {
  const min = Math.min(a.length, b.length);
  if (min === 0) return false;
  const shared = intersectionSize(a, b);
  return shared >= Math.min(MIN_SHARED_SHINGLES, min) && shared / min >= minContainment;
}

/**
 * Shingles of a document's title followed by its body, as one word stream (like the raw file).
 * The title is kept: when a file has no headline line, the stage before takes one from the lead, and
 * leaving it out would drop most of a one-paragraph brief; a rewritten headline costs only a few shingles.
 */
export function documentShingles(doc: DuplicateInput): Uint32Array {
  return shingleDocument(doc).shingles;
}

/** Shingles of title + body, and the number of body words. */
function shingleDocument(doc: DuplicateInput): { shingles: Uint32Array; bodyWords: number } {
  const all = wordHashes(doc.title);
  const titleWords = all.length;
  for (const p of doc.paragraphs) wordHashes(p, all);
  return { shingles: shingles(all), bodyWords: all.length - titleWords };
}

/**
 * Groups documents that are copies of one article.
 *
 * Documents with enough text are compared by 5-word shingles of title + body: one-permutation MinHash
 * sketches and LSH banding propose candidate pairs (no all-pairs loop), each candidate is verified by
 * exact shingle containment (MIN_CONTAINMENT; BRIEF_MIN_CONTAINMENT for briefs under different
 * headlines). Tiny documents (headline-only briefs) fold when headline and text are identical after
 * typography folding. Copies are merged transitively.
 *
 * @returns groups of indices into `docs`: every index exactly once, singletons included, each group
 *   sorted ascending, groups ordered by their first index.
 */
export function foldDuplicates(docs: readonly DuplicateInput[]): number[][] {
  const n = docs.length;
  const sets = new DisjointSets(n);
  const fingerprints: (Uint32Array | null)[] = new Array(n).fill(null);
  /** Headline keys of brief documents (see BRIEF_BODY_WORDS), null for full articles. */
  const briefTitles: (string | null)[] = new Array(n).fill(null);
  const buckets = new Map<number, number[]>();
  const shortKeys = new Map<string, number>();

  for (let i = 0; i < n; i++) {
    const doc = docs[i]!;
    const { shingles: sh, bodyWords } = shingleDocument(doc);
    if (sh.length >= MIN_BODY_SHINGLES) {
      fingerprints[i] = sh;
      if (bodyWords < BRIEF_BODY_WORDS) briefTitles[i] = compareKey(doc.title);
      for (const key of bandKeys(minhash(sh))) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(i);
        else buckets.set(key, [i]);
      }
      continue;
    }
    const title = compareKey(doc.title);
    const body = compareKey(doc.paragraphs.join(' '));
    if (body === '' && title.split(' ').length < MIN_HEADLINE_WORDS) continue;
    if (title === '' && body === '') continue;
    const key = `${title}\n${body}`;
    const first = shortKeys.get(key);
    if (first === undefined) shortKeys.set(key, i);
    else sets.union(first, i);
  }

  const checked = new Set<number>();
  const briefLinks: [number, number][] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    for (let x = 1; x < bucket.length; x++) {
      const i = bucket[x]!;
      const limit = Math.min(x, MAX_BUCKET_COMPARISONS);
      for (let y = 0; y < limit; y++) {
        const j = bucket[y]!;
        if (sets.find(i) === sets.find(j)) continue;
        const pair = j * n + i;
        if (checked.has(pair)) continue;
        checked.add(pair);
        const ti = briefTitles[i] ?? null;
        const tj = briefTitles[j] ?? null;
        const strict = (ti !== null || tj !== null) && (ti ?? compareKey(docs[i]!.title)) !== (tj ?? compareKey(docs[j]!.title));
        if (sameText(fingerprints[i]!, fingerprints[j]!, strict ? BRIEF_MIN_CONTAINMENT : MIN_CONTAINMENT)) {
          // (A brief held inside a longer text waits: see below. Two texts of about one size are copies.)
          const [small, large] = fingerprints[i]!.length <= fingerprints[j]!.length ? [i, j] : [j, i];
          if ((briefTitles[i] === null && briefTitles[j] === null) || fingerprints[small]!.length >= SAME_SIZE * fingerprints[large]!.length) sets.union(i, j);
          else briefLinks.push([small, large]);
        }
      }
    }
  }
  // A brief held inside two texts that are no copies of each other would bridge them (a page left with
  // one line of a site's box that several of its articles hold): it folds with the texts holding it
  // only when they are one article already.
  const holders = new Map<number, number[]>();
  for (const [small, large] of briefLinks) {
    const list = holders.get(small) ?? [];
    list.push(large);
    holders.set(small, list);
  }
  for (const [small, larges] of holders) {
    const root = sets.find(larges[0]!);
    if (larges.every((l) => sets.find(l) === root)) sets.union(small, larges[0]!);
  }
  return sets.groups();
}
