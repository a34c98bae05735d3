/** Puts the pages a partial build skipped into the new site: hard links to the previous site's files. */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Links each of `files` (paths relative to a site) from `previousSite` into `site`, creating the
 * folders on the way, each once; a file that cannot be linked (another file system) is copied.
 *
 * Synchronous on purpose: an edit of a 10,000-article site takes some 12,600 pages from the last
 * site, and as awaited promises each folder and link went through the thread pool one after the
 * other (about 2 s of the edit build); as system calls in a row they take a few hundred ms.
 * Nothing else of the build runs on the main thread meanwhile (the search index's parts are
 * indexed in worker threads and Pagefind processes).
 *
 * @returns How many files were copied because they could not be linked.
 */
export function linkPages(previousSite: string, site: string, files: Iterable<string>): number {
  const made = new Set<string>();
  let copied = 0;
  for (const file of files) {
    const from = join(previousSite, file);
    const to = join(site, file);
    const folder = dirname(to);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    // A hard link costs no copy; the previous site is deleted once the new one is in place.
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
      copied++;
    }
  }
  return copied;
}
