/** Per-line analysis shared by the chrome mechanisms: comparison key, word count, class-rule reason, anchors. */
import type { Line, Removal } from '../types.ts';
import { lineKey } from '../lines.ts';
import { ruleReason } from './classes.ts';
import { chromeScore } from './features.ts';

/**
 * Lines of more than this many whitespace-separated tokens are analysed from their start only (word
 * count = token count): they are article text, far over the recurrence limit, and computing their
 * full comparison key would be most of this stage's cost.
 */
const LONG_LINE_TOKENS = 30;
/** Characters of a long line kept for its context signature. */
const CONTEXT_PREFIX_CHARS = 200;


/**
 * An "anchor" is a line that is certainly article text: a sentence of at least this many words
 * ending with final punctuation, or any line of ANCHOR_LONG_WORDS words. Lines before the first
 * anchor form the head zone, lines after the last one the tail zone: that is where site chrome sits.
 */
const ANCHOR_MIN_WORDS = 12;
const ANCHOR_LONG_WORDS = 25;

/** One line with its analysis; `reason` is set when a mechanism classifies it as chrome. */
export interface Info {
  line: Line;
  key: string;
  nWords: number;
  reason: string | null;
  /** Chrome score from the line's features (features.ts), 0 for lines a class rule already took or long prose. */
  score: number;
  /** A "Lire aussi" link cut from the start of this line (article text was glued after it). */
  cut?: Removal;
}

/** Per-line analysis, cached: the orchestrator passes the same Line objects to the evidence and to removeChrome. */
const cache = new WeakMap<Line, Info>();

/** Whitespace-separated tokens, counted without allocating (an upper bound of the word count). */
function countTokens(text: string): number {
  let n = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 0xa0 || c === 0x202f;
    if (!space && !inToken) n++;
    inToken = !space;
  }
  return n;
}

/**
 * Lines up to this length are memoised by text within one file: a file repeating one short line
 * thousands of times (a widget pasted 200,000 times) is analysed once per distinct line.
 */
const MEMO_MAX_CHARS = 200;

/** Weekday and month names (French and English, accents optional) in a lower-case key. */
const CALENDAR_NAME =
  /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/gu;

/** A short labelled field, "Label : value" (see analyseLine). */
const FIELD = /^([^:]{2,30}?)\s?:\s+(\S[^:]*)$/u;
const FIELD_MAX_WORDS = 5;
const FIELD_LABEL_MAX_WORDS = 2;
const FIELD_VALUE_MAX_WORDS = 3;

