/** URL slugs of outlet pages (the pipeline's `outletSlug`), and the "Source inconnue" bucket. */
import { outletSlug as pipelineOutletSlug } from '../ingest/outlets.ts';

/** Label shown for articles whose outlet is unknown. */
export const UNKNOWN_OUTLET = 'Source inconnue';
/** Slug of the "Source inconnue" page. */
export const UNKNOWN_OUTLET_SLUG = 'source-inconnue';

/**
 * ASCII slug of an outlet name ("Le Monde" → "le-monde"), never empty: a name without any
 * ASCII letter or digit gets "source" (listOutlets then makes clashing slugs unique).
 */
export function outletSlug(name: string): string {
  return pipelineOutletSlug(name) || 'source';
}
