/** Groups articles about the same event (coverage by different outlets, not copies) into stories. */
import { forEachWord, hashString, lowerUnit, mix32 } from './fingerprint.ts';

/** What the story stage needs of an article. */
export interface StoryInput {
  title: string;
  paragraphs: readonly string[];
  /** ISO-8601 with offset, or null when unknown. */
  publishedAt: string | null;
}

/**
 * Two articles whose known dates are further apart than this are never in one story, and a story's
 * known dates never span more: coverage of one event comes within a few days; beyond, it is a
 * follow-up (another event), however similar the words.
 */
export const MAX_STORY_GAP_HOURS = 72;

/**
 * Average-link cosine similarity (TF-IDF, names and numbers boosted) from which two articles, or two
 * stories, cover the same event. On the five samples (all on Iranian drones for Russia) reports of one
 * event by different outlets score 0.15 while other events on the same topic stay at or under 0.04;
 * on two days of news feeds, 0.1 keeps every merged pair inside one reference topic (precision 1.0)
 * and higher values only lose recall.
 */
export const MIN_STORY_SIMILARITY = 0.1;

/**
 * Names and numbers identify an event where topic words do not (every sample is about Iranian drones
 * for Russia; only "John Kirby", "Washington Post", "400" tell the events apart), so they count more:
 * a capitalised word inside a sentence (a name: "Kirby") counts NAME_WEIGHT times (once as a word,
 * once more as a name), two adjacent capitalised words ("Barbara Woodward") NAME_PAIR_WEIGHT times,
 * a number of two or more digits NUMBER_WEIGHT times. Counts then go through 1 + ln(tf).
 */
export const NAME_WEIGHT = 2;
export const NAME_PAIR_WEIGHT = 3;
export const NUMBER_WEIGHT = 1.5;
/** Title words count this many times: the headline names the event. */
export const TITLE_REPEAT = 2;
/** Only the first words of the body are read: the lead carries the event, and cost stays bounded. */
export const MAX_BODY_WORDS = 600;
/**
 * Each article keeps its heaviest shared terms only (the names, numbers and rare words that identify
 * the event): the long tail of common words adds little to a cosine but multiplies the cost of long
 * articles. The norm still counts every term, so a kept term weighs what it does in the full vector.
 */
export const MAX_TERMS_PER_ARTICLE = 80;
/** Shortest plain word kept (shorter ones are elisions and function words: "l", "d", "en", "un"). */
export const MIN_WORD_LENGTH = 3;
/**
 * Candidate pairs come from an inverted index on each article's strongest terms only (top K by
 * weight), skipping terms found in more than MAX_INDEX_DF_SHARE of the articles (with a floor of
 * MIN_INDEX_DF): a pair of same-event articles shares at least one rare, heavy term (a name, a number),
 * and very common terms would make the candidate lists quadratic.
 */
export const INDEX_TERMS_PER_ARTICLE = 16;
export const MAX_INDEX_DF_SHARE = 0.05;
export const MIN_INDEX_DF = 8;

/**
 * Terms are identified by 30 bits of their hash: values stay small integers (unboxed in V8 sets and
 * typed arrays); ~10⁵ distinct terms give a handful of harmless collisions.
 */
const TERM_MASK = 0x3fffffff;

/** French function words (and a few ubiquitous news verbs) that say nothing about the event. */
const STOPWORDS = new Set(
  (
    'les des une dans pour sur par avec que qui quoi pas plus aux ces cette cet ses son sont sans sous tout tous toute toutes ' +
    'aussi mais comme dont elle elles ils nous vous leur leurs lui été être etre est ont avait avaient était étaient sera seront ' +
    'fait faire font peut peuvent doit selon après avant entre lors depuis pendant contre vers chez déjà encore très bien ' +
    'même autre autres deux trois quatre cinq dix cent mille premier première dernier dernière ainsi alors donc car quand ' +
    'aujourd hui hier demain cela celui celle ceux ici là lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'déclaré affirmé indiqué ajouté expliqué annoncé rapporté estimé souligné précisé dit ' +
    'the and for with that this from'
  ).split(' '),
);
const STOP_HASHES = new Set<number>([...STOPWORDS].map((w) => hashString(w) & TERM_MASK));

