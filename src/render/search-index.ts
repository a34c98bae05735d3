/** Writes the Pagefind search index of a site: from the articles' records while the pages render (or from the built pages), in sorted order so that the index is reproducible; reuses the last index when nothing indexed changed. */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { SearchRecord } from './search-records.ts';
import { dirname, join, sep } from 'node:path';
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
 * Most fragment files Pagefind writes (one per page otherwise; past this, several pages share a
 * file, loaded together). Every file costs the build a write, a copy into the cache, and the next
 * build's emptying of the output folder (Astro removes it file by file: 7 s of a 2,000-article
 * build under load); a host may cap the file count. At 10,000 articles a shared file holds about
 * five pages, still a few kilobytes to fetch per result.
 */
const MAX_FRAGMENTS = 2048;

/** Folder of the saved index inside the build cache; bump the format when its layout or the index options change. */
const CACHE_FOLDER = 'kiosque-search-index';
const CACHE_FORMAT = 2;

/** Pagefind's version: another version writes another index from the same pages. */
function pagefindVersion(): string {
  try {
    return (createRequire(import.meta.url)('pagefind/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Options of `writeSearchIndex`. */
export interface SearchIndexOptions {
  /** Build cache folder: the index is saved there and reused while the indexed pages are the same. */
  cacheDir?: string | undefined;
  /** Where a dropped cache is reported. */
  warn?: ((message: string) => void) | undefined;
}

/** Saved index: the key of the pages it was built from and the hash of every file it holds. */
interface Manifest {
  format: number;
  key: string;
  files: Record<string, string>;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Every file under `dir`, `/`-separated relative paths, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split(sep).join('/'))
    .sort();
}

/**
 * Copies the saved index into `target` when it was built from pages with `key` and every file
 * still matches its hash. False (target untouched or removed) when there is nothing to reuse.
 */
async function restoreIndex(cache: string, key: string, target: string, warn: (m: string) => void): Promise<boolean> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(cache, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return false;
  }
  if (manifest?.format !== CACHE_FORMAT || manifest.key !== key || typeof manifest.files !== 'object') return false;
  await rm(target, { recursive: true, force: true });
  for (const [path, hash] of Object.entries(manifest.files)) {
    let bytes: Uint8Array | null = null;
    try {
      bytes = await readFile(join(cache, 'files', path));
    } catch {
      // missing: same as damaged
    }
    if (bytes === null || sha256(bytes) !== hash || path.split('/').includes('..')) {
      warn(`kiosque: saved search index dropped (${path} does not match its hash); indexing again`);
      await rm(target, { recursive: true, force: true });
      await rm(cache, { recursive: true, force: true });
      return false;
    }
    await mkdir(dirname(join(target, path)), { recursive: true });
    await writeFile(join(target, path), bytes);
  }
  return true;
}

/** Saves the index just written in `source` under `key` (temp folder, then rename). */
async function saveIndex(cache: string, key: string, source: string): Promise<void> {
  const tmp = `${cache}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  await cp(source, join(tmp, 'files'), { recursive: true });
  const files: Record<string, string> = {};
  for (const path of await filesUnder(join(tmp, 'files'))) files[path] = sha256(await readFile(join(tmp, 'files', path)));
  await writeFile(join(tmp, 'manifest.json'), JSON.stringify({ format: CACHE_FORMAT, key, files } satisfies Manifest));
  await rm(cache, { recursive: true, force: true });
  await rename(tmp, cache);
}

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

/** Reads pages in order, a few ahead of the one being used (bounded memory). */
async function* readPages(outDir: string, pages: readonly string[]): AsyncGenerator<[path: string, content: string]> {
  const reads = new Map<number, Promise<string>>();
  const read = (i: number) => {
    if (i < pages.length && !reads.has(i)) reads.set(i, readFile(join(outDir, pages[i]!), 'utf8'));
  };
  for (let i = 0; i < pages.length; i++) {
    for (let j = i; j < i + READ_AHEAD; j++) read(j);
    const content = await reads.get(i)!;
    reads.delete(i);
    yield [pages[i]!, content];
  }
}

/** Result URL of a page: its path without `index.html`, as Pagefind's CLI makes it. */
const pageUrl = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

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
 * With `cacheDir`, the index is saved there under a key of the indexed pages' URLs and text (and
 * Pagefind's version); a build whose indexed pages are all unchanged copies the saved index
 * (each file checked against its hash) instead of indexing again.
 *
 * @param outDir The built site (Astro's outDir).
 * @returns How many HTML pages the site has, and whether the saved index was reused.
 * @throws Error when Pagefind reports an error (the build must not ship a broken search).
 */
export async function writeSearchIndex(outDir: string, options: SearchIndexOptions = {}): Promise<{ pages: number; reused: boolean }> {
  const warn = options.warn ?? (() => {});
  const pages = await sitePages(outDir);
  const target = join(outDir, SEARCH_INDEX_DIR);
  // The pages Pagefind will read: those with the body attribute, or all of them when none has it.
  const bodies = createHash('sha256');
  const all = createHash('sha256');
  let bodyPages = 0;
  for await (const [path, content] of readPages(outDir, pages)) {
    const record = `${pageUrl(path)}\0${content}\0`;
    all.update(record);
    if (content.includes(BODY_ATTRIBUTE)) {
      bodies.update(record);
      bodyPages++;
    }
  }
  const onlyBodies = bodyPages > 0;
  const key = sha256(`${CACHE_FORMAT}\0${pagefindVersion()}\0${onlyBodies ? bodies.digest('hex') : all.digest('hex')}`);
  const cache = options.cacheDir === undefined ? null : join(options.cacheDir, CACHE_FOLDER);
  if (cache !== null && (await restoreIndex(cache, key, target, warn))) return { pages: pages.length, reused: true };

  const { index, errors } = await pagefind.createIndex({ maxFragments: MAX_FRAGMENTS });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    for await (const [path, content] of readPages(outDir, pages)) {
      // A page without the attribute anywhere in its text cannot carry it (the test is only a shortcut).
      if (onlyBodies && !content.includes(BODY_ATTRIBUTE)) continue;
      const added = await index.addHTMLFile({ url: pageUrl(path), content });
      if (added.errors.length > 0) throw new Error(`pagefind: ${path}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  if (cache !== null) {
    try {
      await saveIndex(cache, key, target);
    } catch (error) {
      warn(`kiosque: could not save the search index for the next build (${(error as Error).message.split('\n')[0]})`);
    }
  }
  return { pages: pages.length, reused: false };
}

// ——— Index from the articles' records, built while the pages render ———

/** Records sent to Pagefind before waiting for their answers (bounds the messages in flight). */
const RECORD_WINDOW = 256;

/** File (in the build cache folder) where the loader leaves the search records of the articles it stored. */
export const SEARCH_RECORDS_FILE = 'kiosque-search-records.json';
/** Version of the records file's layout. */
const RECORDS_FORMAT = 1;

/** Writes the records where the build's search step reads them (temp file, then rename). */
export async function writeSearchRecords(file: string, records: readonly SearchRecord[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ format: RECORDS_FORMAT, records }));
  await rename(tmp, file);
}

