/** An outlet's names and counts without its article lists: what its pages show of it besides their slice of the lists. */
import type { OutletHeading, OutletSummary } from './types.ts';

/**
 * @param outlet The outlet summary from `listOutlets`.
 */
export function outletHeading(outlet: OutletSummary): OutletHeading {
  return {
    name: outlet.name,
    slug: outlet.slug,
    known: outlet.known,
    publishedCount: outlet.articles.length,
    citingCount: outlet.citing.length,
    machineTranslated: outlet.machineTranslated,
  };
}
