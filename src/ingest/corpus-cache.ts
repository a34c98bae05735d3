/** Build caches that heal: the per-file prepare cache and the whole-corpus ingest result, NDJSON files whose entries are validated (zod) and checked against their own hash when read. */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { finished } from 'node:stream/promises';
import { z } from 'astro/zod';
import { ingestResultSchema, type IngestResult, type Rejected } from '../schemas/article.ts';
import type { PreparedFile } from './types.ts';

/** Bumped when the layout of the cache files changes: older files are then ignored. */
const CACHE_FORMAT = 2;

/** Where a cache reports an entry it dropped (the loader passes Astro's logger). */
export type Warn = (message: string) => void;

/** Shape of a cached per-file pass: a file with no line is never cached (it is rejected), so `lines: []` is corrupt. */
export const preparedFileSchema = z.object({
  path: z.string().min(1),
  encoding: z.string().min(1),
  repaired: z.boolean(),
  lines: z.array(z.object({ n: z.number().int().nonnegative(), text: z.string().min(1) })).min(1),
});

/** SHA-1 of a value's JSON text: what a cache entry is checked against. */
function hashOf(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex');
}

let sourceDigestMemo: string | undefined;
/**
 * Digest of the pipeline's own code and data (src/ingest, src/schemas, src/data): a changed stage
 * invalidates the cached corpus result even when nobody bumped PIPELINE_VERSION.
 * Empty when the sources cannot be read (a bundled build): the key then rests on PIPELINE_VERSION.
 */
export function sourceDigest(): string {
  if (sourceDigestMemo !== undefined) return sourceDigestMemo;
  const hash = createHash('sha1');
  try {
    const src = join(dirname(fileURLToPath(import.meta.url)), '..');
    for (const folder of ['ingest', 'schemas', 'data']) {
      const names = readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
        .filter((n) => /\.(ts|json)$/.test(n))
        .sort();
      for (const name of names) hash.update(`${folder}/${name}\0`).update(readFileSync(join(src, folder, name))).update('\0');
    }
    sourceDigestMemo = hash.digest('hex');
  } catch {
    sourceDigestMemo = '';
  }
  return sourceDigestMemo;
}

/**
 * Key of a whole ingest run: every file's path and content digest, the files rejected before
 * decoding (with their reasons) and the options that change the result. Independent of input order.
 */
export function corpusKey(files: ReadonlyArray<readonly [path: string, digest: string]>, rejected: readonly Rejected[], options: unknown): string {
  const hash = createHash('sha1').update(`${CACHE_FORMAT}\0${sourceDigest()}\0${JSON.stringify(options)}\0`);
  for (const [path, digest] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) hash.update(`${path}\0${digest}\n`);
  for (const r of [...rejected].sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(`!${r.path}\0${r.reason}\n`);
  return hash.digest('hex');
}

/** Reads an NDJSON file line by line (no single string holds the whole file); null when it is missing. */
async function readLines(file: string, onLine: (line: string) => void): Promise<boolean> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) if (line) onLine(line);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  } finally {
    stream.destroy();
  }
}

/** Writes lines to `file` through a temp file and a rename, so that a killed build never leaves half a cache. */
async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp, { encoding: 'utf8' });
  try {
    for (const line of lines) if (!out.write(`${line}\n`)) await new Promise((done) => out.once('drain', done));
    out.end();
    await finished(out);
    await rename(tmp, file);
  } catch (error) {
    out.destroy();
    await rm(tmp, { force: true });
    throw error;
  }
}

interface PrepareRecord {
  path: string;
  digest: string;
  hash: string;
  value: unknown;
}

/**
 * The prepare cache (decode + normalise + split, per file) in one NDJSON file, loaded on demand.
 * An entry is used only when its digest matches the file, its shape is right and its content
 * matches its own hash; otherwise it is dropped with a warning and the file is parsed again.
 * Entries not used by a run are dropped on save.
 */
export class PrepareFileCache {
  #previous = new Map<string, PrepareRecord>();
  #next = new Map<string, PrepareRecord>();
  #changed = false;
  #loaded: Promise<void> | null = null;
  readonly file: string;
  readonly #warn: Warn;
  constructor(file: string, warn: Warn = () => {}) {
    this.file = file;
    this.#warn = warn;
  }

