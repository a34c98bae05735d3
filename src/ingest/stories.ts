/** Groups articles about the same event (coverage by different outlets, not copies) into stories. */
import { articleTerms, TermCounter, type StoryInput, type TermStore } from './story-terms.ts';

export type { StoryInput } from './story-terms.ts';

/**
 * Two articles whose known dates are further apart than this are in one story only when their wording
 * is nearly the same (NEAR_COPY_SIMILARITY), and so are two stories whose known dates would span more:
 * coverage of one event comes within a few days; beyond, it is a follow-up (another event), however
 * similar the topic words.
 */
export const MAX_STORY_GAP_HOURS = 72;
/** Cosine from which two texts say nearly the same thing in the same words (a reprise, a rewritten wire). */
export const NEAR_COPY_SIMILARITY = 0.8;

/**
 * How similar two texts must be depends on how much text both have. With n equally weighted terms,
 * each shared term is worth about 1/n of the cosine: two ten-word headlines (about six content terms)
 * that share a place and a topic word ("Calais", "migrants") already score 0.3 whatever the event,
 * while two 300-word reports of one event share dozens of terms and score 0.15 or more, and reports
 * of other events on the same topic stay under 0.07 (the five samples: 0.17 against 0.06).
 *
 * The bar goes from SHORT_TEXT_SIMILARITY at SHORT_TEXT_TERMS effective terms (a headline alone: about
 * 40 % of its weight must be shared, i.e. more than a place and a topic word) to LONG_TEXT_SIMILARITY
 * at LONG_TEXT_TERMS (a full article), linearly in the logarithm of the geometric mean of both sides'
 * effective term counts (a headline against a full article sits between: it can at best reach
 * √(short/long) of the cosine).
 */
export const SHORT_TEXT_TERMS = 6;
export const LONG_TEXT_TERMS = 150;
export const SHORT_TEXT_SIMILARITY = 0.4;
export const LONG_TEXT_SIMILARITY = 0.1;

/**
 * A pair of articles must share at least this many distinct evidence terms (stems, names, numbers;
 * not calendar words nor ubiquitous places): in ten-word headlines, two shared words are commonly a
 * place and a topic ("Béarn", "églises"; "Nantes", "municipales") that many events of a day have in
 * common, while a third (the actor, the act, a number) starts to name one event. Full articles share
 * far more than three terms when they report one event, so the rule only bites on short texts.
 */
export const MIN_SHARED_TERMS = 3;
/*
 * Up to MIN_SHARED_TERMS shared terms, two headlines whose lead labels differ and appear nowhere in
 * the other (otherHeads) are kept apart: three routine words ("dépôt", "bus", "bloqué") under two town
 * heads are two towns' events. From four shared terms on, the pair names the event beyond its heads
 * ("WTA:" and "Tennis." over the same players, town and round).
 */
/**
 * Two shared evidence terms are enough when the cosine reaches STRONG_LINK_FACTOR times the bar: then
 * those two terms carry most of both texts' weight, as when two headlines name the same two people
 * or a person and a club ("Giroud", "Inter Milan") and little else.
 */
export const STRONG_LINK_FACTOR = 1.5;
export const MIN_STRONG_SHARED_TERMS = 2;

/**
 * The cosine bar a pair of headlines must reach when they share `shared` distinct evidence terms. The
 * pair bar is set for MIN_SHARED_TERMS (a third term starts to name one event); in a headline each
 * further distinct shared term (a name, a number, the act) is further evidence the cosine under-counts,
 * since it still charges both sides for every word they do not share: two ten-word headlines with four
 * or five terms in common ("ATP", "Doha", the player, the round) and a few words of their own each
 * score about 0.3, below the bar of a pair that shares three. So the bar falls in proportion, to
 * MIN_SHARED_TERMS / shared of it, counting at most MOST_SHARED_TERMS (about all the content terms a
 * headline has: the bar never falls below half).
 *
 * This holds only while the shared terms are most of both texts: a headline has up to HEADLINE_TERMS
 * effective terms; once a lead or a body follows, two reports of one topic share four to six terms
 * whatever the event, and the cosine counts them well. The fall fades out linearly (in the log of the
 * geometric mean of both sides' term counts) between HEADLINE_TERMS and twice as many.
 */