/** The records of the file, or null when it is missing, older than `notBefore` (ms) or not in this layout. */
export async function readSearchRecords(file: string, notBefore = 0): Promise<SearchRecord[] | null> {
  try {
    if ((await stat(file)).mtimeMs < notBefore) return null;
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { format?: number; records?: unknown };
    if (parsed?.format !== RECORDS_FORMAT || !Array.isArray(parsed.records)) return null;
    const ok = parsed.records.every((r: Partial<SearchRecord>) => typeof r?.url === 'string' && typeof r.content === 'string' && typeof r.meta?.title === 'string' && typeof r.sort?.date === 'string');
    return ok ? (parsed.records as SearchRecord[]) : null;
  } catch {
    return null;
  }
}

/** A search index being built from records: `finish` writes it into the built site. */
export interface SearchIndexJob {
  /** Number of records (article pages) indexed. */
  pages: number;
  /** Waits for the index, writes `outDir/pagefind/`, saves it for the next build; says whether the saved one was reused. */
  finish(outDir: string): Promise<{ reused: boolean }>;
}

/**
 * Starts indexing `records` with Pagefind's Node API (custom records: no HTML to parse or read
 * back), to run while Astro renders the pages; the index is staged in the cache folder and copied
 * into the site by `finish`. Records come sorted by URL (searchRecords), so the index is
 * byte-identical for identical records. With `cacheDir`, an index saved under the same key (the
 * records and Pagefind's version) is reused instead.
 *
 * @throws from `finish` when Pagefind reports an error (the build must not ship a broken search).
 */
