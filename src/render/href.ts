/** Builds internal links that keep working when the site is deployed under a sub-path (BASE_PATH). */

/**
 * Prefixes a site path with the base the site is built for.
 *
 * @param path Path inside the site, with or without a leading slash (`articles/x/`, `/sources/`).
 * @param base Base path; defaults to Astro's `import.meta.env.BASE_URL`.
 * @returns `/kiosque/articles/x/` when built with `BASE_PATH=/kiosque/`.
 */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rest = path.startsWith('/') ? path.slice(1) : path;
  return prefix + rest;
}

/** Link to an article page. */
export const articleHref = (id: string): string => href(`articles/${id}/`);
/** Link to a story page. */
export const storyHref = (storyId: string): string => href(`histoires/${storyId}/`);
/** Link to an outlet page (page 1, or a later page). */
export const outletHref = (slug: string, page = 1): string =>
  href(page > 1 ? `sources/${slug}/${page}/` : `sources/${slug}/`);
/** Link to a month of the date archive ("2025-12" → archives/2025/12/). */
export const monthHref = (month: string): string => href(`archives/${month.replace('-', '/')}/`);
/** Link to a day of the date archive ("2025-12-01" → archives/2025/12/01/). */
export const dayHref = (day: string): string => href(`archives/${day.replaceAll('-', '/')}/`);
/** An outlet's RSS feed. */
export const outletFeedHref = (slug: string): string => href(`sources/${slug}/rss.xml`);
/** A story's RSS feed. */
export const storyFeedHref = (storyId: string): string => href(`histoires/${storyId}/rss.xml`);