export const MOST_SHARED_TERMS = 6;
export const HEADLINE_TERMS = 12;
export function sharedTermsBar(bar: number, shared: number, a: number = SHORT_TEXT_TERMS, b: number = SHORT_TEXT_TERMS): number {
  if (shared <= MIN_SHARED_TERMS) return bar;
  const g = Math.sqrt(Math.max(1, a) * Math.max(1, b));
  const headline = 1 - Math.min(1, Math.max(0, Math.log2(g / HEADLINE_TERMS)));
  const fall = 1 - MIN_SHARED_TERMS / Math.min(shared, MOST_SHARED_TERMS);
  return bar * (1 - headline * fall);
}

/**
 * Two stories merge when the mean similarity over all pairs of their members (average link) reaches
 * the pair bar times (|A|·|B|)^(-1/4), and never less than MIN_LINK_RATIO of it. The mean of many
 * pair similarities is firmer evidence than one pair, so the bar falls as both sides grow; pairs in a
 * story are correlated (they share the same words), so the effective number of independent pairs
 * grows like √(|A|·|B|), and the noise of the mean like its inverse square root. The floor keeps a
 * large story from absorbing whatever shares its topic words.
 */
export const MIN_LINK_RATIO = 0.7;

/**
 * Average link judges a story by its members' pairs, and on headlines every member has words of its
 * own: the mean pair cosine of one event's coverage stays low however many reports agree, so one
 * event ends in several stories ("Crash en Iran : la piste du missile" beside "Lufthansa annule ses
 * vols vers Téhéran"). The sum of a story's members is its centroid: what the reports share adds up
 * and what each says alone does not, so it names the event better than any member. A second pass
 * joins a story or a lone article to a story of CENTROID_MIN_MEMBERS or more when the cosine between
 * their centroids reaches the pair bar of their texts' lengths and their centroids' strongest evidence
 * terms share MIN_SHARED_TERMS: the newcomer must be as close to the story as a whole as two reports
 * of one event are to each other. Two members are not yet a centroid (each one's own words still weigh
 * half of it; the pair test has judged them); from three, a shared word outweighs any member's own.
 *
 * The pass is for headlines (both sides' mean effective length at most HEADLINE_TERMS): once a lead
 * follows, the average link already measures pairs on enough words, while a centroid of leads gathers
 * the topic's words and the bar of such texts is low (on the public rss days, joining them by centroid
 * made one story of a month's Ukraine and Venezuela news). Different lead labels keep two stories
 * apart as they keep two headlines apart (otherHeads), and a centroid cosine is never a near copy:
 * the date gap always holds.
 */
export const CENTROID_MIN_MEMBERS = 3;

/**
 * Each article keeps its heaviest shared terms only (the names, numbers and rare words that identify
 * the event): the long tail of common words adds little to a cosine but multiplies the cost of long
 * articles. The norm still counts every term, so a kept term weighs what it does in the full vector.
 */
export const MAX_TERMS_PER_ARTICLE = 80;
/**
 * Candidate pairs come from an inverted index on each article's strongest evidence terms only (top K
 * by weight), and must share at least MIN_SHARED_TERMS of them (a headline's content terms all fit in
 * K). A term found in more than MAX_POSTING articles (or MAX_INDEX_DF_SHARE of them on small folders,
 * with a floor of MIN_INDEX_DF) is not indexed: such a word names a topic, not an event, and the
 * work of reading a list grows with its square. Cost is then at most n · K · MAX_POSTING.
 */
export const INDEX_TERMS_PER_ARTICLE = 12;
export const MAX_INDEX_DF_SHARE = 0.05;
export const MIN_INDEX_DF = 8;
export const MAX_POSTING = 400;

