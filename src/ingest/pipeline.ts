/**
 * The ingest pipeline: a folder of raw article files in, clean typed deduplicated articles out.
 *
 * Stage order:
 *  1. files      read the folder (recursive, *.txt), reject unreadable, looping or oversized files
 *  2. decode     bytes → text (BOMs, UTF-16, cp1252/Latin-1, mojibake repair), reject empty/binary
 *  3. html       web pages saved as .txt → their text
 *  4. lines      normalise (NFC, controls, zero-width) and split into logical lines
 *     (1–4 are per file and cached by content digest; so are 5, each file's reading for the evidence
 *     of 6 and, per article, what 11 reads: see IngestOptions)
 *  5. metadata   take out source/byline/date/URL lines
 *  6. chrome     corpus evidence, then site chrome removal
 *  7. title      first real line, outlet suffix split off
 *  8. repeats    title, paragraphs and passages repeated inside one file
 *  9. outlets    attributed outlet, cited outlets, trust flags
 * 10. duplicates fold copies across files
 * 11. stories    group coverage of the same event
 * 12. validate   ids, zod
 */
import { createHash } from 'node:crypto';
import { corpusKey } from './corpus-cache.ts';
import { articleSchema, type Article, type IngestResult, type Rejected, type RemovedLine } from '../schemas/article.ts';
import { removeChrome, buildChromeEvidence } from './chrome/index.ts';
import { cachedInfo, primeAnalysis, type LineAnalysis } from './chrome/info.ts';
import { decode } from './decode.ts';
import { foldDuplicates } from './duplicates.ts';
import { DEFAULT_MAX_LINES, allowOutsideFromEnv, lineLimitReason, parseMaxBytes, parseMaxLines, readInputFolder } from './files.ts';
import { htmlToText, looksLikeHtml, tagLimitReason } from './html.ts';
import { normalizeText, splitLines } from './lines.ts';
import { machineOutputReason } from './machine.ts';
import { attributeOutlet, creditTemplates, settleSiteNames, siteEvidence, suffixEvidence, templateCredit, type CreditedName } from './attribution.ts';
import { bylineName, dateLead, dateTemplates, extractMetaLines, findCitedOutlets, parseDateLine, parseSignature, splitTitle } from './metadata.ts';
import { asciiSlug, canonicalOutletName, findOutlet, isOutletNameWord, outletSlug, usualName } from './outlets.ts';
import { removeRepeats } from './repeats.ts';
import { groupStories } from './stories.ts';
import type { TermStore } from './story-terms.ts';
import { CLOSING_BRACKET, compareKey, repeatedSeparator, SEPARATOR_RUN, words, type TemplateMemo, type TemplateSplit } from './text.ts';
import { bylineTemplates, nameCase, prefixAndName } from './names.ts';
import { isSegmentLabel } from './chrome/classes.ts';
import { buildTitleEvidence, coreHeadline, lastSegment, outletSuffix, pickTitle, stripSitePrefix, stripSiteSuffix, type TitleEvidence, type TitleSource } from './title.ts';
import { trustFlags } from './trust.ts';
import { dateFromUrl, settleUrlDates } from './urldate.ts';
import type { Line, LineMetadata, PreparedFile, RawFile, Removal, Result } from './types.ts';

/** Cache of the per-file pass (decode + normalise + split), keyed by path and content digest. */
export interface PrepareCache {
  get(path: string, digest: string): PreparedFile | undefined;
  set(path: string, digest: string, value: PreparedFile): void;
  /** Called before the first `get` when the corpus cache missed (a lazily read cache loads here). */
  load?(): Promise<void>;
}

/** One file's lines as the template builders read them (their non-null splits, in order; see templateKeys). */
export interface TemplateSplits {
  bylines: TemplateSplit[];
  dates: TemplateSplit[];
  credits: TemplateSplit[];
}

/** One file's reading by the evidence builders (stage 6), kept between builds by its digest. */
export interface FileEvidence extends TemplateSplits {
  /** The chrome analysis of each line the metadata stage kept, in order (src/ingest/chrome/info.ts). */
  lines: LineAnalysis[];
}

/** Cache of the whole result, keyed by `corpusKey` (every file's digest, early rejects, options, pipeline code). */
export interface CorpusCache {
  get(key: string): Promise<IngestResult | undefined>;
  set(key: string, result: IngestResult): Promise<void>;
}

export interface IngestOptions {
  /** Files larger than this are rejected (default 5 MB, or KIOSQUE_MAX_BYTES). */
  maxBytes?: number;
  /** Reuse the per-file pass for files whose bytes did not change. */
  cache?: PrepareCache;
  /** Reuse the whole result when no file, option or stage changed (corpus-wide stages skipped). */
  corpusCache?: CorpusCache;
  /** Reuse a file's analysis (stages 6–9) when the file and what its analysis read of the corpus evidence are unchanged. */
  analysisCache?: {
    load?(): Promise<void>;
    run<E extends object, R>(path: string, digest: string, evidence: E, analyze: (evidence: E) => R): R;
  };
  /** Reuse a file's metadata lines (stage 5) while its bytes and the pipeline code are unchanged. */
  metaCache?: {
    load?(): Promise<void>;
    run(path: string, digest: string, lines: readonly Line[], extract: typeof extractMetaLines): ReturnType<typeof extractMetaLines>;
  };
  /** Reuse a file's reading by the evidence builders (its lines' chrome analysis; bylines, dates, credits; stage 6) while its bytes and the pipeline code are unchanged. */
  evidenceCache?: {
    load?(): Promise<void>;
    get(path: string, digest: string): FileEvidence | undefined;
    set(path: string, digest: string, evidence: FileEvidence): void;
  };
  /** Reuse digests of articles' paragraph keys (stage 11: boilerplate paragraphs) while their paragraphs and the pipeline code are unchanged. */
  paragraphKeysCache?: {
    load?(): Promise<void>;
    /** The digests `make` gives for `paragraphs` (one per paragraph), kept or made now. */
    digests(paragraphs: readonly string[], make: () => string[]): readonly string[];
  };
  /** Reuse articles' story terms (stage 11) while their title and paragraphs and the pipeline code are unchanged. */
  termsCache?: TermStore & { load?(): Promise<void> };
  /** Read files that symbolic links lead to outside the folder (default: KIOSQUE_ALLOW_OUTSIDE, else rejected). */
  allowOutside?: boolean;
  /** Files with more lines of text are rejected (default 20,000, or KIOSQUE_MAX_LINES): bounds memory per file. */
  maxLines?: number;
  /** Told the time each stage took, in order (the build log's profile of an ingest). */
  onStage?: (stage: IngestStage, ms: number) => void;
}

/** The stages an ingest times (`IngestOptions.onStage`). */
export type IngestStage = 'read' | 'prepare' | 'evidence' | 'analyse' | 'fold' | 'stories' | 'finish';

