/** The build caches heal: damaged, misshapen or stale entries are dropped with a warning and the files parsed again; an unchanged corpus reuses the whole result. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalysisCache, corpusKey, CorpusResultCache, PrepareFileCache } from '../../src/ingest/corpus-cache.ts';
import { ingestFolder } from '../../src/ingest/pipeline.ts';
import type { PreparedFile } from '../../src/ingest/types.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'content', 'articles');

const PREPARED: PreparedFile = {
  path: 'a.txt',
  encoding: 'utf-8',
  repaired: false,
  lines: [
    { n: 1, text: 'Un titre inventé pour le test' },
    { n: 3, text: 'Le conseil municipal a voté le budget mardi soir.' },
  ],
};

let work: string;
let warnings: string[];
const warn = (m: string) => void warnings.push(m);
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kiosque-cache-'));
  warnings = [];
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A saved prepare cache holding PREPARED (and a second file), reopened. */
async function savedPrepareCache(edit?: (lines: string[]) => string[]): Promise<PrepareFileCache> {
  const file = join(work, 'prepare.ndjson');
  const first = new PrepareFileCache(file, warn);
  await first.load();
  first.set('a.txt', 'd1', PREPARED);
  first.set('b.txt', 'd2', { ...PREPARED, path: 'b.txt' });
  await first.save();
  if (edit) writeFileSync(file, edit(readFileSync(file, 'utf8').trimEnd().split('\n')).join('\n'));
  const second = new PrepareFileCache(file, warn);
  await second.load();
  return second;
}

/** Rewrites the record of `path` with `change` applied to its parsed form. */
const editRecord = (path: string, change: (record: { value: PreparedFile; hash: string }) => void) => (lines: string[]) =>
  lines.map((line) => {
    const record = JSON.parse(line) as { path?: string; value: PreparedFile; hash: string };
    if (record.path !== path) return line;
    change(record);
    return JSON.stringify(record);
  });