/** A sparse vector: sorted term ids, their weights, and (for an article) 1 where the term is evidence of an event. */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float64Array;
  evidence?: Uint8Array;
}

/** Dot product of two sparse vectors and how many terms they share that are evidence in both (linear merge). */
export function dotShared(a: SparseVector, b: SparseVector): { dot: number; shared: number } {
  const ea = a.evidence;
  const eb = b.evidence;
  let i = 0;
  let j = 0;
  let s = 0;
  let shared = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) {
      if (ea !== undefined && eb !== undefined && ea[i] === 1 && eb[j] === 1) shared++;
      s += a.weights[i++]! * b.weights[j++]!;
    } else if (x < y) i++;
    else j++;
  }
  return { dot: s, shared };
}

/** Sum of two sparse vectors (linear merge of the sorted term lists). */
function addVectors(a: SparseVector, b: SparseVector): SparseVector {
  const terms = new Uint32Array(a.terms.length + b.terms.length);
  const weights = new Float64Array(terms.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.terms.length || j < b.terms.length) {
    const x = i < a.terms.length ? a.terms[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.terms.length ? b.terms[j]! : Number.POSITIVE_INFINITY;
    if (x === y) {
      terms[k] = x;
      weights[k++] = a.weights[i++]! + b.weights[j++]!;
    } else if (x < y) {
      terms[k] = x;
      weights[k++] = a.weights[i++]!;
    } else {
      terms[k] = y;
      weights[k++] = b.weights[j++]!;
    }
  }
  return { terms: terms.slice(0, k), weights: weights.slice(0, k) };
}

/**
 * The similarity bar for two texts of `a` and `b` effective terms (see SHORT_TEXT_SIMILARITY).
 * @param a effective term count of one side, (Σw)² / Σw²
 * @param b the same for the other side
 */
export function similarityBar(a: number, b: number): number {
  const g = Math.sqrt(Math.max(1, a) * Math.max(1, b));
  const x = Math.log(g / SHORT_TEXT_TERMS) / Math.log(LONG_TEXT_TERMS / SHORT_TEXT_TERMS);
  const t = Math.min(1, Math.max(0, x));
  return SHORT_TEXT_SIMILARITY + t * (LONG_TEXT_SIMILARITY - SHORT_TEXT_SIMILARITY);
}

/** The average-link bar for merging stories of `sizeA` and `sizeB` members (see MIN_LINK_RATIO). */
export function mergeBar(pairBar: number, sizeA: number, sizeB: number): number {
  return pairBar * Math.max(MIN_LINK_RATIO, (sizeA * sizeB) ** -0.25);
}

/** One cluster during grouping: summed member vectors, members, summed effective lengths, known-date span. */
interface Cluster {
  sum: SparseVector;
  members: number[];
  lengthSum: number;
  first: number;
  last: number;
}

/** TF-IDF vectors of a set of articles, their effective term counts, and which terms are no evidence. */
export interface StoryVectors {
  /** Unit vectors, sorted term ids (heaviest MAX_TERMS_PER_ARTICLE terms found in two articles or more). */
  vectors: SparseVector[];
  /** Effective term count per article, (Σw)² / Σw² over its whole vector. */
  lengths: Float64Array;
  /** Document frequency per term id. */
  df: Uint32Array;
  /** Per article, the term ids of its headline's lead label (story-terms.ts), ascending; often empty. */
  leads: Uint32Array[];
}

/**
 * TF-IDF vectors of `items` over stemmed words, names, name pairs and numbers (story-terms.ts).
 * idf = ln((N + 1) / (df + 1)) is 0 for a term every article has (so two articles alone never make a
 * story: nothing tells their shared words from the corpus topic). The norm and the effective length
 * count every term, but only terms another article also has (df ≥ 2), the heaviest of them, are kept:
 * the others cannot contribute to any similarity.
 * @param store articles' terms kept between builds (the same vectors, without reading unchanged articles again)
 */
export function storyVectors(items: readonly StoryInput[], store?: TermStore): StoryVectors {
  const n = items.length;
  const counter = new TermCounter();
  const bags = items.map((item) => articleTerms(counter, item, store));
  const vocabulary = counter.size;
  const df = new Uint32Array(vocabulary);
  for (const bag of bags) for (const t of bag.terms) df[t]!++;
  const idf = new Float64Array(vocabulary);
  for (let t = 0; t < vocabulary; t++) idf[t] = Math.log((n + 1) / (df[t]! + 1));
  const lengths = new Float64Array(n);
  const vectors: SparseVector[] = bags.map(({ terms, counts, evidence }, i) => {
    const keep: number[] = [];
    const weights = new Float64Array(terms.length);
    let norm = 0;
    let total = 0;
    for (let k = 0; k < terms.length; k++) {
      const w = (1 + Math.log(counts[k]!)) * idf[terms[k]!]!;
      weights[k] = w;
      norm += w * w;
      total += w;
      if (w > 0 && df[terms[k]!]! >= 2) keep.push(k);
    }
    lengths[i] = norm > 0 ? (total * total) / norm : 0;
    if (keep.length > MAX_TERMS_PER_ARTICLE) keepHeaviest(keep, weights, MAX_TERMS_PER_ARTICLE);
    norm = Math.sqrt(norm);
    const v = { terms: new Uint32Array(keep.length), weights: new Float64Array(keep.length), evidence: new Uint8Array(keep.length) };
    keep.forEach((k, m) => {
      v.terms[m] = terms[k]!;
      v.weights[m] = weights[k]! / norm;
      v.evidence[m] = evidence[k]!;
    });
    return v;
  });
  return { vectors, lengths, df, leads: bags.map((b) => b.lead) };
}

/**
 * Groups articles about the same event.
 *
 * Each article becomes a TF-IDF vector over stemmed content words (accents folded), names
 * (capitalised words inside a sentence, adjacent capitalised pairs) and numbers; calendar words,
 * years, dates and the ubiquitous places are no evidence. Candidate pairs come from a capped inverted
 * index on each article's strongest terms (near-linear) and must share two evidence terms and reach a
 * cosine bar that depends on how much text both sides have. Pairs are then merged strongest first
 * with average linkage: two stories join only when their members are similar on average (a bar that
 * falls with size, to a floor), so one shared name or one bridging article cannot chain unrelated
 * events. Known dates further apart than MAX_STORY_GAP_HOURS separate unless the wording is nearly
 * the same. Headline stories then take in the stories and lone headlines their centroid matches
 * (see CENTROID_MIN_MEMBERS): each newcomer close to the story as a whole, not to one member.
 *
 * @returns groups of indices into `items`: every index exactly once, singletons included, each group
 *   sorted ascending, groups ordered by their first index.
 * @param store articles' terms kept between builds (see storyVectors): the groups are the same with or without it
 */
export function groupStories(items: readonly StoryInput[], store?: TermStore): number[][] {
  const n = items.length;
  const { vectors, lengths, df, leads } = storyVectors(items, store);
  const vocabulary = df.length;

  const times = items.map((it) => (it.publishedAt === null ? Number.NaN : Date.parse(it.publishedAt)));
  const maxGap = MAX_STORY_GAP_HOURS * 3600_000;

  // Each article is indexed on its strongest indexable evidence terms.
  const maxDf = Math.min(MAX_POSTING, Math.max(MIN_INDEX_DF, Math.floor(MAX_INDEX_DF_SHARE * n)));
  const indexTerms: Uint32Array[] = vectors.map((v) => {
    const order: number[] = [];
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k]!;
      if (df[t]! <= maxDf && v.evidence![k] === 1) order.push(k);
    }
    if (order.length > INDEX_TERMS_PER_ARTICLE) keepHeaviest(order, v.weights, INDEX_TERMS_PER_ARTICLE);
    return Uint32Array.from(order, (k) => v.terms[k]!);
  });
  // Candidate pairs: later articles sharing MIN_STRONG_SHARED_TERMS indexed terms; then the full test.
  const edges: { i: number; j: number; sim: number }[] = [];
  forEachCandidate(indexTerms, vocabulary, MIN_STRONG_SHARED_TERMS, (i, j) => {
    const { dot, shared } = dotShared(vectors[i]!, vectors[j]!);
    const bar = similarityBar(lengths[i]!, lengths[j]!);
    if (dot >= sharedTermsBar(bar, shared, lengths[i]!, lengths[j]!) && shared >= (dot >= bar * STRONG_LINK_FACTOR ? MIN_STRONG_SHARED_TERMS : MIN_SHARED_TERMS) && !(shared <= MIN_SHARED_TERMS && otherHeads(leads[i]!, vectors[i]!, leads[j]!, vectors[j]!))) {
      const a = times[i]!;
      const b = times[j]!;
      if (Number.isNaN(a) || Number.isNaN(b) || Math.abs(a - b) <= maxGap || dot >= NEAR_COPY_SIMILARITY) edges.push({ i, j, sim: dot });
    }
  });
  edges.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);

  // Average-link merging, strongest pairs first.
  const owner = new Int32Array(n);
  const clusters: (Cluster | null)[] = vectors.map((v, i) => {
    owner[i] = i;
    const t = times[i]!;
    return { sum: v, members: [i], lengthSum: lengths[i]!, first: t, last: t };
  });
  for (const { i, j } of edges) {
    const ia = owner[i]!;
    const ib = owner[j]!;
    if (ia === ib) continue;
    const a = clusters[ia]!;
    const b = clusters[ib]!;
    const sa = a.members.length;
    const sb = b.members.length;
    const link = dotShared(a.sum, b.sum).dot / (sa * sb);
    const bar = mergeBar(similarityBar(a.lengthSum / sa, b.lengthSum / sb), sa, sb);
    // two lone articles: their average link is their cosine, which the pair test has just weighed
    // with what the sums no longer know (how many distinct evidence terms they share)
    if (sa * sb > 1 && link < bar) continue;
    const first = Math.min(nanToMax(a.first), nanToMax(b.first));
    const last = Math.max(nanToMin(a.last), nanToMin(b.last));
    if (Number.isFinite(first) && Number.isFinite(last) && last - first > maxGap && link < NEAR_COPY_SIMILARITY) continue;
    joinClusters(clusters, owner, ia, ib, first, last);
  }
  joinByCentroid(clusters, owner, vectors, leads, df, maxDf, maxGap);

  const groups: number[][] = [];
  const done = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (done[i]) continue;
    const members = clusters[owner[i]!]!.members.slice().sort((x, y) => x - y);
    for (const m of members) done[m] = 1;
    groups.push(members);
  }
  return groups;
}

