/** Pure scoring of an ingest result against a corpus manifest (files, titles, outlets, folding, stories). */
import { containment, shingles, wordHashes } from '../ingest/fingerprint.ts';
import { matchOutletName } from '../ingest/outlets.ts';
import { compareKey, stripAccents } from '../ingest/text.ts';

/** One manifest row (fields beyond `file` are optional: each corpus has its own). */
export interface ManifestEntry {
  file: string;
  title?: string | null;
  outlet?: string | null;
  dup_group?: string | null;
  trend_group?: string | null;
  day?: string | null;
  /** Publication day (YYYY-MM-DD), null when the source gives none. */
  date?: string | null;
  /** Story label given by the corpus's collector (headlines corpus). */
  story?: string | null;
}

/** The parts of an IngestResult the scores look at. */
export interface ScoredResult {
  articles: readonly {
    title: string;
    storyId: string;
    publishedAt?: string | null;
    files: readonly { path: string; outlet: string | null }[];
  }[];
  rejected: readonly { path: string; reason: string }[];
}

/** Ground-truth words per shingle, as the corpus manifests were built (6-word shingles). */
export const TRUTH_SHINGLE_WORDS = 6;
/** Containment from which two raw files are "the same text" and must be folded. */
export const TRUTH_MIN_CONTAINMENT = 0.9;

/** A share with its counts; `value` is 1 when there is nothing to count (nothing can be wrong). */
export interface Ratio {
  hit: number;
  total: number;
  value: number;
}

/** Builds a Ratio (1 when total is 0). */
export function ratio(hit: number, total: number): Ratio {
  return { hit, total, value: total === 0 ? 1 : hit / total };
}

/** Where each file went: article index, or -1 when rejected. */
export function fileIndex(result: ScoredResult): Map<string, number> {
  const where = new Map<string, number>();
  result.articles.forEach((a, i) => {
    for (const f of a.files) where.set(f.path, i);
  });
  for (const r of result.rejected) if (!where.has(r.path)) where.set(r.path, -1);
  return where;
}

/** Every manifest file must appear exactly once across articles' files and rejected files. */
export function accountedFor(
  manifest: readonly ManifestEntry[],
  result: ScoredResult,
): { ratio: Ratio; missing: string[]; extra: string[]; repeated: string[] } {
  const seen = new Map<string, number>();
  for (const a of result.articles) for (const f of a.files) seen.set(f.path, (seen.get(f.path) ?? 0) + 1);
  for (const r of result.rejected) seen.set(r.path, (seen.get(r.path) ?? 0) + 1);
  const expected = new Set(manifest.map((m) => m.file));
  const missing: string[] = [];
  const repeated: string[] = [];
  let once = 0;
  for (const file of expected) {
    const n = seen.get(file) ?? 0;
    if (n === 0) missing.push(file);
    else if (n > 1) repeated.push(file);
    else once++;
  }
  const extra = [...seen.keys()].filter((p) => !expected.has(p)).sort();
  return { ratio: ratio(once, expected.size), missing: missing.sort(), extra, repeated: repeated.sort() };
}

/** Title key: compareKey folding (case, typography, punctuation, whitespace) plus NFC. */
export function titleKey(title: string): string {
  return compareKey(title.normalize('NFC'));
}

/**
 * Title accuracy on the copies shown (files[0] of each article) whose manifest title is not null,
 * plus rejected files with a title (counted wrong). Folded non-shown copies are not scored: an
 * article has one title, and wire copies may carry other headlines.
 */
