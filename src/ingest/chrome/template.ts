/** Cross-file template evidence: which line keys recur across many files in diverse contexts (site chrome), built once per corpus. */
import type { Line } from '../types.ts';
import { ARROW_CLASS, PLAIN_SEPARATOR_RUN, compareKey } from '../text.ts';
import { analyse, cachedInfo, endsSentence, isAnchor, type Info } from './info.ts';
import { isPersonName } from '../names.ts';
import { lineFeatures } from './features.ts';


/**
 * Lines of more than this many words recurring across files are template only on the higher bar of
 * RECUR_LONG_MIN_CONTEXTS / RECUR_TITLE_MIN_DIVERSITY: a 25-word cookie notice or licence notice on
 * every page of a site recurs in dozens of unrelated contexts, while a wire sentence quoted by other
 * articles recurs in a few.
 */
export const RECUR_MAX_WORDS = 20;
/**
 * A line key is recurring chrome when it occurs in at least this many files, in at least this many
 * distinct contexts, and in distinct contexts for at least this share of its files. Chrome repeats
 * around unrelated articles (one context per file); a wire copy's title or paragraph repeats with the
 * same neighbours (a handful of contexts for up to ~10 copies), so it stays.
 */
const RECUR_MIN_DOCS = 4;
const RECUR_MIN_CONTEXTS = 4;
const RECUR_MIN_DIVERSITY = 0.6;
/**
 * The first real line (the title) is removed by recurrence only on overwhelming evidence (a site
 * banner in front of every article) and only when another title-like line follows it.
 */
const RECUR_TITLE_MIN_CONTEXTS = 8;
const RECUR_TITLE_MIN_DIVERSITY = 0.8;
/** Distinct contexts a long line (over RECUR_MAX_WORDS words) needs to count as template (see RECUR_MAX_WORDS). */
const RECUR_LONG_MIN_CONTEXTS = 8;
/** Neighbouring lines used as "context" have at least this many words (short lines may be chrome themselves). */
const CONTEXT_MIN_WORDS = 8;
/**
 * Words at each end of the neighbouring line that identify a context: its first and last 4 words
 * tell unrelated articles apart (titles often share an opening like "Gilets jaunes :"), while a
 * copy edited in the middle keeps the same signature.
 */
const CONTEXT_WORDS = 4;


/**
 * Lines between the first and last anchors (the body) are removed by recurrence only on a higher
 * bar: at most this many words, no final punctuation, in at least this many files, in distinct
 * contexts for at least this share of them. A subheading recurring in a few wire copies or in ten
 * articles of one series stays; "PUBLICITÉ"-like inserts pasted in dozens of unrelated articles go.
 */
const MID_RECUR_MAX_WORDS = 8;
const MID_RECUR_MIN_DOCS = 12;
const MID_RECUR_MIN_DIVERSITY = 0.8;

/**
 * Site groups: files sharing an edge line (their first or last line: a masthead, a footer, a
 * copyright line) or a URL host, at least SITE_MIN_FILES of them, form a site. Within a site, a line
 * held by at least SITE_MIN_SHARE of its files (and SITE_MIN_FILES) in distinct contexts for at least
 * SITE_MIN_DIVERSITY of them is its template, at any length, below the corpus-wide bars: a small site
 * of five pages repeats its notice five times. Copies of one article sharing a title form a group too,
 * but their shared paragraphs have the same neighbours everywhere, so they stay.
 */
const SITE_MIN_FILES = 3;
/**
 * A line heading this many of one site's pages, above different articles, is one of its rotating
 * taglines, however large the site: four different articles under one line is no coincidence of
 * headlines (the bar of site suffixes and tags, SUFFIX_MIN_FILES in title.ts).
 */
const ROTATING_MIN_FILES = 4;
/**
 * A line no site holds in more than this many of its pages is no site's template (see recurring): a
 * template line stands on SITE_MIN_SHARE of a site's pages, at least SITE_MIN_FILES; one copy per site
 * is how an article travels. (Two, a page and its print version, let a small site's tagline through.)
 */
const COPY_SITE_FILES = 1;
/** …and a line of the article has a sentence's length: a tagline or a link's label is shorter. */
const COPY_MIN_WORDS = 8;
const SITE_MIN_SHARE = 0.5;
const SITE_MIN_DIVERSITY = 0.8;
/** An edge line names a site group when it has at most this many words (a masthead or a footer, not a paragraph). */
const EDGE_MAX_WORDS = 12;


