/** URL slugs of outlet pages, and the "Source inconnue" bucket for articles without an outlet. */

/** Label shown for articles whose outlet is unknown. */
export const UNKNOWN_OUTLET = 'Source inconnue';
/** Slug of the "Source inconnue" page. */
export const UNKNOWN_OUTLET_SLUG = 'source-inconnue';

/**
 * ASCII slug of an outlet name: "Le Monde" → "le-monde", "L’Équipe" → "l-equipe".
 * Local stand-in until src/ingest/outlets.ts exports `outletSlug`; same contract.
 */
export function outletSlug(name: string): string {
  const ascii = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  let out = '';
  let dash = false;
  for (const ch of ascii) {
    const ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (ok) {
      if (dash && out.length > 0) out += '-';
      out += ch;
      dash = false;
    } else dash = true;
  }
  return out || 'source';
}