export function titleAccuracy(
  manifest: readonly ManifestEntry[],
  result: ScoredResult,
): { ratio: Ratio; skippedNull: number; skippedCopies: number; misses: { file: string; expected: string; got: string | null }[] } {
  const byFile = new Map(manifest.map((m) => [m.file, m]));
  const rejected = new Set(result.rejected.map((r) => r.path));
  let hit = 0;
  let total = 0;
  let skippedNull = 0;
  let skippedCopies = 0;
  const misses: { file: string; expected: string; got: string | null }[] = [];
  const shown = new Map<string, string>();
  for (const a of result.articles) {
    a.files.forEach((f, i) => {
      if (i === 0) shown.set(f.path, a.title);
    });
  }
  for (const m of byFile.values()) {
    if (m.title === null || m.title === undefined) {
      skippedNull++;
      continue;
    }
    const got = shown.get(m.file);
    if (got === undefined && !rejected.has(m.file)) {
      skippedCopies++;
      continue;
    }
    total++;
    if (got !== undefined && titleKey(got) === titleKey(m.title)) hit++;
    else misses.push({ file: m.file, expected: m.title, got: got ?? null });
  }
  return { ratio: ratio(hit, total), skippedNull: skippedNull, skippedCopies, misses };
}

/**
 * Title accuracy per file, folded copies included: every manifest file with a title must sit in an
 * article bearing that title (a copy showing no headline still owes its article the right one).
 * Rejected or missing files count wrong.
 */
export function titleAccuracyEveryFile(
  manifest: readonly ManifestEntry[],
  result: ScoredResult,
): { ratio: Ratio; misses: { file: string; expected: string; got: string | null }[] } {
  const titleOf = new Map<string, string>();
  for (const a of result.articles) for (const f of a.files) titleOf.set(f.path, a.title);
  let hit = 0;
  let total = 0;
  const misses: { file: string; expected: string; got: string | null }[] = [];
  for (const m of manifest) {
    if (m.title === null || m.title === undefined) continue;
    total++;
    const got = titleOf.get(m.file);
    if (got !== undefined && titleKey(got) === titleKey(m.title)) hit++;
    else misses.push({ file: m.file, expected: m.title, got: got ?? null });
  }
  return { ratio: ratio(hit, total), misses };
}

/** Outlet key: accents, case and punctuation folded ("Le Soleil" = "le soleil"). */
export function outletKey(outlet: string): string {
  return compareKey(stripAccents(outlet));
}

/**
 * Whether a predicted outlet is the expected one: the same name, or two names of one listed outlet
 * (its name and an alias as written: "Le JDD" and "Le Journal du Dimanche"), or one name with and
 * without its article ("Courrier picard" and "Le Courrier picard"). The expected name must be the list's own spelling of it, not a translation the
 * list happens to resolve: a manifest names the real outlet.
 */
export function sameOutlet(predicted: string, expected: string): boolean {
  // (With or without its leading article: "The New York Post" and "New York Post" are one name.)
  const bare = (name: string): string => outletKey(name).replace(/^(?:the|le|la|les|l) /u, '');
  if (bare(predicted) === bare(expected)) return true;
  // (Both names as the list writes them, name or alias, key for key: a look-alike "Le Monde Agricole"
  // is not Le Monde however the lookup reads it.)
  const e = matchOutletName(expected)?.outlet;
  if (e === undefined) return false;
  const spellings = new Set([e.name, ...e.aliases].map(outletKey));
  return spellings.has(outletKey(expected)) && spellings.has(outletKey(predicted));
}

/**
 * Outlet accuracy per file copy (files[].outlet) for manifest rows that have an `outlet` field:
 * a null manifest outlet requires a null prediction. Rejected files count wrong.
 */
export function outletAccuracy(
  manifest: readonly ManifestEntry[],
  result: ScoredResult,
): { ratio: Ratio; nullExpected: number; misses: { file: string; expected: string | null; got: string | null }[] } {
  const got = new Map<string, string | null>();
  for (const a of result.articles) for (const f of a.files) got.set(f.path, f.outlet);
  let hit = 0;
  let total = 0;
  let nullExpected = 0;
  const misses: { file: string; expected: string | null; got: string | null }[] = [];
  for (const m of manifest) {
    if (m.outlet === undefined) continue;
    total++;
    if (m.outlet === null) nullExpected++;
    const predicted = got.has(m.file) ? got.get(m.file)! : undefined;
    const ok =
      predicted !== undefined &&
      (m.outlet === null ? predicted === null : predicted !== null && sameOutlet(predicted, m.outlet));
    if (ok) hit++;
    else misses.push({ file: m.file, expected: m.outlet, got: predicted ?? null });
  }
  return { ratio: ratio(hit, total), nullExpected, misses };
}

