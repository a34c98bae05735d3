/** The terms a story compares: stemmed content words, names, name pairs and numbers; dates, function words and ubiquitous places set apart. */
import { createHash } from 'node:crypto';
import { forEachWord, hashString, lowerUnit, mix32 } from './fingerprint.ts';
import { foldAccents, stemWord } from './stem.ts';
import { findOutlet } from './outlets.ts';
import { lastSegment } from './title.ts';

/** What the story stage needs of an article. */
export interface StoryInput {
  title: string;
  paragraphs: readonly string[];
  /** ISO-8601 with offset, or null when unknown. */
  publishedAt: string | null;
}

/**
 * Names and numbers identify an event where topic words do not (every sample is about Iranian drones
 * for Russia; only "John Kirby", "Washington Post", "400" tell the events apart), so they count more:
 * a capitalised word inside a sentence (a name: "Kirby") counts NAME_WEIGHT times, two adjacent
 * capitalised words ("Barbara Woodward") add a pair term counted NAME_PAIR_WEIGHT times, a number of two
 * or more digits counts NUMBER_WEIGHT times. Counts then go through 1 + ln(tf).
 */
export const NAME_WEIGHT = 2;
export const NAME_PAIR_WEIGHT = 2;
export const NUMBER_WEIGHT = 1.5;
/** Title words count this many times when a body follows: the headline names the event. */
export const TITLE_REPEAT = 2;
/** Only the first words of the body are read: the lead carries the event, and cost stays bounded. */
export const MAX_BODY_WORDS = 400;
/** Shortest plain word kept (shorter ones are elisions and function words: "l", "d", "en", "un"). */
export const MIN_WORD_LENGTH = 3;
/**
 * The country's capital and the country itself are named in a large share of a French outlet's news,
 * whatever the event: they weigh this fraction of a word and never count as shared evidence.
 */
export const COMMON_PLACE_WEIGHT = 0.5;

/**
 * Terms are identified by 30 bits of their hash: values stay small integers (unboxed in V8 sets and
 * typed arrays); ~10⁵ distinct terms give a handful of harmless collisions.
 */
const TERM_MASK = 0x3fffffff;

export { STOPWORDS } from './stopwords.ts';
import { STOPWORDS } from './stopwords.ts';

/**
 * Words of the calendar and the clock: every day's news carries them, so a shared "samedi" or
 * "janvier" (or the year) is no evidence of one event. Accents folded.
 */
const CALENDAR_WORDS = new Set(
  (
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'aujourd hui hier demain soir soiree matin matinee midi nuit semaine semaines week end jour jours journee mois annee annees heure heures minute minutes ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december today yesterday tomorrow'
  ).split(' '),
);

/** Places named in a large share of French-language news whatever the event (see COMMON_PLACE_WEIGHT). Accents folded. */
const COMMON_PLACES = new Set('france francais francaise francaises paris parisien parisienne europe europeen europeenne monde'.split(' '));

/** Distinct salts so that a pair or number feature never equals the plain-word feature of a word. */
const PAIR_SALT = 0x70616972;
const NUMBER_SALT = 0x6e756d62;

/** Years that date an article rather than identify an event ("2019", "en 2020"). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

/** How a word (by its lower-case hash) is read; cached: most occurrences are words seen before. */
const SKIP = -1;
const NUMBER = -2;
/**
 * A small number, written in digits or in words ("3 milliards", "trois milliards"; "trente heures",
 * "30 heures"), is cached as SMALL_NUMBER - value: one term for both spellings, so that a headline
 * writing the number out meets one that does not.
 */
const SMALL_NUMBER = -3;
/**
 * Numbers headlines write out in words (accents folded). One to nine in digits or words are too common
 * to tell events apart ("2 buts", "trois blessés" every day): they count in the cosine but are no
 * evidence; from ten on they are evidence, as numbers of two or more digits are.
 */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10],
  ['onze', 11], ['douze', 12], ['quinze', 15], ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50],
  ['soixante', 60], ['cent', 100], ['mille', 1000],
]);
/** Smallest number that is evidence of an event (see NUMBER_WORDS). */
const MIN_EVIDENCE_NUMBER = 10;
/** Cache entry: SKIP, NUMBER, or the term hash of the stem; bit 30 set for a common place. */
const COMMON_BIT = 0x40000000;
/**
 * Cached classes by word hash, with the word itself: two words with one 32-bit hash (a few in 10⁵
 * words) must not share a class, or the result would depend on which was read first.
 */