/**
 * Calls `visit(i, j)` once for every pair i < j whose term lists share at least `minShared` terms,
 * through an inverted index (compressed rows) of the lists: the cost is the sum of the squared
 * posting lengths, which the callers bound by leaving frequent terms out of the lists.
 */
function forEachCandidate(lists: readonly Uint32Array[], vocabulary: number, minShared: number, visit: (i: number, j: number) => void): void {
  const n = lists.length;
  const start = new Uint32Array(vocabulary + 1);
  for (const terms of lists) for (const t of terms) start[t + 1]!++;
  for (let t = 0; t < vocabulary; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, vocabulary);
  const postings = new Uint32Array(start[vocabulary]!);
  lists.forEach((terms, i) => {
    for (const t of terms) postings[fill[t]!++] = i;
  });
  const sharedCount = new Uint16Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const t of lists[i]!) {
      for (let p = start[t]!; p < start[t + 1]!; p++) {
        const j = postings[p]!;
        if (j <= i) continue;
        if (sharedCount[j] === 0) touched.push(j);
        sharedCount[j]!++;
      }
    }
    for (const j of touched) {
      if (sharedCount[j]! >= minShared) visit(i, j);
      sharedCount[j] = 0;
    }
    touched.length = 0;
  }
}

/**
 * Merges the smaller of two clusters into the larger (ties: into `ia`), with the span of known dates
 * `first`..`last` (±∞ when none is known). Returns the id of the cluster kept.
 */
