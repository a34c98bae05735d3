/** Build caches that heal: the per-file prepare cache, the per-file and per-article caches of later stages (metadata lines, evidence readings, analyses, paragraph keys, story terms) and the whole-corpus ingest result, NDJSON files whose entries are validated and checked against their own hash when read. */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { finished } from 'node:stream/promises';
import { z } from 'astro/zod';
import { ingestResultSchema, type IngestResult, type Rejected } from '../schemas/article.ts';
import type { LineAnalysis } from './chrome/info.ts';
import type { FileEvidence } from './pipeline.ts';
import type { TermRecord, TermStore } from './story-terms.ts';
import type { TemplateSplit } from './text.ts';
import type { Line, LineMetadata, PreparedFile, Removal } from './types.ts';

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
  return textHash(JSON.stringify(value));
}

/** SHA-1 of a text. */
function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * An entry's JSON object text with a last field `h`: the SHA-1 of the text before it. The text
 * itself is hashed, so that an entry read back is checked before it is parsed, without being
 * written out again.
 */
function sealed(json: string): string {
  const body = json.slice(0, -1);
  return `${body},"h":"${textHash(body)}"}`;
}

/** Length of a sealed entry's closing `,"h":"<40 hex digits>"}`. */
const SEAL_TAIL = 48;

/** True when `line` is a sealed entry whose text matches its hash (see sealed). */
function intact(line: string): boolean {
  const at = line.length - SEAL_TAIL;
  return at > 0 && line.startsWith(',"h":"', at) && line.endsWith('"}') && textHash(line.slice(0, at)) === line.slice(at + 6, -2);
}

/**
 * The JSON text of field `field` in an entry written by JSON.stringify, when it is the entry's last
 * field (`last`: the entry ends with it) or comes just before its `h` field; null when the entry is
 * not laid out so. (A `"` inside a string is escaped: `,"field":` can only be the field's own.)
 */
function fieldText(line: string, field: string, last: boolean): string | null {
  const start = line.indexOf(`,"${field}":`);
  if (start < 0) return null;
  const end = last ? line.length - 1 : line.length - SEAL_TAIL;
  if (!(last ? line.endsWith('}') : line.startsWith(',"h":"', end)) || end <= start) return null;
  return line.slice(start + field.length + 4, end);
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

/**
 * Reads an NDJSON file line by line (no single string holds the whole file), until `onLine` returns
 * false; false when the file is missing.
 */
async function readLines(file: string, onLine: (line: string) => void | boolean): Promise<boolean> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) if (line && onLine(line) === false) break;
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

/** A cache kept in one file of the build cache folder, read at most once per run. */
abstract class CacheFile {
  readonly file: string;
  protected readonly warn: Warn;
  #loaded: Promise<void> | null = null;
  constructor(file: string, warn: Warn = () => {}) {
    this.file = file;
    this.warn = warn;
  }

  /** Runs `read` the first time only; later calls wait for the same read. */
  protected once(read: () => Promise<void>): Promise<void> {
    this.#loaded ??= read();
    return this.#loaded;
  }

  /** True once `load` was called (a cache never loaded has nothing to save). */
  protected get opened(): Promise<void> | null {
    return this.#loaded;
  }
}

/** The prepare cache's format: the layout and the pipeline's code, so that a changed decoder or line splitter decodes again. */
function prepareFormat(): string {
  return `${CACHE_FORMAT}:${sourceDigest()}`;
}

interface PrepareRecord {
  path: string;
  digest: string;
  hash: string;
  value: unknown;
  /** (In memory only) whether the value's text matched `hash` when read. */
  intact?: boolean;
}

/**
 * The prepare cache (decode + normalise + split, per file) in one NDJSON file, loaded on demand,
 * valid for the pipeline code that wrote it (see prepareFormat).
 * An entry is used only when its digest matches the file, its shape is right and its content
 * matches its own hash; otherwise it is dropped with a warning and the file is parsed again.
 * Entries not used by a run are dropped on save.
 */
export class PrepareFileCache extends CacheFile {
  #previous = new Map<string, PrepareRecord>();
  #next = new Map<string, PrepareRecord>();
  #changed = false;

