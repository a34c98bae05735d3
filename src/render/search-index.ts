/** Writes the Pagefind search index of a built site, adding its pages in sorted path order so that the index is reproducible. */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';

/** Folder of the index inside the built site (the search page loads `pagefind/pagefind-ui.js`). */
export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Every HTML page of a built site, as `/`-separated paths relative to it, in code-point order
 * (not in the order the file system lists them), the index folder excluded.
 *
 * @param outDir The built site.
 */
export async function sitePages(outDir: string): Promise<string[]> {
  return (await readdir(outDir, { recursive: true }))
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('.html') && !path.startsWith(`${SEARCH_INDEX_DIR}/`))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Indexes the built site in `outDir` with Pagefind's Node API and writes `outDir/pagefind/`.
 *
 * Pagefind's CLI adds pages in the order the file system lists them, and that order shapes its
 * index and metadata files, whose names are content hashes: the same pages written in another
 * order, or on another disk, gave other files. Adding them in sorted order makes the index
 * byte-identical for identical pages. Result URLs are the page paths without `index.html`, as
 * the CLI makes them; the search page adds the base path (public/search.js). Pages carrying
 * `data-pagefind-body` (articles) are the only ones indexed, as with the CLI.
 *
 * @param outDir The built site (Astro's outDir).
 * @returns How many HTML pages were given to Pagefind.
 * @throws Error when Pagefind reports an error (the build must not ship a broken search).
 */
export async function writeSearchIndex(outDir: string): Promise<{ pages: number }> {
  const pages = await sitePages(outDir);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    for (const path of pages) {
      const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
      const added = await index.addHTMLFile({ url, content: await readFile(join(outDir, path), 'utf8') });
      if (added.errors.length > 0) throw new Error(`pagefind: ${path}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_INDEX_DIR) });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return { pages: pages.length };
}