/** Distinct salts so that a name feature never equals the plain-word feature of the same word. */
const NAME_SALT = 0x6e616d65;
const PAIR_SALT = 0x70616972;
const NUMBER_SALT = 0x6e756d62;

/** A sparse unit vector: sorted term ids and their weights. */
interface SparseVector {
  terms: Uint32Array;
  weights: Float64Array;
}

/** True when the code unit is an upper-case letter. */
function isUpper(c: number): boolean {
  return lowerUnit(c) !== c;
}

/** True when a word starting at `start` opens a sentence (capital says nothing about a name there). */
function sentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // spaces, quotes and opening brackets between the word and whatever precedes it
    if (c === 32 || c === 0xa0 || c === 0x202f || c === 34 || c === 39 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 40) continue;
    return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026 || c === 45 || c === 0x2013 || c === 0x2014;
  }
  return true;
}

/**
 * Dense term ids (an open-addressing hash table on typed arrays) and a scratch accumulator: one probe
 * per word occurrence and no per-article map; JavaScript Maps cost several times more on 10⁶ words.
 */
class TermCounter {
  /** Number of distinct terms seen. */
  size = 0;
  private keys = new Int32Array(1 << 16);
  private slots = new Int32Array(1 << 16);
  private acc = new Float64Array(1 << 15);
  private touched: number[] = [];

  /** Dense id of a term hash, created on first sight. */
  private idOf(hash: number): number {
    // stored keys are hash + 1 so that 0 marks an empty slot (TERM_MASK keeps hash + 1 positive)
    const key = (hash & TERM_MASK) + 1;
    let mask = this.keys.length - 1;
    let slot = mix32(key) & mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return this.slots[slot]!;
      if (k === 0) break;
      slot = (slot + 1) & mask;
    }
    const id = this.size++;
    if (this.size * 2 > this.keys.length) {
      this.grow();
      mask = this.keys.length - 1;
      slot = mix32(key) & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
    }
    this.keys[slot] = key;
    this.slots[slot] = id;
    if (id >= this.acc.length) {
      const bigger = new Float64Array(this.acc.length * 2);
      bigger.set(this.acc);
      this.acc = bigger;
    }
    return id;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.slots = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i]!;
      if (key === 0) continue;
      let slot = mix32(key) & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.slots[slot] = oldSlots[i]!;
    }
  }

  add(hash: number, amount: number): void {
    const id = this.idOf(hash);
    if (this.acc[id] === 0) this.touched.push(id);
    this.acc[id]! += amount;
  }

  /** Term ids and counts gathered since the last call, ids ascending; resets the accumulator. */
  take(): { terms: Uint32Array; counts: Float64Array } {
    const terms = Uint32Array.from(this.touched).sort();
    const counts = new Float64Array(terms.length);
    for (let k = 0; k < terms.length; k++) {
      counts[k] = this.acc[terms[k]!]!;
      this.acc[terms[k]!] = 0;
    }
    this.touched = [];
    return { terms, counts };
  }
}

/**
 * True for a number that is part of a date or a clock time ("02/12/2025", "01.12.25", "13h", "19h30"):
 * every item of a day's programme listings shares those, so they do not identify an event.
 */
function isDateOrTime(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const digitAt = (i: number): boolean => i >= 0 && i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;
  if ((before === '/' || before === '.') && digitAt(start - 2)) return true;
  if ((after === '/' || after === '.') && digitAt(end + 1)) return true;
  // "13h", "19h30": the word itself ends in or holds an "h" after one or two digits.
  const word = text.slice(start, end);
  return /^\d{1,2}h\d{0,2}$/.test(word);
}

