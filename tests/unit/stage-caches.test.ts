/** The per-stage caches (metadata lines, …) give exactly what the stages give, and never a stale or damaged entry. */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalysisCache, MetaLinesCache, PrepareFileCache } from '../../src/ingest/corpus-cache.ts';
import { extractMetaLines } from '../../src/ingest/metadata.ts';
import { ingestFolder, prepareFile, type IngestOptions } from '../../src/ingest/pipeline.ts';
import type { Line } from '../../src/ingest/types.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'content', 'articles');
/** The public corpus beside the project, when present: real scraped pages (a slice is read). */
const PUBLIC = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'gilets-jaunes', 'articles');
/** Files of the public corpus read by the tests (every 12th: some 145 pages of many sites). */
const PUBLIC_STEP = 12;

let work: string;
let warnings: string[];
const warn = (m: string) => void warnings.push(m);
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kiosque-stage-cache-'));
  warnings = [];
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The seeds and, when present, a slice of the public corpus, copied into `dir`. */
function realCorpus(dir: string): void {
  cpSync(SEEDS, dir, { recursive: true });
  if (!existsSync(PUBLIC)) return;
  const names = readdirSync(PUBLIC).filter((n) => n.endsWith('.txt')).sort();
  mkdirSync(join(dir, 'public'));
  for (const [i, name] of names.entries()) if (i % PUBLIC_STEP === 0) cpSync(join(PUBLIC, name), join(dir, 'public', name));
}

/** Prepared lines of a text file (the pipeline's per-file pass). */
function linesOf(path: string, text: string): Line[] {
  const p = prepareFile({ path, bytes: new TextEncoder().encode(text) });
  if (!p.ok) throw new Error(p.reason);
  return p.value.lines;
}

const ARTICLE = [
  'Le conseil municipal adopte le budget des écoles',
  'Par Jeanne Dupont | 12.03.2024, 18:05',
  'Le conseil municipal a voté mardi soir un budget en hausse pour les écoles de la ville, après trois heures de débat.',
  'L’opposition a dénoncé un calendrier trop serré pour les travaux prévus cet été.',
  'Source : Le Monde',
].join('\n\n');

/** Rewrites the record of `key` in a cache file (a damaged or hand-edited entry). */
function editEntry(file: string, key: string, change: (record: { key: string; digest: string; v: any; h: string }) => void): void {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  writeFileSync(
    file,
    lines
      .map((line, i) => {
        if (i === 0) return line;
        const record = JSON.parse(line);
        if (record.key !== key) return line;
        change(record);
        return JSON.stringify(record);
      })
      .join('\n'),
  );
}
const rehash = (r: { key: string; digest: string; v: unknown; h: string }) =>
  (r.h = createHash('sha1').update(JSON.stringify([r.key, r.digest, r.v])).digest('hex'));