describe('PrepareFileCache', () => {
  it('returns a saved entry for the same digest only', async () => {
    const cache = await savedPrepareCache();
    expect(cache.get('a.txt', 'd1')).toEqual(PREPARED);
    expect(cache.get('a.txt', 'other digest')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('ignores a cache written by other pipeline code (a changed decoder or line splitter decodes again)', async () => {
    // The first line names the format and the code; a cache of the layout alone (an older build) is not used.
    const layout = (lines: string[]) => String((JSON.parse(lines[0]!) as { format: unknown }).format).split(':')[0]!;
    const older = await savedPrepareCache((lines) => [JSON.stringify({ format: Number(layout(lines)) }), ...lines.slice(1)]);
    expect(older.get('a.txt', 'd1')).toBeUndefined();
    const other = await savedPrepareCache((lines) => [JSON.stringify({ format: `${layout(lines)}:another-code` }), ...lines.slice(1)]);
    expect(other.get('a.txt', 'd1')).toBeUndefined();
    expect((await savedPrepareCache()).get('a.txt', 'd1')).toEqual(PREPARED);
  });

  it('drops an entry whose text was changed (valid JSON, digest untouched) and warns', async () => {
    const cache = await savedPrepareCache(editRecord('a.txt', (r) => (r.value.lines[1]!.text = r.value.lines[1]!.text.replace('mardi', 'jeudi'))));
    expect(cache.get('a.txt', 'd1')).toBeUndefined();
    expect(cache.get('b.txt', 'd2')).toEqual({ ...PREPARED, path: 'b.txt' });
    expect(warnings).toEqual([expect.stringMatching(/a\.txt dropped \(content does not match its hash\)/)]);
  });

  it.each([
    ['lines: null', (v: PreparedFile) => ((v as unknown as { lines: null }).lines = null)],
    ['lines: []', (v: PreparedFile) => (v.lines = [])],
    ['an empty line', (v: PreparedFile) => (v.lines[0]!.text = '')],
    ['no path', (v: PreparedFile) => delete (v as Partial<PreparedFile>).path],
  ])('drops an entry with %s even when its hash was updated to match', async (_, change) => {
    // Rehashed honestly, as a buggy writer would have: only the shape check can catch it.
    const cache = await savedPrepareCache(
      editRecord('a.txt', (r) => {
        change(r.value);
        r.hash = createHash('sha1').update(JSON.stringify(r.value)).digest('hex');
      }),
    );
    expect(cache.get('a.txt', 'd1')).toBeUndefined();
    expect(cache.get('b.txt', 'd2')).toBeDefined();
    expect(warnings).toEqual([expect.stringMatching(/a\.txt dropped \((wrong shape|entry of another file)/)]);
  });

  it('survives truncated and garbled files: the intact lines are used, the rest parsed again', async () => {
    const cache = await savedPrepareCache((lines) => [...lines.slice(0, 2), '{"path":"b.txt","dig']);
    expect(cache.get('a.txt', 'd1')).toEqual(PREPARED);
    expect(cache.get('b.txt', 'd2')).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/1 damaged line/)]);
    writeFileSync(join(work, 'garbage.ndjson'), '\u0000\u0001not json at all');
    const garbage = new PrepareFileCache(join(work, 'garbage.ndjson'), warn);
    await garbage.load();
    expect(garbage.get('a.txt', 'd1')).toBeUndefined();
  });
});

describe('CorpusResultCache and the pipeline', () => {
  let articles: string;
  beforeEach(() => {
    articles = join(work, 'articles');
    cpSync(SEEDS, articles, { recursive: true });
  });
  const caches = () => ({
    cache: new PrepareFileCache(join(work, 'prepare.ndjson'), warn),
    corpusCache: new CorpusResultCache(join(work, 'corpus.ndjson'), warn),
  });
  /** One ingest with both caches, saved as the loader does. */
  async function run() {
    const options = caches();
    const result = await ingestFolder(articles, options);
    await options.cache.save();
    return result;
  }
  const withoutTiming = ({ stats, parsed: _p, reused: _r, ...rest }: Awaited<ReturnType<typeof run>>) => ({ ...rest, stats: { ...stats, ms: 0 } });

  it('reuses the whole result when nothing changed, and runs again after an edit', async () => {
    const cold = await run();
    expect(cold.parsed).toBe(5);
    const warm = await run();
    expect(warm).toMatchObject({ parsed: 0, reused: 5 });
    expect(withoutTiming(warm)).toEqual(withoutTiming(cold));
    expect(withoutTiming(warm)).toEqual(withoutTiming(await ingestFolder(articles)));

    const name = cold.articles[0]!.files[0]!.path;
    writeFileSync(join(articles, name), `${readFileSync(join(articles, name), 'utf8')}\n\nUne phrase ajoutée à la fin de l’article pour le test.\n`);
    const edited = await run();
    expect(edited).toMatchObject({ parsed: 1, reused: 4 });
    expect(edited.articles.find((a) => a.files[0]!.path === name)!.paragraphs.at(-1)).toContain('Une phrase ajoutée');
    expect(warnings).toEqual([]);
  });

  it('times every stage of a run in order, and only the reading when the whole result is reused', async () => {
    const timed = async () => {
      const stages: [string, number][] = [];
      const options = { ...caches(), onStage: (stage: string, ms: number) => void stages.push([stage, ms]) };
      await ingestFolder(articles, options);
      await options.cache.save();
      return stages;
    };
    const cold = await timed();
    expect(cold.map(([s]) => s)).toEqual(['read', 'prepare', 'evidence', 'analyse', 'fold', 'stories', 'finish']);
    for (const [, ms] of cold) expect(ms).toBeGreaterThanOrEqual(0);
    expect((await timed()).map(([s]) => s)).toEqual(['read']);
  });

  it('drops a stored result with one word changed and recomputes it, with a warning', async () => {
    const cold = await run();
    const file = join(work, 'corpus.ndjson');
    const word = cold.articles[0]!.paragraphs[0]!.split(' ')[1]!;
    writeFileSync(file, readFileSync(file, 'utf8').replace(` ${word} `, ' MOT-CHANGÉ '));
    const healed = await run();
    expect(healed.articles.some((a) => a.paragraphs.some((p) => p.includes('MOT-CHANGÉ')))).toBe(false);
    expect(withoutTiming(healed)).toEqual(withoutTiming(cold));
    expect(warnings).toEqual([expect.stringMatching(/corpus cache dropped \(line \d+ does not match its hash\)/)]);
  });

  it('drops a truncated or misshapen stored result', async () => {
    await run();
    const file = join(work, 'corpus.ndjson');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, lines.slice(0, -1).join('\n'));
    const truncated = await new CorpusResultCache(file, warn).get(JSON.parse(lines[0]!).key);
    expect(truncated).toBeUndefined();
    expect(warnings.at(-1)).toMatch(/corpus cache dropped \(\d+ of \d+ lines\)/);
  });

  it('keys a corpus by its files and options, not by their order', () => {
    const a = corpusKey([['a.txt', '1'], ['b.txt', '2']], [], { maxLines: 10 });
    expect(corpusKey([['b.txt', '2'], ['a.txt', '1']], [], { maxLines: 10 })).toBe(a);
    expect(corpusKey([['a.txt', '1'], ['b.txt', '3']], [], { maxLines: 10 })).not.toBe(a);
    expect(corpusKey([['a.txt', '1'], ['b.txt', '2']], [], { maxLines: 11 })).not.toBe(a);
    expect(corpusKey([['a.txt', '1'], ['b.txt', '2']], [{ path: 'c.txt', reason: 'too large' }], { maxLines: 10 })).not.toBe(a);
  });
});