/** Adds the terms of one text (plain words, names, name pairs, numbers) to the counter; returns words read. */
function readTerms(counter: TermCounter, text: string, repeat: number, budget: number): number {
  let prevName = -1;
  let prevEnd = -2;
  let used = 0;
  forEachWord(text, (h, start, end) => {
    if (used >= budget) return false;
    used++;
    const first = text.charCodeAt(start);
    if (first >= 48 && first <= 57) {
      prevName = -1;
      if (end - start >= 2 && !isDateOrTime(text, start, end)) counter.add(mix32(h ^ NUMBER_SALT), repeat * NUMBER_WEIGHT);
      return true;
    }
    if (STOP_HASHES.has(h & TERM_MASK)) {
      prevName = -1;
      return true;
    }
    if (end - start >= MIN_WORD_LENGTH) counter.add(h, repeat);
    if (isUpper(first)) {
      if (!sentenceInitial(text, start)) counter.add(mix32(h ^ NAME_SALT), repeat * (NAME_WEIGHT - 1));
      if (prevName !== -1 && start - prevEnd === 1) counter.add(mix32(mix32(prevName ^ PAIR_SALT) ^ h), repeat * NAME_PAIR_WEIGHT);
      prevName = h;
      prevEnd = end;
    } else prevName = -1;
    return true;
  });
  return used;
}

/** Term ids and weighted counts of one article: title TITLE_REPEAT times, then the body up to MAX_BODY_WORDS. */
function articleTerms(counter: TermCounter, item: StoryInput): { terms: Uint32Array; counts: Float64Array } {
  readTerms(counter, item.title, TITLE_REPEAT, Number.POSITIVE_INFINITY);
  let budget = MAX_BODY_WORDS;
  for (const p of item.paragraphs) {
    if (budget <= 0) break;
    budget -= readTerms(counter, p, 1, budget);
  }
  return counter.take();
}

/** Dot product of two sparse vectors (linear merge). */
function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/**
 * Average-link similarity of two clusters: the mean cosine over all member pairs, which for unit
 * vectors is dot(sum A, sum B) / (|A| · |B|). Pairs that share nothing count as 0, so one shared name
 * cannot pull an article into a large story.
 */