/**
 * Publication-day accuracy on manifest entries whose `date` is known: the article holding the file
 * must have a publishedAt on that day (its local date, the ISO string's first ten characters).
 */
export function dateAccuracy(
  manifest: readonly ManifestEntry[],
  result: ScoredResult,
): { ratio: Ratio; misses: { file: string; expected: string; got: string | null }[] } {
  const got = new Map<string, string | null>();
  for (const a of result.articles) for (const f of a.files) got.set(f.path, a.publishedAt ?? null);
  let hit = 0;
  let total = 0;
  const misses: { file: string; expected: string; got: string | null }[] = [];
  for (const m of manifest) {
    if (typeof m.date !== 'string') continue;
    total++;
    const predicted = got.get(m.file) ?? null;
    if (predicted !== null && predicted.slice(0, 10) === m.date) hit++;
    else misses.push({ file: m.file, expected: m.date, got: predicted });
  }
  return { ratio: ratio(hit, total), misses };
}

/** Calls `visit` for every unordered pair inside each group. */
export function forEachPair(groups: Iterable<readonly string[]>, visit: (a: string, b: string) => void): void {
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) visit(g[i]!, g[j]!);
}

/**
 * Pairwise precision of predicted groups: of the pairs put together (and accepted by `scope`),
 * the share that the reference puts together too.
 */
export function pairPrecision(
  predicted: Iterable<readonly string[]>,
  sameInReference: (a: string, b: string) => boolean,
  scope: (a: string, b: string) => boolean = () => true,
): Ratio {
  let hit = 0;
  let total = 0;
  forEachPair(predicted, (a, b) => {
    if (!scope(a, b)) return;
    total++;
    if (sameInReference(a, b)) hit++;
  });
  return ratio(hit, total);
}

/** Pairwise recall: of the reference pairs, the share the prediction puts in one group. */
export function pairRecall(referencePairs: Iterable<readonly [string, string]>, groupOf: ReadonlyMap<string, number>): Ratio {
  let hit = 0;
  let total = 0;
  for (const [a, b] of referencePairs) {
    total++;
    const ga = groupOf.get(a);
    if (ga !== undefined && ga >= 0 && ga === groupOf.get(b)) hit++;
  }
  return ratio(hit, total);
}

/** Reference pairs from a labelling (files sharing a non-null label), optionally within one scope key. */
export function labelPairs(manifest: readonly ManifestEntry[], label: (m: ManifestEntry) => string | null | undefined): [string, string][] {
  const groups = new Map<string, string[]>();
  for (const m of manifest) {
    const l = label(m);
    if (l === null || l === undefined) continue;
    const g = groups.get(l);
    if (g) g.push(m.file);
    else groups.set(l, [m.file]);
  }
  const out: [string, string][] = [];
  forEachPair(groups.values(), (a, b) => out.push([a, b]));
  return out;
}

/**
 * Pairs of texts whose k-word shingle containment |A∩B|/min(|A|,|B|) is at least `minContainment`,
 * found with an inverted index and prefix filtering (exact, not all pairs): when A is the smaller
 * set, a pair reaching the threshold must contain one of A's |A| − ⌈t·|A|⌉ + 1 rarest shingles.
 *
 * @returns index pairs [i, j] with i < j, sorted.
 */