const wordClass = new Map<number, { word: string; cls: number }>();
/** The word cache is dropped past this size (10⁵ distinct words is a large corpus). */
const MAX_CACHED_WORDS = 500_000;

/** True when text[start, end) lower-cased (per code unit, as the word hash) equals `word`. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = start; i < end; i++) if (lowerUnit(text.charCodeAt(i)) !== word.charCodeAt(i - start)) return false;
  return true;
}

/** The class of the word text[start, end) with hash `h` (see classify), cached. */
function wordClassOf(text: string, start: number, end: number, h: number): number {
  const cached = wordClass.get(h);
  if (cached !== undefined && sameWord(text, start, end, cached.word)) return cached.cls;
  let word = '';
  for (let i = start; i < end; i++) word += String.fromCharCode(lowerUnit(text.charCodeAt(i)));
  const cls = classify(word);
  if (cached === undefined) {
    if (wordClass.size >= MAX_CACHED_WORDS) wordClass.clear();
    wordClass.set(h, { word, cls });
  }
  return cls;
}

/** Classifies one word (lower-case, accents kept) into SKIP, NUMBER or its stem's term hash. */
function classify(lower: string): number {
  const first = lower.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    // clock times ("13h", "19h30") and ordinals ("1er", "21e") date things; "737max", "4g" name them
    if (/^\d{1,2}h\d{0,2}$|^\d+(er|re|e|eme|ème|nd|st|th)$/.test(lower)) return SKIP;
    if (!/^\d+$/.test(lower)) return hashString(lower) & TERM_MASK;
    if (lower.length < 2) return lower === '0' || lower === '1' ? SKIP : SMALL_NUMBER - Number(lower);
    const value = Number(lower);
    if (lower.length === 4 && value >= MIN_YEAR && value <= MAX_YEAR) return SKIP;
    return NUMBER;
  }
  const folded = foldAccents(lower);
  const spelled = NUMBER_WORDS.get(folded);
  if (spelled !== undefined) return SMALL_NUMBER - spelled;
  if (folded.length < MIN_WORD_LENGTH || STOPWORDS.has(folded) || CALENDAR_WORDS.has(folded)) return SKIP;
  const term = hashString(stemWord(lower)) & TERM_MASK;
  return COMMON_PLACES.has(folded) ? term | COMMON_BIT : term;
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
    return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026 || c === 45 || c === 0x2013 || c === 0x2014 || c === 124;
  }
  return true;
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
  // a day of the month: "samedi 11", "11 janvier" (the calendar word next to it), or one of a run of
  // days before the month ("les 10, 11 et 12 janvier", "du 11 au 12 janvier"): week-end listings of
  // every town share those days, which say when, not what
  return DAYS_THEN_MONTH.test(text.slice(end, end + 40)) ||
    /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*$/i.test(text.slice(Math.max(0, start - 10), start));
}

/** What may follow a day of the month: more days joined by a comma, "et", "au", "ou" or a dash, then a month. */
const DAYS_THEN_MONTH = /^(?:\s*(?:,|et|au|ou|-|–)\s*\d{1,2}(?:er)?)*\s*(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]|sept|oct|nov|d[ée]c)/i;

/** One article's terms: dense ids ascending, weighted counts, and 1 where a term is evidence of an event. */
export interface TermBag {
  terms: Uint32Array;
  counts: Float64Array;
  evidence: Uint8Array;
  /** Dense ids of the terms of the headline's lead label (see LEAD_LABEL), ascending; empty when it has none. */
  lead: Uint32Array;
}

/**
 * One article's terms as kept between builds (see TermCounter.takeRecorded): term hashes, not dense
 * ids, since ids depend on the order the whole corpus was read in.
 */
export interface TermRecord {
  /** Distinct term hashes (30 bits), in the order the article first touched them. */
  hashes: Uint32Array;
  /** Weighted count of each term, as the counter summed it. */
  counts: number[];
  /** '1' where the term is evidence of an event, '0' elsewhere, one character per term. */
  evidence: string;
  /** Distinct hashes of the headline's lead-label terms, in the order first read. */
  lead: Uint32Array;
}

/** Where articles' term records are kept between builds (src/ingest/corpus-cache.ts StoryTermsCache). */
export interface TermStore {
  get(key: string): TermRecord | undefined;
  set(key: string, record: TermRecord): void;
}