/** One file after the per-file stages, before folding. */
export interface ParsedDoc {
  path: string;
  encoding: string;
  title: string;
  outlet: string | null;
  /** The site that republished the article when a credit names another original publisher. */
  republisher: string | null;
  /** The site's own name when the outlet list does not know it (copyright line, recurring title suffix), else null. */
  siteName: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  paragraphs: string[];
  /** Line number of the title in the file (0 when the title was derived from the lead). */
  titleLine: number;
  /** A headline line of the file, or derived from the lead (a last resort: never shown when a copy has a headline). */
  titleSource: TitleSource;
  /** A trailing site name stripped from the headline because it ends many files' titles (" - Nom du site"), else null. */
  titleSuffix: string | null;
  /** The body lines behind `paragraphs`, with their line numbers. */
  body: Line[];
  citedOutlets: string[];
  flags: string[];
  removed: Removal[];
  /** The paragraphs compared when folding duplicates: site template lines left out (they would bridge unrelated articles). */
  foldParagraphs: string[];
}

/**
 * A headline quoted as a body line has at most this many words: headlines are short, and a longer
 * line equal to another file's headline is that file's lead used as its title (a derived title).
 */
const LINKED_HEADLINE_MAX_WORDS = 30;
/** …and so at most this many characters (thirty long words), checked before the words are counted. */
const LINKED_HEADLINE_MAX_CHARS = 400;
/** A list of linked headlines runs to a few of them (see linkList). */
const LINK_LIST_MAX_CHARS = 1200;
/** Words of the label before a list of linked headlines ("Aussi dans la revue :", "Read next:"). */
const LINK_LIST_LABEL_WORDS = 6;
/**
 * A list of at least this many items may hold one short item that is no file's headline (a rubric's
 * name among the links, an article the folder lacks): two other articles' headlines after a label
 * already make it a list of links, not text.
 */
const LINK_LIST_ONE_UNKNOWN_MIN = 3;

/**
 * Removes from each file's body the lines that are another file's headline (same comparison key),
 * shaped as headlines (no closing full stop, at most LINKED_HEADLINE_MAX_WORDS words): links to
 * the other article, recorded as `chrome:related`. A file's own headline is left to removeRepeats.
 */
