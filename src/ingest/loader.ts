/**
 * Astro content loaders for Kiosque: the only module that knows Astro's loader API.
 *
 * `kiosqueLoaders()` returns two loader objects sharing one memoised ingest run per sync:
 * - `articles`: one entry per article, its body rendered to HTML from syntax trees and kept beside
 *   the store under its hash (src/render/article-body.ts), the entry holding its key; an entry whose
 *   digest is unchanged is neither validated nor rendered again;
 * - `report`: one entry (`ingest`) with the rejected files, removed lines and stats.
 *
 * Files already decoded by a previous build are taken from a prepare cache, their metadata lines,
 * evidence readings and analyses and the articles' paragraph keys and story terms from per-file
 * caches, and the whole result from a corpus cache when no file changed; all are NDJSON files in
 * Astro's cache directory (node_modules/.astro/ by default), validated when read
 * (src/ingest/corpus-cache.ts).
 * A stored entry is reused only when its input is unchanged, its data still matches the digest it
 * was stored with and its body file its key; a damaged entry is validated and rendered again.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleEntrySchema, ingestResultSchema, toArticleEntry, type Article, type ArticleEntry, type IngestResult } from '../schemas/article.ts';
import { AnalysisCache, CorpusResultCache, EvidenceCache, MetaLinesCache, ParagraphKeysCache, PrepareFileCache, StoryTermsCache } from './corpus-cache.ts';
import { ingestFolder, type IngestOptions, type PrepareCache } from './pipeline.ts';
import { articleHtml, RENDER_VERSION } from '../render/article-html.ts';
import { BODY_DIR_NAME, bodyKey, BodyStore } from '../render/article-body.ts';
import { recordUrl, searchRecords } from '../render/search-records.ts';
import { readRecordHashes, type KnownRecord, type RecordSource, recordHash, SEARCH_HASHES_FILE, SEARCH_RECORDS_FILE, SEARCH_STAGING_DIR, startEarlySearchIndex, writeRecordHashes, writeSearchRecords } from '../render/search-index.ts';
import { CODE_KEY_ENV, PREVIOUS_SITE_ENV } from '../render/page-keys.ts';

export type { PrepareCache, IngestOptions };

/** What `ingestFolder` returns: the ingest result plus how many files were decoded or reused. */
export type IngestRun = IngestResult & { parsed: number; reused: number };

/** Signature of the pipeline's `ingestFolder(dir, options)`. */
export type IngestFunction = (dir: string, options?: IngestOptions) => Promise<IngestRun>;

/** Configuration of `kiosqueLoaders`. */
export interface KiosqueLoaderOptions {
  /** Folder of article files, absolute or relative to the project root. */
  dir: string;
  /** Fail the build when any file was rejected (KIOSQUE_STRICT=1). */
  strict?: boolean;
  /** Files larger than this are rejected by the pipeline (optional). */
  maxBytes?: number;
  /** The ingest function (default: the pipeline's `ingestFolder`). Tests pass their own. */
  ingest?: IngestFunction;
  /** Name of the prepare-cache file in Astro's cache directory (optional). */
  cacheFile?: string;
}

/** Schema of the single `report` entry. */
export const reportEntrySchema = ingestResultSchema.omit({ articles: true }).extend({
  parsed: z.number().int().nonnegative(),
  reused: z.number().int().nonnegative(),
});
export type ReportEntry = z.output<typeof reportEntrySchema>;

/** Id of the single entry of the `report` collection. */
export const REPORT_ENTRY_ID = 'ingest';

/** Default prepare-cache file name, inside `config.cacheDir`; the corpus cache is `corpus-<name>`. */
export const DEFAULT_CACHE_FILE = 'kiosque-prepare-cache.ndjson';

const LOADER_NAME = 'kiosque-loader';

/** Delay after the last file event before re-ingesting in dev: long enough for a burst of saves. */
const WATCH_DEBOUNCE_MS = 300;

/** Throws a configuration error that names the option. */
function validate(options: KiosqueLoaderOptions): void {
  if (options === null || typeof options !== 'object') throw new TypeError('kiosqueLoaders: options must be an object');
  if (typeof options.dir !== 'string' || options.dir.trim() === '') {
    throw new TypeError(`kiosqueLoaders: option "dir" must be a non-empty string (the articles folder), got ${JSON.stringify(options.dir)}`);
  }
  if (options.strict !== undefined && typeof options.strict !== 'boolean') {
    throw new TypeError(`kiosqueLoaders: option "strict" must be a boolean, got ${JSON.stringify(options.strict)}`);
  }
  if (options.maxBytes !== undefined && !(Number.isInteger(options.maxBytes) && options.maxBytes > 0)) {
    throw new TypeError(`kiosqueLoaders: option "maxBytes" must be a positive integer, got ${JSON.stringify(options.maxBytes)}`);
  }
  if (options.ingest !== undefined && typeof options.ingest !== 'function') {
    throw new TypeError('kiosqueLoaders: option "ingest" must be a function (the pipeline\'s ingestFolder)');
  }
  if (options.cacheFile !== undefined && (typeof options.cacheFile !== 'string' || !/^[\w.-]+$/.test(options.cacheFile))) {
    throw new TypeError(`kiosqueLoaders: option "cacheFile" must be a plain file name, got ${JSON.stringify(options.cacheFile)}`);
  }
}

