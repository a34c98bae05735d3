/** Writes the Pagefind search index of a site: from the articles' records while the pages render (or from the built pages), in sorted order so that the index is reproducible; reuses the last index when nothing indexed changed. */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { SearchRecord } from './search-records.ts';
import { availableParallelism } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
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
const CACHE_FORMAT = 4;

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
  // Each file is checked, then hard-linked into the site (copied where it cannot be linked). Nothing
  // writes a saved or restored file in place (saveIndex renames a new folder in; parts.json is
  // written as a new file), and a saved file changed by hand fails its hash here. Synchronous calls
  // in a row: the 10,000 files of a 10,000-article index cost seconds as awaited reads and writes.
  const made = new Set<string>();
  for (const [path, hash] of Object.entries(manifest.files)) {
    const from = join(cache, 'files', path);
    let bytes: Uint8Array | null = null;
    try {
      bytes = readFileSync(from);
    } catch {
      // missing: same as damaged
    }
    if (bytes === null || sha256(bytes) !== hash || path.split('/').includes('..')) {
      warn(`kiosque: saved search index dropped (${path} does not match its hash); indexing again`);
      await rm(target, { recursive: true, force: true });
      await rm(cache, { recursive: true, force: true });
      return false;
    }
    const to = join(target, path);
    if (!made.has(dirname(to))) {
      mkdirSync(dirname(to), { recursive: true });
      made.add(dirname(to));
    }
    try {
      linkSync(from, to);
    } catch {
      writeFileSync(to, bytes);
    }
  }
  return true;
}

/** Writes `text` to `file` as a new file: a file restored from the saved index is a link to it, never written through. */
async function writeNew(file: string, text: string): Promise<void> {
  await rm(file, { force: true });
  await writeFile(file, text);
}

/**
 * Saves the index just written in `source` under `key` (temp folder, then rename). With `move`,
 * `source` itself becomes the saved copy (a rename on one file system, else a copy): a part indexed
 * in the cache folder's staging area is then linked into the site from there (restoreIndex), not
 * copied twice.
 */