/** Corpus statistics for one line key. */
export interface KeyStats {
  /** Number of files holding the line. */
  docs: number;
  /** Number of distinct neighbourhoods it was seen in. */
  contexts: number;
  /** The most files of one site group holding the line, when it is frequent in that site (else 0). */
  siteDocs: number;
  /** Files holding the line in their head, above most of their paragraphs (banners, the headline). */
  headDocs: number;
  /** The most files of one site group holding the line, whatever the group's size. */
  siteFiles: number;
  /**
   * Files holding the line that have an article of their own: OWN_PROSE_MIN_PARAGRAPHS paragraphs no
   * other file holds. An insert pasted around unrelated articles stands in such files; a paragraph of an
   * article copied on several sites stands in files whose paragraphs are all shared.
   */
  ownDocs?: number;
}

/** What the corpus says about recurring lines: built once over all files, then used per file. */
export interface ChromeEvidence {
  /** Number of files the evidence was built from. */
  docCount: number;
  /** Stats for short line keys seen in at least RECUR_MIN_DOCS files (others are not recurring). */
  keys: Map<string, KeyStats>;
  /** Segments of a site's inserts below the headline, "h:" before or "t:" after their separator (see segmentSplit). */
  segments?: Set<string>;
  /** Segments of the status bars above pages' headlines, figures as "#" (see tickerLine). */
  tickerSegments?: Set<string>;
  /** Lines' words around a person's name that recur with different names (see slotSkeleton). */
  slotted?: Set<string>;
}

/**
 * A site's box about its writer ("About the author · X reports for The Manx Ledger on …", "À propos ¦ X
 * écrit pour …", "L'auteur ❧ X suit pour le journal …"): the same words around a person's name on
 * SLOT_MIN_FILES pages or more, with SLOT_MIN_NAMES different names in the slot. An article's paragraph
 * travels with its own names (its copies agree on them), and a news paragraph does not repeat word for
 * word around other people's names on four pages: the skeleton is the site's. Read on lines of
 * SLOT_MIN_WORDS to SLOT_MAX_WORDS words with SLOT_MIN_WORDS of the box's own beside the names (a box,
 * not a byline: the byline rules read those).
 */
const SLOT_MIN_WORDS = 8;
const SLOT_MAX_WORDS = 80;
const SLOT_MIN_FILES = 4;
const SLOT_MIN_NAMES = 3;
/** A run of two to four capitalised words, particles inside ("Jean de la Motte", "Guðrún Hallsdóttir"). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|du|des|da|del|van|von|la|le)\s+)?\p{Lu}[\p{L}'’-]+){1,3}/gu;
/** The slot's placeholder in a skeleton. */
const SLOT = ' qqslotqq ';

/** A line's words with each person's name made a slot, and the names; null without a name or out of length. */
export function slotSkeleton(info: Info): { key: string; names: string } | null {
  if (info.nWords < SLOT_MIN_WORDS || info.nWords > SLOT_MAX_WORDS) return null;
  const names: string[] = [];
  const text = info.line.text.replace(NAME_RUN, (m) => {
    if (!isPersonName(m)) return m;
    names.push(m);
    return SLOT;
  });
  if (names.length === 0) return null;
  // ("A et B" fill one slot: a piece by two.)
  const key = compareKey(text.replace(/qqslotqq\s+(?:et|and|&)\s+qqslotqq/gu, 'qqslotqq'));
  // The box's own words, SLOT_MIN_WORDS of them beside the names: a label and a name ("Original byline:
  // X and Y") is a byline, which the byline rules read.
  if (key.split(' ').filter((w) => w !== 'qqslotqq').length < SLOT_MIN_WORDS) return null;
  return { key, names: names.join('|') };
}

/** True when the line is a site's box around a person's name (see slotSkeleton). */
export function slotTemplate(evidence: ChromeEvidence, info: Info): boolean {
  // (Only `has` is asked of the evidence: the analysis cache replays such reads, see corpus-cache.ts.)
  if (!evidence.slotted) return false;
  const s = slotSkeleton(info);
  return s !== null && evidence.slotted.has(s.key);
}