  /** Reads the file once (later calls wait for the same read); a missing or unreadable file is an empty cache. */
  load(): Promise<void> {
    this.#loaded ??= (async () => {
      let format: unknown;
      let bad = 0;
      try {
        await readLines(this.file, (line) => {
          if (format === undefined) {
            format = (JSON.parse(line) as { format?: unknown }).format;
            return;
          }
          if (format !== CACHE_FORMAT) return;
          try {
            const record = JSON.parse(line) as PrepareRecord;
            if (typeof record?.path === 'string') this.#previous.set(record.path, record);
            else bad++;
          } catch {
            bad++;
          }
        });
      } catch (error) {
        this.#warn(`kiosque: prepare cache unreadable (${(error as Error).message}); every file is parsed again`);
        this.#previous.clear();
      }
      if (bad > 0) this.#warn(`kiosque: prepare cache: ${bad} damaged line(s) dropped; their files are parsed again`);
    })();
    return this.#loaded;
  }

  /** The cached pass of `path` when its bytes still have `digest` and the entry is intact. */
  get(path: string, digest: string): PreparedFile | undefined {
    const hit = this.#previous.get(path);
    if (!hit || hit.digest !== digest) return undefined;
    const valid = preparedFileSchema.safeParse(hit.value);
    let problem: string | null = null;
    if (!valid.success) problem = `wrong shape (${valid.error.issues[0]?.path.join('.')}: ${valid.error.issues[0]?.message})`;
    else if (hashOf(hit.value) !== hit.hash) problem = 'content does not match its hash';
    else if (valid.data.path !== path) problem = 'entry of another file';
    if (problem !== null) {
      this.#previous.delete(path);
      this.#changed = true;
      this.#warn(`kiosque: prepare cache entry for ${path} dropped (${problem}); the file is parsed again`);
      return undefined;
    }
    this.#next.set(path, hit);
    return hit.value as PreparedFile;
  }

  set(path: string, digest: string, value: PreparedFile): void {
    this.#next.set(path, { path, digest, hash: hashOf(value), value });
    this.#changed = true;
  }

  /** Writes the entries used or added by this run (nothing when the run changed nothing). */
  async save(): Promise<void> {
    if (!this.#loaded) return;
    await this.#loaded;
    if (!this.#changed && this.#next.size === this.#previous.size) return;
    const records = this.#next.values();
    await writeLines(this.file, (function* () {
      yield JSON.stringify({ format: CACHE_FORMAT });
      for (const r of records) yield JSON.stringify(r);
    })());
  }
}

/** First line of the corpus cache. */
interface CorpusHeader {
  format?: unknown;
  key?: unknown;
  /** Number of record lines that follow: a truncated file is detected. */
  lines?: unknown;
}

/** One line of the corpus cache: a field of the result, or one element of an array field. */
interface CorpusRecord {
  /** Field name of IngestResult. */
  k: string;
  /** True when the field is an array and `v` is one of its elements. */
  a?: true;
  v: unknown;
  h: string;
}

/**
 * The last ingest result, stored under its corpus key (see `corpusKey`). A build whose files,
 * options and pipeline code are unchanged reads it instead of running the corpus-wide stages
 * (chrome evidence, folding, stories). Every line is checked against its own hash and the whole
 * result against the zod schema; any mismatch drops the file with a warning.
 */
export class CorpusResultCache {
  readonly file: string;
  readonly #warn: Warn;
  constructor(file: string, warn: Warn = () => {}) {
    this.file = file;
    this.#warn = warn;
  }

  /** The stored result when it was stored under `key` and is intact, else undefined. */
  async get(key: string): Promise<IngestResult | undefined> {
    const state: { header?: CorpusHeader } = {};
    const result: Record<string, unknown> = {};
    let count = 0;
    let problem: string | null = null;
    try {
      const found = await readLines(this.file, (line) => {
        if (problem !== null) return;
        if (state.header === undefined) {
          state.header = (JSON.parse(line) ?? {}) as CorpusHeader;
          if (state.header.format !== CACHE_FORMAT || state.header.key !== key) problem = 'stale';
          return;
        }
        const record = JSON.parse(line) as CorpusRecord;
        count++;
        if (typeof record?.k !== 'string' || record.k === '__proto__' || hashOf(record.v) !== record.h) {
          problem = `line ${count + 1} does not match its hash`;
          return;
        }
        if (record.a) {
          const list = (result[record.k] ??= []) as unknown[];
          if (!Array.isArray(list)) problem = `field ${record.k} is both a value and a list`;
          else list.push(record.v);
        } else result[record.k] = record.v;
      });
      if (!found) return undefined;
    } catch (error) {
      problem = `unreadable: ${(error as Error).message.split('\n')[0]}`;
    }
    if (problem === 'stale') return undefined;
    if (problem === null && state.header?.lines !== count) problem = `${count} of ${String(state.header?.lines)} lines`;
    if (problem === null) {
      const valid = ingestResultSchema.safeParse(result);
      if (!valid.success) problem = `wrong shape (${valid.error.issues[0]?.path.join('.')}: ${valid.error.issues[0]?.message})`;
    }
    if (problem !== null) {
      this.#warn(`kiosque: corpus cache dropped (${problem}); the corpus-wide stages run again`);
      await rm(this.file, { force: true });
      return undefined;
    }
    // The stored object, not the schema's output: fields added to the result later are kept.
    return result as IngestResult;
  }

  /** Stores `result` under `key`, replacing the previous one; a write error is only a warning. */
  async set(key: string, result: IngestResult): Promise<void> {
    const records: CorpusRecord[] = [];
    for (const [k, v] of Object.entries(result)) {
      if (Array.isArray(v)) for (const item of v) records.push({ k, a: true, v: item, h: hashOf(item) });
      else records.push({ k, v, h: hashOf(v) });
    }
    // An empty list leaves no element line: an explicit empty value keeps the field.
    for (const [k, v] of Object.entries(result)) if (Array.isArray(v) && v.length === 0) records.push({ k, v: [], h: hashOf([]) });
    try {
      await writeLines(this.file, (function* () {
        yield JSON.stringify({ format: CACHE_FORMAT, key, lines: records.length });
        for (const r of records) yield JSON.stringify(r);
      })());
    } catch (error) {
      // A cache that cannot be written costs the next build time, never this build.
      this.#warn(`kiosque: could not save the corpus cache (${(error as Error).message.split('\n')[0]}); the next build runs every stage`);
    }
  }
}