function dropLinkedHeadlines(docs: ParsedDoc[]): void {
  const byHeadline = new Map<string, ParsedDoc[]>();
  for (const d of docs) {
    if (d.titleSource !== 'headline') continue;
    const k = compareKey(d.title);
    byHeadline.set(k, [...(byHeadline.get(k) ?? []), d]);
  }
  const keysOf = new Map<ParsedDoc, Set<string>>();
  const paragraphKeys = (d: ParsedDoc): Set<string> => {
    let keys = keysOf.get(d);
    if (!keys) keysOf.set(d, (keys = new Set(d.paragraphs.map(compareKey))));
    return keys;
  };
  const sharesText = (d: ParsedDoc, owners: readonly ParsedDoc[], except: string): boolean => {
    const mine = paragraphKeys(d);
    return owners.some((o) => o !== d && [...paragraphKeys(o)].some((pk) => pk !== except && mine.has(pk)));
  };
  /** Takes lines out of a file's body (and what is derived from it). */
  const dropBody = (d: ParsedDoc, lines: ReadonlySet<Line>): void => {
    d.body = d.body.filter((l) => !lines.has(l));
    d.paragraphs = d.body.map((l) => l.text);
    const texts = new Set([...lines].map((l) => l.text));
    d.foldParagraphs = d.foldParagraphs.filter((t) => !texts.has(t));
    keysOf.delete(d);
  };
  /** A label (at most LINK_LIST_LABEL_WORDS words and a colon) then other articles' headlines joined by a spaced ";", "|", "·" or "•", or two such headlines without a label. */
  const linkList = (text: string, own: string): boolean => {
    if (text.length > LINK_LIST_MAX_CHARS) return false;
    const colon = text.indexOf(' : ') >= 0 ? text.indexOf(' : ') + 3 : text.indexOf(': ') >= 0 ? text.indexOf(': ') + 2 : 0;
    if (listAfter(text, colon, own)) return true;
    // The label may end on any spaced separator instead of a colon ("READ NEXT | A", "ALSO READ >> A",
    // "Irakurri ere / À lire aussi ➜ A"): each one within a label's length is tried.
    for (const m of text.matchAll(LABEL_SEPARATOR)) {
      if (m.index === 0 || words(text.slice(0, m.index)).length > 2 * LINK_LIST_LABEL_WORDS) break;
      if (m.index + m[0].length !== colon && listAfter(text, m.index + m[0].length, own)) return true;
    }
    return false;
  };
  const listAfter = (text: string, colon: number, own: string): boolean => {
    // (Words, not tokens; a label in two languages joined by a slash, "Lesen Sie auch / À lire aussi", counts per language.)
    if (colon > 0 && text.slice(0, colon).split('/').some((side) => words(side).length > LINK_LIST_LABEL_WORDS)) return false;
    const parts = listParts(text.slice(colon));
    // (One headline after a label is a link too: "Keep reading: A".)
    if (parts.length < (colon > 0 ? 1 : 2)) return false;
    // A part is another article's headline, maybe with a note in brackets after it ("… (lire en page 8)").
    const linked = (p: string): boolean => {
      const k = compareKey(p);
      const bare = CLOSING_BRACKET.test(p) ? compareKey(p.replace(CLOSING_BRACKET, '')) : k;
      return (k !== '' && k !== own && byHeadline.has(k)) || (bare !== '' && bare !== own && byHeadline.has(bare));
    };
    const others = parts.filter((p) => !linked(p));
    // In a list of three or more, one item may be a headline of no file of the folder ("… · On vous le dit · …").
    return others.length === 0 || (parts.length >= LINK_LIST_ONE_UNKNOWN_MIN && others.length === 1 && words(others[0]!).length <= LINK_LIST_LABEL_WORDS);
  };
  for (const d of docs) {
    // A ticker above the headline ("Dernière minute : <another article's headline>") taken for the
    // title: a short label, a separator, then the headline of a file that shares none of this text.
    // The headline is the first body line when it reads as one.
    if (d.titleSource === 'headline' && d.body.length > 1) {
      // ("EN CONTINU >> <headline> >> <headline>": any part after the label may be the link.)
      const cuts = [...d.title.matchAll(TICKER_SEPARATOR)];
      for (const [c, m] of cuts.entries()) {
        if (m.index === 0 || (c === 0 && d.title.slice(0, m.index).split(/\s+/).length > TICKER_LABEL_MAX_WORDS)) break;
        const end = cuts[c + 1]?.index;
        const whole = compareKey(d.title.slice(m.index + m[0].length));
        const part = end === undefined ? whole : compareKey(d.title.slice(m.index + m[0].length, end));
        const rest = byHeadline.has(whole) ? whole : part;
        const owners = byHeadline.get(rest)?.filter((o) => o !== d);
        if (!owners?.length || sharesText(d, owners, rest)) continue;
        const next = d.body[0]!;
        const words = next.text.split(/\s+/).length;
        if (words < 3 || words > LINKED_HEADLINE_MAX_WORDS || /[.…]["»”)]?$/u.test(next.text.trim())) break;
        d.removed.push({ line: { n: d.titleLine, text: d.title }, reason: 'chrome:ticker' });
        d.title = next.text;
        d.titleLine = next.n;
        dropBody(d, new Set([next]));
        break;
      }
    }
    const own = compareKey(d.title);
    const linked = new Set<Line>();
    for (const line of d.body) {
      // A list of other articles' headlines after a label ("Aussi dans la revue : A ; B"): every
      // part another file's headline, none this article's.
      if (linkList(line.text, own)) {
        linked.add(line);
        continue;
      }
      // Shape first (cheap), then the comparison key.
      if (line.text.length > LINKED_HEADLINE_MAX_CHARS || /[.…]["»”)]?$/u.test(line.text.trim()) || line.text.split(/\s+/).length > LINKED_HEADLINE_MAX_WORDS) continue;
      const k = compareKey(line.text);
      const owners = k === '' || k === own ? undefined : byHeadline.get(k);
      if (owners === undefined) continue;
      // A copy of the same article (another paragraph in common) that took this line for its
      // headline: the line is this text's, not a link.
      if (sharesText(d, owners, k)) continue;
      linked.add(line);
    }
    if (linked.size === 0 || linked.size === d.body.length) continue;
    for (const line of linked) d.removed.push({ line, reason: 'chrome:related' });
    dropBody(d, linked);
  }
}

/** A spaced separator that may end a related link's label (SEPARATOR_RUN: a dash, a bar, an arrow, a pictogram…). */
const LABEL_SEPARATOR = new RegExp(`\\s${SEPARATOR_RUN}\\s`, 'gu');

/**
 * The items of a list of headlines: split at a spaced ";", "|", "·" or "•", or at any other spaced
 * separator that is no dash and joins three items or more ("A ◦ B ◦ C", "A ⊹ B ⊹ C"): the separator a
 * site repeats between links, whatever symbol it picks (a headline's own dash stays inside it).
 */
function listParts(text: string): string[] {
  const plain = text.split(/\s[;|·•]\s/u);
  if (plain.length > 1) return plain;
  const sep = repeatedSeparator(text);
  return sep === null ? plain : text.split(sep);
}

/** A separator after a ticker's label: a colon, a bar, a middle dot or a spaced dash. */
const TICKER_SEPARATOR = /\s?:\s|\s(?:[|·•–—\-»›]|>>)\s/gu;
/** Longest ticker label ("Dernière minute", "Breaking news", "À la une ce matin"). */
const TICKER_LABEL_MAX_WORDS = 4;

/** Lines at the head of each page read for byline templates (banner, menus, headline, byline, date). */
const BYLINE_TEMPLATE_HEAD_LINES = 15;
/** A byline template is read this many lines below the headline at most (a date, a kicker, a source line and a credit may come between). */
const BYLINE_TEMPLATE_WINDOW = 5;
/** A name that is an outlet's, listed or made of the words outlets' names are made of ("Fenua Uvea Info"). */
function namesOutlet(name: string): boolean {
  return findOutlet(name) !== null || name.split(/[\s-]+/u).some((w) => isOutletNameWord(w));
}

/** A page's own masthead stands among its first this many lines (a consent banner and its buttons may come first). */
const OWN_MASTHEAD_LINES = 12;
/** A byline template is read among a page's last this many lines too (a signature, then a footer of a few lines). */
const BYLINE_TAIL_WINDOW = 8;
/** A credit template is read this many lines below the headline, or among the body's last this many lines. */
const CREDIT_TEMPLATE_WINDOW = 5;
/** Lines at the end of each page read for credit templates (a credit may close the article, before the footer). */
const CREDIT_TEMPLATE_TAIL_LINES = 10;
/** Lines left after chrome at a page's head where a date template line may stand in the headline's place. */
const DATE_TEMPLATE_HEAD_KEPT = 3;
/** A date template is read above the headline or this many lines below it at most (a kicker, a byline, a credit may come between). */
const DATE_TEMPLATE_WINDOW = 5;

/** Bump when a stage changes what it produces from the same bytes, so caches are invalidated. */
export const PIPELINE_VERSION = '1';
/** A letter or a digit: a file without any holds no article. */
const HAS_WORD = /[\p{L}\p{N}]/u;
/**
 * A paragraph found word for word in this many distinct articles is boilerplate for story grouping.
 * Copies are already folded, so two articles sharing a paragraph is ordinary quoting; three or more
 * is a template (seen: one blurb under 20+ episode headlines of a radio programme).
 */
const BOILERPLATE_MIN_ARTICLES = 3;
/** Longest title slug kept in an id (the hash suffix keeps ids unique). */
const ID_SLUG_CHARS = 60;

/** SHA-1 of the bytes plus the pipeline version: the key under which the per-file pass is cached. */
export function contentDigest(bytes: Uint8Array): string {
  return createHash('sha1').update(PIPELINE_VERSION).update(bytes).digest('hex');
}

/** Pass 1 for one file: decode, extract text from HTML, normalise, split. Pure. */
export function prepareFile(raw: RawFile, options: { maxLines?: number } = {}): Result<PreparedFile> {
  const decoded = decode(raw.bytes);
  if (!decoded.ok) return decoded;
  let text = decoded.value.text;
  let encoding = decoded.value.encoding;
  if (looksLikeHtml(text)) {
    const tooManyTags = tagLimitReason(text);
    if (tooManyTags !== null) return { ok: false, reason: tooManyTags };
    text = htmlToText(text);
    encoding += '+html';
  }
  // Before splitting: the later stages cost memory per line, so a file of a million short lines stops here.
  const tooLong = lineLimitReason(text, options.maxLines ?? DEFAULT_MAX_LINES);
  if (tooLong !== null) return { ok: false, reason: tooLong };
  const lines = splitLines(normalizeText(text));
  if (lines.length === 0) return { ok: false, reason: 'no text: the file holds only whitespace or invisible characters' };
  if (!lines.some((l) => HAS_WORD.test(l.text))) return { ok: false, reason: 'no text: the file holds no letter or digit' };
  const machine = machineOutputReason(lines);
  if (machine !== null) return { ok: false, reason: machine };
  return { ok: true, value: { path: raw.path, encoding, repaired: decoded.value.repaired, lines } };
}

/** Pass 2 for one file: metadata, chrome, title, repeats, outlets, trust. Pure. */
export function analyzeFile(
  prepared: PreparedFile,
  meta: { kept: Line[]; removed: Removal[]; meta: LineMetadata },
  evidence: ReturnType<typeof buildChromeEvidence>,
  titles: TitleEvidence = { suffixes: new Set() },
  bylines: ReadonlySet<string> = new Set(),
  dates: ReadonlySet<string> = new Set(),
  credits: ReadonlySet<string> = new Set(),
  signatures: ReadonlySet<string> = new Set(),
): Result<ParsedDoc> {
  // A line's place among the file's text lines: windows below the headline count lines, not line
  // numbers (a page with blank lines between paragraphs numbers them twice as far apart).
  const places = new Map(prepared.lines.map((l, i) => [l.n, i]));
  const place = (l: Line): number => places.get(l.n) ?? l.n;
  const chrome = removeChrome(meta.kept, evidence);
  if (chrome.chromeOnly !== null) return { ok: false, reason: chrome.chromeOnly };
  const removed: Removal[] = meta.removed.concat(chrome.removed);
  // A line of the site's date template at the head is never the headline, even on a copy that shows
  // none ("posté le 17 janvier 2019 à 10 h 01 par X" where the headline would be).
  // So is a line of its credit template ("Story credit: Les Échos" on a headless copy).
  let headDate: ReturnType<typeof dateLead> = null;
  /** The site's date line read by its template (a line the metadata stage could not read alone). */
  let templateDateLine: Line | null = null;
  let headCredit: CreditedName | null = null;
  let headByline: string | null = null;
  const taken = new Set<Line>();
  for (const l of chrome.kept.slice(0, DATE_TEMPLATE_HEAD_KEPT)) {
    const lead: ReturnType<typeof dateLead> = headDate === null && /\d/.test(l.text) ? dateLead(l.text) : null;
    if (lead !== null && dates.has(lead.key)) {
      headDate = lead;
      templateDateLine = l;
      taken.add(l);
      removed.push({ line: l, reason: 'metadata:date' });
      continue;
    }
    const credit: CreditedName | null = headCredit === null && meta.meta.originalOutlet === null ? templateCredit(l.text, credits) : null;
    if (credit !== null) {
      headCredit = credit;
      taken.add(l);
      removed.push({ line: l, reason: 'metadata:credit' });
      continue;
    }
    // And a line of its byline template that the site's other pages show below their headline
    // ("Report: X, Belfast Newsroom" first on a copy without headline; see signatureTemplates).
    const signed: [string, string] | null = headByline === null ? prefixAndName(l.text) : null;
    if (signed !== null && signatures.has(signed[0]) && !namesOutlet(signed[1])) {
      headByline = signed[1];
      taken.add(l);
      removed.push({ line: l, reason: 'metadata:byline' });
    }
  }
  const head = taken.size > 0 ? chrome.kept.filter((k) => !taken.has(k)) : chrome.kept;
  const picked = pickTitle(head, meta.meta.url, titles.labels, titles.links);
  if (picked.title === null) return { ok: false, reason: 'no article text: only site chrome and metadata lines' };
  // Lines above the headline the URL names: kickers and banners the chrome rules left.
  for (const line of picked.above) removed.push({ line, reason: 'chrome:above-title' });
  let split = picked.titleLine ? splitTitle(picked.title) : { title: picked.title, outlet: null, otherOutlets: [] as string[] };
  // A name the folder's headlines put after one separator, listed or not (a press review's "Titre ~ Gazzetta Matin").
  const named = picked.titleLine && split.outlet === null ? outletSuffix(split.title, titles, prepared.lines.slice(0, OWN_MASTHEAD_LINES).map((l) => l.text)) : null;
  if (named !== null) split = { title: named.title, outlet: canonicalOutletName(named.outlet), otherOutlets: split.otherOutlets };
  // A credit in one of the folder's templates after the headline's last separator ("Titre · lu dans Le
  // Point", "Title — via The Irish Times"): the original outlet, not the headline's words.
  const segment = picked.titleLine && split.outlet === null && headCredit === null && meta.meta.originalOutlet === null ? lastSegment(split.title) : null;
  const titleCredit = segment !== null ? templateCredit(segment.tail, credits) : null;
  if (titleCredit !== null) split = { ...split, title: segment!.head.replace(/[\s\p{Pd}|·•~:/»›]+$/u, '') };
  const site = picked.titleLine ? stripSiteSuffix(stripSitePrefix(split.title || picked.title, titles), titles) : { title: picked.title, suffix: null };
  const title = site.title;
  const repeats = removeRepeats(title, picked.body);
  for (const r of repeats.removed) removed.push(r);
  const body = repeats.kept;
  let author = meta.meta.author ?? headByline;
  // Just below the headline, the site's byline template with a name ("Un articulu di X"): words the
  // cue lists do not know, told by the folder (bylineTemplates), whichever stage kept or took the line.
  if (author === null) {
    const from = picked.titleLine ? place(picked.titleLine) : Number.POSITIVE_INFINITY;
    // Below the headline, or among the page's last lines (a signature above the footer).
    const end = prepared.lines.length - 1;
    const near = (l: Line): boolean => (place(l) > from && place(l) <= from + BYLINE_TEMPLATE_WINDOW) || place(l) >= end - BYLINE_TAIL_WINDOW;
    const named = (text: string): string | null => {
      const split = prefixAndName(text);
      // (An outlet's name is no one's: "Sources › France Bleu" credits a paper.)
      return split !== null && bylines.has(split[0]) && !namesOutlet(split[1]) ? split[1] : null;
    };
    const taken = removed.find((r) => r.reason.startsWith('chrome:') && near(r.line) && named(r.line.text) !== null);
    const kept = taken ? -1 : body.findIndex((l) => near(l) && named(l.text) !== null);
    if (taken) {
      author = named(taken.line.text);
      taken.reason = 'metadata:byline';
    } else if (kept >= 0) {
      author = named(body[kept]!.text);
      removed.push({ line: body.splice(kept, 1)[0]!, reason: 'metadata:byline' });
    }
  }
  // Near the headline, the site's date template ("Envoyée aux adhérents le …", "N° 1185 — jeudi …"):
  // words before a date that no cue list knows, told by the folder (dateTemplates).
  let publishedAt = meta.meta.publishedAt ?? headDate?.published ?? null;
  if (headDate !== null) author ??= parseDateLine(headDate.rest)?.author ?? null;
  // (No `.size` test on the evidence sets: the analysis cache replays `has` reads, not sizes.)
  if (publishedAt === null) {
    const anchor = picked.titleLine ?? picked.body[0];
    const until = (anchor ? place(anchor) : 0) + DATE_TEMPLATE_WINDOW;
    const dated = (l: Line): ReturnType<typeof dateLead> => {
      if (place(l) > until || !/\d/.test(l.text)) return null;
      const lead = dateLead(l.text);
      return lead !== null && dates.has(lead.key) ? lead : null;
    };
    const taken = removed.find((r) => r.reason.startsWith('chrome:') && dated(r.line) !== null);
    const kept = taken ? -1 : body.findIndex((l) => dated(l) !== null);
    const line = taken ? taken.line : kept >= 0 ? body[kept]! : null;
    if (line !== null) {
      const lead = dated(line)!;
      publishedAt = lead.published;
      author ??= parseDateLine(lead.rest)?.author ?? null;
      if (taken) taken.reason = 'metadata:date';
      else removed.push({ line: body.splice(kept, 1)[0]!, reason: 'metadata:date' });
      templateDateLine = line;
    }
  }
  // A name alone on the line beside such a date line is its byline, as beside a date line the
  // metadata stage reads ("Pubblicato il 5 aprile 2021 alle ore 09:12" / "Anna Ferrari").
  if (author === null && templateDateLine !== null) {
    const at = place(templateDateLine);
    const k = body.findIndex((l) => Math.abs(place(l) - at) === 1 && bylineName(l.text) !== null);
    if (k >= 0) {
      author = bylineName(body[k]!.text);
      removed.push({ line: body.splice(k, 1)[0]!, reason: 'metadata:byline' });
    }
  }
  // A closing signature hidden behind more trailing chrome than the metadata stage skips is the
  // last body line once chrome is gone ("Jean Dupont" then share and reaction widgets).
  const signature = closingSignature(body);
  const creditOutlets = [...meta.meta.creditOutlets];
  if (signature) {
    removed.push({ line: body.pop()!, reason: 'metadata:signature' });
    author ??= signature.author;
    creditOutlets.push(...signature.outlets);
  }
  // The site's credit template ("Droits de reproduction accordés par X"): words the credit cues do
  // not know, told by the folder (creditTemplates), on a line chrome took or at the edges of the body.
  let templated: CreditedName | null = headCredit ?? titleCredit;
  if (meta.meta.originalOutlet === null && templated === null) {
    const head = (picked.titleLine ? place(picked.titleLine) : 0) + CREDIT_TEMPLATE_WINDOW;
    const edge = (i: number): boolean => place(body[i]!) <= head || i >= body.length - CREDIT_TEMPLATE_WINDOW;
    const taken = removed.find((r) => r.reason.startsWith('chrome:') && templateCredit(r.line.text, credits) !== null);
    const kept = taken ? -1 : body.findIndex((l, i) => edge(i) && templateCredit(l.text, credits) !== null);
    const line = taken ? taken.line : kept >= 0 ? body[kept]! : null;
    if (line !== null) {
      templated = templateCredit(line.text, credits);
      if (taken) taken.reason = 'metadata:credit';
      else removed.push({ line: body.splice(kept, 1)[0]!, reason: 'metadata:credit' });
    }
  }
  const paragraphs = body.map((l) => l.text);

  // Outlet by ranked evidence (src/ingest/attribution.ts): original-publisher credit, Source line,
  // URL host, title suffix, byline credits, the site's own copyright or masthead.
  // (A page showing no headline: the chrome above its first paragraph is its head.)
  const { credit: siteCredit, ...siteOwn } = siteEvidence(removed, picked.titleLine?.n ?? picked.body[0]?.n ?? 0);
  const suffix = suffixEvidence(site.suffix);
  const siteName = siteOwn.siteName ?? suffix.siteName;
  const { outlet, republisher } = attributeOutlet({
    // (A name after the folder's outlet separator credits the item's original publisher, as a credit line does.)
    original: meta.meta.originalOutlet ?? siteCredit?.name ?? templated?.name ?? (named !== null || split.credited === true ? split.outlet : null),
    source: meta.meta.sourceOutlet,
    url: meta.meta.urlOutlet,
    titleSuffix: split.outlet ?? suffix.titleSuffix,
    credits: creditOutlets,
    ...siteOwn,
    siteName,
  });
  const translatedCredit =
    meta.meta.translatedCredit || (meta.meta.originalOutlet === null && (siteCredit !== null ? siteCredit.translated : templated?.translated === true));
  const cited: string[] = [];
  for (const name of [...split.otherOutlets, ...findCitedOutlets(paragraphs, outlet)]) {
    const canonical = canonicalOutletName(name);
    if (canonical !== outlet && !cited.includes(canonical)) cited.push(canonical);
  }
  return {
    ok: true,
    value: {
      path: prepared.path,
      encoding: prepared.encoding + (prepared.repaired ? '+mojibake-repaired' : ''),
      title,
      outlet,
      republisher,
      siteName,
      author: author === null ? null : nameCase(author),
      // A date in the text wins; else the day the article's URL names; never the file's mtime.
      publishedAt: publishedAt ?? (meta.meta.url === null ? null : dateFromUrl(meta.meta.url)),
      url: meta.meta.url,
      paragraphs,
      body,
      titleLine: picked.titleLine?.n ?? 0,
      titleSource: picked.source,
      titleSuffix: site.suffix,
      citedOutlets: cited,
      flags: trustFlags(paragraphs, { title, removed, translatedCredit }),
      removed,
      foldParagraphs: body.filter((l) => !chrome.template.has(l)).map((l) => l.text),
    },
  };
}

/** The last body line when it is a closing signature (a short name line after a longer paragraph). */
function closingSignature(body: readonly Line[]): ReturnType<typeof parseSignature> {
  const n = body.length;
  if (n < 2 || body[n - 2]!.text.length <= body[n - 1]!.text.length) return null;
  return parseSignature(body[n - 1]!.text);
}

/** URL-safe ASCII slug of a title (the outlets module's asciiSlug), cut to `max` characters. */
export function slugify(text: string, max = ID_SLUG_CHARS): string {
  return asciiSlug(text).slice(0, max).replace(/-+$/, '') || 'article';
}

/** Stable id: title slug + hash of the group's smallest path (independent of input order). */
function articleId(title: string, paths: readonly string[]): string {
  const anchor = [...paths].sort()[0] ?? title;
  return `${slugify(title)}-${createHash('sha1').update(anchor).digest('hex').slice(0, 8)}`;
}

/** Length of the clean text, used to pick the most complete copy. */
function completeness(doc: ParsedDoc): number {
  // A derived title repeats the lead, which is in the body already.
  let n = doc.titleSource === 'headline' ? doc.title.length : 0;
  for (const p of doc.paragraphs) n += p.length;
  return n;
}

/** A date that names a day only (written at midnight, as the date readers store a day without a time). */
const DAY_ONLY = /T00:00:00(?:[+-]\d\d:\d\d|Z)$/u;
/**
 * A time on the day a day-only date names lies at most this far from that day's noon: half a day, plus
 * the widest gap between the site's clock and the zone the day was written in (UTC−12 to UTC+14).
 */
const SAME_DAY_SLACK_MS = (12 + 14) * 3600_000;

/**
 * The article's date: `date`, or when it names a day only, a copy's date with a time of day on that
 * day (a site that prints the day only republished a piece another copy dates to the minute).
 */
function preciseDate(date: string | null, copies: readonly ParsedDoc[]): string | null {
  if (date === null || !DAY_ONLY.test(date)) return date;
  const noon = Date.parse(date) + 12 * 3600_000;
  const timed = copies.find((c) => c.publishedAt !== null && !DAY_ONLY.test(c.publishedAt) && Math.abs(Date.parse(c.publishedAt) - noon) <= SAME_DAY_SLACK_MS);
  return timed?.publishedAt ?? date;
}

/** Orders copies: most complete first, then with a known outlet, then by path. */
function byCompleteness(a: ParsedDoc, b: ParsedDoc): number {
  return (
    completeness(b) - completeness(a) ||
    Number(b.outlet !== null) - Number(a.outlet !== null) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}

/** The host of a URL without "www.", lower case ("" when it does not parse). */
function urlHost(url: string): string {
  try {
    return new URL(/^https?:\/\//i.test(url) ? url : `http://${url}`).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Copies are the same article republished by other sites. Two files of one outlet with different
 * URLs and different headlines are two items of that outlet (a programme's episodes share one
 * blurb: "Punchline - 01/12/25", "Punchline - 02/12/25"), so a group is split until no part holds
 * such a pair, when both URLs are on one host and both titles are headlines. (One article under two
 * URLs of its site keeps its headline: it stays folded.)
 */
export function splitDistinctItems(
  group: readonly number[],
  docs: readonly (Pick<ParsedDoc, 'outlet' | 'url' | 'title'> & { titleSource?: TitleSource })[],
): number[][] {
  if (group.length < 2) return [[...group]];
  const parts: number[][] = [];
  for (const i of group) {
    const d = docs[i]!;
    const clash = (j: number): boolean => {
      const o = docs[j]!;
      return (
        d.outlet !== null &&
        d.outlet === o.outlet &&
        d.url !== null &&
        o.url !== null &&
        d.url !== o.url &&
        // Two sites (other hosts) republishing one outlet's article hold copies, not two items.
        urlHost(d.url) === urlHost(o.url) &&
        // A title cut from the lead is no headline to differ from.
        d.titleSource !== 'derived' &&
        o.titleSource !== 'derived' &&
        compareKey(d.title) !== compareKey(o.title)
      );
    };
    const part = parts.find((p) => !p.some(clash));
    if (part) part.push(i);
    else parts.push([i]);
  }
  return parts;
}

/**
 * A folded copy may hold a paragraph the shown copy lacks (a leftover of another site's chrome, or
 * a sentence one site kept). It is not shown, so it is recorded in the report instead of being lost.
 */
function recordCopyOnlyLines(shown: ParsedDoc, others: readonly ParsedDoc[]): void {
  if (others.length === 0) return;
  const keys = new Set([shown.title, ...shown.paragraphs].map(compareKey));
  // Padded with spaces so that a line matches whole words only ("adoption express" ≠ "adoption expresse").
  const shownText = ` ${compareKey(shown.paragraphs.join(' '))} `;
  const shownLines = new Set(shown.paragraphs);
  for (const copy of others) {
    if (!keys.has(compareKey(copy.title)) && !shownText.includes(` ${compareKey(copy.title)} `)) {
      copy.removed.push({ line: { n: copy.titleLine, text: copy.title }, reason: 'folded:title-of-copy' });
    }
    for (const line of copy.body) {
      const key = compareKey(line.text);
      // A line without any word (a lone '"', "* * *") has an empty key, which every text "contains":
      // it is in the shown copy only as the same line.
      const inShown = key === '' ? shownLines.has(line.text) : keys.has(key) || shownText.includes(` ${key} `);
      if (!inShown) copy.removed.push({ line, reason: 'folded:not-in-shown-copy' });
    }
  }
}

/**
 * Outlets missing from the list are kept as written; spellings that differ only in case, accents
 * or typography (same slug) are replaced by the most frequent one (ties: code-point order), so
 * the order of the input files does not matter.
 */
function unifyOutletSpellings(docs: ParsedDoc[]): void {
  // A listed outlet goes by its usual name, without the qualifier that tells it from a namesake.
  for (const d of docs) {
    if (d.outlet !== null) d.outlet = usualName(d.outlet);
    if (d.republisher !== null) d.republisher = usualName(d.republisher);
    d.citedOutlets = d.citedOutlets.map(usualName);
  }
  const counts = new Map<string, Map<string, number>>();
  const note = (name: string | null): void => {
    if (name === null) return;
    const slug = outletSlug(name);
    const forms = counts.get(slug) ?? new Map<string, number>();
    forms.set(name, (forms.get(name) ?? 0) + 1);
    counts.set(slug, forms);
  };
  for (const d of docs) {
    note(d.outlet);
    for (const c of d.citedOutlets) note(c);
  }
  const chosen = new Map<string, string>();
  for (const [slug, forms] of counts) {
    const best = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
    chosen.set(slug, best);
  }
  const pick = (name: string): string => chosen.get(outletSlug(name)) ?? name;
  for (const d of docs) {
    if (d.outlet !== null) d.outlet = pick(d.outlet);
    d.citedOutlets = [...new Set(d.citedOutlets.map(pick))].filter((c) => c !== d.outlet);
  }
}

/** A title of three words or more written all in capitals. */
function shouted(title: string): boolean {
  const letters = title.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase() && title.split(/\s+/).length >= 3;
}

/** Timestamp for ordering; unknown dates sort last. */
function time(iso: string | null): number {
  return iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso);
}

/** Comparator: newest date first, unknown dates last. */
export function newestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return Date.parse(b) - Date.parse(a);
}

/** A line read as a headline by its shape: a few words to a long sentence's worth, not closed by a full stop. */
function headlineShaped(text: string): boolean {
  const n = words(text).length;
  return n >= SIGNATURE_HEADLINE_MIN_WORDS && n <= LINKED_HEADLINE_MAX_WORDS && !/[.…:]$/u.test(text.trim());
}
/** Fewest words of a line read as the headline above a signature ("Le port change de concessionnaire"). */
const SIGNATURE_HEADLINE_MIN_WORDS = 4;
/** A head line on this many files or more is the site's (masthead, menu, tagline), not a headline. */
const SIGNATURE_SITE_LINE_FILES = 3;

/**
 * Byline templates whose lines the folder's pages show below a headline, on at least as many pages
 * as at its place ("Report: X, Belfast Newsroom" under each headline): such a line at the head of a
 * page without headline is its byline. A series whose headlines repeat words before names
 * ("Rencontre avec X" on every interview) sits where the headline goes: it stays the headline.
 * Below means after a line shaped as a headline that is the page's own (not one of the site's lines
 * repeated on many pages).
 * @param heads per file, its first kept lines
 */
function signatureTemplates(heads: readonly (readonly string[])[], bylines: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (bylines.size === 0) return out;
  const files = new Map<string, number>();
  for (const lines of heads) for (const k of new Set(lines.map(compareKey))) files.set(k, (files.get(k) ?? 0) + 1);
  const counts = new Map<string, { below: number; top: number }>();
  for (const lines of heads) {
    for (const [j, text] of lines.entries()) {
      const split = prefixAndName(text);
      if (split === null || !bylines.has(split[0])) continue;
      const c = counts.get(split[0]) ?? { below: 0, top: 0 };
      if (lines.slice(0, j).some((t) => headlineShaped(t) && (files.get(compareKey(t)) ?? 0) < SIGNATURE_SITE_LINE_FILES)) c.below++;
      else c.top++;
      counts.set(split[0], c);
      break;
    }
  }
  for (const [k, c] of counts) if (c.below > 0 && c.below >= c.top) out.add(k);
  return out;
}

/**
 * Per article, whether each of its paragraphs is boilerplate: its comparison key is found in
 * BOILERPLATE_MIN_ARTICLES distinct articles or more. With `cache`, articles are first counted by a
 * short digest of each paragraph's key, kept between builds (an unchanged article's keys are not
 * made again); only the paragraphs whose digest is that common get their key and are counted again
 * by it. Every paragraph of a common key has a common digest, and two keys sharing a digest can only
 * add candidates, so the answer is the one without the cache.
 */
function boilerplate(lists: readonly (readonly string[])[], cache?: IngestOptions['paragraphKeysCache']): boolean[][] {
  const count = (keys: readonly (readonly (string | null)[])[]): Map<string | null, number> => {
    const uses = new Map<string | null, number>();
    for (const ks of keys) for (const k of new Set(ks)) uses.set(k, (uses.get(k) ?? 0) + 1);
    return uses;
  };
  let keys: (string | null)[][];
  if (cache) {
    const digests = lists.map((ps) => cache.digests(ps, () => ps.map((p) => keyDigest(compareKey(p)))));
    const digestUses = count(digests);
    keys = lists.map((ps, i) => ps.map((p, j) => (digestUses.get(digests[i]![j]!)! >= BOILERPLATE_MIN_ARTICLES ? compareKey(p) : null)));
  } else keys = lists.map((ps) => ps.map(compareKey));
  const uses = count(keys);
  return keys.map((ks) => ks.map((k) => k !== null && uses.get(k)! >= BOILERPLATE_MIN_ARTICLES));
}

/** A short digest of a paragraph's comparison key (see boilerplate): 96 bits of its SHA-1. */
function keyDigest(key: string): string {
  return createHash('sha1').update(key).digest('base64').slice(0, 16);
}

/** Runs every stage over a folder. Never throws for a bad file: it lands in `rejected`. */
export async function ingestFolder(
  dir: string,
  options: IngestOptions = {},
): Promise<IngestResult & { parsed: number; reused: number }> {
  const started = performance.now();
  let lapStart = started;
  const lap = (stage: IngestStage): void => {
    const now = performance.now();
    options.onStage?.(stage, now - lapStart);
    lapStart = now;
  };
  // 1. files
  const { files, rejected: fileRejects } = await readInputFolder(dir, {
    maxBytes: options.maxBytes ?? parseMaxBytes(process.env['KIOSQUE_MAX_BYTES']),
    allowOutside: options.allowOutside ?? allowOutsideFromEnv(),
  });
  const maxLines = options.maxLines ?? parseMaxLines(process.env['KIOSQUE_MAX_LINES']);
  const rejected: Rejected[] = [...fileRejects];
  let bytes = 0;
  let parsed = 0;
  let reused = 0;

  // Nothing changed since the cached run: its result, without running any stage.
  const digests = options.cache || options.corpusCache || options.analysisCache || options.metaCache || options.evidenceCache ? files.map((f) => contentDigest(f.bytes)) : [];
  const key = options.corpusCache
    ? corpusKey(files.map((f, i) => [f.path, digests[i]!] as const), fileRejects, { maxLines, PIPELINE_VERSION })
    : '';
  const cached = await options.corpusCache?.get(key);
  lap('read');
  if (cached) {
    return { ...cached, stats: { ...cached.stats, ms: Math.round(performance.now() - started) }, parsed: 0, reused: files.length };
  }
  await options.cache?.load?.();
  await options.analysisCache?.load?.();
  await options.metaCache?.load?.();
  await options.evidenceCache?.load?.();
  await options.termsCache?.load?.();
  await options.paragraphKeysCache?.load?.();

  // 2–4. decode, html, lines (cached per file)
  const prepared: PreparedFile[] = [];
  /** Content digest of each prepared file (keys its cached analysis). */
  const preparedDigests: string[] = [];
  for (const [i, raw] of files.entries()) {
    bytes += raw.bytes.length;
    const digest = digests[i] ?? '';
    const hit = options.cache?.get(raw.path, digest);
    if (hit) {
      reused++;
      prepared.push(hit);
      preparedDigests.push(digest);
      continue;
    }
    parsed++;
    let result: Result<PreparedFile>;
    try {
      result = prepareFile(raw, { maxLines });
    } catch (error) {
      result = { ok: false, reason: `could not be read as text: ${(error as Error).message.split('\n')[0]}` };
    }
    if (!result.ok) {
      rejected.push({ path: raw.path, reason: result.reason });
      continue;
    }
    options.cache?.set(raw.path, digest, result.value);
    prepared.push(result.value);
    preparedDigests.push(digest);
  }

  lap('prepare');
  // 5. metadata lines
  const metas = prepared.map((p, i) =>
    options.metaCache && preparedDigests[i] ? options.metaCache.run(p.path, preparedDigests[i]!, p.lines, extractMetaLines) : extractMetaLines(p.lines),
  );
  // 6. chrome evidence across the corpus
  // Each file's reading by the evidence builders, kept by file digest: its lines' analyses are taken
  // as they are, its template splits below.
  const kept = prepared.map((p, i) => {
    const e = preparedDigests[i] ? options.evidenceCache?.get(p.path, preparedDigests[i]!) : undefined;
    return e?.lines.length === metas[i]!.kept.length ? e : undefined;
  });
  for (const [i, e] of kept.entries()) if (e) for (const [j, l] of metas[i]!.kept.entries()) primeAnalysis(l, e.lines[j]!);
  const evidence = buildChromeEvidence(
    metas.map((m) => m.kept),
    metas.map((m) => m.meta.url),
  );
  const titleEvidence = buildTitleEvidence(metas.map((m) => m.kept));
  const heads = metas.map((m) => m.kept.slice(0, BYLINE_TEMPLATE_HEAD_LINES).map((l) => l.text));
  // Each page's head and its last lines: a site signs and credits below the article too ("Rédacteur : X",
  // "Texte paru dans X" before its footer).
  const edges = metas.map((m, i) => [...heads[i]!, ...m.kept.slice(-CREDIT_TEMPLATE_TAIL_LINES).map((l) => l.text)]);
  // (What the chrome evidence made of the other files' lines, to keep: read before any stage changes it.)
  const made: Partial<FileEvidence>[] = options.evidenceCache
    ? metas.map((m, i) => (kept[i] ? {} : { lines: m.kept.map((l) => ({ key: cachedInfo(l).key, nWords: cachedInfo(l).nWords, reason: cachedInfo(l).reason, score: cachedInfo(l).score })) }))
    : [];
  // The template builders' per-file splits: kept ones, else read now and kept.
  const memo = (kind: keyof TemplateSplits): TemplateMemo | undefined =>
    options.evidenceCache && ((i, read) => kept[i]?.[kind] ?? (made[i]![kind] = read()));
  const bylineEvidence = bylineTemplates(edges, memo('bylines'));
  const signatureEvidence = signatureTemplates(heads, bylineEvidence);
  const dateEvidence = dateTemplates(heads, memo('dates'));
  // (A headline's last segment too: a site may credit after it, "Titre · lu dans Le Point".)
  // (A file whose splits are kept is not read: its lines are not made.)
  const creditEvidence = creditTemplates(
    edges.map((e, i) => (kept[i] ? [] : [...e, ...heads[i]!.map((h) => lastSegment(h)?.tail ?? '').filter((t) => t !== '')])),
    memo('credits'),
  );
  for (const [i, e] of made.entries()) {
    if (e.lines && e.bylines && e.dates && e.credits && preparedDigests[i]) options.evidenceCache?.set(prepared[i]!.path, preparedDigests[i]!, e as FileEvidence);
  }
  lap('evidence');
  // 6–9. per-file analysis
  const docs: ParsedDoc[] = [];
  for (const [i, p] of prepared.entries()) {
    let result: Result<ParsedDoc>;
    try {
      const analyze = (ev: { chrome: typeof evidence; titles: typeof titleEvidence; bylines: typeof bylineEvidence; dates: typeof dateEvidence; credits: typeof creditEvidence; signatures: typeof signatureEvidence }) =>
        analyzeFile(p, metas[i]!, ev.chrome, ev.titles, ev.bylines, ev.dates, ev.credits, ev.signatures);
      const corpus = { chrome: evidence, titles: titleEvidence, bylines: bylineEvidence, dates: dateEvidence, credits: creditEvidence, signatures: signatureEvidence };
      result = options.analysisCache && preparedDigests[i] ? options.analysisCache.run(p.path, preparedDigests[i]!, corpus, analyze) : analyze(corpus);
    } catch (error) {
      result = { ok: false, reason: `internal error while parsing: ${(error as Error).message.split('\n')[0]}` };
    }
    if (result.ok) docs.push(result.value);
    else rejected.push({ path: p.path, reason: result.reason });
  }

  // A site missing from the outlet list publishes its own unattributed pages, unless it signs
  // pages of several other outlets (an aggregator).
  settleSiteNames(docs);
  // One spelling per outlet missing from the list: "L'écho du Beauvaisis" and "L'Écho du
  // Beauvaisis" are one outlet with one page.
  unifyOutletSpellings(docs);
  // A URL slug read two ways ("…-2026-02-12-2025-…") takes the day consistent with the folder.
  settleUrlDates(docs);
  // A body line that is another article's headline is a link to it (a "related" list, a press
  // review's "other headlines of the day"), whatever words announce it.
  dropLinkedHeadlines(docs);

  lap('analyse');
  // 10. duplicates
  const groups = foldDuplicates(docs.map((d) => ({ title: d.title, paragraphs: d.foldParagraphs }))).flatMap((g) =>
    splitDistinctItems(g, docs),
  );
  // How many files of the folder show each headline (see the shown copy's headline below).
  const headlineFiles = new Map<string, number>();
  for (const d of docs) if (d.titleSource === 'headline') headlineFiles.set(compareKey(d.title), (headlineFiles.get(compareKey(d.title)) ?? 0) + 1);
  const merged = groups.map((group) => {
    const copies = group.map((i) => docs[i]!).sort(byCompleteness);
    const shown = copies[0]!;
    // Each copy's own headline, before the shown copy may borrow one.
    const ownTitles = new Map(copies.map((c) => [c.path, c.titleSource === 'headline' ? c.title : null]));
    // The shown copy's headline heads other articles of the folder too (a tagline its site puts where
    // the headline goes, "Ce qu'il faut savoir cette semaine"): a copy's headline that only this
    // article shows is its own, the one most copies give first (agreement between copies).
    const votes = new Map<string, number>();
    for (const c of copies) if (c.titleSource === 'headline') votes.set(compareKey(c.title), (votes.get(compareKey(c.title)) ?? 0) + 1);
    const own = (k: string): boolean => headlineFiles.get(k)! <= votes.get(k)!;
    if (votes.size > 1 && shown.titleSource === 'headline' && !own(compareKey(shown.title))) {
      let best: ParsedDoc | null = null;
      for (const c of copies) {
        const k = compareKey(c.title);
        if (c.titleSource === 'headline' && own(k) && (best === null || votes.get(k)! > votes.get(compareKey(best.title))!)) best = c;
      }
      if (best !== null) shown.title = best.title;
    }
    // A title derived from the lead never beats a real headline of a folded copy.
    const headline = shown.titleSource === 'headline' ? null : copies.find((c) => c.titleSource === 'headline');
    if (headline) {
      shown.title = headline.title;
      shown.titleSource = 'headline';
    }
    // Copies that agree on a headline but for a segment one site adds ("VIDÉO – …", "… · Site"): the
    // headline they share is the article's.
    const core = coreHeadline(copies.filter((c) => c.titleSource === 'headline').map((c) => c.title));
    if (core !== null) shown.title = core;
    // A rubric path one page shows where others show their headline ("Société / Elsass-Alsace" on a copy
    // with no headline line, above the lead): a copy's phrase headline is the article's.
    else if (isSegmentLabel(shown.title)) {
      const phrase = copies.find((c) => c.titleSource === 'headline' && !isSegmentLabel(c.title));
      if (phrase) shown.title = phrase.title;
    }
    // A headline one site shouts in capitals ("LES GILETS JAUNES COÛTENT CHER…") reads as another
    // copy writes it, in ordinary case: the same words, the publisher's case.
    if (shouted(shown.title)) {
      const cased = copies.find((c) => c.titleSource === 'headline' && !shouted(c.title) && compareKey(c.title) === compareKey(shown.title));
      if (cased) shown.title = cased.title;
    }
    const pick = <K extends 'author' | 'publishedAt' | 'url'>(key: K): ParsedDoc[K] =>
      shown[key] ?? copies.find((c) => c[key] !== null)?.[key] ?? null;
    recordCopyOnlyLines(shown, copies.slice(1));
    return { shown, copies, ownTitles, author: pick('author'), publishedAt: preciseDate(pick('publishedAt'), copies), url: pick('url') };
  });

  lap('fold');
  // 11. stories
  // A paragraph shared by several distinct articles is boilerplate (a programme's blurb under each
  // episode's headline), not news about an event: stories compare the rest.
  const boiler = boilerplate(merged.map((m) => m.shown.paragraphs), options.paragraphKeysCache);
  const storyGroups = groupStories(
    merged.map((m, i) => ({
      title: m.shown.title,
      paragraphs: m.shown.paragraphs.filter((_, j) => !boiler[i]![j]),
      publishedAt: m.publishedAt,
    })),
    options.termsCache,
  );

  lap('stories');
  // 12. ids and validation
  const ids = merged.map((m) => articleId(m.shown.title, m.copies.map((c) => c.path)));
  const seen = new Map<string, number>();
  for (const [i, id] of ids.entries()) {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    if (n > 0) ids[i] = `${id}-${n + 1}`;
  }
  const storyOf = new Array<string>(merged.length);
  for (const group of storyGroups) {
    const lead = [...group].sort(
      (a, b) =>
        completeness(merged[b]!.shown) - completeness(merged[a]!.shown) ||
        time(merged[a]!.publishedAt) - time(merged[b]!.publishedAt) ||
        (ids[a]! < ids[b]! ? -1 : 1),
    )[0]!;
    for (const i of group) storyOf[i] = ids[lead]!;
  }

  const articles: Article[] = [];
  for (const [i, m] of merged.entries()) {
    const candidate = {
      id: ids[i]!,
      title: m.shown.title,
      titleSource: m.shown.titleSource,
      outlet: m.shown.outlet,
      republisher: m.shown.republisher,
      author: m.author,
      publishedAt: m.publishedAt,
      paragraphs: m.shown.paragraphs,
      files: m.copies.map((c) => {
        const own = m.ownTitles.get(c.path);
        return { path: c.path, outlet: c.outlet, republisher: c.republisher, ...(own ? { title: own } : {}) };
      }),
      storyId: storyOf[i] ?? ids[i]!,
      citedOutlets: m.shown.citedOutlets,
      url: m.url,
      flags: [...new Set(m.copies.flatMap((c) => c.flags))].sort(),
      encoding: m.shown.encoding,
    };
    const valid = articleSchema.safeParse(candidate);
    if (valid.success) articles.push(valid.data);
    else for (const c of m.copies) rejected.push({ path: c.path, reason: `invalid article: ${valid.error.issues[0]?.message ?? 'schema'}` });
  }
  // Newest first, unknown dates last, then by id: the order does not depend on input order.
  articles.sort((a, b) => newestFirst(a.publishedAt, b.publishedAt) || (a.id < b.id ? -1 : 1));
  rejected.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const removed: RemovedLine[] = docs.flatMap((d) =>
    d.removed.map((r) => ({ path: d.path, line: r.line.n, text: r.line.text, reason: r.reason })),
  );
  const result: IngestResult = {
    articles,
    rejected,
    removed,
    stats: {
      files: files.length + fileRejects.length,
      bytes,
      articles: articles.length,
      folded: docs.length - merged.length,
      rejected: rejected.length,
      stories: storyGroups.length,
      removedLines: removed.length,
      ms: Math.round(performance.now() - started),
    },
  };
  await options.corpusCache?.set(key, result);
  lap('finish');
  return { ...result, parsed, reused };
}