  /** Reads the file once (later calls wait for the same read); a missing or unreadable file is an empty cache. */
  load(): Promise<void> {
    return this.once(async () => {
      let format: unknown;
      let bad = 0;
      try {
        await readLines(this.file, (line) => {
          if (format === undefined) {
            format = (JSON.parse(line) as { format?: unknown }).format;
            return;
          }
          // (Written by other code, the decoding and line splitting may differ: the cache is ignored.)
          if (format !== prepareFormat()) return;
          try {
            const record = JSON.parse(line) as PrepareRecord;
            if (typeof record?.path !== 'string') bad++;
            else {
              // (The value's own text is hashed, as written: it need not be written out again.)
              const value = fieldText(line, 'value', true);
              this.#previous.set(record.path, { ...record, intact: value !== null && textHash(value) === record.hash });
            }
          } catch {
            bad++;
          }
        });
      } catch (error) {
        this.warn(`kiosque: prepare cache unreadable (${(error as Error).message}); every file is parsed again`);
        this.#previous.clear();
      }
      if (bad > 0) this.warn(`kiosque: prepare cache: ${bad} damaged line(s) dropped; their files are parsed again`);
    });
  }

  /** The cached pass of `path` when its bytes still have `digest` and the entry is intact. */
  get(path: string, digest: string): PreparedFile | undefined {
    const hit = this.#previous.get(path);
    if (!hit || hit.digest !== digest) return undefined;
    const valid = preparedFileSchema.safeParse(hit.value);
    let problem: string | null = null;
    if (!valid.success) problem = `wrong shape (${valid.error.issues[0]?.path.join('.')}: ${valid.error.issues[0]?.message})`;
    else if (!hit.intact) problem = 'content does not match its hash';
    else if (valid.data.path !== path) problem = 'entry of another file';
    if (problem !== null) {
      this.#previous.delete(path);
      this.#changed = true;
      this.warn(`kiosque: prepare cache entry for ${path} dropped (${problem}); the file is parsed again`);
      return undefined;
    }
    this.#next.set(path, hit);
    return hit.value as PreparedFile;
  }

  set(path: string, digest: string, value: PreparedFile): void {
    this.#next.set(path, { path, digest, hash: hashOf(value), value, intact: true });
    this.#changed = true;
  }