/**
 * A status bar above the headline: parts set apart by any spaced symbol but a dash or a slash (a middle
 * dot, a bar, a bullet, a guillemet, a pictogram: "◦", "»", "✦"), each of which, its figures aside,
 * heads TICKER_MIN_FILES pages or more: "Bayou Teche at Breaux Bridge: 5 ft · Zydeco breakfast
 * Saturday", "1 € = 17 roupies ◦ Bateau : horaires d’été". The line as a whole never recurs (its figures
 * change every day), its parts do. A headline with a site's name after such a separator ("Titre · Le
 * Comptoir") has a part of its own, so it stays; a dash or a slash may be a headline's own ("Le journal
 * - 01/12/25"), and a guillemet closes a quotation when the line opens one ("les « gilets jaunes »
 * toujours là", whose copies on other sites make its parts recur).
 */
const TICKER_SEPARATOR = new RegExp(`\\s(?![\\p{Pd}/])${PLAIN_SEPARATOR_RUN}\\s`, 'u');
/** The same without the closing guillemets, for a line that opens a quotation ("les « gilets jaunes » toujours là"). */
const TICKER_SEPARATOR_IN_QUOTE = new RegExp(`\\s(?![\\p{Pd}/»›])${PLAIN_SEPARATOR_RUN}\\s`, 'u');
/** A part recurring on this many pages' heads is the site's (the bar of SEGMENT_MIN_FILES). */
const TICKER_MIN_FILES = 4;
/** The head of a page where status bars sit: its first lines (masthead, menus, bars, headline, date). */
const TICKER_HEAD_LINES = 12;
/** A status bar's item has at most this many words ("Sucrerie d'Aarberg : réception des betteraves jusqu'à vendredi" has 8). */
const TICKER_PART_MAX_WORDS = 14;
/** A status bar is a line of a few parts, not a paragraph. */
const TICKER_MAX_WORDS = 40;

/** A part of a status bar: its key, figures as "#", and its label's key when it reads "label : value". */
interface TickerPart {
  key: string;
  label: string | null;
}

/** A dash between parts: a status bar whose every part is "label : value" may join them with one too. */
const TICKER_DASH = /\s[\p{Pd}]{1,2}\s/u;
/**
 * A part's label: up to TICKER_LABEL_MAX_WORDS words before a colon (spaced or not), then its value
 * ("Prix du lait : 64 ct./kg", "Pont Faidherbe : circulation alternée", "Ferry: on time"). A label may
 * carry figures ("Route 1 : …").
 */
const TICKER_LABEL = /^\s*([^:]{2,60}?)\s?:\s+(?=\S)/u;
/** A label names a thing (a road, a market, a price), a few words, not a clause. */
const TICKER_LABEL_MAX_WORDS = 5;

function tickerLabel(text: string): string | null {
  const m = TICKER_LABEL.exec(text);
  if (m === null || !/\p{L}{2,}/u.test(m[1]!) || m[1]!.trim().split(/\s+/u).length > TICKER_LABEL_MAX_WORDS) return null;
  return `label:${compareKey(m[1]!).replace(/\d+/gu, '#')}`;
}

/**
 * The parts of a head line, or null when it has fewer than two. Parts are set apart by TICKER_SEPARATOR;
 * when none is there, by dashes, but only when every part is "label : value" (a headline's own dash
 * never splits it into labelled parts: "Grève : la SNCF – et après ?" has one).
 */
function tickerParts(info: Info): TickerPart[] | null {
  if (info.nWords > TICKER_MAX_WORDS) return null;
  const separator = /[«‹]/u.test(info.line.text) ? TICKER_SEPARATOR_IN_QUOTE : TICKER_SEPARATOR;
  let texts: string[];
  if (separator.test(info.line.text)) texts = info.line.text.split(separator);
  else if (TICKER_DASH.test(info.line.text)) {
    texts = info.line.text.split(TICKER_DASH);
    if (texts.some((t) => tickerLabel(t) === null)) return null;
  } else return null;
  // (A part without a word, a date or a number alone, is a series' date: "Le journal · 01/12/25" is an episode's headline.)
  if (texts.some((t) => !/\p{L}{2,}/u.test(t))) return null;
  // A bar's item is a label and a short value, side by side on one line; a part of a sentence's length
  // is prose ("KATOWICE | Les délégués de quelque 200 pays ont adopté…", a dateline before the lead,
  // whose parts recur in the article's copies).
  if (texts.some((t) => t.trim().split(/\s+/u).length > TICKER_PART_MAX_WORDS)) return null;
  const parts = texts
    .map((p) => ({ key: compareKey(p).replace(/\d+/gu, '#'), label: tickerLabel(p) }))
    .filter((p) => p.key !== '');
  return parts.length >= 2 ? parts : null;
}

