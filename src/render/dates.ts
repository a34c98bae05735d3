/** Writes publication dates the French way, in Paris time (date-fns + fr locale + @date-fns/tz). */
import { format } from 'date-fns';
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
 * Long form for article pages: "23 octobre 2022 à 13 h 27", or "23 octobre 2022" when the source
 * gave a day without a time (stored as midnight, Paris time: no time is invented).
 *
 * @param iso ISO-8601 date with offset.
 * @returns The French text, or null when the date is missing or unreadable.
 */
export function formatLongDate(iso: string | null): string | null {
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
export function formatShortDate(iso: string | null): string | null {
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