function averageLink(a: Cluster, b: Cluster): number {
  return dot(a.sum, b.sum) / (a.members.length * b.members.length);
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

/** One cluster during grouping: summed member vectors, members and known-date span. */
interface Cluster {
  sum: SparseVector;
  members: number[];
  first: number;
  last: number;
}

/**
 * Groups articles about the same event.
 *
 * Each article becomes a TF-IDF vector over content words, names (capitalised words inside a
 * sentence, adjacent capitalised pairs) and numbers, with the title counted twice. Candidate pairs
 * come from an inverted index on each article's rarest heavy terms (near-linear), are scored by
 * cosine, and are merged strongest first with average linkage (a story joins another only when
 * their members are similar on average, so one shared name cannot chain unrelated events), never across
 * more than MAX_STORY_GAP_HOURS between known dates.
 *
 * @returns groups of indices into `items`: every index exactly once, singletons included, each group
 *   sorted ascending, groups ordered by their first index.
 */
export function groupStories(items: readonly StoryInput[]): number[][] {
  const n = items.length;
  const counter = new TermCounter();
  const bags = items.map((item) => articleTerms(counter, item));
  const vocabulary = counter.size;
  const df = new Uint32Array(vocabulary);
  for (const bag of bags) for (const t of bag.terms) df[t]!++;
  const idf = new Float64Array(vocabulary);
  for (let t = 0; t < vocabulary; t++) idf[t] = Math.log((n + 1) / (df[t]! + 1));

  // TF-IDF vectors; idf = ln((N + 1) / (df + 1)) is 0 for a term every article has (so two articles
  // alone never make a story: nothing tells their shared words from the corpus topic). The norm counts
  // every term, but only terms another article also has (df ≥ 2), the heaviest of them, are kept:
  // the others cannot contribute to any similarity.
  const vectors: SparseVector[] = bags.map(({ terms, counts }) => {
    const keep: number[] = [];
    const weights = new Float64Array(terms.length);
    let norm = 0;
    for (let k = 0; k < terms.length; k++) {
      const w = (1 + Math.log(counts[k]!)) * idf[terms[k]!]!;
      weights[k] = w;
      norm += w * w;
      if (w > 0 && df[terms[k]!]! >= 2) keep.push(k);
    }
    if (keep.length > MAX_TERMS_PER_ARTICLE) keepHeaviest(keep, weights, MAX_TERMS_PER_ARTICLE);
    norm = Math.sqrt(norm);
    const v: SparseVector = { terms: new Uint32Array(keep.length), weights: new Float64Array(keep.length) };
    keep.forEach((k, m) => {
      v.terms[m] = terms[k]!;
      v.weights[m] = weights[k]! / norm;
    });
    return v;
  });

  const times = items.map((it) => (it.publishedAt === null ? Number.NaN : Date.parse(it.publishedAt)));
  const maxGap = MAX_STORY_GAP_HOURS * 3600_000;
  const tooFar = (a: number, b: number): boolean => !Number.isNaN(a) && !Number.isNaN(b) && Math.abs(a - b) > maxGap;

  // Candidate pairs through an inverted index on each article's strongest indexable terms.
  const maxDf = Math.max(MIN_INDEX_DF, Math.floor(MAX_INDEX_DF_SHARE * n));
  const postings = new Map<number, number[]>();
  vectors.forEach((v, i) => {
    const order: number[] = [];
    for (let k = 0; k < v.terms.length; k++) if (df[v.terms[k]!]! <= maxDf) order.push(k);
    if (order.length > INDEX_TERMS_PER_ARTICLE) keepHeaviest(order, v.weights, INDEX_TERMS_PER_ARTICLE);
    for (const k of order) {
      const t = v.terms[k]!;
      const p = postings.get(t);
      if (p) p.push(i);
      else postings.set(t, [i]);
    }
  });
  const edges: { i: number; j: number; sim: number }[] = [];
  const seen = new Set<number>();
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        if (tooFar(times[i]!, times[j]!)) continue;
        const sim = dot(vectors[i]!, vectors[j]!);
        if (sim >= MIN_STORY_SIMILARITY) edges.push({ i, j, sim });
      }
    }
  }
  edges.sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);

  // Centroid merging, strongest pairs first.
  const owner = new Int32Array(n);
  const clusters: (Cluster | null)[] = vectors.map((v, i) => {
    owner[i] = i;
    const t = times[i]!;
    return { sum: v, members: [i], first: t, last: t };
  });
  for (const { i, j } of edges) {
    const ia = owner[i]!;
    const ib = owner[j]!;
    if (ia === ib) continue;
    const a = clusters[ia]!;
    const b = clusters[ib]!;
    const first = Math.min(nanToMax(a.first), nanToMax(b.first));
    const last = Math.max(nanToMin(a.last), nanToMin(b.last));
    if (Number.isFinite(first) && Number.isFinite(last) && last - first > maxGap) continue;
    if (averageLink(a, b) < MIN_STORY_SIMILARITY) continue;
    const [keepId, dropId] = a.members.length >= b.members.length ? [ia, ib] : [ib, ia];
    const keep = clusters[keepId]!;
    const drop = clusters[dropId]!;
    keep.sum = addVectors(keep.sum, drop.sum);
    for (const m of drop.members) {
      owner[m] = keepId;
      keep.members.push(m);
    }
    keep.first = Number.isFinite(first) ? first : Number.NaN;
    keep.last = Number.isFinite(last) ? last : Number.NaN;
    clusters[dropId] = null;
  }

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
