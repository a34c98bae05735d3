/** Writes publication dates the French way, in Paris time (date-fns + fr locale + @date-fns/tz). */
import { format } from 'date-fns/format';
import { fr } from 'date-fns/locale/fr';
import { tz } from '@date-fns/tz';

/** Dates are shown in the time zone of the site's readers, whatever offset the source gave. */
export const DISPLAY_TIME_ZONE = 'Europe/Paris';

const inParis = tz(DISPLAY_TIME_ZONE);

/** Day of month the French way: "1er", then plain numbers. */
function frenchDay(date: Date): string {
  const day = format(date, 'd', { in: inParis });
  return day === '1' ? '1er' : day;
}

function parse(iso: string): Date | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/**
 * A formatter remembering its answers: a site shows each article's date on many pages (its own, its
 * story's, lists, archives), and each Paris-time format costs a time-zone lookup. Bounded by the
 * number of distinct dates, at most one per article.
 */
function remembered<T>(fn: (iso: string | null) => T): (iso: string | null) => T {
  const seen = new Map<string | null, T>();
  return (iso) => {
    if (seen.has(iso)) return seen.get(iso)!;
    const value = fn(iso);
    seen.set(iso, value);
    return value;
  };
}

/** Long form, remembered (see longDate). */
export const formatLongDate = remembered(longDate);
/** Short form, remembered (see shortDate). */
export const formatShortDate = remembered(shortDate);
/** Paris day, remembered (see dayInParis). */
export const parisDay = remembered(dayInParis);

/**
 * Long form for article pages: "23 octobre 2022 à 13 h 27", or "23 octobre 2022" when the source
 * gave a day without a time (stored as midnight, Paris time: no time is invented).
 *
 * @param iso ISO-8601 date with offset.
 * @returns The French text, or null when the date is missing or unreadable.
 */
function longDate(iso: string | null): string | null {
  const date = iso === null ? null : parse(iso);
  if (!date) return null;
  const dayOnly = format(date, 'HH:mm:ss', { in: inParis }) === '00:00:00';
  const rest = format(date, dayOnly ? 'MMMM yyyy' : "MMMM yyyy 'à' H 'h' mm", { locale: fr, in: inParis });
  return `${frenchDay(date)} ${rest}`;
}

/**
 * Short form for cards and lists: "23 oct. 2022".
 *
 * @param iso ISO-8601 date with offset.
 * @returns The French text, or null when the date is missing or unreadable.
 */
function shortDate(iso: string | null): string | null {
  const date = iso === null ? null : parse(iso);
  if (!date) return null;
  return `${frenchDay(date)} ${format(date, 'MMM yyyy', { locale: fr, in: inParis })}`;
}

/**
 * Machine-readable value for `<time datetime>`: the ISO string as given.
 *
 * @param iso ISO-8601 date with offset.
 */
export function machineDate(iso: string | null): string | undefined {
  return iso === null || parse(iso) === null ? undefined : iso;
}

/**
 * The day of a date in Paris, as ISO "YYYY-MM-DD" (for archives, search filters and sitemaps).
 *
 * @param iso ISO-8601 date with offset.
 * @returns The day, or null when the date is missing or unreadable.
 */
function dayInParis(iso: string | null): string | null {
  const date = iso === null ? null : parse(iso);
  return date ? format(date, 'yyyy-MM-dd', { in: inParis }) : null;
}

/**
 * A month in French words: "décembre 2025".
 *
 * @param month "YYYY-MM".
 */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return format(new Date(Date.UTC(y!, m! - 1, 15)), 'MMMM yyyy', { locale: fr, in: inParis });
}

/**
 * A day in French words: "1er décembre 2025".
 *
 * @param day "YYYY-MM-DD".
 */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!, 12));
  return `${frenchDay(date)} ${format(date, 'MMMM yyyy', { locale: fr, in: inParis })}`;
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * RFC 822 date for RSS, written in the offset the ISO string carries ("Mon, 01 Dec 2025 00:00:00
 * +0100"), not converted to GMT: a day given without a time is stored as midnight Paris time, and
 * in GMT it would read as the evening before.
 *
 * @param iso ISO-8601 date with offset.
 * @returns The RFC 822 text, or null when the date is missing or unreadable.
 */
export function rfc822Date(iso: string | null): string | null {
  const m = iso === null ? null : ISO_PARTS.exec(iso);
  if (!m || parse(iso!) === null) return null;
  const [, y, mo, d, h, mi, s = '00', off] = m;
  const weekday = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay();
  const zone = off === 'Z' ? '+0000' : off!.replace(':', '');
  return `${RFC822_DAYS[weekday]}, ${d} ${RFC822_MONTHS[Number(mo) - 1]} ${y} ${h}:${mi}:${s} ${zone}`;
}