/** A key whose numbers are read alike: few words beside its numbers, or a bar of figures (see analyseLine). */
function numberedTemplate(key: string): boolean {
  const all = key.split(' ');
  const plain = all.filter((w) => !/^\d+$/.test(w)).length;
  return plain <= NUMBERED_TEMPLATE_MAX_WORDS || (all.length - plain >= BAR_MIN_FIGURES && plain <= 2 * NUMBERED_TEMPLATE_MAX_WORDS);
}
/** Figures that make a line a bar of figures (see numberedTemplate): a headline rarely holds two, a market or weather bar holds one per field. */
const BAR_MIN_FIGURES = 2;
/** Sentence punctuation closing a line, maybe followed by closing quotes or brackets. */
const CLOSES_SENTENCE = /[.!?…]\s?["'’»”)\]]*\s*$/u;
/** Longest line (in words) whose numbers are read alike in its key (see analyseLine). */
const NUMBERED_TEMPLATE_MAX_WORDS = 12;

/** Analyses one line (cached per Line object, memoised per text within a file). */
export function analyseLine(line: Line, memo?: Map<string, Info>): Info {
  const hit = cache.get(line);
  if (hit) return { ...hit };
  const same = line.text.length <= MEMO_MAX_CHARS ? memo?.get(line.text) : undefined;
  if (same) {
    const info: Info = { line, key: same.key, nWords: same.nWords, reason: same.reason, score: same.score };
    cache.set(line, info);
    return { ...info };
  }
  let key: string;
  let nWords: number;
  const tokens = countTokens(line.text);
  if (tokens > LONG_LINE_TOKENS) {
    // Long lines are article text: their start is enough for the context signature.
    key = lineKey(line.text.slice(0, CONTEXT_PREFIX_CHARS));
    nWords = tokens;
  } else {
    key = lineKey(line.text);
    nWords = key ? key.split(' ').length : 0;
    if (!key) key = line.text.trim();
  }
  const reason = ruleReason(line.text, key, nWords);
  // The key is the whole line's words up to LONG_LINE_TOKENS tokens (a prefix beyond): only then does it spare a tokenisation.
  const score = reason === null ? chromeScore(line.text, nWords, tokens > LONG_LINE_TOKENS ? undefined : key) : 0;
  // Short lines that are not sentences recur as templates with a changing number ("PAGE 4 | Transports",
  // "— 12 —", "👁 1 204 vues", "3 réactions — Réagir"): their key reads every number alike, so that
  // cross-file evidence sees the template. Sentences and longer lines keep their numbers.
  // The day's date in a header ("Quotidien national — samedi 8 décembre 2018", "Envoyé le 10 mars
  // 2019") reads alike too: its weekday and month names, not only its numbers.
  // (Words are counted without the numbers: "STI 3014.16 ▲ 0.65% | EUR/SGD 1.549" is a short ticker.)
  // (A sentence closes on its punctuation, maybe inside quotes: a line ending on a quoted word, "14
  // mentions « j'aime »", "3 avis « utile »", is a counter's label.)
  // (A bar of several figures, "Criée : anchois 7,29 EUR le kg - sardine 3,28 EUR - Vent : 26 km/h",
  // runs longer: its words are read alike up to twice the bound when it holds two figures or more.)
  if (nWords > 0 && /\d/.test(key) && !CLOSES_SENTENCE.test(line.text) && numberedTemplate(key)) {
    key = key.replace(/\d+/g, '0').replace(CALENDAR_NAME, 'd');
  }
  // A labelled field ("Flux : Société", "Rubrique : Sport", "Section: World") reads alike whatever
  // its short value, so that a site's field recurs as its template; a headline's "Brexit : l'impasse
  // de Londres" has a longer value, and a field on one page or two stays.
  if (nWords > 0 && nWords <= FIELD_MAX_WORDS && line.text.includes(':') && !endsSentence(line.text)) {
    const field = FIELD.exec(line.text);
    if (field && countTokens(field[1]!) <= FIELD_LABEL_MAX_WORDS && countTokens(field[2]!) <= FIELD_VALUE_MAX_WORDS) key = `${lineKey(field[1]!)} :*`;
  }
  const info: Info = { line, key, nWords, reason, score };
  cache.set(line, info);
  if (memo && line.text.length <= MEMO_MAX_CHARS) memo.set(line.text, info);
  return { ...info };
}

/** A line's analysis without the line: what a build keeps of it for the next one (see primeAnalysis). */
export type LineAnalysis = Pick<Info, 'key' | 'nWords' | 'reason' | 'score'>;

/** Takes `analysis`, kept by an earlier build for the same text, as the line's (analyseLine reads its text only). */
export function primeAnalysis(line: Line, analysis: LineAnalysis): void {
  if (!cache.has(line)) cache.set(line, { line, key: analysis.key, nWords: analysis.nWords, reason: analysis.reason, score: analysis.score });
}

/** Analyses a file's lines. */
export function analyse(lines: readonly Line[]): Info[] {
  const memo = new Map<string, Info>();
  return lines.map((line) => analyseLine(line, memo));
}

/** The line ends like a sentence (final punctuation or closing quote). */
export function endsSentence(text: string): boolean {
  return /[.!?…»"”]$/.test(text);
}

/** A line that is certainly article text (see ANCHOR_MIN_WORDS). */
export function isAnchor(info: Info): boolean {
  return info.reason === null && (info.nWords >= ANCHOR_LONG_WORDS || (info.nWords >= ANCHOR_MIN_WORDS && endsSentence(info.line.text)));
}

/** The cached analysis of a line (read-only, shared), analysing it when absent. */
export function cachedInfo(line: Line): Info {
  return cache.get(line) ?? analyseLine(line);
}