  /** Writes the entries used or added by this run (nothing when the run changed nothing). */
  async save(): Promise<void> {
    if (!this.opened) return;
    await this.opened;
    if (!this.#changed && this.#next.size === this.#previous.size) return;
    const records = this.#next.values();
    await writeLines(this.file, (function* () {
      yield JSON.stringify({ format: prepareFormat() });
      for (const r of records) yield JSON.stringify({ path: r.path, digest: r.digest, hash: r.hash, value: r.value } satisfies PrepareRecord);
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
export class CorpusResultCache extends CacheFile {
  /** The stored result when it was stored under `key` and is intact, else undefined. */
  async get(key: string): Promise<IngestResult | undefined> {
    const state: { header?: CorpusHeader } = {};
    const result: Record<string, unknown> = {};
    let count = 0;
    let problem: string | null = null;
    try {
      const found = await readLines(this.file, (line) => {
        // (A stale or damaged file is not read further: a corpus of 10,000 files stores some 50 MB.)
        if (problem !== null) return false;
        if (state.header === undefined) {
          state.header = (JSON.parse(line) ?? {}) as CorpusHeader;
          if (state.header.format !== CACHE_FORMAT || state.header.key !== key) problem = 'stale';
          return problem === null;
        }
        const record = JSON.parse(line) as CorpusRecord;
        count++;
        // (The value's own text is hashed, as written: it need not be written out again.)
        const v = fieldText(line, 'v', false);
        if (typeof record?.k !== 'string' || record.k === '__proto__' || v === null || textHash(v) !== record.h) {
          problem = `line ${count + 1} does not match its hash`;
          return false;
        }
        if (record.a) {
          const list = (result[record.k] ??= []) as unknown[];
          if (!Array.isArray(list)) problem = `field ${record.k} is both a value and a list`;
          else list.push(record.v);
        } else result[record.k] = record.v;
        return true;
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
      this.warn(`kiosque: corpus cache dropped (${problem}); the corpus-wide stages run again`);
      await rm(this.file, { force: true });
      return undefined;
    }
    // The stored object, not the schema's output: fields added to the result later are kept.
    return result as IngestResult;
  }

  /** Stores `result` under `key`, replacing the previous one; a write error is only a warning. */
  async set(key: string, result: IngestResult): Promise<void> {
    const records: Omit<CorpusRecord, 'h'>[] = [];
    for (const [k, v] of Object.entries(result)) {
      if (Array.isArray(v)) for (const item of v) records.push({ k, a: true, v: item });
      else records.push({ k, v });
    }
    // An empty list leaves no element line: an explicit empty value keeps the field.
    for (const [k, v] of Object.entries(result)) if (Array.isArray(v) && v.length === 0) records.push({ k, v: [] });
    try {
      await writeLines(this.file, (function* () {
        yield JSON.stringify({ format: CACHE_FORMAT, key, lines: records.length });
        // (The text of JSON.stringify({ k, a, v, h: hashOf(v) }), the value written out once.)
        for (const r of records) {
          const v = JSON.stringify(r.v);
          yield `{"k":${JSON.stringify(r.k)},${r.a ? '"a":true,' : ''}"v":${v},"h":"${textHash(v)}"}`;
        }
      })());
    } catch (error) {
      // A cache that cannot be written costs the next build time, never this build.
      this.warn(`kiosque: could not save the corpus cache (${(error as Error).message.split('\n')[0]}); the next build runs every stage`);
    }
  }
}

/** One read of the corpus evidence by a file's analysis: where, how, which key, and the JSON of what it gave. */
type EvidenceRead = [path: string, op: 'value' | 'get' | 'has', key: string | null, value: string];

/** JSON of a value read from the evidence (`undefined` has no JSON). */
const encodeRead = (value: unknown): string => (value === undefined ? 'u' : JSON.stringify(value));

/**
 * A view of `target` that records every read a function makes of it: scalar fields, and `get`
 * and `has` of Maps and Sets by string key. Any other use (iterating, `size`, arrays, functions)
 * marks the run as not cacheable, since its dependence on the evidence cannot be replayed.
 */
function recording<T extends object>(target: T, path: string, reads: Map<string, EvidenceRead>, state: { cacheable: boolean }): T {
  const note = (read: EvidenceRead) => void reads.set(`${read[0]}\u0000${read[1]}\u0000${read[2]}`, read);
  if (target instanceof Map || target instanceof Set) {
    return new Proxy(target, {
      get(t: Map<unknown, unknown> | Set<unknown>, prop) {
        if (prop === 'get' || prop === 'has') {
          return (key: unknown) => {
            const value = prop === 'get' ? (t instanceof Map ? t.get(key) : undefined) : t.has(key);
            if (typeof key === 'string') note([path, prop, key, encodeRead(value)]);
            else state.cacheable = false;
            return value;
          };
        }
        state.cacheable = false;
        const value: unknown = Reflect.get(t, prop, t);
        return typeof value === 'function' ? value.bind(t) : value;
      },
    }) as T;
  }
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop);
      if (typeof prop !== 'string' || typeof value === 'function') {
        state.cacheable = false;
        return value;
      }
      const at = path ? `${path}.${prop}` : prop;
      if (value !== null && typeof value === 'object') {
        if (value instanceof Map || value instanceof Set || Object.getPrototypeOf(value) === Object.prototype) return recording(value, at, reads, state);
        state.cacheable = false;
        return value;
      }
      note([at, 'value', null, encodeRead(value)]);
      return value;
    },
  });
}

/** True when every recorded read gives the same value from `root` today. */
function sameReads(root: object, reads: readonly EvidenceRead[]): boolean {
  for (const [path, op, key, value] of reads) {
    let target: unknown = root;
    for (const part of path.split('.')) target = target !== null && typeof target === 'object' ? (target as Record<string, unknown>)[part] : undefined;
    let now: unknown;
    if (op === 'value') now = target;
    else if (target instanceof Map) now = op === 'get' ? target.get(key) : target.has(key);
    else if (target instanceof Set) now = op === 'get' ? undefined : target.has(key);
    else return false;
    if (encodeRead(now) !== value) return false;
  }
  return true;
}

interface AnalysisRecord {
  path: string;
  digest: string;
  reads: EvidenceRead[];
  /** The result's JSON, deflated and base64-encoded (a tenth of the memory and disk of the objects). */
  z: string;
  h: string;
}

/**
 * Per-file analysis reused across builds when neither the file nor what its analysis read of the
 * corpus evidence changed. The analysis runs on a recording view of the evidence (src/ingest/corpus-cache.ts
 * `recording`); the next build replays those reads against the new evidence, and reuses the stored
 * result only when every read gives the same value. One edited file thus re-analyses itself and
 * the few files sharing a recurring line with it, not the corpus. Entries are checked against their
 * hash; a damaged one is dropped with a warning.
 */
export class AnalysisCache extends CacheFile {
  #previous = new Map<string, string>();
  #next = new Map<string, string>();
  /** Files analysed again / reused in this run. */
  analysed = 0;
  reused = 0;

  /** Reads the file once; a missing or unreadable file is an empty cache. */
  load(): Promise<void> {
    return this.once(async () => {
      let format: unknown;
      try {
        await readLines(this.file, (line) => {
          if (format === undefined) {
            format = (JSON.parse(line) as { format?: unknown; source?: unknown })?.format === `${CACHE_FORMAT}:${sourceDigest()}` ? true : false;
            return;
          }
          if (format !== true) return;
          // Entries are kept as text (parsed when used): the path is the record's first field.
          const path = /^\{"path":("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
          if (path) this.#previous.set(JSON.parse(path) as string, line);
        });
      } catch (error) {
        this.warn(`kiosque: analysis cache unreadable (${(error as Error).message.split('\n')[0]}); every file is analysed again`);
        this.#previous.clear();
      }
    });
  }

  /**
   * The stored result of `analyze` for this file when still valid, else `analyze(evidence)` run
   * on a recording view of `evidence` and stored. `analyze` must be pure: its result may depend
   * only on the file (its digest) and on what it reads of `evidence`.
   */
  run<E extends object, R>(path: string, digest: string, evidence: E, analyze: (evidence: E) => R): R {
    const line = this.#previous.get(path);
    if (line !== undefined) {
      try {
        const record = intact(line) ? (JSON.parse(line) as AnalysisRecord) : null;
        if (record === null || record.path !== path) throw new Error('entry does not match its hash');
        if (record.digest === digest && sameReads(evidence, record.reads)) {
          const result = JSON.parse(inflateRawSync(Buffer.from(record.z, 'base64')).toString('utf8')) as R;
          this.#next.set(path, line);
          this.reused++;
          return result;
        }
      } catch (error) {
        this.warn(`kiosque: analysis cache entry for ${path} dropped (${(error as Error).message.split('\n')[0]}); the file is analysed again`);
      }
    }
    const reads = new Map<string, EvidenceRead>();
    const state = { cacheable: true };
    const result = analyze(recording(evidence, '', reads, state));
    this.analysed++;
    if (state.cacheable) {
      const z = deflateRawSync(JSON.stringify(result), { level: 1 }).toString('base64');
      const list = [...reads.values()];
      this.#next.set(path, sealed(JSON.stringify({ path, digest, reads: list, z } satisfies Omit<AnalysisRecord, 'h'>)));
    }
    return result;
  }

  /** Writes the entries used or made by this run. */
  async save(): Promise<void> {
    if (this.analysed === 0 && this.#next.size === this.#previous.size) return;
    const lines = this.#next.values();
    await writeLines(this.file, (function* () {
      yield JSON.stringify({ format: `${CACHE_FORMAT}:${sourceDigest()}` });
      yield* lines;
    })());
  }
}

/**
 * One entry of a KeyedEntryCache: its key (first field, read without parsing the rest), the digest
 * of what it was made from, the value, and the SHA-1 of the entry's text before it (see sealed).
 */
interface KeyedRecord {
  key: string;
  digest: string;
  v: unknown;
  h: string;
}

/**
 * Per-file values of one stage, reused while the file (its digest) and the pipeline code are
 * unchanged: one NDJSON file whose first line names the layout and the code
 * (`${CACHE_FORMAT}:${sourceDigest()}`, so that any change of the ingest code ignores it). Entries
 * are kept as text and parsed when asked for; an entry is used only when its digest matches, its
 * content matches its own hash and it passes `check`; a damaged one is dropped with a
 * warning. Only the entries used or made by a run are saved.
 */
abstract class KeyedEntryCache<T> extends CacheFile {
  #previous = new Map<string, string>();
  #next = new Map<string, string>();
  /** Entries made again / reused in this run. */
  made = 0;
  reused = 0;
  protected abstract readonly label: string;
  /** The stored value read back, or why it cannot be (a shape no run of this code writes). */
  protected abstract check(value: unknown): { ok: true; value: T } | { ok: false; problem: string };

  /** Reads the file once; a missing or unreadable file, or one written by other code, is an empty cache. */
  load(): Promise<void> {
    return this.once(async () => {
      let format: boolean | undefined;
      try {
        await readLines(this.file, (line) => {
          if (format === undefined) {
            try {
              format = (JSON.parse(line) as { format?: unknown } | null)?.format === `${CACHE_FORMAT}:${sourceDigest()}`;
            } catch {
              format = false;
            }
            return format;
          }
          const key = /^\{"key":("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
          if (key) this.#previous.set(JSON.parse(key) as string, line);
          else this.warn(`kiosque: ${this.label} cache: a damaged line dropped`);
          return true;
        });
      } catch (error) {
        this.warn(`kiosque: ${this.label} cache unreadable (${(error as Error).message.split('\n')[0]}); it is made again`);
        this.#previous.clear();
      }
    });
  }

  /** The stored value of `key` when it was made from `digest` and is intact, else undefined (a damaged entry is dropped with a warning). */
  protected lookup(key: string, digest: string): T | undefined {
    const line = this.#previous.get(key);
    if (line === undefined) return undefined;
    let problem: string;
    try {
      // (The hash covers the entry's text up to its own field: checked before anything is parsed.)
      const record = intact(line) ? (JSON.parse(line) as KeyedRecord) : null;
      if (record === null || record.key !== key) problem = 'entry does not match its hash';
      else if (record.digest !== digest) return undefined;
      else {
        const valid = this.check(record.v);
        if (valid.ok) {
          this.#next.set(key, line);
          this.reused++;
          return valid.value;
        }
        problem = valid.problem;
      }
    } catch (error) {
      problem = (error as Error).message.split('\n')[0]!;
    }
    this.#previous.delete(key);
    this.warn(`kiosque: ${this.label} cache entry for ${key} dropped (${problem}); it is made again`);
    return undefined;
  }

  /** Stores `value` (the JSON form `check` reads back) for `key`, made from `digest`. */
  protected store(key: string, digest: string, value: unknown): void {
    this.made++;
    this.#next.set(key, sealed(JSON.stringify({ key, digest, v: value } satisfies Omit<KeyedRecord, 'h'>)));
  }

  /** Writes the entries used or made by this run (nothing when the run changed nothing). */
  async save(): Promise<void> {
    if (!this.opened) return;
    await this.opened;
    if (this.made === 0 && this.#next.size === this.#previous.size) return;
    const lines = this.#next.values();
    await writeLines(this.file, (function* () {
      yield JSON.stringify({ format: `${CACHE_FORMAT}:${sourceDigest()}` });
      yield* lines;
    })());
  }
}

/** A file's metadata lines as stored: the removed lines' indices in the file's lines, with their reasons, in order; and what they said. */
const metaLinesSchema = z.object({
  n: z.number().int().nonnegative(),
  removed: z.array(z.tuple([z.number().int().nonnegative(), z.string().min(1)])),
  meta: z.object({
    sourceOutlet: z.string().nullable(),
    originalOutlet: z.string().nullable(),
    urlOutlet: z.string().nullable(),
    translatedCredit: z.boolean(),
    creditOutlets: z.array(z.string()),
    author: z.string().nullable(),
    publishedAt: z.string().nullable(),
    url: z.string().nullable(),
  }),
});
type StoredMetaLines = z.output<typeof metaLinesSchema>;

/** What the metadata stage (extractMetaLines) gives for one file. */
type MetaLines = { kept: Line[]; removed: Removal[]; meta: LineMetadata };

/**
 * The metadata stage's split of each file (src/ingest/metadata.ts `extractMetaLines`), keyed by
 * path and content digest. Its kept and removed lines are the file's own Line objects, so an entry
 * stores only the removed lines' indices with their reasons (kept: every other line, in order)
 * and the metadata read; a split that is not of that form (a line changed or made) is not stored.
 */
export class MetaLinesCache extends KeyedEntryCache<StoredMetaLines> {
  protected readonly label = 'metadata';
  protected check(value: unknown): { ok: true; value: StoredMetaLines } | { ok: false; problem: string } {
    const valid = metaLinesSchema.safeParse(value);
    return valid.success ? { ok: true, value: valid.data } : { ok: false, problem: `wrong shape (${valid.error.issues[0]?.path.join('.')}: ${valid.error.issues[0]?.message})` };
  }

  /** The split of `lines` (the file's prepared lines) stored for `path` at `digest`, else `extract(lines)`, stored. */
  run(path: string, digest: string, lines: readonly Line[], extract: (lines: readonly Line[]) => MetaLines): MetaLines {
    const hit = this.lookup(path, digest);
    if (hit !== undefined && hit.n === lines.length && hit.removed.every(([i]) => i < lines.length)) {
      const out = new Set<number>();
      const removed: Removal[] = hit.removed.map(([i, reason]) => (out.add(i), { line: lines[i]!, reason }));
      if (out.size === removed.length) return { kept: lines.filter((_, i) => !out.has(i)), removed, meta: hit.meta };
    }
    const value = extract(lines);
    const stored = storedMetaLines(lines, value);
    if (stored !== null) this.store(path, digest, stored);
    return value;
  }
}

/** The stored form of a split, or null when it does not hold the file's own lines, each once, kept ones in order. */
function storedMetaLines(lines: readonly Line[], value: MetaLines): StoredMetaLines | null {
  const index = new Map<Line, number>();
  for (const [i, l] of lines.entries()) index.set(l, i);
  const removed: [number, string][] = [];
  const out = new Set<number>();
  for (const r of value.removed) {
    const i = index.get(r.line);
    if (i === undefined || out.has(i)) return null;
    out.add(i);
    removed.push([i, r.reason]);
  }
  let k = 0;
  for (const [i, l] of lines.entries()) if (!out.has(i) && value.kept[k++] !== l) return null;
  if (k !== value.kept.length) return null;
  return { n: lines.length, removed, meta: value.meta };
}

/** An article's story terms as stored: hashes as base64 of 32-bit little-endian words (half the text of decimals). */
interface StoredTerms {
  h: string;
  c: number[];
  e: string;
  l: string;
}

/** True when typed arrays hold their words little-endian (then their bytes are the stored form as they are). */
const LITTLE_ENDIAN = endianness() === 'LE';

/** 32-bit words as base64 (little-endian). */
function wordsToBase64(words: Uint32Array): string {
  if (LITTLE_ENDIAN) return Buffer.from(words.buffer, words.byteOffset, words.byteLength).toString('base64');
  const buf = Buffer.alloc(words.length * 4);
  for (const [i, w] of words.entries()) buf.writeUInt32LE(w, i * 4);
  return buf.toString('base64');
}

/** The words of `wordsToBase64`, or null when the text is not such a string. */
function base64ToWords(text: string): Uint32Array | null {
  const buf = Buffer.from(text, 'base64');
  if (buf.length % 4 !== 0 || buf.toString('base64') !== text) return null;
  if (LITTLE_ENDIAN) return new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
  const out = new Uint32Array(buf.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

/**
 * Each article's story terms (src/ingest/story-terms.ts `TermCounter.takeRecorded`), keyed by a hash
 * of its title and paragraphs: term hashes in the order the article first touched them, so that the
 * story stage replays them through its counter and gets the dense ids, hence the groups, of a fresh
 * reading. A record the counter could not have written is refused by `TermCounter.replay` and the
 * article read again.
 */
export class StoryTermsCache extends KeyedEntryCache<TermRecord> implements TermStore {
  protected readonly label = 'story terms';
  protected check(value: unknown): { ok: true; value: TermRecord } | { ok: false; problem: string } {
    const v = value as Partial<StoredTerms> | null;
    const hashes = typeof v?.h === 'string' ? base64ToWords(v.h) : null;
    const lead = typeof v?.l === 'string' ? base64ToWords(v.l) : null;
    if (hashes === null || lead === null || !Array.isArray(v!.c) || !v!.c.every((c) => typeof c === 'number') || typeof v!.e !== 'string') {
      return { ok: false, problem: 'wrong shape' };
    }
    return { ok: true, value: { hashes, counts: v!.c, evidence: v!.e, lead } };
  }

  get(key: string): TermRecord | undefined {
    return this.lookup(key, '');
  }

  set(key: string, record: TermRecord): void {
    this.store(key, '', { h: wordsToBase64(record.hashes), c: record.counts, e: record.evidence, l: wordsToBase64(record.lead) } satisfies StoredTerms);
  }
}

/** A template split as stored: [key, value] or [key, value, listed]. */
type StoredSplit = [string, string] | [string, string, boolean | 'weak'];

/** The stored form of one builder's splits, or null when it is not such a list. */
function readSplits(value: unknown): TemplateSplit[] | null {
  if (!Array.isArray(value)) return null;
  const out: TemplateSplit[] = [];
  for (const s of value as unknown[]) {
    if (!Array.isArray(s) || (s.length !== 2 && s.length !== 3) || typeof s[0] !== 'string' || typeof s[1] !== 'string') return null;
    if (s.length === 2) out.push({ key: s[0], value: s[1] });
    else if (s[2] === true || s[2] === false || s[2] === 'weak') out.push({ key: s[0], value: s[1], listed: s[2] });
    else return null;
  }
  return out;
}

const storedSplits = (splits: readonly TemplateSplit[]): StoredSplit[] =>
  splits.map((s) => (s.listed === undefined ? [s.key, s.value] : [s.key, s.value, s.listed]));

/** The stored form of a file's line analyses, or null when it is not such a list. */
function readAnalyses(value: unknown): LineAnalysis[] | null {
  if (!Array.isArray(value)) return null;
  const out: LineAnalysis[] = [];
  for (const a of value as unknown[]) {
    if (!Array.isArray(a) || a.length !== 4 || typeof a[0] !== 'string' || !Number.isInteger(a[1]) || a[1] < 0) return null;
    if ((a[2] !== null && typeof a[2] !== 'string') || typeof a[3] !== 'number' || !Number.isFinite(a[3])) return null;
    out.push({ key: a[0], nWords: a[1], reason: a[2], score: a[3] });
  }
  return out;
}

/**
 * Each file's reading by the evidence builders, keyed by path and content digest: the chrome
 * analysis of each line the metadata stage kept (src/ingest/chrome/info.ts: key, word count, rule
 * reason, score; a function of the line's text), and the non-null splits of its head and tail lines
 * by the template builders (src/ingest/text.ts `templateKeys`: bylines, dates, credits), in order.
 * The evidence's corpus steps (what recurs, in how many files and contexts; which template words come
 * before enough different values) run on every build over kept and new readings alike, in file order,
 * as without the cache.
 */
export class EvidenceCache extends KeyedEntryCache<FileEvidence> {
  protected readonly label = 'evidence';
  protected check(value: unknown): { ok: true; value: FileEvidence } | { ok: false; problem: string } {
    const v = value as { i?: unknown; b?: unknown; d?: unknown; c?: unknown } | null;
    const lines = readAnalyses(v?.i);
    const bylines = readSplits(v?.b);
    const dates = readSplits(v?.d);
    const credits = readSplits(v?.c);
    if (lines === null || bylines === null || dates === null || credits === null) return { ok: false, problem: 'wrong shape' };
    return { ok: true, value: { lines, bylines, dates, credits } };
  }

  get(path: string, digest: string): FileEvidence | undefined {
    return this.lookup(path, digest);
  }

  set(path: string, digest: string, evidence: FileEvidence): void {
    const i = evidence.lines.map((a) => [a.key, a.nWords, a.reason, a.score]);
    this.store(path, digest, { i, b: storedSplits(evidence.bylines), d: storedSplits(evidence.dates), c: storedSplits(evidence.credits) });
  }
}

/**
 * Digests of each article's paragraph comparison keys (the pipeline's boilerplate test), keyed by a
 * hash of the paragraphs; an entry must hold one digest per paragraph.
 */
export class ParagraphKeysCache extends KeyedEntryCache<string[]> {
  protected readonly label = 'paragraph keys';
  protected check(value: unknown): { ok: true; value: string[] } | { ok: false; problem: string } {
    return Array.isArray(value) && value.every((d) => typeof d === 'string' && d !== '') ? { ok: true, value: value as string[] } : { ok: false, problem: 'wrong shape' };
  }

  digests(paragraphs: readonly string[], make: () => string[]): readonly string[] {
    const hash = createHash('sha1');
    for (const p of paragraphs) hash.update(`${p.length}:`).update(p);
    const key = hash.digest('base64url');
    const kept = this.lookup(key, '');
    if (kept !== undefined && kept.length === paragraphs.length) return kept;
    const made = make();
    this.store(key, '', made);
    return made;
  }
}
