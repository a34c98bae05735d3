/** Writes the Pagefind search index of a built site, adding its pages in sorted path order so that the index is reproducible. */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';

/** Folder of the index inside the built site (the search page loads `pagefind/pagefind-ui.js`). */
export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Attribute of the indexed part of a page (article pages). Once any page has it, Pagefind skips
 * the pages without it, so those are not even sent (a quarter of the IPC on a large site).
 */
const BODY_ATTRIBUTE = 'data-pagefind-body';

/** Pages read ahead of the one being indexed: hides disk latency, bounds memory. */
const READ_AHEAD = 16;

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
    /** Adds the pages in order; with `onlyBodies`, only those whose text holds the attribute. */
    const addPages = async (onlyBodies: boolean): Promise<number> => {
      let sent = 0;
      const reads = new Map<number, Promise<string>>();
      const read = (i: number) => {
        if (i < pages.length && !reads.has(i)) reads.set(i, readFile(join(outDir, pages[i]!), 'utf8'));
      };
      for (let i = 0; i < pages.length; i++) {
        for (let j = i; j < i + READ_AHEAD; j++) read(j);
        const content = await reads.get(i)!;
        reads.delete(i);
        // A page without the attribute anywhere in its text cannot carry it (the test is only a shortcut).
        if (onlyBodies && !content.includes(BODY_ATTRIBUTE)) continue;
        const path = pages[i]!;
        const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
        const added = await index.addHTMLFile({ url, content });
        if (added.errors.length > 0) throw new Error(`pagefind: ${path}: ${added.errors.join('; ')}`);
        sent++;
      }
      return sent;
    };
    // No article page at all: every page is indexed, as Pagefind's CLI would.
    if ((await addPages(true)) === 0) await addPages(false);
    const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_INDEX_DIR) });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return { pages: pages.length };
}