/** Resolves the articles folder against the project root. */
function resolveDir(dir: string, context: LoaderContext): string {
  return isAbsolute(dir) ? dir : resolve(fileURLToPath(context.config.root), dir);
}

/** Short, single-line message of an unknown error. */
function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/**
 * Version of a stored entry's shape (articleEntrySchema), part of its digest: an entry stored by a
 * build whose entries had another shape (2: the body once, as HTML, with `lead` and `textLength`
 * instead of `paragraphs`; 3: the body beside the store, the entry holding its key) is stored
 * again, never reused.
 */
const ENTRY_FORMAT = 3;

/**
 * The search records of the stored articles, as sources (src/render/search-index.ts RecordSource),
 * and their hashes saved in `hashesFile` for the next build, under the key of the code and settings
 * (CODE_KEY_ENV, set by scripts/build.ts). In a partial build, an article whose input digest is the
 * one a build of the same key saved keeps that build's record hash and date sort, and its record is
 * made only if its part of the index is indexed again; otherwise the record is made and hashed now.
 */
async function recordSources(stored: readonly { article: Article; input: string }[], hashesFile: string, partial: boolean): Promise<RecordSource[]> {
  const codeKey = process.env[CODE_KEY_ENV] ?? '';
  const previous = partial ? await readRecordHashes(hashesFile, codeKey) : new Map<string, KnownRecord>();
  const known = new Map<string, KnownRecord>();
  const sources = stored.map(({ article, input }): RecordSource => {
    const make = () => searchRecords([article])[0]!;
    const last = previous.get(article.id);
    if (last?.input === input) {
      known.set(article.id, last);
      return { url: recordUrl(article.id), sort: { date: last.date }, published: article.publishedAt, hash: last.hash, make };
    }
    const record = make();
    const hash = recordHash(record);
    known.set(article.id, { input, hash, date: record.sort.date });
    return { url: record.url, sort: record.sort, published: record.published, hash, make: () => record };
  });
  await writeRecordHashes(hashesFile, known, codeKey);
  return sources;
}

type Consumer = 'articles' | 'report';
/** How many loaders share one run: the articles and the report. */
const CONSUMERS = 2;

/**
 * Creates the two Kiosque loaders. They share one ingest run per content sync: the first
 * loader to ask starts it, the other one takes the same promise.
 *
 * @param options Configuration; a wrong option throws at once, naming the option.
 * @returns `{ articles, report }`, two loader objects for `defineCollection({ loader })`.
 */