export function startSearchIndex(records: readonly SearchRecord[], options: SearchIndexOptions & { stagingDir: string }): SearchIndexJob {
  const warn = options.warn ?? (() => {});
  const indexed = records
    .map((r) => ({ url: r.url, content: r.content, language: 'fr', meta: r.meta, filters: r.filters, sort: r.sort }))
    .sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0));
  const key = sha256(`${CACHE_FORMAT}\0${pagefindVersion()}\0records\0${JSON.stringify(indexed)}`);
  const cache = options.cacheDir === undefined ? null : join(options.cacheDir, CACHE_FOLDER);
  const staging = options.stagingDir;
  const build = (async (): Promise<boolean> => {
    if (cache !== null && (await cachedKey(cache)) === key) return true;
    await rm(staging, { recursive: true, force: true });
    const { index, errors } = await pagefind.createIndex({ maxFragments: MAX_FRAGMENTS });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    try {
      // Records go out in windows without waiting for each answer: the service handles its messages
      // one at a time in the order sent (so the index stays reproducible), and a round trip per
      // record would leave it idle whenever the render keeps this thread busy.
      for (let i = 0; i < indexed.length; i += RECORD_WINDOW) {
        const batch = indexed.slice(i, i + RECORD_WINDOW);
        const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
        added.forEach((a, k) => {
          if (a.errors.length > 0) throw new Error(`pagefind: ${batch[k]!.url}: ${a.errors.join('; ')}`);
        });
      }
      const written = await index.writeFiles({ outputPath: staging });
      if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    return false;
  })();
  // Awaited by finish; a failure before then must not be an unhandled rejection.
  build.catch(() => {});
  return {
    pages: records.length,
    async finish(outDir: string) {
      const target = join(outDir, SEARCH_INDEX_DIR);
      const fromCache = await build;
      if (fromCache && cache !== null && (await restoreIndex(cache, key, target, warn))) return { reused: true };
      if (fromCache) {
        // The saved index failed its check after all: index now.
        return startSearchIndex(records, { ...options, cacheDir: undefined }).finish(outDir).then(async (r) => {
          if (cache !== null) await saveQuietly(cache, key, target, warn);
          return r;
        });
      }
      await rm(target, { recursive: true, force: true });
      await cp(staging, target, { recursive: true });
      await rm(staging, { recursive: true, force: true });
      if (cache !== null) await saveQuietly(cache, key, target, warn);
      return { reused: false };
    },
  };
}

/** The key of the saved index, or null. */
async function cachedKey(cache: string): Promise<string | null> {
  try {
    const manifest = JSON.parse(await readFile(join(cache, 'manifest.json'), 'utf8')) as Manifest;
    return manifest?.format === CACHE_FORMAT ? manifest.key : null;
  } catch {
    return null;
  }
}

/** saveIndex, a failure only warned about (the site is complete without it). */
async function saveQuietly(cache: string, key: string, target: string, warn: (m: string) => void): Promise<void> {
  try {
    await saveIndex(cache, key, target);
  } catch (error) {
    warn(`kiosque: could not save the search index for the next build (${(error as Error).message.split('\n')[0]})`);
  }
}