function joinClusters(clusters: (Cluster | null)[], owner: Int32Array, ia: number, ib: number, first: number, last: number): number {
  const [keepId, dropId] = clusters[ia]!.members.length >= clusters[ib]!.members.length ? [ia, ib] : [ib, ia];
  const keep = clusters[keepId]!;
  const drop = clusters[dropId]!;
  keep.sum = addVectors(keep.sum, drop.sum);
  for (const m of drop.members) {
    owner[m] = keepId;
    keep.members.push(m);
  }
  keep.lengthSum += drop.lengthSum;
  keep.first = Number.isFinite(first) ? first : Number.NaN;
  keep.last = Number.isFinite(last) ? last : Number.NaN;
  clusters[dropId] = null;
  return keepId;
}

/** The lead-label terms of a cluster's members, ascending and distinct. */
function unionLeads(members: readonly number[], leads: readonly Uint32Array[]): Uint32Array {
  const terms = new Set<number>();
  for (const m of members) for (const t of leads[m]!) terms.add(t);
  return Uint32Array.from(terms).sort();
}

/** True when both clusters' members are headlines on average (mean effective length at most HEADLINE_TERMS). */
function headlines(a: Cluster, b: Cluster): boolean {
  return a.lengthSum / a.members.length <= HEADLINE_TERMS && b.lengthSum / b.members.length <= HEADLINE_TERMS;
}