export function kiosqueLoaders(options: KiosqueLoaderOptions): { articles: Loader; report: Loader } {
  validate(options);
  const { strict = false, maxBytes, ingest = ingestFolder } = options;
  const cacheFile = options.cacheFile ?? DEFAULT_CACHE_FILE;

  let run: Promise<IngestRun> | null = null;
  let takenBy = new Set<Consumer>();

  /** The current run if this consumer has not used it yet, else a new run. */
  function take(consumer: Consumer, context: LoaderContext): Promise<IngestRun> {
    if (run === null || takenBy.has(consumer)) {
      takenBy = new Set();
      run = startRun(context);
      // A failed run must not be reused by the next sync.
      run.catch(() => {});
    }
    takenBy.add(consumer);
    const taken = run;
    // Both loaders have it: the run (every article's text, every removed line) is let go, so that it
    // is not held in memory while the pages render (gigabytes at 50,000 articles).
    if (takenBy.size === CONSUMERS) {
      run = null;
      takenBy = new Set();
    }
    return taken;
  }

  async function startRun(context: LoaderContext): Promise<IngestRun> {
    const dir = resolveDir(options.dir, context);
    if (!existsSync(dir)) throw new Error(`kiosque: articles folder not found: ${dir} (set ARTICLES_DIR)`);
    const warn = (message: string) => context.logger.warn(message);
    const cache = new PrepareFileCache(fileURLToPath(new URL(cacheFile, context.config.cacheDir)), warn);
    const corpusCache = new CorpusResultCache(fileURLToPath(new URL(`corpus-${cacheFile}`, context.config.cacheDir)), warn);
    const analysisCache = new AnalysisCache(fileURLToPath(new URL(`analysis-${cacheFile}`, context.config.cacheDir)), warn);
    const metaCache = new MetaLinesCache(fileURLToPath(new URL(`metadata-${cacheFile}`, context.config.cacheDir)), warn);
    const evidenceCache = new EvidenceCache(fileURLToPath(new URL(`evidence-${cacheFile}`, context.config.cacheDir)), warn);
    const termsCache = new StoryTermsCache(fileURLToPath(new URL(`terms-${cacheFile}`, context.config.cacheDir)), warn);
    const paragraphKeysCache = new ParagraphKeysCache(fileURLToPath(new URL(`paragraphs-${cacheFile}`, context.config.cacheDir)), warn);
    // Where the ingest's time went, in the build log (the corpus-wide stages run again on any change).
    const stages: string[] = [];
    const onStage = (stage: string, ms: number): void => void stages.push(`${stage} ${(ms / 1000).toFixed(1)} s`);
    const caches = { cache, corpusCache, analysisCache, metaCache, evidenceCache, termsCache, paragraphKeysCache, onStage };
    const ingestOptions: IngestOptions = maxBytes === undefined ? caches : { ...caches, maxBytes };
    const result = await ingest(dir, ingestOptions);
    if (stages.length > 1) context.logger.info(`kiosque: ingest stages: ${stages.join(', ')}`);
    if (analysisCache.analysed + analysisCache.reused > 0) {
      context.logger.info(`kiosque: ${analysisCache.analysed} files analysed, ${analysisCache.reused} analyses reused`);
    }
    try {
      await cache.save();
      await analysisCache.save();
      await metaCache.save();
      await evidenceCache.save();
      await termsCache.save();
      await paragraphKeysCache.save();
    } catch (error) {
      context.logger.warn(`kiosque: could not save the build caches (${messageOf(error)}); the next build decodes and analyses files again`);
    }
    return result;
  }

  // Dev server: re-run both loaders when a file of the articles folder changes.
  const contexts: Partial<Record<Consumer, LoaderContext>> = {};
  let watching = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  function watch(consumer: Consumer, context: LoaderContext): void {
    contexts[consumer] = context;
    const { watcher } = context;
    if (!watcher || watching) return;
    watching = true;
    const dir = resolveDir(options.dir, context);
    watcher.add(dir);
    const onChange = (path: string) => {
      if (!resolve(path).startsWith(dir)) return;
      clearTimeout(timer);
      // Editors write in bursts: wait for them to settle before one ingest run.
      timer = setTimeout(() => {
        void (async () => {
          try {
            if (contexts.articles) await articles.load(contexts.articles);
            if (contexts.report) await report.load(contexts.report);
          } catch (error) {
            context.logger.error(`kiosque: reload failed (${messageOf(error)})`);
          }
        })();
      }, WATCH_DEBOUNCE_MS);
    };
    watcher.on('add', onChange);
    watcher.on('change', onChange);
    watcher.on('unlink', onChange);
  }

  const articles = {
    name: LOADER_NAME,
    schema: articleEntrySchema,
    load: async (context: LoaderContext): Promise<void> => {
      const { store, logger, parseData, generateDigest } = context;
      const contentDigest = (data: unknown) => generateDigest({ data });
      const bodies = new BodyStore(fileURLToPath(new URL(BODY_DIR_NAME, context.config.cacheDir)));
      bodies.serve();
      /** Body keys the entries use: the others are deleted at the end. */
      const used = new Set<string>();
      watch('articles', context);
      const result = await take('articles', context);
      const untouched = new Set(store.keys());
      let updated = 0;
      let unchanged = 0;
      let invalid = 0;
      let healed = 0;
      /** The articles as stored, with their input digests, for the search index's records. */
      const stored: { article: Article; input: string }[] = [];
      for (const article of result.articles) {
        untouched.delete(article.id);
        const existing = store.get<ArticleEntry>(article.id);
        // "<input digest>.<content digest>": an entry is reused only when the article is the same,
        // the stored data still hashes to what was stored and its body file to its key.
        const input = generateDigest({ article, renderVersion: RENDER_VERSION, entryFormat: ENTRY_FORMAT });
        if (existing && String(existing.digest).startsWith(`${input}.`)) {
          if (`${input}.${contentDigest(existing.data)}` === existing.digest && bodies.intact(existing.data.body)) {
            unchanged++;
            used.add(existing.data.body);
            stored.push({ article, input });
            continue;
          }
          healed++;
        }
        const html = articleHtml(article.paragraphs);
        const body = bodyKey(html);
        let data: ArticleEntry;
        try {
          data = await parseData({ id: article.id, data: { ...toArticleEntry(article), body } as unknown as Record<string, unknown> }) as unknown as ArticleEntry;
        } catch (error) {
          // A bad entry is logged with its file and skipped; the others still build.
          invalid++;
          store.delete(article.id);
          logger.error(`kiosque: ${article.files[0]?.path ?? article.id}: invalid article, skipped (${messageOf(error)})`);
          continue;
        }
        bodies.write(body, html);
        used.add(body);
        store.set({ id: article.id, data, digest: `${input}.${contentDigest(data)}` });
        stored.push({ article, input });
        updated++;
      }
      // The search index is built from these records while the pages render (astro.config.mjs).
      try {
        const partial = Boolean(process.env[PREVIOUS_SITE_ENV]);
        const records = await recordSources(stored, fileURLToPath(new URL(SEARCH_HASHES_FILE, context.config.cacheDir)), partial);
        const recordsFile = fileURLToPath(new URL(SEARCH_RECORDS_FILE, context.config.cacheDir));
        // A partial build (an edit) indexes its changed parts from now on (src/render/search-index.ts),
        // and hands the records to the build in memory: the file (some 50 MB at 10,000 articles) is
        // not written, and the last build's is removed (the build reads only this build's file).
        if (partial) {
          const cacheDir = fileURLToPath(context.config.cacheDir);
          startEarlySearchIndex(records, { cacheDir, warn: (m) => logger.warn(m), stagingDir: join(cacheDir, SEARCH_STAGING_DIR) });
          await rm(recordsFile, { force: true });
        } else await writeSearchRecords(recordsFile, records.map((r) => ({ ...r.make(), hash: r.hash })));
      } catch (error) {
        logger.warn(`kiosque: could not write the search records (${messageOf(error)}); the search index is built from the pages`);
      }
      if (healed > 0) logger.warn(`kiosque: ${healed} stored article(s) no longer matched their digest (damaged data store); rebuilt from the articles`);
      for (const id of untouched) store.delete(id);
      bodies.prune(used);
      const rejected = result.rejected.length + invalid;
      logger.info(
        `kiosque: ${result.stats.files} files, ${result.parsed} parsed, ${result.reused} reused; ` +
          `${result.articles.length - invalid} entries: ${updated} updated, ${unchanged} unchanged, ${untouched.size} deleted; ` +
          `${rejected} rejected`,
      );
      // The ingest time is logged, not shown on the report page: it differs between builds.
      logger.info(`kiosque: ingest took ${Math.round(result.stats.ms)} ms`);
      for (const r of result.rejected) logger.warn(`kiosque: rejected ${r.path}: ${r.reason}`);
      if (strict && rejected > 0) {
        const list = result.rejected.map((r) => `  - ${r.path}: ${r.reason}`);
        if (invalid > 0) list.push(`  - ${invalid} article(s) failed validation (see the errors above)`);
        throw new Error(`kiosque: KIOSQUE_STRICT is set and ${rejected} file(s) were rejected:\n${list.join('\n')}`);
      }
    },
  } satisfies Loader;

  const report = {
    name: `${LOADER_NAME}-report`,
    schema: reportEntrySchema,
    load: async (context: LoaderContext): Promise<void> => {
      const { store, logger, parseData, generateDigest } = context;
      watch('report', context);
      const result = await take('report', context);
      const entry = {
        rejected: result.rejected,
        removed: result.removed,
        stats: result.stats,
        parsed: result.parsed,
        reused: result.reused,
      };
      // Timings and cache counts change on every run: they are kept out of the digest, so an
      // unchanged corpus is not validated again; only those numbers are refreshed.
      const stable = (e: ReportEntry) => generateDigest({ ...e, stats: { ...e.stats, ms: 0 }, parsed: 0, reused: 0 });
      const digest = stable(entry);
      for (const id of store.keys()) if (id !== REPORT_ENTRY_ID) store.delete(id);
      const existing = store.get<ReportEntry>(REPORT_ENTRY_ID);
      // The stored report must still hash to its digest: a damaged one is validated and stored again.
      const intact = existing !== undefined && stable(existing.data) === existing.digest;
      if (existing && existing.digest === digest && !intact) logger.warn('kiosque: the stored ingest report no longer matched its digest (damaged data store); stored again');
      if (existing && existing.digest === digest && intact) {
        const { stats, parsed, reused } = entry;
        store.set({ ...existing, data: { ...existing.data, stats: { ...existing.data.stats, ms: stats.ms }, parsed, reused } });
        return;
      }
      try {
        const data = await parseData({ id: REPORT_ENTRY_ID, data: entry });
        store.set({ id: REPORT_ENTRY_ID, data, digest });
      } catch (error) {
        logger.error(`kiosque: ingest report is invalid, the report page will be empty (${messageOf(error)})`);
        store.delete(REPORT_ENTRY_ID);
      }
    },
  } satisfies Loader;

  return { articles, report };
}
