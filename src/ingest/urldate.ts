/** Reads the publication day that news sites put in article URLs ("/2018/11/17/", "-01-12-2025-"). */
import { TZDate } from '@date-fns/tz';
import { formatISO, isValid } from 'date-fns';

/** Days are read in the newsroom's usual zone when the URL gives no time. */
const URL_DATE_ZONE = 'Europe/Paris';
/** Years outside this range in a URL are more likely ids than dates. */
const MIN_YEAR = 1995;
const MAX_YEAR = 2100;

/**
 * URL path patterns, most specific first. Each gives year, month, day group names:
 * "/2018/11/17/" (Le Monde, Journal de Montréal), "/201810/19/" (La Presse),
 * "-01-12-2025-" (Le Parisien, Le Point), "/2019-01-05/" and "_20190105_".
 */
const PATTERNS: readonly RegExp[] = [
  /\/(?<y>\d{4})\/(?<m>\d{2})\/(?<d>\d{2})(?:\/|$)/,
  /\/(?<y>\d{4})(?<m>\d{2})\/(?<d>\d{2})\//,
  /[/_-](?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[/_.-]|$)/,
  /[/_-](?<d>\d{2})-(?<m>\d{2})-(?<y>\d{4})(?:[/_.-]|$)/,
  /[/_-](?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?:[/_.-]|$)/,
];

/**
 * The day a URL names, as ISO-8601 at midnight in Europe/Paris ("2018-11-17T00:00:00+01:00"),
 * or null when it names none. Only the path is read (not the host or the query).
 */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const re of PATTERNS) {
    const g = re.exec(path)?.groups;
    if (!g) continue;
    const y = Number(g['y']);
    const m = Number(g['m']);
    const d = Number(g['d']);
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) continue;
    const date = new TZDate(y, m - 1, d, URL_DATE_ZONE);
    if (!isValid(date) || date.getDate() !== d) continue;
    return formatISO(date).replace(/Z$/, '+00:00');
  }
  return null;
}
