/** The build caches heal: damaged, misshapen or stale entries are dropped with a warning and the files parsed again; an unchanged corpus reuses the whole result. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusKey, CorpusResultCache, PrepareFileCache } from '../../src/ingest/corpus-cache.ts';
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