/**
 * Dense term ids (an open-addressing hash table on typed arrays) and a scratch accumulator: one probe
 * per word occurrence and no per-article map; JavaScript Maps cost several times more on 10⁶ words.
 */
export class TermCounter {
  /** Number of distinct terms seen. */
  size = 0;
  private keys = new Int32Array(1 << 16);
  private slots = new Int32Array(1 << 16);
  private acc = new Float64Array(1 << 15);
  /** Per dense id, for the article being read: 1 when one of its occurrences is evidence of an event. */
  private evidence = new Uint8Array(1 << 15);
  private touched: number[] = [];
  /** Dense ids of the current article's lead-label terms. */
  private lead: number[] = [];
  /** The term hashes behind `touched` and `lead`, in the same order (what `takeRecorded` keeps). */
  private touchedHashes: number[] = [];
  private leadHashes: number[] = [];

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
      const evidence = new Uint8Array(this.evidence.length * 2);
      evidence.set(this.evidence);
      this.evidence = evidence;
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

  /**
   * Adds `amount` to a term (by hash); `evidence` when this occurrence may tell one event from another,
   * `lead` when it is a word of the headline's lead label.
   */
  add(hash: number, amount: number, evidence: boolean, lead = false): void {
    const id = this.idOf(hash);
    if (lead) {
      this.lead.push(id);
      this.leadHashes.push(hash & TERM_MASK);
    }
    if (evidence) this.evidence[id] = 1;
    if (this.acc[id] === 0) {
      this.touched.push(id);
      this.touchedHashes.push(hash & TERM_MASK);
    }
    this.acc[id]! += amount;
  }

  /** Term ids, counts, evidence flags and lead-label terms gathered since the last call, ids ascending; resets the accumulator. */
  take(): TermBag {
    const terms = Uint32Array.from(this.touched).sort();
    const counts = new Float64Array(terms.length);
    const evidence = new Uint8Array(terms.length);
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k]!;
      counts[k] = this.acc[t]!;
      evidence[k] = this.evidence[t]!;
      this.acc[t] = 0;
      this.evidence[t] = 0;
    }
    this.touched = [];
    this.touchedHashes = [];
    const lead = Uint32Array.from(new Set(this.lead)).sort();
    this.lead = [];
    this.leadHashes = [];
    return { terms, counts, evidence, lead };
  }

  /**
   * What `take` would give, as term hashes instead of dense ids: each term's hash in the order the
   * article first touched it (the order in which a fresh counter would create their ids), its
   * count and evidence flag, and the lead-label terms' hashes. Then the bag itself, as `take`.
   */
  takeRecorded(): { bag: TermBag; record: TermRecord } {
    const hashes = this.touchedHashes;
    const counts = new Array<number>(hashes.length);
    let evidence = '';
    for (const [k, id] of this.touched.entries()) {
      counts[k] = this.acc[id]!;
      evidence += this.evidence[id] === 1 ? '1' : '0';
    }
    const lead = Uint32Array.from(new Set(this.leadHashes));
    return { record: { hashes: Uint32Array.from(hashes), counts, evidence, lead }, bag: this.take() };
  }

  /**
   * The bag a recorded article gives: its hashes go through the counter in their recorded order, so
   * that terms new to the corpus get the dense ids a reading of the article would have given them.
   * Null (and the counter untouched) when the record is not one `takeRecorded` can make (damaged).
   */
  replay(record: TermRecord): TermBag | null {
    const { hashes, counts, evidence, lead } = record;
    const n = hashes.length;
    if (n >= RECORD_PLACES || counts.length !== n || evidence.length !== n || !/^[01]*$/.test(evidence)) return null;
    for (let k = 0; k < n; k++) if (!(counts[k]! > 0 && counts[k]! < Number.POSITIVE_INFINITY)) return null;
    // Distinct 30-bit hashes, the lead's among them (in sorted copies, a repeated hash is its neighbour).
    const sorted = Uint32Array.from(hashes).sort();
    for (let k = 0; k < n; k++) if (sorted[k]! > TERM_MASK || (k > 0 && sorted[k] === sorted[k - 1])) return null;
    const sortedLead = Uint32Array.from(lead).sort();
    for (let k = 0; k < sortedLead.length; k++) {
      if ((k > 0 && sortedLead[k] === sortedLead[k - 1]) || !hasSorted(sorted, sortedLead[k]!)) return null;
    }
    const ids = new Uint32Array(n);
    for (let k = 0; k < n; k++) ids[k] = this.idOf(hashes[k]!);
    // The record's places in the order of their ids: packed with the id into one number, sorted natively.
    const packed = new Float64Array(n);
    for (let k = 0; k < n; k++) packed[k] = ids[k]! * RECORD_PLACES + k;
    packed.sort();
    const bag: TermBag = {
      terms: new Uint32Array(n),
      counts: new Float64Array(n),
      evidence: new Uint8Array(n),
      lead: Uint32Array.from(lead, (h) => this.idOf(h)).sort(),
    };
    for (let k = 0; k < n; k++) {
      const at = packed[k]! % RECORD_PLACES;
      bag.terms[k] = ids[at]!;
      bag.counts[k] = counts[at]!;
      bag.evidence[k] = evidence.charCodeAt(at) === 49 ? 1 : 0;
    }
    return bag;
  }
}