describe('MetaLinesCache', () => {
  const file = () => join(work, 'meta.ndjson');
  async function reopened(): Promise<MetaLinesCache> {
    const cache = new MetaLinesCache(file(), warn);
    await cache.load();
    return cache;
  }
  /** extractMetaLines, counting its calls. */
  const counted = (calls: string[]) => (lines: readonly Line[]) => (calls.push('extract'), extractMetaLines(lines));

  it('gives back the split of the same lines: the same Line objects, kept in order, the same reasons and metadata', async () => {
    const lines = linesOf('a.txt', ARTICLE);
    const first = await reopened();
    const fresh = first.run('a.txt', 'd1', lines, extractMetaLines);
    expect(fresh.removed.map((r) => r.reason)).toEqual(['metadata:byline', 'metadata:source']);
    await first.save();
    const calls: string[] = [];
    const cached = (await reopened()).run('a.txt', 'd1', lines, counted(calls));
    expect(calls).toEqual([]);
    expect(cached).toEqual(extractMetaLines(lines));
    cached.kept.forEach((l, i) => expect(l).toBe(fresh.kept[i]));
    cached.removed.forEach((r, i) => expect(r.line).toBe(fresh.removed[i]!.line));
    expect(warnings).toEqual([]);
  });

  it('splits a changed file again (never the metadata of its former text)', async () => {
    const first = await reopened();
    first.run('a.txt', 'd1', linesOf('a.txt', ARTICLE), extractMetaLines);
    await first.save();
    const edited = linesOf('a.txt', ARTICLE.replace('Source : Le Monde', 'Source : Libération').replace('Jeanne Dupont', 'Paul Martin'));
    const calls: string[] = [];
    const split = (await reopened()).run('a.txt', 'd2', edited, counted(calls));
    expect(calls).toEqual(['extract']);
    expect(split.meta).toMatchObject({ author: 'Paul Martin', sourceOutlet: 'Libération' });
  });

  it('drops an entry changed by hand (a reason, a line index, the metadata) with a warning, and splits again', async () => {
    const lines = linesOf('a.txt', ARTICLE);
    for (const change of [
      (r: { v: any }) => (r.v.removed[0][1] = 'metadata:date'),
      (r: { v: any }) => (r.v.removed[0][0] = 2),
      (r: { v: any }) => (r.v.meta.author = 'Quelqu’un d’autre'),
    ]) {
      warnings = [];
      const first = await reopened();
      first.run('a.txt', 'd1', lines, extractMetaLines);
      await first.save();
      editEntry(file(), 'a.txt', change);
      const calls: string[] = [];
      expect((await reopened()).run('a.txt', 'd1', lines, counted(calls))).toEqual(extractMetaLines(lines));
      expect(calls).toEqual(['extract']);
      expect(warnings).toEqual([expect.stringMatching(/metadata cache entry for a\.txt dropped \(entry does not match its hash\)/)]);
      rmSync(file());
    }
  });

  it.each([
    ['an index out of range', (v: any) => (v.removed[0][0] = 99)],
    ['one line removed twice', (v: any) => (v.removed[1][0] = v.removed[0][0])],
    ['another number of lines', (v: any) => (v.n = 3)],
    ['a missing field', (v: any) => delete v.meta.url],
    ['an empty reason', (v: any) => (v.removed[0][1] = '')],
  ])('never uses an entry with %s, even rehashed to match', async (_, change) => {
    const lines = linesOf('a.txt', ARTICLE);
    const first = await reopened();
    first.run('a.txt', 'd1', lines, extractMetaLines);
    await first.save();
    editEntry(file(), 'a.txt', (r) => (change(r.v), rehash(r)));
    const calls: string[] = [];
    expect((await reopened()).run('a.txt', 'd1', lines, counted(calls))).toEqual(extractMetaLines(lines));
    expect(calls).toEqual(['extract']);
  });

  it('ignores a cache written by other pipeline code, and a truncated or garbled file', async () => {
    const lines = linesOf('a.txt', ARTICLE);
    const first = await reopened();
    first.run('a.txt', 'd1', lines, extractMetaLines);
    first.run('b.txt', 'd1', lines, extractMetaLines);
    await first.save();
    const saved = readFileSync(file(), 'utf8').trimEnd().split('\n');
    const calls: string[] = [];
    writeFileSync(file(), [JSON.stringify({ format: `${String(JSON.parse(saved[0]!).format).split(':')[0]}:other-code` }), ...saved.slice(1)].join('\n'));
    (await reopened()).run('a.txt', 'd1', lines, counted(calls));
    expect(calls).toEqual(['extract']);
    writeFileSync(file(), [saved[0], saved[1], saved[2]!.slice(0, 30)].join('\n'));
    const truncated = await reopened();
    truncated.run('a.txt', 'd1', lines, counted(calls));
    truncated.run('b.txt', 'd1', lines, counted(calls));
    expect(calls).toEqual(['extract', 'extract']);
    expect(warnings.length).toBeGreaterThan(0);
    writeFileSync(file(), '\u0000\u0001not json');
    (await reopened()).run('a.txt', 'd1', lines, counted(calls));
    expect(calls).toEqual(['extract', 'extract', 'extract']);
  });

  it('never stores a split that does not hold the file’s own lines', async () => {
    const lines = linesOf('a.txt', ARTICLE);
    const first = await reopened();
    first.run('a.txt', 'd1', lines, (l) => {
      const split = extractMetaLines(l);
      return { ...split, kept: split.kept.map((k) => ({ ...k })) };
    });
    await first.save();
    const calls: string[] = [];
    (await reopened()).run('a.txt', 'd1', lines, counted(calls));
    expect(calls).toEqual(['extract']);
  });

  it('saves only the entries used or made by the last run', async () => {
    const lines = linesOf('a.txt', ARTICLE);
    const first = await reopened();
    first.run('a.txt', 'd1', lines, extractMetaLines);
    first.run('b.txt', 'd1', lines, extractMetaLines);
    await first.save();
    const second = await reopened();
    second.run('a.txt', 'd1', lines, extractMetaLines);
    second.run('c.txt', 'd1', lines, extractMetaLines);
    await second.save();
    const keys = readFileSync(file(), 'utf8').trimEnd().split('\n').slice(1).map((l) => JSON.parse(l).key);
    expect(keys.sort()).toEqual(['a.txt', 'c.txt']);
  });

  it('gives the stage’s split for every page of a real corpus', async () => {
    const dir = join(work, 'articles');
    realCorpus(dir);
    const pages: [string, Line[]][] = [];
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.txt')).sort()) {
      const bytes = readFileSync(join(dir, name));
      const p = prepareFile({ path: name, bytes });
      if (p.ok) pages.push([name, p.value.lines]);
    }
    const first = await reopened();
    for (const [name, lines] of pages) first.run(name, 'd', lines, extractMetaLines);
    await first.save();
    const second = await reopened();
    for (const [name, lines] of pages) {
      const cached = second.run(name, 'd', lines, () => {
        throw new Error(`${name} not cached`);
      });
      const fresh = extractMetaLines(lines);
      expect(cached).toEqual(fresh);
      cached.kept.forEach((l, i) => expect(l).toBe(fresh.kept[i]));
    }
    expect(second.reused).toBe(pages.length);
  });
});