describe('AnalysisCache', () => {
  type Evidence = { docCount: number; keys: Map<string, { docs: number }>; suffixes: Set<string> };
  const evidence = (docs: number): Evidence => ({ docCount: 10, keys: new Map([['a', { docs }], ['b', { docs: 1 }]]), suffixes: new Set(['x']) });
  /** An analysis reading one key, one set member and one scalar. */
  const analyze = (e: Evidence) => ({ a: e.keys.get('a')?.docs ?? 0, x: e.suffixes.has('x'), n: e.docCount, list: [1, 2] });
  const file = () => join(work, 'analysis.ndjson');

  async function reopened(): Promise<AnalysisCache> {
    const cache = new AnalysisCache(file(), warn);
    await cache.load();
    return cache;
  }

  it('reuses a result while the file and the evidence it read are unchanged; analyses again otherwise', async () => {
    const first = await reopened();
    expect(first.run('f.txt', 'd1', evidence(3), analyze)).toEqual({ a: 3, x: true, n: 10, list: [1, 2] });
    await first.save();
    const second = await reopened();
    const calls: string[] = [];
    const counted = (e: Evidence) => (calls.push('run'), analyze(e));
    // Key "b" was never read: changing it keeps the result.
    const other = evidence(3);
    other.keys.set('b', { docs: 99 });
    expect(second.run('f.txt', 'd1', other, counted)).toEqual({ a: 3, x: true, n: 10, list: [1, 2] });
    expect(calls).toEqual([]);
    expect(second.run('f.txt', 'd1', evidence(4), counted)).toEqual({ a: 4, x: true, n: 10, list: [1, 2] });
    expect(second.run('f.txt', 'd2', evidence(3), counted)).toEqual({ a: 3, x: true, n: 10, list: [1, 2] });
    expect(calls).toEqual(['run', 'run']);
    expect(warnings).toEqual([]);
  });

  it('never stores a run that used the evidence in a way it cannot replay (iteration, size)', async () => {
    const first = await reopened();
    first.run('f.txt', 'd1', evidence(3), (e) => [...e.keys.keys()].length + e.keys.size);
    await first.save();
    const second = await reopened();
    let runs = 0;
    second.run('f.txt', 'd1', evidence(3), (e) => (runs++, [...e.keys.keys()].length));
    expect(runs).toBe(1);
  });

  it('drops a damaged entry with a warning and analyses again', async () => {
    const first = await reopened();
    first.run('f.txt', 'd1', evidence(3), analyze);
    await first.save();
    const lines = readFileSync(file(), 'utf8').trimEnd().split('\n');
    const record = JSON.parse(lines[1]!) as { reads: unknown[][] };
    record.reads[0]![3] = '"changed"';
    writeFileSync(file(), [lines[0], JSON.stringify(record)].join('\n'));
    const second = await reopened();
    expect(second.run('f.txt', 'd1', evidence(3), analyze)).toEqual({ a: 3, x: true, n: 10, list: [1, 2] });
    expect(second.analysed).toBe(1);
    expect(warnings).toEqual([expect.stringMatching(/analysis cache entry for f\.txt dropped \(entry does not match its hash\)/)]);
  });

  it('gives the pipeline the same result as no cache, warm and after an edit, analysing only what changed', async () => {
    const articles = join(work, 'articles');
    cpSync(SEEDS, articles, { recursive: true });
    const strip = ({ stats, parsed: _p, reused: _r, ...rest }: Awaited<ReturnType<typeof ingestFolder>>) => ({ ...rest, stats: { ...stats, ms: 0 } });
    const run = async () => {
      const analysisCache = await reopened();
      const result = await ingestFolder(articles, { analysisCache });
      await analysisCache.save();
      return { result: strip(result), analysed: analysisCache.analysed };
    };
    expect(await run()).toEqual({ result: strip(await ingestFolder(articles)), analysed: 5 });
    expect(await run()).toEqual({ result: strip(await ingestFolder(articles)), analysed: 0 });
    const name = readdirSync(articles).sort()[2]!;
    writeFileSync(join(articles, name), `${readFileSync(join(articles, name), 'utf8')}\n\nUne phrase ajoutée pour le test, à la fin.\n`);
    const edited = await run();
    expect(edited.result).toEqual(strip(await ingestFolder(articles)));
    expect(edited.analysed).toBeLessThan(5);
    expect(warnings).toEqual([]);
  });
});
