/** Trust signals: flags text that is likely machine-translated or spun (`machine-translation`). */
import type { Removal } from './types.ts';
import { scanParagraphs, scanTokens, type OutletMention } from './outlets.ts';
import { compareKey, stripAccents } from './text.ts';

/** The flag this stage raises. */
export const MACHINE_TRANSLATION = 'machine-translation';

/**
 * Common English words that are not French words (nor usual loanwords in French press: no "news",
 * "people", "in", "on", "a", "as", "or"). In French prose, written in lower case, they are
 * leftovers of a translation program ("privant des tens of millions", "à lead to des steps").
 */
const ENGLISH_WORDS = new Set(
  (
    'the of and with from which that this these those their there they them been have has had was were would ' +
    'should could will into about through while whereas furthermore however moreover therefore although because ' +
    'without within among between also such other more most many much some any each every only just very being ' +
    'does did when where who what why how its our your his her she we you than then to at by it is be not ' +
    'providers provider output steps tens hundreds thousands said says told according make made take'
  ).split(' '),
);

/**
 * English words per 1,000 words of prose above which a text reads as machine-translated.
 * Real French press stays below 5 (both development corpora: max about 4.5, from idioms and
 * half-quoted English titles); seed 000 scores about 15, so 8 leaves a margin on both sides.
 */
const ENGLISH_PER_THOUSAND_THRESHOLD = 8;

/** Never flag on fewer English words than this, whatever the rate (one stray "the" in a brief). */
const MIN_ENGLISH_WORDS = 3;

/** Disclaimers saying a text was translated by a program ("la traduisons grâce à une technologie programmatique"). */
const DISCLAIMERS = [
  'technologie programmatique',
  'traduit automatiquement',
  'traduite automatiquement',
  'traduits automatiquement',
  'traduites automatiquement',
  'traduisons automatiquement',
  'traduction automatique de',
  'traduit par un programme',
  'traduit par un logiciel',
  'traduit a l aide d un logiciel',
  'traduit par une intelligence artificielle',
  'non a partir d un editeur humain',
  'automatically translated',
  'machine translated',
].map((p) => ` ${p} `);

/** A disclaimer is a short chrome paragraph, not an article about translation software. */
const MAX_DISCLAIMER_CHARS = 400;
/** Paragraphs at each end of the body where a disclaimer may still sit when chrome removal kept it. */
const DISCLAIMER_EDGE_PARAGRAPHS = 3;
/** Words that show a disclaimer is about the site's own content. */
const DISCLAIMER_SUBJECT = /\b(?:site|article|texte|actualites?|contenus?|page|content|news)\b/;

/** Cheap test run before the full one: every disclaimer names translation or a program. */
const DISCLAIMER_HINT = /tradu|programmat|translat|humain/i;

function isDisclaimer(text: string): boolean {
  if (text.length > MAX_DISCLAIMER_CHARS || !DISCLAIMER_HINT.test(text)) return false;
  const key = ` ${stripAccents(compareKey(text))} `;
  return DISCLAIMERS.some((d) => key.includes(d)) && DISCLAIMER_SUBJECT.test(key);
}

/** Links, handles and hashtags: never prose. */
const LINK = /(?:https?:\/\/|www\.|pic\.)\S{1,500}|[@#][\p{L}\p{N}_]{1,60}/gu;

/**
 * Share of English words above which a sentence or quotation is a genuine English passage
 * (a quoted tweet, a song title) rather than French prose with leftovers: such passages are skipped.
 */
const ENGLISH_PASSAGE_RATIO = 0.3;

/** French function words: a segment with almost none of them is not French prose (an embedded English tweet). */
const FRENCH_WORDS = new Set(
  (
    'le la les des du de d un une et est qui que qu pour dans sur par au aux l ses son sa leur leurs ce cette ces ' +
    'il elle ils elles ne pas avec mais ou où été sont ont nous vous se lui plus très aussi été était sera'
  ).split(' '),
);
/**
 * The language a short text's function words point to: 'en' when it holds English ones and no French
 * ones, 'fr' for the other way round, null when it holds both or neither. A weak hint for a few words
 * ("Dispatch from France" reads English, "les gilets jaunes face à l'Élysée" French).
 */
export function functionWordLanguage(text: string): 'en' | 'fr' | null {
  let en = 0;
  let fr = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (ENGLISH_WORDS.has(w)) en++;
    if (FRENCH_WORDS.has(w)) fr++;
  }
  return en > 0 && fr === 0 ? 'en' : fr > 0 && en === 0 ? 'fr' : null;
}

/** Below this share of French function words a segment of at least FRENCH_MIN_SEGMENT_WORDS words is a foreign passage. */
const FRENCH_MIN_RATIO = 0.08;
const FRENCH_MIN_SEGMENT_WORDS = 5;

/** Ends of segments: sentence punctuation and quotation marks, so that an English quote is judged on its own. */
const SEGMENT_END = new Set([...'.!?…«»“”"()\n']);