/**
 * Places of a record's terms are packed below its ids (id · RECORD_PLACES + place): ids stay under
 * 2^30 (TERM_MASK) and places under 2^22, so the packed number stays exact (under 2^53).
 */
const RECORD_PLACES = 2 ** 22;

/** True when the ascending array holds `x` (binary search). */
function hasSorted(sorted: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (sorted[m] === x) return true;
    if (sorted[m]! < x) lo = m + 1;
    else hi = m - 1;
  }
  return false;
}

/**
 * A capitalised chain of hyphenated words is one name ("Seine-Saint-Denis", "Aix-en-Provence",
 * "Jean-Michel"): read as one word, it counts once, where its parts would count as three shared terms
 * between any two items about that place. A chain starts only where a word starts (not after a letter,
 * digit or hyphen), so that a long run of hyphenated words is scanned once, not once per capital.
 */
const NAME_CHAIN = /(?<![\p{L}\p{N}-])\p{Lu}\p{L}*(?:-\p{L}+)*-\p{Lu}\p{L}*/gu;

/** The text with hyphens inside capitalised chains removed (see NAME_CHAIN). */
function joinNameChains(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(NAME_CHAIN, (chain) => chain.replaceAll('-', ''));
}

/**
 * Adds the terms of one text (stems, names, name pairs, numbers) to the counter; returns words read.
 * With `headline`, the words of its lead label (LEAD_LABEL) are marked as such.
 * In a run of adjacent capitalised words (a full name: "Emmanuel Macron", "Carlos Ghosn", "Las
 * Vegas"), only the last word and the pair terms' weight count: the first name is no evidence of its
 * own, so that one name shared by two headlines counts as one shared term, not three.
 */
function readTerms(counter: TermCounter, raw: string, repeat: number, budget: number, headline = false): number {
  const text = joinNameChains(raw);
  const leadEnd = headline ? leadLabelEnd(text) : -1;
  // words first (hash, start, end), then read with one word of lookahead
  const found: number[] = [];
  forEachWord(text, (h, start, end) => {
    if (found.length / 3 >= budget) return false;
    found.push(h, start, end);
    return true;
  });
  const capital = (w: number): boolean => w < found.length && isUpper(text.charCodeAt(found[w + 1]!));
  let prevName = -1;
  let prevEnd = -2;
  for (let w = 0; w < found.length; w += 3) {
    const h = found[w]!;
    const start = found[w + 1]!;
    const end = found[w + 2]!;
    const cls = wordClassOf(text, start, end, h);
    if (cls === SKIP || cls === NUMBER) {
      prevName = -1;
      if (cls === NUMBER && !isDateOrTime(text, start, end)) counter.add(mix32(h ^ NUMBER_SALT), repeat * NUMBER_WEIGHT, true);
      continue;
    }
    if (cls <= SMALL_NUMBER) {
      prevName = -1;
      const value = SMALL_NUMBER - cls;
      if (!isDateOrTime(text, start, end)) {
        const evidence = value >= MIN_EVIDENCE_NUMBER;
        counter.add(mix32(hashString(String(value)) ^ NUMBER_SALT), repeat * (evidence ? NUMBER_WEIGHT : 1), evidence);
      }
      continue;
    }
    const common = (cls & COMMON_BIT) !== 0;
    const term = cls & TERM_MASK;
    const upper = isUpper(text.charCodeAt(start));
    const name = upper && !sentenceInitial(text, start);
    // a first name: the next word is capitalised and follows after one space
    const firstName = upper && capital(w + 3) && found[w + 4]! - end === 1;
    counter.add(term, repeat * (common ? COMMON_PLACE_WEIGHT : name ? NAME_WEIGHT : 1), !common && !firstName, end <= leadEnd);
    if (upper && !common) {
      if (prevName !== -1 && start - prevEnd === 1) counter.add(mix32(mix32(prevName ^ PAIR_SALT) ^ term), repeat * NAME_PAIR_WEIGHT, false);
      prevName = term;
      prevEnd = end;
    } else prevName = -1;
  }
  return found.length / 3;
}

