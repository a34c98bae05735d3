/** Small text helpers shared by the stages: comparison keys and word tokens. */

/**
 * Arrow and pointer symbols, as the body of a regular-expression character class: the Unicode arrow
 * blocks (← … ⇿, ⟰ … ⟿, ⤀ … ⥿, the arrows among ⬀ … ⮸), dingbat arrows (➔ … ➿) and right-pointing
 * triangles (▶ ▷ ▸ ▹ ► ▻), with the right-pointing angles "›", "❯", "❱", "⟩", "⟫", "〉". Sites lead links and labels with any of them ("Pour aller plus
 * loin ⇢ …", "➝ Titre"): a rule that names three arrows misses the next site's fourth.
 */
export const ARROW_CLASS = '\\u2190-\\u21ff\\u27f0-\\u27ff\\u2900-\\u297f\\u2b00-\\u2b11\\u2b60-\\u2bb8\\u2794-\\u27bf\\u25b6-\\u25bb\\u203a\\u276f\\u2771\\u27e9\\u27eb\\u232a\\u3009';
/** One arrow or pointer symbol (ARROW_CLASS). */
export const ARROW = new RegExp(`[${ARROW_CLASS}]`, 'u');

/** Apostrophes, quotes and dashes folded to one form so that typographic variants compare equal. */
const FOLD: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u00b4': "'", '`': "'",
  '\u00ab': '"', '\u00bb': '"', '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2039': '"', '\u203a': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ',
};

/** FOLD's replacements, and FOLD by code unit: 0 for a character kept, else 1 + its replacement's place (every variant is one UTF-16 unit, and no replacement is itself a variant: one pass does what a pass per replacement did). */
const FOLD_TARGETS = [...new Set(Object.values(FOLD))];
const FOLD_MAX_CODE = Math.max(...Object.keys(FOLD).map((from) => from.charCodeAt(0)));
const FOLD_CODES = new Uint8Array(FOLD_MAX_CODE + 1);
for (const [from, to] of Object.entries(FOLD)) FOLD_CODES[from.charCodeAt(0)] = FOLD_TARGETS.indexOf(to) + 1;

