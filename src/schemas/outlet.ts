/** Zod schema for the outlet list (src/data/outlets.json): names, aliases, domains, flags. */
import { z } from 'astro/zod';

/** One news outlet, wire agency or broadcaster. */
export const outletSchema = z.object({
  /** Canonical display name ("The Washington Post", "20 minutes (CH)"). */
  name: z.string().min(1),
  /** URL-safe ASCII slug, unique in the list. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Other spellings that name the same outlet ("Washington Post", "WaPo"). Matching ignores case, accents, quotes and a leading article. */
  aliases: z.array(z.string().min(1)),
  /** ISO 3166-1 alpha-2 code of the outlet's home country, null when unknown. */
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  /** Web domains (subdomains match too): "washingtonpost.com". */
  domains: z.array(z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/)),
  /**
   * True when the name is also an ordinary phrase ("Le Temps", "La Presse", "Europe 1"): it only
   * counts in a credit context ("selon…", "a rapporté…", a title suffix) or as a capitalised title mid-sentence.
   */
  ambiguous: z.boolean().optional(),
  /** True for news agencies (AFP, Reuters, Associated Press, Belga, Keystone-ATS…). */
  wire: z.boolean().optional(),
  /**
   * Short forms ("Post", "Times", "Journal") that refer to this outlet only when the same text
   * also names it in full ("selon le Post" after "le Washington Post").
   */
  shortForms: z.array(z.string().min(1)).optional(),
});
export type Outlet = z.output<typeof outletSchema>;

/** The whole list; names and slugs must be unique. */
export const outletListSchema = z
  .array(outletSchema)
  .min(1)
  .superRefine((list, ctx) => {
    const names = new Set<string>();
    const slugs = new Set<string>();
    for (const [i, o] of list.entries()) {
      if (names.has(o.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate outlet name ${o.name}` });
      if (slugs.has(o.slug)) ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `duplicate outlet slug ${o.slug}` });
      names.add(o.name);
      slugs.add(o.slug);
    }
  });
