/** French word stems for story matching: Snowball French stemmer, accents folded, cached per word. */
// @ts-expect-error: the package ships no types; SnowballStemmer below gives the three methods used.
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr.js';

/**
 * The Snowball French algorithm as nlp.js ports it (@nlpjs/lang-fr). It gives the same stems as the
 * snowball-stemmers port on every word of the public corpora (133k distinct words, accented and folded, none
 * different) at 40 % of the cost per call. Loaded by its own file: the package's index also loads
 * its sentiment lexicon, which Kiosque does not use. Its `stemWord` keeps every word in an object
 * without bound, so the stem is run through `setCurrent`/`innerStem`/`getCurrent` and cached here.
 */
interface SnowballStemmer {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
}
const french = new (StemmerFr as new () => SnowballStemmer)();
const snowball = (word: string): string => {
  french.setCurrent(word);
  french.innerStem();
  return french.getCurrent();
};

/**
 * Distinct words seen since start are few (10⁵ on 10⁵ articles) while occurrences are many (10⁷), and
 * the Snowball port costs a few µs a call: each word is stemmed once. The cache is dropped when it
 * grows past this size, so that a long-running process cannot grow it without bound.
 */
const MAX_CACHED_WORDS = 500_000;
const cache = new Map<string, string>();
/**
 * Longer "words" are not French words (the longest, "anticonstitutionnellement", has 25 letters) but
 * glued text or codes: they are kept whole, and the stemmer never reads a megabyte-long word.
 */
const MAX_STEMMED_LENGTH = 40;

/** Removes diacritics from a lower-case word ("élection" → "election"). */
export function foldAccents(word: string): string {
  // Plain ASCII needs no work (most words of most texts): skip the normalisation.
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) return word.normalize('NFD').replace(/\p{M}+/gu, '');
  }
  return word;
}

/**
 * Stem of a lower-case French word with accents folded: "détruites", "détruit", "detruits" → "detruit";
 * "manifestations" → "manifest". Accents are folded before stemming: the Snowball rules read accents
 * ("vandalisées" → "vandalis" but "vandalisees" → "vandalise"), and a headline written without them
 * must meet one written with them, so both go through the same unaccented path.
 */
export function stemWord(lower: string): string {
  let s = cache.get(lower);
  if (s === undefined) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    const folded = foldAccents(lower);
    s = folded.length > MAX_STEMMED_LENGTH ? folded : placeOfAdjective(snowball(folded));
    cache.set(lower, s);
  }
  return s;
}

/**
 * Shortest stem left once a people's suffix is taken off: shorter ones are other words ("jamais",
 * "palais", "chien"), not places.
 */
const MIN_PLACE_STEM = 4;
/** Stems this long or longer may carry a people's suffix ("iranien" is 7). */
const MIN_ADJECTIVE_STEM = 7;

/**
 * The stem of a people's adjective folded onto its place's: "iranien" → "iran", "ukrainien" → "ukrain"
 * (as "Ukraine"), "chinois" → "chin", "japonais" → "japon". Headlines name the place in one and the
 * people in the other ("Crash en Iran", "le Boeing abattu par un missile iranien"). The Snowball rules
 * keep these suffixes; a few other words lose them too ("quotidien" → "quotid"), which costs nothing
 * as long as no other word shares the shortened stem.
 */
export function placeOfAdjective(stem: string): string {
  if (stem.length < MIN_ADJECTIVE_STEM) return stem;
  if (stem.endsWith('ien') || stem.endsWith('ais') || stem.endsWith('ois')) {
    const base = stem.slice(0, -3);
    if (base.length >= MIN_PLACE_STEM) return base;
  }
  return stem;
}