/** True when the text between two words holds a segment end. Gaps are short: a plain scan. */
function gapEndsSegment(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SEGMENT_END.has(text[i]!)) return true;
  return false;
}

/** English words and total words of a paragraph, ignoring links, outlet names and English passages. */
function englishCount(text: string, outletSpans: readonly OutletMention[]): { english: number; words: number } {
  const tokens = scanTokens(text);
  const skip: [number, number][] = outletSpans.map((m) => [m.start, m.end]);
  if (text.includes('http') || text.includes('www.') || text.includes('pic.') || text.includes('@') || text.includes('#')) {
    for (const m of text.matchAll(LINK)) skip.push([m.index, m.index + m[0].length]);
    skip.sort((a, b) => a[0] - b[0]);
  }
  const isCap = (k: number): boolean => k >= 0 && k < tokens.length && tokens.capitalised(k);
  const isEnglishAsWritten = (k: number): boolean => ENGLISH_WORDS.has(tokens.lower[k]!) && !tokens.capitalised(k);
  let english = 0;
  let words = 0;
  // Per segment: English words in any case (to spot an English passage) and lower-case leftovers.
  let segEnglish = 0;
  let segLeftovers = 0;
  let segWords = 0;
  let segFrench = 0;
  const closeSegment = (): void => {
    const englishPassage = segWords > 0 && segEnglish / segWords >= ENGLISH_PASSAGE_RATIO;
    const foreign = segWords >= FRENCH_MIN_SEGMENT_WORDS && segFrench / segWords < FRENCH_MIN_RATIO;
    if (!englishPassage && !foreign) english += segLeftovers;
    words += segWords;
    segEnglish = segLeftovers = segWords = segFrench = 0;
  };
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    const start = tokens.start[k]!;
    if (k > 0 && gapEndsSegment(text, tokens.end[k - 1]!, start)) closeSegment();
    while (s < skip.length && skip[s]![1] <= start) s++;
    if (s < skip.length && skip[s]![0] <= start) continue;
    // A top-level domain ("trafic-info.be") is not a word.
    if (start > 1 && text[start - 1] === '.' && /[\p{L}\p{N}]/u.test(text[start - 2]!)) continue;
    segWords++;
    const lower = tokens.lower[k]!;
    if (FRENCH_WORDS.has(lower)) segFrench++;
    if (!ENGLISH_WORDS.has(lower)) continue;
    segEnglish++;
    if (tokens.capitalised(k)) continue;
    // "les stars du ballon and co": an idiom of French prose.
    if (lower === 'and' && tokens.lower[k + 1] === 'co') continue;
    // Inside a capitalised name ("Game of Thrones", "Bank of America", "Lord of the Rings").
    let before = k - 1;
    while (before >= 0 && isEnglishAsWritten(before)) before--;
    let after = k + 1;
    while (after < tokens.length && isEnglishAsWritten(after)) after++;
    if (isCap(before) && isCap(after)) continue;
    segLeftovers++;
  }
  closeSegment();
  return { english, words };
}

/**
 * Trust flags of an article: `machine-translation` when the text reads as machine-translated or
 * spun: English words left in French prose (per 1,000 words, above a threshold), outlet names
 * translated word for word in the text or in its source credit ("NBC Information", "Source : The
 * Parisian"), or a disclaimer saying a program translated it.
 */
export function trustFlags(
  paragraphs: readonly string[],
  context: { title: string; removed: readonly Removal[]; translatedCredit?: boolean },
): string[] {
  if (context.translatedCredit === true) return [MACHINE_TRANSLATION];
  if (context.removed.some((r) => isDisclaimer(r.line.text))) return [MACHINE_TRANSLATION];
  const n = paragraphs.length;
  for (const [i, p] of paragraphs.entries()) {
    if ((i < DISCLAIMER_EDGE_PARAGRAPHS || i >= n - DISCLAIMER_EDGE_PARAGRAPHS) && isDisclaimer(p)) return [MACHINE_TRANSLATION];
  }
  const texts = [context.title, ...paragraphs];
  const mentions = scanParagraphs(texts);
  if (mentions.some((ms) => ms.some((m) => m.garbled))) return [MACHINE_TRANSLATION];
  let english = 0;
  let words = 0;
  for (const [i, p] of texts.entries()) {
    const c = englishCount(p, mentions[i]!);
    english += c.english;
    words += c.words;
  }
  if (english >= MIN_ENGLISH_WORDS && words > 0 && (english * 1000) / words >= ENGLISH_PER_THOUSAND_THRESHOLD) {
    return [MACHINE_TRANSLATION];
  }
  return [];
}

/** English words per 1,000 words of a text (exposed for measurement and tests). */
export function englishRate(paragraphs: readonly string[]): number {
  let english = 0;
  let words = 0;
  const mentions = scanParagraphs(paragraphs);
  for (const [i, p] of paragraphs.entries()) {
    const c = englishCount(p, mentions[i]!);
    english += c.english;
    words += c.words;
  }
  return words === 0 ? 0 : (english * 1000) / words;
}