/**
 * True when every part of a head line recurs at the head of the folder's pages (see TICKER_SEPARATOR), or,
 * for a part that reads "label : value", its label does: a bar's values change from day to day
 * ("Sucrerie : réception jusqu'à vendredi", "… jusqu'à lundi"), its labels stay. A part matched by its
 * label alone needs another labelled part beside it: a headline "Grève : … | Le Courrier" has one label
 * (a topic many headlines open on) and its site's name, which recur too.
 */
export function tickerLine(evidence: ChromeEvidence, info: Info): boolean {
  if (!evidence.tickerSegments) return false;
  const parts = tickerParts(info);
  if (parts === null) return false;
  let byLabel = 0;
  let labelled = 0;
  for (const p of parts) {
    if (p.label !== null) labelled++;
    if (evidence.tickerSegments.has(p.key)) continue;
    if (p.label === null || !evidence.tickerSegments.has(p.label)) return false;
    byLabel++;
  }
  return byLabel === 0 || labelled >= 2;
}

/**
 * A short line between paragraphs or below them, cut at its first separator (any spaced symbol but a
 * slash, which joins a label's two languages, or a colon, spaced or not: "Sponsored: …"), is an insert
 * of its site when one side recurs on SEGMENT_MIN_FILES pages or more with SEGMENT_MIN_OTHERS different
 * other sides: "Annonce — Cherche équipier …", "Annonce ◦ Loue studio …" (the label recurs);
 * "Le Braquet n° 389 est en kiosque : tout sur la saison", "… n° 406 …" (the pitch recurs). A
 * sentence, a long line and the head of a page (its headline: "Gilets jaunes : …" opens many
 * headlines) are never read so.
 */
const SEGMENT_SPLIT = new RegExp(`\\s(?:[-–—|•·»${ARROW_CLASS}]|(?!/)${PLAIN_SEPARATOR_RUN})\\s|\\s?:\\s`, 'u');
/**
 * An insert's line: a label (up to six words, PREFIX_TAG_MAX_WORDS in title.ts) and an item of up to
 * eighteen, a classified ad or a pitch ("Petites annonces de la base ✧ Loue T2 meublé à Kourou, proche de
 * la plage"); a sentence is never one (endsSentence), however short.
 */
const SEGMENT_LINE_MAX_WORDS = 24;
const SEGMENT_MIN_FILES = 4;
const SEGMENT_MIN_OTHERS = 3;

/** A short line cut at its first spaced separator into its two sides' keys, or null. */
export function segmentSplit(info: Info): [string, string] | null {
  if (info.nWords > SEGMENT_LINE_MAX_WORDS || info.nWords < 3 || endsSentence(info.line.text)) return null;
  const m = SEGMENT_SPLIT.exec(info.line.text);
  if (!m) return null;
  const head = compareKey(info.line.text.slice(0, m.index));
  const tail = compareKey(info.line.text.slice(m.index + m[0].length));
  return head && tail ? [head, tail] : null;
}

/** True when the line is one of the folder's site inserts (see SEGMENT_SPLIT). */
export function segmentInsert(evidence: ChromeEvidence, info: Info): boolean {
  if (!evidence.segments) return false;
  const split = segmentSplit(info);
  return split !== null && (evidence.segments.has(`h:${split[0]}`) || evidence.segments.has(`t:${split[1]}`));
}

/**
 * Context signatures of a file's lines: for line i, the start of the nearest substantial line below
 * (else above) whose key differs from line i's. Linear: the nearest substantial line with a
 * different key is found by jumping over runs of substantial lines sharing one key, so a file of
 * 200,000 identical lines costs 200,000 steps, not 200,000².
 */