async function saveIndex(cache: string, key: string, source: string, move = false): Promise<void> {
  const tmp = `${cache}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  if (move) {
    await mkdir(tmp, { recursive: true });
    await rename(source, join(tmp, 'files')).catch(() => cp(source, join(tmp, 'files'), { recursive: true }));
  } else await cp(source, join(tmp, 'files'), { recursive: true });
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
  if (cache !== null && (await restoreIndex(cache, key, target, warn))) {
    await writeNew(join(target, SEARCH_PARTS_FILE), partsFile(1));
    return { pages: pages.length, reused: true };
  }

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
  await writeNew(join(target, SEARCH_PARTS_FILE), partsFile(1));
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
const RECORDS_FORMAT = 2;

/** Folder of the cache folder where the search index's parts are built before they are copied into the site. */
export const SEARCH_STAGING_DIR = 'kiosque-search-staging';

/** Writes the records where the build's search step reads them (temp file, then rename). */
export async function writeSearchRecords(file: string, records: readonly (SearchRecord & { hash?: string })[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ format: RECORDS_FORMAT, records }));
  await rename(tmp, file);
}

/** The records of the file, or null when it is missing, older than `notBefore` (ms) or not in this layout. */
export async function readSearchRecords(file: string, notBefore = 0): Promise<(SearchRecord & { hash?: string })[] | null> {
  try {
    if ((await stat(file)).mtimeMs < notBefore) return null;
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { format?: number; records?: unknown };
    if (parsed?.format !== RECORDS_FORMAT || !Array.isArray(parsed.records)) return null;
    const ok = parsed.records.every(
      (r: Partial<SearchRecord> & { hash?: unknown }) =>
        typeof r?.url === 'string' && typeof r.content === 'string' && typeof r.meta?.title === 'string' && typeof r.sort?.date === 'string' && (r.hash === undefined || typeof r.hash === 'string'),
    );
    return ok ? (parsed.records as (SearchRecord & { hash?: string })[]) : null;
  } catch {
    return null;
  }
}

/** File (in the build cache folder) of each article's record hash, for the next partial build (see RecordSource). */
export const SEARCH_HASHES_FILE = 'kiosque-search-hashes.json';

/** What a build knows of an article's record: the digest of the article it was made from, its hash and date sort. */
export interface KnownRecord {
  input: string;
  hash: string;
  date: string;
}

/**
 * The record hashes a build saved under `codeKey` (the key of its code and settings, given by
 * scripts/build.ts), by article id; empty when the file is missing, damaged, of another layout or
 * saved under another key, or without one (a build not run by scripts/build.ts, a dev server).
 */
export async function readRecordHashes(file: string, codeKey: string): Promise<Map<string, KnownRecord>> {
  const known = new Map<string, KnownRecord>();
  if (codeKey === '') return known;
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { format?: unknown; codeKey?: unknown; records?: unknown };
    if (parsed?.format !== RECORDS_FORMAT || parsed.codeKey !== codeKey || typeof parsed.records !== 'object' || parsed.records === null) return known;
    for (const [id, v] of Object.entries(parsed.records as Record<string, unknown>)) {
      const [input, hash, date] = Array.isArray(v) ? (v as unknown[]) : [];
      if (typeof input === 'string' && typeof hash === 'string' && typeof date === 'string') known.set(id, { input, hash, date });
    }
  } catch {
    known.clear();
  }
  return known;
}

/** Saves the record hashes of this build under its code key (temp file, then rename). */
export async function writeRecordHashes(file: string, known: ReadonlyMap<string, KnownRecord>, codeKey: string): Promise<void> {
  const records: Record<string, [string, string, string]> = {};
  for (const [id, k] of known) records[id] = [k.input, k.hash, k.date];
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ format: RECORDS_FORMAT, codeKey, records }));
  await rename(tmp, file);
}

/** Where a search index started during content sync waits for the build (one process: the loader and the integrations). */
const EARLY_JOB = Symbol.for('kiosque.earlySearchIndex');
type EarlyHolder = typeof globalThis & { [EARLY_JOB]?: { job: SearchIndexJob; records: readonly RecordSource[] } };

/**
 * Starts the search index from the loader, as soon as the records are known, for a build that
 * re-renders only what changed (scripts/build.ts sets the previous site): the parts an edit changed
 * are indexed while the entries are stored, Vite bundles and the pages render, instead of after them.
 * A cold build starts at build:start as before (its workers would otherwise run beside the ingest's
 * peak memory). `takeEarlySearchIndex` hands the job to the integration.
 */
export function startEarlySearchIndex(records: readonly RecordSource[], options: RecordsIndexOptions): void {
  (globalThis as EarlyHolder)[EARLY_JOB] = { job: startSearchIndex(records, options), records };
}

/** The job `startEarlySearchIndex` started in this process, once; null when none was. */
export function takeEarlySearchIndex(): { job: SearchIndexJob; records: readonly RecordSource[] } | null {
  const holder = globalThis as EarlyHolder;
  const early = holder[EARLY_JOB] ?? null;
  delete holder[EARLY_JOB];
  return early;
}

/** What Pagefind reads of a record (a custom record): its hash keys the part it is in. */
function indexedForm(r: SearchRecord): pagefind.CustomRecord {
  return { url: r.url, content: r.content, language: 'fr', meta: r.meta, filters: r.filters, sort: r.sort };
}

/** sha256 of a record's indexed form (see RecordSource). */
export function recordHash(r: SearchRecord): string {
  return sha256(JSON.stringify(indexedForm(r)));
}

/**
 * A record as the search index needs it to tell which parts changed: its URL, date sort and the hash
 * of its indexed form; `make` gives the record itself, asked for only when its part is indexed. A
 * partial build takes the hash of an unchanged article from the last build (src/ingest/loader.ts),
 * so that the records of the parts an edit left alone are neither made nor hashed.
 */
export interface RecordSource {
  url: string;
  sort: { date: string };
  /** Publication instant, for the sitemap's lastmod. */
  published: string | null;
  hash: string;
  make(): SearchRecord;
}

/** The source of a record already made (its hash computed now, unless the records file kept it). */
export function sourceOf(r: SearchRecord & { hash?: string }): RecordSource {
  const { hash, ...record } = r;
  return { url: r.url, sort: r.sort, published: r.published, hash: hash ?? recordHash(record), make: () => record };
}

/** A search index being built from records: `finish` writes it into the built site. */
export interface SearchIndexJob {
  /** Number of records (article pages) indexed. */
  pages: number;
  /** Number of Pagefind indexes the records are split into (1 up to SHARD_MAX_RECORDS records). */
  parts: number;
  /** Waits for the index, writes `outDir/pagefind/`, saves it for the next build; says whether every part was reused, and how many were indexed. */
  finish(outDir: string): Promise<{ reused: boolean; indexed: number }>;
}

/**
 * Most records in one part of the index. Pagefind indexes about a record per 3 ms of one core here
 * (4 KB articles; measured: 2,000 records in 6.5 s, 10,000 in 33 s, linear) and holds a whole index
 * in its service process while it builds it (about 0.75 GB for 2,000 records). An edited article
 * indexes its part again, not the site: at 2,000 records that is a few seconds of one core, which
 * runs beside Astro rendering the pages an edit changes and costs no wall time. Larger sites are
 * split into parts (shardRecords), each indexed by a service of its own and merged in the browser
 * (Pagefind's `mergeIndex`); sites up to 2,000 articles keep one index.
 */
export const SHARD_MAX_RECORDS = 2000;
/**
 * Most parts. Each part is another index the browser loads and queries on the first search (its
 * entry and metadata files, then a chunk per term): past two dozen, that first search waits on too
 * many requests. Beyond SHARD_MAX_RECORDS × MAX_PARTS records (50,000), parts grow instead (100,000:
 * 4,000 records, about 1.5 GB per service).
 */
export const MAX_PARTS = 25;
/**
 * Parts indexed at once once the pages are rendered (a service each, on its own core). While Astro
 * renders, one part at a time: the render holds one core and the service the other.
 */
const PARALLEL_PARTS = Math.max(1, Math.min(2, availableParallelism()));

/** File (in the index folder) listing the other parts' folders, for the search page to merge. */
export const SEARCH_PARTS_FILE = 'parts.json';

/** Folder of part `i` inside the index folder (part 0 is the folder itself, the search page's primary bundle). */
const partDir = (i: number) => (i === 0 ? '' : `part-${i}`);

/** What `parts.json` holds: the other parts' folders, relative to the index folder, in merge order. */
export function partsFile(parts: number): string {
  return JSON.stringify({ parts: Array.from({ length: parts - 1 }, (_, k) => `${partDir(k + 1)}/`) });
}

interface Shardable {
  url: string;
  sort: { date: string };
}

const byCodePoint = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Splits records into `ceil(n / max)` parts (at most `maxParts`), each sorted by URL (the order that makes an index
 * reproducible).
 *
 * Records are dealt out by their rank in date order (then URL, the order Pagefind gives equal sort
 * values inside one index, as records go in by URL), newest rank to part 0: part k holds the
 * records of ascending rank r with r mod K = K−1−k. The reason is the date sort across parts:
 * when sorting, Pagefind scores a result by its position in its own index's date order, and the
 * merged search orders all parts' results by that score, ties in part order. With this deal,
 * position p of part k is global rank p·K + K−1−k, so "newest first" over the merged parts is the
 * exact global order (equal positions: part 0, holding the newest, comes first). It also spreads
 * every period over all parts, so each part's relevance statistics look like the whole site's.
 */
export function shardRecords<T extends Shardable>(records: readonly T[], max: number = SHARD_MAX_RECORDS, maxParts: number = MAX_PARTS): T[][] {
  const count = Math.max(1, Math.min(Math.max(1, maxParts), Math.ceil(records.length / Math.max(1, max))));
  const byUrl = (x: T, y: T) => byCodePoint(x.url, y.url);
  if (count === 1) return [[...records].sort(byUrl)];
  const ranked = [...records].sort((x, y) => byCodePoint(x.sort.date, y.sort.date) || byUrl(x, y));
  const parts: T[][] = Array.from({ length: count }, () => []);
  ranked.forEach((record, rank) => parts[count - 1 - (rank % count)]!.push(record));
  return parts.map((part) => part.sort(byUrl));
}

/** The worker that indexes one part (plain JavaScript beside this module). */
const PART_WORKER = new URL('./search-part-worker.mjs', import.meta.url);

/**
 * Indexes one part's records (sorted by URL) into `outputPath`, in a worker thread whose Pagefind
 * service is its own: parts indexed together use two cores, and each service ends (its memory
 * freed) with its part.
 */
async function indexPart(records: readonly pagefind.CustomRecord[], outputPath: string): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  const errors = await new Promise<string[]>((done, fail) => {
    const worker = new Worker(PART_WORKER, { workerData: { records, outputPath, window: RECORD_WINDOW, maxFragments: MAX_FRAGMENTS } });
    let answered = false;
    worker.once('message', (message: { errors: string[] }) => {
      answered = true;
      done(message.errors);
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (!answered) fail(new Error(`pagefind: the indexing worker stopped (exit ${code}) before writing ${outputPath}`));
    });
  });
  if (errors.length > 0) throw new Error(`pagefind: ${errors.join('; ')}`);
}

/**
 * Runs tasks `width()` at a time, in order; `width` is read again whenever a task ends or `wake` is
 * called, so the pool can widen while it runs (when the render is done).
 */
function pool(tasks: readonly (() => Promise<void>)[], width: () => number): { done: Promise<void>; wake: () => void } {
  let next = 0;
  let running = 0;
  let failed = false;
  let wake = (): void => {};
  const done = new Promise<void>((resolve, reject) => {
    wake = () => {
      if (failed) return;
      if (next === tasks.length && running === 0) return resolve();
      while (running < width() && next < tasks.length) {
        const task = tasks[next++]!;
        running++;
        task().then(
          () => {
            running--;
            wake();
          },
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
    };
  });
  wake();
  return { done, wake };
}

/** Options of `startSearchIndex`. */
export interface RecordsIndexOptions extends SearchIndexOptions {
  /** Where the parts are staged while Astro renders. */
  stagingDir: string;
  /** Most records per part (SHARD_MAX_RECORDS; tests use small parts). */
  maxRecords?: number;
}

/**
 * Starts indexing `records` with Pagefind's Node API (custom records: no HTML to parse or read
 * back), to run while Astro renders the pages; the index is staged in the cache folder and copied
 * into the site by `finish`. Past SHARD_MAX_RECORDS records it is split into parts (shardRecords)
 * that the search page merges, listed in `pagefind/parts.json`. Each part's records go in sorted
 * by URL, so the index is byte-identical for identical records. With `cacheDir`, each part saved
 * under the same key (its records and Pagefind's version) is reused instead: an edited article
 * indexes its part again, not the whole site.
 *
 * @throws from `finish` when Pagefind reports an error (the build must not ship a broken search).
 */
export function startSearchIndex(records: readonly (SearchRecord | RecordSource)[], options: RecordsIndexOptions): SearchIndexJob {
  const warn = options.warn ?? (() => {});
  const shards = shardRecords(records.map((r) => ('make' in r ? r : sourceOf(r))), options.maxRecords);
  const root = options.cacheDir === undefined ? null : join(options.cacheDir, CACHE_FOLDER);
  const parts = shards.map((part, i) => ({
    dir: partDir(i),
    records: part,
    // The hashes of its records' indexed forms stand for them (one record changed, one hash changed).
    key: sha256(`${CACHE_FORMAT}\0${pagefindVersion()}\0records\0${i}/${shards.length}\0${part.map((r) => r.hash).join('\n')}`),
    cache: root === null ? null : join(root, `part-${i}`),
    staging: join(options.stagingDir, `part-${i}`),
  }));
  // One part at a time while Astro renders, PARALLEL_PARTS once `finish` is called (the pages are done).
  let width = 1;
  let widen = (): void => {};
  const build = (async (): Promise<boolean[]> => {
    await rm(options.stagingDir, { recursive: true, force: true });
    const reused = await Promise.all(parts.map(async (part) => part.cache !== null && (await cachedKey(part.cache)) === part.key));
    const work = pool(
      parts.flatMap((part, i) => (reused[i] ? [] : [() => indexPart(part.records.map((r) => indexedForm(r.make())), part.staging)])),
      () => width,
    );
    widen = work.wake;
    await work.done;
    return reused;
  })();
  // Awaited by finish; a failure before then must not be an unhandled rejection.
  build.catch(() => {});
  return {
    pages: records.length,
    parts: parts.length,
    async finish(outDir: string) {
      const target = join(outDir, SEARCH_INDEX_DIR);
      width = PARALLEL_PARTS;
      widen();
      const reused = await build;
      await rm(target, { recursive: true, force: true });
      // Part 0 first: restoring or copying it lays down the folder the other parts go inside.
      for (const [i, part] of parts.entries()) {
        const into = join(target, part.dir);
        if (reused[i] && part.cache !== null && (await restoreIndex(part.cache, part.key, into, warn))) continue;
        if (reused[i]) {
          // The saved part failed its check after all: index it now.
          reused[i] = false;
          await indexPart(part.records.map((r) => indexedForm(r.make())), part.staging);
        }
        // A new part is moved into the saved index and linked into the site from there.
        if (part.cache !== null && (await saveQuietly(part.cache, part.key, part.staging, warn, true))) {
          if (await restoreIndex(part.cache, part.key, into, warn)) continue;
          await indexPart(part.records.map((r) => indexedForm(r.make())), part.staging);
        }
        // (A save that failed after moving the part: indexed again.)
        if (!existsSync(part.staging)) await indexPart(part.records.map((r) => indexedForm(r.make())), part.staging);
        await rm(into, { recursive: true, force: true });
        await cp(part.staging, into, { recursive: true });
      }
      await writeNew(join(target, SEARCH_PARTS_FILE), partsFile(parts.length));
      await rm(options.stagingDir, { recursive: true, force: true });
      if (root !== null) await dropOtherParts(root, parts.length);
      return { reused: reused.every(Boolean), indexed: reused.filter((r) => !r).length };
    },
  };
}

/** Removes from the saved index folder what is not one of the first `count` parts (an older layout, or parts of a larger site). */
async function dropOtherParts(root: string, count: number): Promise<void> {
  const keep = new Set(Array.from({ length: count }, (_, i) => `part-${i}`));
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return;
  }
  await Promise.all(names.filter((n) => !keep.has(n)).map((n) => rm(join(root, n), { recursive: true, force: true })));
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

/** saveIndex, a failure only warned about (the site is complete without it); false then. */
async function saveQuietly(cache: string, key: string, target: string, warn: (m: string) => void, move = false): Promise<boolean> {
  try {
    await saveIndex(cache, key, target, move);
    return true;
  } catch (error) {
    warn(`kiosque: could not save the search index for the next build (${(error as Error).message.split('\n')[0]})`);
    return false;
  }
}