/** Folds typographic variants (’ → ', « » “ ” → ", – — → -, no-break spaces → space). Linear. */
export function foldTypography(text: string): string {
  // One scan; a text without any variant (most short lines) comes back as it is, without a copy.
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c <= FOLD_MAX_CODE ? FOLD_CODES[c]! : 0;
    if (k === 0) continue;
    out += text.slice(last, i) + FOLD_TARGETS[k - 1]!;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Runs of characters that are neither letters nor digits. */
const NON_WORD = /[^\p{L}\p{N}]+/u;
/** One letter or digit (for non-ASCII code points; results kept per code unit in WORD_CODES). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit: 1 a letter or digit, 2 not, 0 not asked yet (a table: faster than a map on every character). */
const WORD_CODES = new Uint8Array(0x10000);

/** True when the UTF-16 code unit (not a surrogate's half: those are never letters alone) is a letter or a digit. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  let v = WORD_CODES[c]!;
  if (v === 0) {
    v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CODES[c] = v;
  }
  return v === 1;
}

/** True when the code point (any plane) is a letter or a digit, as /[\p{L}\p{N}]/u reads it. */
export function isWordCodePoint(cp: number): boolean {
  return cp <= 0xffff ? isWordCode(cp) : WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * Lower-case words (letters and digits, accents kept), with typographic variants folded.
 * Elisions split: "l’Iran" → ["l", "iran"]. One linear scan over char codes, no regular-expression
 * backtracking; astral characters and case mappings that change the length take the regex path.
 */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || /[\ud800-\udfff]/.test(text)) return splitWords(lower);
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    if (isWordCode(lower.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

/** The general path of words(): split on runs of non-word characters. */
function splitWords(lower: string): string[] {
  const out = lower.split(NON_WORD);
  // split leaves an empty string at either end when the text starts or ends with a separator
  if (out.length > 0 && out[0] === '') out.shift();
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** A key for "same line" comparisons: folded, lower-case words joined by single spaces. */
export function compareKey(text: string): string {
  return COMPARE_KEYS(text);
}


/**
 * A pure reading of one line's text, memoised by text: the stages read the same lines more than once
 * (a page's head for the folder's templates, then for its own analysis; a date line inside a byline)
 * and a folder repeats lines (copies of one article, each site's chrome). The results are shared:
 * callers never modify them. Bounded by `max` (dropped whole when it is reached).
 */
export function memoByText<R>(read: (text: string) => R, max = TEXT_MEMO_MAX): (text: string) => R {
  const memo = new Map<string, R>();
  return (text) => {
    const hit = memo.get(text);
    if (hit !== undefined) return hit;
    if (memo.size >= max) memo.clear();
    const value = read(text);
    memo.set(text, value);
    return value;
  };
}

/** Bound on each memoByText map (distinct lines of a large folder; dropped whole when reached, so memory stays bounded). */
const TEXT_MEMO_MAX = 50_000;

/** compareKey's keys by text (memoByText): the stages after analysis compare the same titles and paragraphs several times each. */
const COMPARE_KEYS = memoByText((text: string) => words(foldTypography(text)).join(' '));

/** A code unit /\s/ matches (white space and line terminators). */
function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text.split(/\s+/).length <= max`, without the split: stops counting past `max` (a long line costs nothing more). */
export function splitsAtMost(text: string, max: number): boolean {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceUnit(text.charCodeAt(i))) continue;
    if (++pieces > max) return false;
    while (i + 1 < text.length && isSpaceUnit(text.charCodeAt(i + 1))) i++;
  }
  return pieces <= max;
}

/** Strips diacritics ("États" → "Etats"), for lenient name matching. */
export function stripAccents(text: string): string {
  // Plain ASCII has no accents to strip (and no normalisation to do).
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return text.normalize('NFD').replace(/\p{M}+/gu, '');
  return text;
}

/**
 * A name written in capitals, in the case it is read in: each word capitalised, `particles` in lower
 * case inside ("AGENCE FIL CONTINENTAL" → "Agence Fil Continental", "L'ÉCHO DU GOLFE" → "L'Écho du
 * Golfe", "M. EL-BEY" → "M. El-Bey"). Text not in capitals, one word ("RTBF", "APS") or fewer than
 * two capitals stays as written.
 */
export function fromCapitals(text: string, particles: ReadonlySet<string>): string {
  if (text !== text.toUpperCase() || !/\s/u.test(text.trim()) || !/\p{Lu}{2}/u.test(text)) return text;
  let first = true;
  return text.toLowerCase().replace(/\p{L}+/gu, (w, at: number) => {
    const afterApostrophe = at > 0 && /['’]/u.test(text[at - 1]!);
    const keepLower = !first && !afterApostrophe && particles.has(w);
    first = false;
    return keepLower ? w : w[0]!.toUpperCase() + w.slice(1);
  });
}

/**
 * Keys a folder shows before at least `min` different values, across the lines of its files: what
 * recurs with a changing part is a site's template ("Un articulu di" before three reporters' names,
 * "Envoyée aux adhérents le" before three days, "Droits de reproduction accordés par" before three
 * outlets). `split` reads a line as a key and its value (null: not a line of this kind); with `listed`,
 * at least one value must be marked listed (a credit template names at least one outlet the list knows),
 * or marked 'weak' among values mostly of several words.
 */
export function templateKeys(
  lines: readonly (readonly string[])[],
  split: (text: string) => TemplateSplit | null,
  min: number,
  needsListed = false,
  memo?: TemplateMemo,
): Set<string> {
  // Enough distinct values to tell what most of them look like (see 'weak' below).
  const cap = Math.max(min, TEMPLATE_VALUES_READ);
  const seen = new Map<string, { values: Set<string>; listed: boolean; weak: boolean }>();
  const add = (s: TemplateSplit): void => {
    const e = seen.get(s.key) ?? { values: new Set<string>(), listed: false, weak: false };
    if (e.values.size < cap) e.values.add(s.value);
    e.listed ||= s.listed === true;
    e.weak ||= s.listed === 'weak';
    seen.set(s.key, e);
  };
  for (const [i, file] of lines.entries()) {
    if (memo) for (const s of memo(i, () => file.map(split).filter((s) => s !== null))) add(s);
    else {
      for (const text of file) {
        const s = split(text);
        if (s !== null) add(s);
      }
    }
  }
  const out = new Set<string>();
  for (const [key, e] of seen) {
    if (e.values.size < min) continue;
    // A 'weak' listed value (a name that is also an ordinary word) counts only among values that are
    // mostly names of several words: a label over one-word topics ("Économie", "Sport", "Capital") is
    // a site's sections, whatever one of its topics shares with a magazine's name.
    const named = [...e.values].filter((v) => v.includes(' ')).length > e.values.size / 2;
    if (!needsListed || e.listed || (e.weak && named)) out.add(key);
  }
  return out;
}

/** A line read by a template builder's `split` (see templateKeys): the template's words and the value after them. */
export type TemplateSplit = { key: string; value: string; listed?: boolean | 'weak' };

/**
 * Per-file splits kept between builds (the pipeline's evidence cache): the non-null splits of file
 * `i`'s lines, in order, as `read` gives them; `read` runs only when none are kept for that file.
 */
export type TemplateMemo = (file: number, read: () => TemplateSplit[]) => readonly TemplateSplit[];

/** Distinct values of a template read at most (to tell whether most are names of several words). */
const TEMPLATE_VALUES_READ = 16;

/** One character of a separator: a dash, a symbol, a pictogram or a mark; never sentence punctuation, "&" or a quote. */
const SEPARATOR_CHAR = `(?![,;:.!?'"&%@#…«“”‘’])[\\p{Pd}\\p{Sm}\\p{So}\\p{Po}⟩⟫»›‹]`;
/**
 * A separator between parts of a title or a line: a spaced run of one to three dashes, symbols,
 * pictograms or marks (" - ", " | ", " · ", " ― ", " >> ", " ‖ ", " ✦ ", " ➜ ", " ⁂ ", " // "…), or
 * " :: ". Classes of characters, not a list: a site may pick any pictogram. Never sentence
 * punctuation (a French headline's own "X : Y", "X, Y"), "&" (a name's "Terre & Nature") or a quote.
 * A source string, for the patterns built on it.
 */
export const SEPARATOR_RUN = `(?:(?:${SEPARATOR_CHAR}){1,3}|::)`;

/** Every spaced separator of a line (see SEPARATOR_RUN). */
const SPACED_SEPARATOR = new RegExp(`\\s${SEPARATOR_RUN}\\s`, 'gu');

/**
 * The spaced separator a line repeats between items, the most frequent one seen twice or more, never a
 * dash (a headline's own "A – B"): "A ◦ B ◦ C", "Weather ~ 26°C ~ Showers". Null when none repeats.
 */
export function repeatedSeparator(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SPACED_SEPARATOR)) if (!/\p{Pd}/u.test(m[0])) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let best: string | null = null;
  for (const [sep, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)!)) best = sep;
  return best;
}
/**
 * The same without a formula's operators ("E = M6", "1 + 1"): for a line read alone. Where the
 * folder's evidence decides (a segment ending many files' titles), an operator may separate too.
 */
export const PLAIN_SEPARATOR_RUN = `(?:(?:(?![=+<±×÷])${SEPARATOR_CHAR}){1,3}|::)`;

/** A closing bracketed segment at a line's end ("… (réservé aux adhérents)", "… [France 24]", "… {traduction automatique}"): its text. */
export const CLOSING_BRACKET = /\s[[({⟨]([^[\](){}⟨⟩]{2,60})[\])}⟩]\s*$/u;

/** Words of a picture's credit ("Photo : X", "Crédit image : Y", "Infographie : Z"), a weak signal used only to exclude. */
export const PICTURE_WORD = /\b(?:photos?|images?|illustrations?|vid[ée]os?|pictures?|infographie|dessin|cartoon)\b/iu;