function contextFinder(infos: readonly Info[], frequent: (j: number) => boolean = () => false): (i: number) => string {
  const usable = (j: number): boolean => infos[j]!.reason === null && infos[j]!.nWords >= CONTEXT_MIN_WORDS && !frequent(j);
  const n = infos.length;
  /** nextU[i]: first usable index > i (n when none); prevU[i]: last usable index < i (-1 when none). */
  const nextU = new Int32Array(n + 1);
  const prevU = new Int32Array(n + 1);
  nextU[n] = n;
  for (let i = n - 1; i >= 0; i--) nextU[i] = i + 1 < n && usable(i + 1) ? i + 1 : nextU[i + 1]!;
  for (let i = 0; i < n; i++) prevU[i] = i > 0 && usable(i - 1) ? i - 1 : i > 0 ? prevU[i - 1]! : -1;
  /** For a usable j: the first usable index after (before) j whose key differs from j's. */
  const nextDiff = new Int32Array(n).fill(n);
  const prevDiff = new Int32Array(n).fill(-1);
  for (let j = n - 1; j >= 0; j--) {
    if (!usable(j)) continue;
    const k = nextU[j]!;
    nextDiff[j] = k >= n ? n : infos[k]!.key !== infos[j]!.key ? k : nextDiff[k]!;
  }
  for (let j = 0; j < n; j++) {
    if (!usable(j)) continue;
    const k = prevU[j]!;
    prevDiff[j] = k < 0 ? -1 : infos[k]!.key !== infos[j]!.key ? k : prevDiff[k]!;
  }
  const sig = (j: number): string => {
    const ws = infos[j]!.key.split(' ');
    return `${ws.slice(0, CONTEXT_WORDS).join(' ')}…${ws.slice(-CONTEXT_WORDS).join(' ')}`;
  };
  // Above the page's first paragraph (its head: banners, taglines, tickers, the headline), a line's
  // context is that paragraph, the article it heads: the next substantial line there is often chrome
  // that changes a little from page to page (a ticker's few states), which made a site's tagline look
  // like it stood in a handful of contexts only.
  let lead = -1;
  for (let j = 0; j < n && lead < 0; j++) if (isAnchor(infos[j]!) && !frequent(j)) lead = j;
  return (i: number): string => {
    if (i < lead) return `l:${sig(lead)}`;
    const key = infos[i]!.key;
    let j = nextU[i]!;
    if (j < n && infos[j]!.key === key) j = nextDiff[j]!;
    if (j < n) return `b:${sig(j)}`;
    j = prevU[i]!;
    if (j >= 0 && infos[j]!.key === key) j = prevDiff[j]!;
    if (j >= 0) return `a:${sig(j)}`;
    return '-';
  };
}

/** Every unclassified line is tracked, at any length: a site's template may be one long notice. */
function trackable(info: Info): boolean {
  return info.reason === null && info.nWords > 0;
}

/** Host of a URL without "www.", or null. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The keys of a file's site groups: its short first and last lines, and its URL host. */
function siteKeys(infos: readonly Info[], url: string | null | undefined): string[] {
  const keys: string[] = [];
  const first = infos[0];
  const last = infos[infos.length - 1];
  if (first && first.nWords > 0 && first.nWords <= EDGE_MAX_WORDS) keys.push(`h:${first.key}`);
  if (last && last !== first && last.nWords > 0 && last.nWords <= EDGE_MAX_WORDS) keys.push(`t:${last.key}`);
  const host = hostOf(url);
  if (host) keys.push(`u:${host}`);
  return keys;
}

/**
 * Builds corpus evidence: for every line key (any length), in how many files it occurs, in how many
 * distinct contexts (the start of the nearest substantial neighbouring line), and how many files of
 * one site group hold it. `urls[i]` is the URL of file i when known (its host names a site group).
 * Linear in the corpus size.
 */