export function nearDuplicatePairs(
  texts: readonly string[],
  k: number = TRUTH_SHINGLE_WORDS,
  minContainment: number = TRUTH_MIN_CONTAINMENT,
): [number, number][] {
  if (!(minContainment > 0 && minContainment <= 1)) throw new Error(`containment threshold must be in (0, 1], got ${minContainment}`);
  const sets = texts.map((t) => shingles(wordHashes(t), k));
  const postings = new Map<number, number[]>();
  sets.forEach((s, i) => {
    for (const h of s) {
      const p = postings.get(h);
      if (p) p.push(i);
      else postings.set(h, [i]);
    }
  });
  const found = new Set<number>();
  const out: [number, number][] = [];
  const n = texts.length;
  sets.forEach((a, i) => {
    if (a.length === 0) return;
    const need = Math.ceil(minContainment * a.length - 1e-9);
    const prefixLength = a.length - need + 1;
    // rarest first: sort keys df · 2^32 + hash numerically, keep the hash
    const keys = new Float64Array(a.length);
    for (let k = 0; k < a.length; k++) keys[k] = postings.get(a[k]!)!.length * 4294967296 + a[k]!;
    keys.sort();
    for (let p = 0; p < prefixLength; p++) {
      for (const j of postings.get(keys[p]! % 4294967296)!) {
        if (j === i) continue;
        const b = sets[j]!;
        // A must be the smaller set (ties: both directions are tried, the pair key dedupes)
        if (b.length < a.length) continue;
        const lo = Math.min(i, j);
        const hi = Math.max(i, j);
        const key = lo * n + hi;
        if (found.has(key)) continue;
        if (containment(a, b) >= minContainment) {
          found.add(key);
          out.push([lo, hi]);
        }
      }
    }
  });
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * Headlines repeated on a later day (same folded title as an earlier day's item) and how many of
 * them were folded into the same article as their first appearance.
 */
export function repeatedHeadlines(manifest: readonly ManifestEntry[], result: ScoredResult): Ratio {
  const where = fileIndex(result);
  const firstSeen = new Map<string, ManifestEntry>();
  const days = [...new Set(manifest.map((m) => m.day ?? ''))].sort(byDay);
  let hit = 0;
  let total = 0;
  for (const day of days) {
    const today = manifest.filter((m) => (m.day ?? '') === day && m.title);
    for (const m of today) {
      const key = titleKey(m.title!);
      const first = firstSeen.get(key);
      if (first && (first.day ?? '') !== day) {
        total++;
        const a = where.get(first.file);
        if (a !== undefined && a >= 0 && a === where.get(m.file)) hit++;
      }
    }
    for (const m of today) {
      const key = titleKey(m.title!);
      if (!firstSeen.has(key)) firstSeen.set(key, m);
    }
  }
  return ratio(hit, total);
}

/** Orders DD-MM-YYYY (or ISO) day labels chronologically. */
function byDay(a: string, b: string): number {
  const iso = (d: string): string => {
    const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(d);
    return m ? `${m[3]}-${m[2]}-${m[1]}` : d;
  };
  const x = iso(a);
  const y = iso(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Files grouped by storyId. */
export function storyGroups(result: ScoredResult): string[][] {
  const byStory = new Map<string, string[]>();
  for (const a of result.articles) {
    const g = byStory.get(a.storyId);
    const paths = a.files.map((f) => f.path);
    if (g) g.push(...paths);
    else byStory.set(a.storyId, paths);
  }
  return [...byStory.values()];
}

/**
 * Stories vs a reference topic labelling (`trend_group`, per day): pairwise precision over story pairs
 * of the same day where both files carry a label, recall over same-label pairs.
 */
export function storyScores(manifest: readonly ManifestEntry[], result: ScoredResult): { precision: Ratio; recall: Ratio } {
  const byFile = new Map(manifest.map((m) => [m.file, m]));
  const groups = storyGroups(result);
  const storyOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const p of g) storyOf.set(p, i);
  });
  const precision = pairPrecision(
    groups,
    (a, b) => byFile.get(a)!.trend_group === byFile.get(b)!.trend_group,
    (a, b) => {
      const x = byFile.get(a);
      const y = byFile.get(b);
      return !!x?.trend_group && !!y?.trend_group && (x.day ?? '') === (y.day ?? '');
    },
  );
  const recall = pairRecall(labelPairs(manifest, (m) => m.trend_group), storyOf);
  return { precision, recall };
}

/** Story grouping scored against per-file story labels. */
export interface StoryLabelScores {
  pairPrecision: Ratio;
  pairRecall: Ratio;
  /** 2·hits / (2·hits + false pairs + missed pairs). */
  pairF1: Ratio;
  bcubedPrecision: Ratio;
  bcubedRecall: Ratio;
}

/**
 * Stories vs per-file story labels (`story`), as the headlines corpus README asks: pairwise precision,
 * recall and F1 of "same story" over all pairs of labelled files, and B-cubed precision and recall
 * (per file: share of its predicted story that carries its label; share of its label's files in its
 * predicted story; averaged over files). Pairs of files whose labels form an unscored pair (one story
 * probably split in two by the collector) count neither as a hit nor as a false merge, in both measures.
 */
export function storyLabelScores(
  manifest: readonly ManifestEntry[],
  result: ScoredResult,
  unscored: readonly (readonly [string, string])[] = [],
): StoryLabelScores {
  const label = new Map<string, string>();
  for (const m of manifest) if (typeof m.story === 'string') label.set(m.file, m.story);
  const skip = new Set(unscored.map(([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`)));
  const skipped = (a: string, b: string): boolean => skip.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  const groups = storyGroups(result).map((g) => g.filter((f) => label.has(f)));
  const storyOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const f of g) storyOf.set(f, i);
  });

  let hits = 0;
  let falsePairs = 0;
  let bcubedP = 0;
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const f of g) counts.set(label.get(f)!, (counts.get(label.get(f)!) ?? 0) + 1);
    for (const [l, c] of counts) {
      hits += (c * (c - 1)) / 2;
      let scored = 0;
      for (const [o, d] of counts) if (o === l || !skipped(l, o)) scored += d;
      // every file of label l in this group has the same precision
      bcubedP += (c * c) / scored;
      for (const [o, d] of counts) if (o > l && !skipped(l, o)) falsePairs += c * d;
    }
  }
  const sizes = new Map<string, number>();
  for (const l of label.values()) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  let referencePairs = 0;
  for (const s of sizes.values()) referencePairs += (s * (s - 1)) / 2;
  let bcubedR = 0;
  const together = new Map<string, number>();
  for (const [f, l] of label) {
    const key = `${l}\u0000${storyOf.get(f) ?? -1}`;
    together.set(key, (together.get(key) ?? 0) + 1);
  }
  for (const [key, c] of together) {
    const l = key.slice(0, key.indexOf('\u0000'));
    const g = key.slice(key.indexOf('\u0000') + 1);
    // rejected files (no story) are alone: they recall only themselves
    bcubedR += g === '-1' ? c / sizes.get(l)! : (c * c) / sizes.get(l)!;
  }
  const n = label.size;
  // a rejected file is alone: its precision is 1
  bcubedP += n - storyOf.size;
  const averaged = (sum: number): Ratio => ({ hit: Math.round(sum * 10) / 10, total: n, value: n === 0 ? 1 : sum / n });
  const missed = referencePairs - hits;
  return {
    pairPrecision: ratio(hits, hits + falsePairs),
    pairRecall: ratio(hits, referencePairs),
    pairF1: ratio(2 * hits, 2 * hits + falsePairs + missed),
    bcubedPrecision: averaged(bcubedP),
    bcubedRecall: averaged(bcubedR),
  };
}

/** Named scores of one corpus, as compared with the gate. */
export type Scores = Record<string, number>;

/** Pinned minimums per corpus name. */
export type Gate = Record<string, Record<string, number>>;

/** Gate failures for one corpus: every pinned score below its minimum, or missing. */
export function gateFailures(corpus: string, scores: Scores, gate: Gate): string[] {
  const minimums = gate[corpus];
  if (!minimums) return [];
  const out: string[] = [];
  for (const [name, min] of Object.entries(minimums)) {
    const got = scores[name];
    if (got === undefined) out.push(`${corpus}: ${name} not measured (minimum ${min})`);
    else if (got < min) out.push(`${corpus}: ${name} ${got.toFixed(4)} < ${min}`);
  }
  return out;
}
