/** Normalises decoded text (line endings, NFC, invisible and control characters) and splits it into logical lines. */
import type { Line } from './types.ts';
import { compareKey, words } from './text.ts';

/**
 * A hard-wrapped block: consecutive physical lines at least this long and at most this long
 * (text editors and mail clients wrap at 60–80 columns; 100 leaves room for proportional fonts).
 */
const WRAP_MIN_CHARS = 55;
const WRAP_MAX_CHARS = 100;
/** Wrapped lines have nearly equal widths: the spread between the longest and shortest stays under this. */
const WRAP_MAX_SPREAD = 25;
/** At least this many wrapped lines before we believe it is wrapping (two similar lines can be chance). */
const WRAP_MIN_LINES = 3;
/**
 * A line broken in the middle of a sentence (next line starts with a lower-case letter, previous line
 * has no final punctuation) is joined when the previous line is at least this long: a short line
 * may be a heading or a name.
 */
const BROKEN_MIN_CHARS = 40;

/** Zero-width characters and bidirectional controls: invisible, they only break comparisons. */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x00ad // soft hyphen: invisible unless a line breaks there
  );
}

/**
 * Normalises text: CRLF/CR → LF, Unicode NFC, drops zero-width characters (U+200B–U+200D, U+2060,
 * U+FEFF), bidirectional controls (U+200E/F, U+202A–U+202E, U+2066–U+2069), soft hyphens and C0/C1
 * control characters except \n and \t; tabs become spaces, U+2028/U+2029 become line breaks.
 * No-break spaces (French typography) are kept. Linear.
 */
export function normalizeText(text: string): string {
  const nfc = text.normalize('NFC');
  let out = '';
  let start = 0;
  const flush = (i: number, add: string): void => {
    out += nfc.slice(start, i) + add;
    start = i + 1;
  };
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 0x0a) continue;
    if (c === 0x0d) flush(i, nfc.charCodeAt(i + 1) === 0x0a ? '' : '\n');
    else if (c === 0x09) flush(i, ' ');
    else if (c === 0x0b || c === 0x0c || c === 0x2028) flush(i, '\n');
    else if (c === 0x2029) flush(i, '\n\n');
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isInvisible(c)) flush(i, '');
  }
  return out + nfc.slice(start);
}

/** Runs of two or more space-like characters (a single character class: linear, no backtracking). */
const SPACE_RUN = /[ \u00a0\u202f\u2009\u2007\u3000]{2,}/g;

/** Trims and collapses runs of spaces; a run holding a no-break space stays one no-break space. Linear. */
function cleanLine(raw: string): string {
  const t = raw.trim();
  return t.replace(SPACE_RUN, (run) => (run.includes('\u202f') ? '\u202f' : run.includes('\u00a0') ? '\u00a0' : ' '));
}

/** Sentence-final punctuation, closing quotes and brackets included. */
function endsSentence(text: string): boolean {
  const last = text[text.length - 1]!;
  return '.!?…:;»"”)\''.includes(last) || last === '\u2019';
}

function startsLowercase(text: string): boolean {
  const first = text.codePointAt(0)!;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

interface Phys {
  n: number;
  text: string;
}

function join(a: string, b: string): string {
  // A word hyphen at the end of a wrapped line: keep it and glue ("porte-" + "parole").
  return /\p{L}-$/u.test(a) ? a + b : `${a} ${b}`;
}

/** A line that is only a web address ("https://…", "www.…"). */
const ADDRESS_ONLY = /^\s*(?:https?:\/\/|www\.)\S+\s*$/iu;

/** Joins clearly hard-wrapped runs inside one block (lines not separated by a blank line). */
function unwrapBlock(block: Phys[]): Phys[] {
  const out: Phys[] = [];
  let i = 0;
  while (i < block.length) {
    // Longest run starting at i of lines within the wrap width whose widths stay close.
    let j = i;
    let min = Infinity;
    let max = 0;
    while (j < block.length) {
      const len = block[j]!.text.length;
      if (len < WRAP_MIN_CHARS || len > WRAP_MAX_CHARS || ADDRESS_ONLY.test(block[j]!.text)) break;
      const nmin = Math.min(min, len);
      const nmax = Math.max(max, len);
      if (nmax - nmin > WRAP_MAX_SPREAD) break;
      min = nmin;
      max = nmax;
      j++;
    }
    // The run's last line may be short (end of the paragraph).
    const runEnd = j < block.length && j > i && block[j]!.text.length < WRAP_MIN_CHARS ? j + 1 : j;
    const run = block.slice(i, runEnd);
    const wrappedLines = j - i;
    const open = run.slice(0, -1).filter((p) => !endsSentence(p.text)).length;
    // A list of headlines has similar widths too, but every item starts with a capital (after a
    // bullet or a pointer: "› Titre", "• Titre"); a wrapped paragraph has continuation lines that
    // start in lower case.
    if (wrappedLines >= WRAP_MIN_LINES && open * 2 >= run.length - 1 && run.slice(1).some((p) => !/^[^\p{L}\p{N}]*\p{Lu}/u.test(p.text))) {
      let text = run[0]!.text;
      for (const p of run.slice(1)) text = join(text, p.text);
      out.push({ n: run[0]!.n, text });
      i = runEnd;
      continue;
    }
    out.push(block[i]!);
    i++;
  }
  // A sentence broken across two lines: the second starts in lower case, the first has no final punctuation.
  const merged: Phys[] = [];
  for (const p of out) {
    const prev = merged[merged.length - 1];
    // (A web address alone on its line is no sentence's end: it stays a line of its own.)
    if (prev && prev.text.length >= BROKEN_MIN_CHARS && !endsSentence(prev.text) && startsLowercase(p.text) && !ADDRESS_ONLY.test(p.text)) {
      merged[merged.length - 1] = { n: prev.n, text: join(prev.text, p.text) };
    } else merged.push(p);
  }
  return merged;
}

/**
 * Splits normalised text into non-blank logical lines (trimmed, runs of spaces collapsed) with their
 * 1-based line number. Blank lines separate paragraphs; files with one paragraph per line work too.
 * Hard-wrapped blocks (several consecutive lines of similar width, 55–100 characters, mostly
 * without final punctuation) and sentences broken mid-way (next line in lower case) are joined back
 * into one line numbered by its first physical line; nothing else is joined.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block: Phys[] = [];
  const flush = (): void => {
    if (block.length) for (const p of unwrapBlock(block)) lines.push({ n: p.n, text: p.text });
    block = [];
  };
  let n = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    n++;
    const t = cleanLine(text.slice(pos, end));
    if (t) block.push({ n, text: t });
    else flush();
    pos = end + 1;
  }
  flush();
  return lines;
}

/**
 * Same result as compareKey(text), about twice as fast: foldTypography only maps punctuation and
 * spaces, which words() drops anyway, except U+02BC (a modifier letter used as an apostrophe), so
 * folding is skipped unless that character occurs. A unit test checks the equality on every
 * character compareKey folds; if text.ts ever folds letters, that test fails.
 */
export function lineKey(text: string): string {
  return (text.includes('\u02bc') ? compareKey(text) : words(text).join(' '));
}