export function buildChromeEvidence(docs: readonly (readonly Line[])[], urls: readonly (string | null)[] = []): ChromeEvidence {
  // Pass 1: in how many files each key occurs; the site groups of each file and their sizes.
  const docsOf = new Map<string, number>();
  const groupsOf: string[][] = [];
  const groupSize = new Map<string, number>();
  // Per side of a short line's separator, below the page's first paragraph: the files and other sides.
  const sides = new Map<string, { files: number; others: Set<string> }>();
  // Per part of a line above the first paragraph, figures aside: the files it heads.
  const headParts = new Map<string, number>();
  // Per skeleton around a person's name: the files and the names (see slotSkeleton).
  const slots = new Map<string, { files: number; names: Set<string> }>();
  for (const [d, lines] of docs.entries()) {
    const infos = analyse(lines);
    const seen = new Set<string>();
    for (const info of infos) {
      if (!trackable(info) || seen.has(info.key)) continue;
      seen.add(info.key);
      docsOf.set(info.key, (docsOf.get(info.key) ?? 0) + 1);
    }
    const seenSides = new Set<string>();
    const seenSlots = new Set<string>();
    for (const info of infos) {
      const sk = slotSkeleton(info);
      if (sk === null) continue;
      const e = slots.get(sk.key) ?? { files: 0, names: new Set<string>() };
      if (!seenSlots.has(sk.key)) e.files++;
      seenSlots.add(sk.key);
      if (e.names.size < SLOT_MIN_NAMES) e.names.add(sk.names);
      slots.set(sk.key, e);
    }
    const first = infos.findIndex(isAnchor);
    // The parts of the lines at the page's head (status bars; see tickerLine). (The head's lines, not the
    // lines above the first paragraph: a consent notice above the masthead is a paragraph too.)
    const seenParts = new Set<string>();
    for (let i = 0; i < Math.min(infos.length, TICKER_HEAD_LINES); i++) {
      for (const part of tickerParts(infos[i]!) ?? []) {
        for (const k of [part.key, part.label]) {
          if (k === null || seenParts.has(k)) continue;
          seenParts.add(k);
          headParts.set(k, (headParts.get(k) ?? 0) + 1);
        }
      }
    }
    for (let i = first + 1; first >= 0 && i < infos.length; i++) {
      const info = infos[i]!;
      const split = info.reason === null ? segmentSplit(info) : null;
      if (split === null) continue;
      for (const [side, other] of [[`h:${split[0]}`, split[1]], [`t:${split[1]}`, split[0]]] as const) {
        const e = sides.get(side) ?? { files: 0, others: new Set<string>() };
        if (!seenSides.has(side)) e.files++;
        seenSides.add(side);
        if (e.others.size < SEGMENT_MIN_OTHERS) e.others.add(other);
        sides.set(side, e);
      }
    }
    const groups = siteKeys(infos, urls[d]);
    groupsOf.push(groups);
    for (const g of groups) groupSize.set(g, (groupSize.get(g) ?? 0) + 1);
  }
  // Pass 1b: within each site group, how many of its files hold each key seen in SITE_MIN_FILES files.
  const inGroup = new Map<string, Map<string, number>>();
  for (const [d, lines] of docs.entries()) {
    const groups = groupsOf[d]!.filter((g) => groupSize.get(g)! >= SITE_MIN_FILES);
    if (groups.length === 0) continue;
    const seen = new Set<string>();
    for (const l of lines) {
      const info = cachedInfo(l);
      if (!trackable(info) || seen.has(info.key) || docsOf.get(info.key)! < SITE_MIN_FILES) continue;
      seen.add(info.key);
      for (const g of groups) {
        let counts = inGroup.get(g);
        if (!counts) inGroup.set(g, (counts = new Map()));
        counts.set(info.key, (counts.get(info.key) ?? 0) + 1);
      }
    }
  }
  const siteDocs = new Map<string, number>();
  const siteFiles = new Map<string, number>();
  for (const [g, counts] of inGroup) {
    const min = Math.max(SITE_MIN_FILES, SITE_MIN_SHARE * groupSize.get(g)!);
    for (const [key, n] of counts) {
      if (n >= min && n > (siteDocs.get(key) ?? 0)) siteDocs.set(key, n);
      if (n > (siteFiles.get(key) ?? 0)) siteFiles.set(key, n);
    }
  }
  const tracked = (key: string): boolean => (docsOf.get(key) ?? 0) >= RECUR_MIN_DOCS || siteDocs.has(key);
  // Pass 2: the contexts of frequent keys. A frequent line is never a context itself: a site's
  // sponsored links or footer repeat as much as its banner, and would make it look like one context.
  const ctxOf = new Map<string, Set<string>>();
  const headOf = new Map<string, number>();
  const ownOf = new Map<string, number>();
  for (const lines of docs) {
    // Line analyses are cached: the second pass reads them back (read-only, no copies) instead of
    // keeping every file's in memory.
    const infos = lines.map((l) => cachedInfo(l));
    const frequent = (j: number): boolean => trackable(infos[j]!) && tracked(infos[j]!.key);
    let any = false;
    for (let i = 0; i < infos.length && !any; i++) any = frequent(i);
    if (!any) continue;
    const contextOf = contextFinder(infos, frequent);
    // A line stands in a page's head when fewer of the page's paragraphs are above it than below it
    // (every paragraph counts: copies of one article share theirs, and a cookie notice may top a page).
    const above = new Int32Array(infos.length + 1);
    for (let j = 0; j < infos.length; j++) above[j + 1] = above[j]! + (isAnchor(infos[j]!) ? 1 : 0);
    const anchors = above[infos.length]!;
    const headSeen = new Set<string>();
    // (Paragraphs of the file that no other file holds: the article of its own, if it has one.)
    let ownParagraphs = 0;
    for (let j = 0; j < infos.length; j++) if (isAnchor(infos[j]!) && (docsOf.get(infos[j]!.key) ?? 0) <= 1) ownParagraphs++;
    const ownSeen = new Set<string>();
    for (let i = 0; i < infos.length; i++) {
      if (!frequent(i)) continue;
      const key = infos[i]!.key;
      if (ownParagraphs >= OWN_PROSE_MIN_PARAGRAPHS && !ownSeen.has(key)) {
        ownSeen.add(key);
        ownOf.set(key, (ownOf.get(key) ?? 0) + 1);
      }
      if (above[i]! < anchors - above[i + 1]! && !headSeen.has(key)) {
        headSeen.add(key);
        headOf.set(key, (headOf.get(key) ?? 0) + 1);
      }
      let set = ctxOf.get(key);
      if (!set) ctxOf.set(key, (set = new Set()));
      set.add(contextOf(i));
    }
  }
  const keys = new Map<string, KeyStats>();
  for (const [key, n] of docsOf) {
    if (tracked(key)) keys.set(key, { docs: n, contexts: ctxOf.get(key)!.size, siteDocs: siteDocs.get(key) ?? 0, headDocs: headOf.get(key) ?? 0, siteFiles: siteFiles.get(key) ?? 0, ownDocs: ownOf.get(key) ?? 0 });
  }
  const segments = new Set<string>();
  for (const [side, e] of sides) if (e.files >= SEGMENT_MIN_FILES && e.others.size >= SEGMENT_MIN_OTHERS) segments.add(side);
  const tickerSegments = new Set<string>();
  for (const [k, n] of headParts) if (n >= TICKER_MIN_FILES) tickerSegments.add(k);
  const slotted = new Set<string>();
  for (const [k, e] of slots) if (e.files >= SLOT_MIN_FILES && e.names.size >= SLOT_MIN_NAMES) slotted.add(k);
  return { docCount: docs.length, keys, segments, tickerSegments, slotted };
}