/** Euclidean norm of a sparse vector. */
function vectorNorm(v: SparseVector): number {
  let s = 0;
  for (const w of v.weights) s += w * w;
  return Math.sqrt(s);
}

/**
 * The centroid pass (see CENTROID_MIN_MEMBERS). Candidates come from an inverted index on each
 * cluster's INDEX_TERMS_PER_ARTICLE heaviest evidence terms, capped as the article index is (a term in
 * more than `maxDf` articles is not indexed), so the cost stays near-linear. Candidate pairs are
 * judged once on the clusters of the first pass, strongest first, and judged again on the clusters
 * they belong to when their turn comes (an earlier join may have moved a centroid).
 */
function joinByCentroid(clusters: (Cluster | null)[], owner: Int32Array, vectors: readonly SparseVector[], articleLeads: readonly Uint32Array[], df: Uint32Array, maxDf: number, maxGap: number): void {
  const n = clusters.length;
  const vocabulary = df.length;
  // a term is evidence when some article counts it as evidence (names, content words; not calendar words)
  const evidence = new Uint8Array(vocabulary);
  for (const v of vectors) for (let k = 0; k < v.terms.length; k++) if (v.evidence![k] === 1) evidence[v.terms[k]!] = 1;
  const norms = new Float64Array(n);
  const leads: Uint32Array[] = new Array(n);
  const indexTerms: Uint32Array[] = new Array(n);
  for (let c = 0; c < n; c++) {
    const cluster = clusters[c];
    if (cluster === null || cluster === undefined) {
      indexTerms[c] = new Uint32Array(0);
      continue;
    }
    norms[c] = vectorNorm(cluster.sum);
    leads[c] = unionLeads(cluster.members, articleLeads);
    const order: number[] = [];
    for (let k = 0; k < cluster.sum.terms.length; k++) {
      const t = cluster.sum.terms[k]!;
      if (evidence[t] === 1 && df[t]! <= maxDf) order.push(k);
    }
    if (order.length > INDEX_TERMS_PER_ARTICLE) keepHeaviest(order, cluster.sum.weights, INDEX_TERMS_PER_ARTICLE);
    indexTerms[c] = Uint32Array.from(order, (k) => cluster.sum.terms[k]!);
  }
  const cosine = (a: number, b: number): number => dotShared(clusters[a]!.sum, clusters[b]!.sum).dot / (norms[a]! * norms[b]!);
  const bar = (a: Cluster, b: Cluster): number => similarityBar(a.lengthSum / a.members.length, b.lengthSum / b.members.length);
  const edges: { i: number; j: number; sim: number }[] = [];
  forEachCandidate(indexTerms, vocabulary, MIN_SHARED_TERMS, (a, b) => {
    const A = clusters[a]!;
    const B = clusters[b]!;
    if (Math.max(A.members.length, B.members.length) >= CENTROID_MIN_MEMBERS && headlines(A, B) && !otherHeads(leads[a]!, A.sum, leads[b]!, B.sum)) {
      const sim = cosine(a, b);
      if (sim >= bar(A, B)) edges.push({ i: a, j: b, sim });
    }
  });
  edges.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);

  for (const { i, j } of edges) {
    // cluster c always holds article c, so owner[c] is where a cluster judged before now lives
    const ia = owner[i]!;
    const ib = owner[j]!;
    if (ia === ib) continue;
    const A = clusters[ia]!;
    const B = clusters[ib]!;
    if (Math.max(A.members.length, B.members.length) < CENTROID_MIN_MEMBERS || !headlines(A, B) || otherHeads(leads[ia]!, A.sum, leads[ib]!, B.sum)) continue;
    const sim = cosine(ia, ib);
    if (sim < bar(A, B)) continue;
    const first = Math.min(nanToMax(A.first), nanToMax(B.first));
    const last = Math.max(nanToMin(A.last), nanToMin(B.last));
    if (Number.isFinite(first) && Number.isFinite(last) && last - first > maxGap) continue;
    const keepId = joinClusters(clusters, owner, ia, ib, first, last);
    norms[keepId] = vectorNorm(clusters[keepId]!.sum);
    leads[keepId] = unionLeads(clusters[keepId]!.members, articleLeads);
  }
}

