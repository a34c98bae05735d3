/**
 * Reads the publication day that news sites put in article URLs ("/2018/11/17/", "-01-12-2025-"),
 * and settles slugs that can be read two ways ("…-2026-02-12-2025-…") with the folder's other dates.
 */
import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';

/** Days are read in the newsroom's usual zone when the URL gives no time. */
const URL_DATE_ZONE = 'Europe/Paris';
/** Years outside this range in a URL are more likely ids than dates. */
const MIN_YEAR = 1995;
const MAX_YEAR = 2100;
/** One day, in milliseconds. */
const DAY_MS = 86_400_000;
/**
 * Two readings are compared by how many dated articles of the folder fall within this many days
 * of each: news coverage bunches within days, while the wrong reading of an ambiguous slug lands
 * months away (02-12-2025 read as 2026-02-12).
 */
const NEIGHBOUR_DAYS = 7;

/**
 * URL path patterns, most specific first. Each gives year, month, day group names:
 * "/2018/11/17/" (Le Monde, Journal de Montréal), "/201810/19/" (La Presse),
 * "-01-12-2025-" (Le Parisien, Le Point), "/2019-01-05/" and "_20190105_". The separators are
 * lookaheads so that overlapping readings ("-2026-02-12-2025-") are all found.
 */
const PATTERNS: readonly RegExp[] = [
  /\/(?<y>\d{4})\/(?<m>\d{2})\/(?<d>\d{2})(?=\/|$)/g,
  /\/(?<y>\d{4})(?<m>\d{2})\/(?<d>\d{2})(?=\/)/g,
  /(?<=[/_-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?=[/_.-]|$)/g,
  /(?<=[/_-])(?<d>\d{2})-(?<m>\d{2})-(?<y>\d{4})(?=[/_.-]|$)/g,
  /(?<=[/_-])(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?=[/_.-]|$)/g,
];

/** One way of reading a day in a URL. */
export interface UrlDateReading {
  /** ISO-8601 at midnight in Europe/Paris ("2018-11-17T00:00:00+01:00"). */
  iso: string;
  /** Where the match ends in the path: sites append the date after the headline's words. */
  end: number;
}

/** Options of `dateFromUrl`. */
export interface UrlDateOptions {
  /** The build time (ms): a reading later than it is not a publication day. Default: now. */
  now?: number;
  /** Publication times (ms) of the folder's other articles, sorted ascending, to settle ambiguous slugs. */
  neighbours?: readonly number[];
}

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/**
 * Every distinct day a URL's path can be read as (host and query are not read), in path order,
 * including days later than the build: callers decide.
 *
 * @param url An article URL.
 */
export function urlDateReadings(url: string): UrlDateReading[] {
  const path = pathOf(url);
  if (path === null) return [];
  const byIso = new Map<string, UrlDateReading>();
  for (const re of PATTERNS) {
    for (const match of path.matchAll(re)) {
      const g = match.groups!;
      const y = Number(g['y']);
      const m = Number(g['m']);
      const d = Number(g['d']);
      if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) continue;
      const date = new TZDate(y, m - 1, d, URL_DATE_ZONE);
      if (!isValid(date) || date.getDate() !== d) continue;
      const iso = formatISO(date).replace(/Z$/, '+00:00');
      const end = match.index + match[0].length;
      const seen = byIso.get(iso);
      if (!seen || seen.end < end) byIso.set(iso, { iso, end });
    }
  }
  return [...byIso.values()].sort((a, b) => a.end - b.end);
}

/** How many of the sorted times fall within NEIGHBOUR_DAYS of `t`. */
function neighbourCount(sorted: readonly number[], t: number): number {
  const lo = lowerBound(sorted, t - NEIGHBOUR_DAYS * DAY_MS);
  const hi = lowerBound(sorted, t + NEIGHBOUR_DAYS * DAY_MS + 1);
  return hi - lo;
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Picks one reading: never one later than the build; among several, the one with most of the
 * folder's articles around it; then the one nearest the end of the path (Le Parisien's
 * "…-en-2026-02-12-2025-ID": the date follows the headline's words, a year inside a headline is
 * followed by more words).
 *
 * @param readings From `urlDateReadings`.
 * @param options Build time and the folder's other publication times (sorted ascending).
 */
export function pickUrlDate(readings: readonly UrlDateReading[], options: UrlDateOptions = {}): string | null {
  const now = options.now ?? Date.now();
  const possible = readings.filter((r) => Date.parse(r.iso) <= now);
  if (possible.length <= 1) return possible[0]?.iso ?? null;
  const sorted = options.neighbours ?? [];
  let best = possible[0]!;
  let bestScore = -1;
  for (const r of possible) {
    const score = neighbourCount(sorted, Date.parse(r.iso));
    if (score > bestScore || (score === bestScore && r.end >= best.end)) {
      best = r;
      bestScore = score;
    }
  }
  return best.iso;
}

/**
 * The day a URL names, as ISO-8601 at midnight in Europe/Paris ("2018-11-17T00:00:00+01:00"),
 * or null when it names none (or only days later than the build). Only the path is read.
 *
 * @param url An article URL.
 * @param options Build time and the folder's other publication times.
 */
export function dateFromUrl(url: string, options: UrlDateOptions = {}): string | null {
  return pickUrlDate(urlDateReadings(url), options);
}

/**
 * Settles, across a folder, the dates read from ambiguous URLs: each article whose date is one of
 * two or more readings of its URL gets the reading most consistent with the other articles' dates
 * (those from the text and from unambiguous URLs). Changes `publishedAt` in place.
 *
 * @param docs Parsed files: their URL and publication date.
 * @param now The build time (ms).
 * @returns How many dates changed.
 */
export function settleUrlDates(docs: Array<{ url: string | null; publishedAt: string | null }>, now: number = Date.now()): number {
  const ambiguous: Array<{ doc: (typeof docs)[number]; readings: UrlDateReading[] }> = [];
  const anchors: number[] = [];
  for (const doc of docs) {
    if (doc.publishedAt === null) continue;
    const readings = doc.url === null ? [] : urlDateReadings(doc.url);
    if (readings.length > 1 && readings.some((r) => r.iso === doc.publishedAt)) ambiguous.push({ doc, readings });
    else {
      const t = Date.parse(doc.publishedAt);
      if (!Number.isNaN(t)) anchors.push(t);
    }
  }
  anchors.sort((a, b) => a - b);
  let changed = 0;
  for (const { doc, readings } of ambiguous) {
    const picked = pickUrlDate(readings, { now, neighbours: anchors });
    if (picked !== doc.publishedAt) {
      doc.publishedAt = picked;
      changed++;
    }
  }
  return changed;
}