describe('the pipeline with every cache', () => {
  const strip = ({ stats, parsed: _p, reused: _r, ...rest }: Awaited<ReturnType<typeof ingestFolder>>) => ({ ...rest, stats: { ...stats, ms: 0 } });
  /** One ingest with fresh cache objects over the files in `work`, saved as the loader does. */
  async function cachedRun(dir: string) {
    const options = {
      cache: new PrepareFileCache(join(work, 'prepare.ndjson'), warn),
      analysisCache: new AnalysisCache(join(work, 'analysis.ndjson'), warn),
      metaCache: new MetaLinesCache(join(work, 'meta.ndjson'), warn),
    } satisfies IngestOptions;
    const result = await ingestFolder(dir, options);
    for (const c of Object.values(options)) await c.save();
    return { result: strip(result), options };
  }

  it('gives the result of a cold run without caches: cold, warm, after an edit of a metadata line, and after a file is removed', async () => {
    const dir = join(work, 'articles');
    realCorpus(dir);
    const cold = await cachedRun(dir);
    expect(cold.result).toEqual(strip(await ingestFolder(dir)));
    const warm = await cachedRun(dir);
    expect(warm.result).toEqual(cold.result);
    expect(warm.options.metaCache.made).toBe(0);

    // A source line added to a seed: its metadata changes, the cached split of its old text must not be used.
    const name = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()[1]!;
    writeFileSync(join(dir, name), `${readFileSync(join(dir, name), 'utf8')}\n\nSource : Libération\n`);
    const edited = await cachedRun(dir);
    expect(edited.options.metaCache.made).toBe(1);
    const fresh = strip(await ingestFolder(dir));
    expect(edited.result).toEqual(fresh);
    expect(fresh.articles.find((a) => a.files.some((f) => f.path === name))!.outlet).toBe('Libération');

    rmSync(join(dir, name));
    expect((await cachedRun(dir)).result).toEqual(strip(await ingestFolder(dir)));
    expect(warnings).toEqual([]);
  });

  it('heals a damaged metadata entry: the result stays the cold run’s, with a warning', async () => {
    const dir = join(work, 'articles');
    cpSync(SEEDS, dir, { recursive: true });
    const cold = await cachedRun(dir);
    const name = readdirSync(dir).sort()[0]!;
    editEntry(join(work, 'meta.ndjson'), name, (r) => (r.v.meta.author = 'Auteur Inventé'));
    // The analysis cache would hide a wrong split: it is removed so that the split is used.
    rmSync(join(work, 'analysis.ndjson'));
    const healed = await cachedRun(dir);
    expect(healed.result).toEqual(cold.result);
    expect(warnings).toEqual([expect.stringMatching(/metadata cache entry for .* dropped \(entry does not match its hash\)/)]);
  });
});