/**
 * The key recurs in many files in diverse contexts; `strong` asks the higher bar used for a title
 * line, `atHead` says the line stands above the page's first paragraph. A line of more than
 * RECUR_MAX_WORDS words always needs the higher bar (see RECUR_MAX_WORDS).
 */
export function recurring(evidence: ChromeEvidence, key: string, strong: boolean, nWords = 0, atHead = strong): boolean {
  const s = evidence.keys.get(key);
  if (!s) return false;
  // Above a page's first paragraph, a line is template only where it mostly stands at the head of its
  // pages (a banner tops every page of its site). A headline listed under "read also" on the site's
  // other pages recurs in many contexts too, but at their foot: at the head of its own page (and of its
  // copies') it is the headline.
  if (atHead && s.headDocs * 2 <= s.docs) return false;
  // A site's rotating taglines: each heads a few of its pages only (well under SITE_MIN_SHARE), always
  // at the head, above a different article each time ("Revue d’actualité proposée par le club presse",
  // "Le coin des 3e"). One site's own headline heads its page and its copies', in one context.
  if (atHead && s.headDocs === s.docs && s.siteFiles >= ROTATING_MIN_FILES && s.contexts >= ROTATING_MIN_FILES && s.contexts / s.docs >= SITE_MIN_DIVERSITY) return true;
  // Copies of one article on several sites: no site holds the line in more than COPY_SITE_FILES of its
  // pages, while a site's template stands on most of its pages. Such a line is the article's, whatever
  // its neighbours (the other paragraphs recur with it, so its context is each site's own chrome).
  // (Below the head, a sentence's length: a headline above its page keeps the head's own rules, and a
  // short label linking elsewhere may recur on one page per site.)
  if (!atHead && nWords >= COPY_MIN_WORDS && s.siteFiles > 0 && s.siteFiles <= COPY_SITE_FILES && s.siteDocs === 0) return false;
  const long = nWords > RECUR_MAX_WORDS;
  const minContexts = strong || long ? Math.max(RECUR_TITLE_MIN_CONTEXTS, long ? RECUR_LONG_MIN_CONTEXTS : 0) : RECUR_MIN_CONTEXTS;
  const minDiversity = strong || long ? RECUR_TITLE_MIN_DIVERSITY : RECUR_MIN_DIVERSITY;
  if (s.docs >= RECUR_MIN_DOCS && s.contexts >= minContexts && s.contexts / s.docs >= minDiversity) return true;
  // One site's template (see SITE_MIN_FILES).
  return s.siteDocs >= SITE_MIN_FILES && s.contexts >= SITE_MIN_FILES && s.contexts / s.docs >= SITE_MIN_DIVERSITY;
}