/**
 * A headline's format marker: a leading run of one to three words in capitals, one of them at least
 * five letters long, closed by a full stop or a dash ("VIDÉO.", "EN DIRECT -", "PODCAST.", "EN
 * IMAGES."). It says how the item is presented, not what happened, yet as a rare capitalised word it
 * would weigh like a name: live blogs on unrelated events would share it as evidence, and two
 * headlines of one event would lose cosine to it. Short acronyms ("ATP -", "NBA.") name a league or a
 * body and stay; so does a capitalised lead closed by a colon ("SNCF :"), a topic or a place.
 */
const FORMAT_MARKER = /^\s*(?:\p{Lu}+[’']?\s+){0,2}\p{Lu}+\s*(?:\.(?!\p{L})|\s[-–—]\s)/u;
/**
 * An outlet's name after a bar at the end of a headline ("… | LCI", "… | Le Parisien"): the outlet is
 * not the event, and every headline of that outlet would share it.
 */
const OUTLET_SUFFIX = /\s\|\s[^|]{1,40}$/u;

/**
 * A headline's lead label: one to three words opening it, the first capitalised, closed by a colon, a
 * full stop or a dash ("Quimper :", "Tennis.", "Crash en Iran :", "Football -"). Regional and sports
 * desks head a headline with the place or the rubric it belongs to, and the words after it are often
 * the same routine ones ("le dépôt de bus bloqué", "suivez le match en direct"); two headlines with
 * different heads, neither named anywhere in the other, are about different places or fields, hence
 * different events, however many of the routine words they share (see groupStories).
 */
const LEAD_LABEL = /^\s*\p{Lu}[\p{L}'’]*(?:\s+[\p{L}'’]+){0,2}(?=\s*(?::|\.\s|\s[-–—]\s))/u;

/** Where the lead label of a headline ends (see LEAD_LABEL), or -1 when it has none. */
function leadLabelEnd(text: string): number {
  const m = LEAD_LABEL.exec(text);
  return m === null ? -1 : m[0].length;
}

/** The headline without its format marker and outlet suffix (see FORMAT_MARKER, OUTLET_SUFFIX, and a listed outlet after any separator). */
export function headlineWords(title: string): string {
  let t = title.replace(OUTLET_SUFFIX, '');
  // After another separator ("… - Le Parisien", "… · franceinfo"), the suffix (title.ts) goes when it
  // names a listed outlet: a dash may also close a headline's own last phrase.
  const suffix = t === title ? lastSegment(title) : null;
  if (suffix !== null && findOutlet(suffix.tail) !== null) t = suffix.head;
  const marker = FORMAT_MARKER.exec(t);
  if (marker !== null && /\p{Lu}{5}/u.test(marker[0])) t = t.slice(marker[0].length);
  return t;
}

/** Term ids and weighted counts of one article: the title (TITLE_REPEAT times when a body follows), then the body up to MAX_BODY_WORDS. */
export function articleTerms(counter: TermCounter, item: StoryInput, store?: TermStore): TermBag {
  const key = store ? termsKey(item) : '';
  const hit = store?.get(key);
  const replayed = hit === undefined ? null : counter.replay(hit);
  if (replayed !== null) return replayed;
  readTerms(counter, headlineWords(item.title), item.paragraphs.length > 0 ? TITLE_REPEAT : 1, Number.POSITIVE_INFINITY, true);
  let budget = MAX_BODY_WORDS;
  for (const p of item.paragraphs) {
    if (budget <= 0) break;
    budget -= readTerms(counter, p, 1, budget);
  }
  if (!store) return counter.take();
  const { bag, record } = counter.takeRecorded();
  store.set(key, record);
  return bag;
}

/** The key of an article's terms: a hash of what articleTerms reads (its title and paragraphs). */
export function termsKey(item: StoryInput): string {
  const hash = createHash('sha1').update(`${item.title.length}:${item.title}`);
  for (const p of item.paragraphs) hash.update(`\n${p.length}:`).update(p);
  return hash.digest('base64url');
}