/**
 * Keeps in `positions` (ascending indices into `weights`) the `count` heaviest, in place and still
 * ascending; ties at the cut keep the lowest positions. A native numeric sort of the weights finds the
 * cut, cheaper than sorting positions with a comparator.
 */
function keepHeaviest(positions: number[], weights: Float64Array, count: number): void {
  const w = new Float64Array(positions.length);
  for (let k = 0; k < positions.length; k++) w[k] = weights[positions[k]!]!;
  w.sort();
  const cut = w[w.length - count]!;
  let above = 0;
  for (let k = 0; k < w.length; k++) if (w[k]! > cut) above++;
  let ties = count - above;
  let m = 0;
  for (const p of positions) {
    const x = weights[p]!;
    if (x > cut || (x === cut && ties-- > 0)) positions[m++] = p;
  }
  positions.length = m;
}

/** NaN → +∞ (for a minimum over known dates). */
function nanToMax(t: number): number {
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** NaN → −∞ (for a maximum over known dates). */
function nanToMin(t: number): number {
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/** True when the sorted vector `v` has term `t` (binary search). */
function hasTerm(v: SparseVector, t: number): boolean {
  let lo = 0;
  let hi = v.terms.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    const x = v.terms[m]!;
    if (x === t) return true;
    if (x < t) lo = m + 1;
    else hi = m - 1;
  }
  return false;
}

/**
 * True when two headlines open with lead labels ("Quimper :", "Lannion :"; "Rugby -", "Football -")
 * and neither label's words appear anywhere in the other headline: they belong to different places
 * or fields, so the routine words they share ("dépôt", "bus", "bloqué"; "match", "direct") tell no
 * event. A label found in the other headline ("Crash en Iran :" and "… un Boeing en Iran") does not
 * separate them.
 */
export function otherHeads(leadA: Uint32Array, a: SparseVector, leadB: Uint32Array, b: SparseVector): boolean {
  if (leadA.length === 0 || leadB.length === 0) return false;
  for (const t of leadA) if (hasTerm(b, t)) return false;
  for (const t of leadB) if (hasTerm(a, t)) return false;
  return true;
}