/**
 * Between paragraphs, a line of one site's template (held by this many of the site's files, in
 * distinct contexts for MID_RECUR_MIN_DIVERSITY of them) goes at any length, sentence or not: an
 * editor's note or a stock caption pasted into every article ("Note : les intertitres sont de la
 * rédaction"). Five, above SITE_MIN_FILES, because in the body a false hit costs a paragraph; copies
 * of one article share their paragraphs with the same neighbours, so they fail the diversity bar.
 */
const MID_SITE_MIN_FILES = 5;
/**
 * A file has an article of its own when this many of its paragraphs stand in no other file: one may be
 * a site's own standfirst beside a copied article; two are text of its own.
 */
const OWN_PROSE_MIN_PARAGRAPHS = 2;
/** Three unrelated articles around one line: no copy of one article has three texts of its own. */
const OWN_ARTICLES_MIN = 3;

/** A sentence of reported speech or prose: quotation marks, or a verb of saying ("selon", "a déclaré", "said"). */
function reports(text: string): boolean {
  if (!endsSentence(text)) return false;
  const f = lineFeatures(text);
  return f.quoted || f.reporting;
}

/** Recurrence on the body's higher bar (see MID_RECUR_MIN_DOCS and MID_SITE_MIN_FILES). */
export function midRecurring(evidence: ChromeEvidence, o: Info): boolean {
  if (o.nWords === 0) return false;
  const s = evidence.keys.get(o.key);
  if (s === undefined) return false;
  // Pasted among unrelated articles: in a context of its own in every file, and beside OWN_ARTICLES_MIN
  // articles no other file holds. A site's sponsored line or classified ad, whatever its length; never a
  // copied article's paragraph, whose files share their paragraphs (and folders copy much).
  // (Longer than a subheading, "Voici ce que nous savons", which a newsroom repeats in its own articles:
  // short lines keep the bars below.)
  // A sentence too (a site's disclaimer, a safety reminder, a notice on its funding), unless it reports
  // (quotation marks, a verb of saying): a newsroom may repeat a quote in its own articles.
  if (o.nWords > MID_RECUR_MAX_WORDS && s.docs >= RECUR_MIN_DOCS && (s.ownDocs ?? 0) >= OWN_ARTICLES_MIN && s.contexts === s.docs && !reports(o.line.text)) return true;
  if (s.siteDocs >= MID_SITE_MIN_FILES && s.contexts >= MID_SITE_MIN_FILES && s.contexts / s.docs >= MID_RECUR_MIN_DIVERSITY) return true;
  if (o.nWords > MID_RECUR_MAX_WORDS || endsSentence(o.line.text)) return false;
  return s.docs >= MID_RECUR_MIN_DOCS && s.contexts >= MID_RECUR_MIN_DOCS && s.contexts / s.docs >= MID_RECUR_MIN_DIVERSITY;
}
