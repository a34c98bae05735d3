/** The search index from the articles' records: the fields of the article page, order-free, reused while the records are unchanged. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSearchRecords, shardRecords, sourceOf, startSearchIndex, writeSearchRecords } from '../../src/render/search-index.ts';
import { searchRecords } from '../../src/render/search-records.ts';

const work = mkdtempSync(join(tmpdir(), 'kiosque-records-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ARTICLES = [
  { id: 'pont-ferme', title: 'Fermeture du pont', paragraphs: ['Le pont restera fermé trois semaines pour des travaux.'], outlet: 'La Gazette', publishedAt: '2019-03-05T18:30:00+01:00' },
  { id: 'budget-vote', title: 'Le conseil vote le budget', paragraphs: [], outlet: null, publishedAt: null },
];

/** sha256 of every file under a folder, by relative path. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex')])
      .sort(),
  );
}

describe('searchRecords', () => {
  it('gives each article page its URL, text and the page’s filters, meta and sort, sorted by URL', () => {
    const records = searchRecords(ARTICLES);
    expect(records.map((r) => r.url)).toEqual(['/articles/budget-vote/', '/articles/pont-ferme/']);
    const [undated, dated] = records;
    expect(dated).toMatchObject({ meta: { title: 'Fermeture du pont', source: 'La Gazette', date: '2019-03-05' }, filters: { source: ['La Gazette'], mois: ['2019-03'] }, sort: { date: '2019-03-05' }, published: '2019-03-05T18:30:00+01:00' });
    expect(dated!.content).toContain('trois semaines');
    // Undated: no date meta nor month filter, sorted last.
    expect(undated!.meta).not.toHaveProperty('date');
    expect(undated!.filters).not.toHaveProperty('mois');
    expect(undated!.sort.date < dated!.sort.date).toBe(true);
  });
});

describe('startSearchIndex', () => {
  it('writes the same index whatever the records’ order, and reuses it while they are unchanged', async () => {
    const records = searchRecords(ARTICLES);
    const cacheDir = join(work, 'cache');
    const a = startSearchIndex(records, { cacheDir, stagingDir: join(work, 'staging-a') });
    expect(await a.finish(join(work, 'out-a'))).toEqual({ reused: false, indexed: 1 });
    const b = startSearchIndex(records.toReversed(), { stagingDir: join(work, 'staging-b') });
    expect(await b.finish(join(work, 'out-b'))).toEqual({ reused: false, indexed: 1 });
    expect(files(join(work, 'out-b', 'pagefind'))).toEqual(files(join(work, 'out-a', 'pagefind')));
    const again = startSearchIndex(records, { cacheDir, stagingDir: join(work, 'staging-c') });
    expect(await again.finish(join(work, 'out-c'))).toEqual({ reused: true, indexed: 0 });
    expect(files(join(work, 'out-c', 'pagefind'))).toEqual(files(join(work, 'out-a', 'pagefind')));
    const changed = startSearchIndex(searchRecords([{ ...ARTICLES[0]!, title: 'Le pont rouvre' }, ARTICLES[1]!]), { cacheDir, stagingDir: join(work, 'staging-d') });
    expect(await changed.finish(join(work, 'out-d'))).toEqual({ reused: false, indexed: 1 });
  }, 30_000);

  it('never makes the records of a part it reuses', async () => {
    const records = searchRecords(ARTICLES);
    const cacheDir = join(work, 'cache-lazy');
    await startSearchIndex(records, { cacheDir, stagingDir: join(work, 'staging-e') }).finish(join(work, 'out-e'));
    const lazy = records.map((r) => ({ ...sourceOf(r), make: () => { throw new Error(`made ${r.url}`); } }));
    expect(await startSearchIndex(lazy, { cacheDir, stagingDir: join(work, 'staging-f') }).finish(join(work, 'out-f'))).toEqual({ reused: true, indexed: 0 });
    expect(files(join(work, 'out-f', 'pagefind'))).toEqual(files(join(work, 'out-e', 'pagefind')));
  }, 30_000);

  it('reads back only a records file of this build and layout', async () => {
    const file = join(work, 'records.json');
    await writeSearchRecords(file, searchRecords(ARTICLES));
    expect((await readSearchRecords(file))?.length).toBe(2);
    expect(await readSearchRecords(file, Date.now() + 60_000)).toBeNull();
    expect(await readSearchRecords(join(work, 'missing.json'))).toBeNull();
  });
});

describe('shardRecords', () => {
  /** Invented records: a URL and a day (some days shared, one undated). */
  const records = Array.from({ length: 23 }, (_, i) => ({ url: `/articles/a-${String((i * 7) % 23).padStart(2, '0')}/`, sort: { date: i % 5 === 4 ? '0000-00-00' : `2019-0${1 + (i % 3)}-${String(10 + (i % 4)).padStart(2, '0')}` } }));
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const global = [...records].sort((x, y) => cmp(x.sort.date, y.sort.date) || cmp(x.url, y.url));

  it('keeps one part, sorted by URL, up to the maximum', () => {
    const parts = shardRecords(records, 23);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.map((r) => r.url)).toEqual(records.map((r) => r.url).sort());
  });

  it('splits into ceil(n / max) parts of even size, each sorted by URL, every record once', () => {
    for (const max of [1, 2, 5, 10, 22]) {
      const parts = shardRecords(records, max);
      expect(parts).toHaveLength(Math.ceil(23 / max));
      expect(parts.flat().map((r) => r.url).sort()).toEqual(records.map((r) => r.url).sort());
      for (const part of parts) {
        expect(part.length).toBeLessThanOrEqual(max);
        expect(part.map((r) => r.url)).toEqual(part.map((r) => r.url).sort());
      }
      expect(Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length))).toBeLessThanOrEqual(1);
    }
  });

  it('makes at most maxParts parts: past that, the parts grow instead (the browser merges every part on the first search)', () => {
    for (const [max, maxParts] of [[1, 4], [2, 3], [5, 2], [1, 23], [1, 30]] as const) {
      const parts = shardRecords(records, max, maxParts);
      expect(parts, `max ${max}, maxParts ${maxParts}`).toHaveLength(Math.min(maxParts, Math.ceil(23 / max)));
      expect(parts.flat().map((r) => r.url).sort()).toEqual(records.map((r) => r.url).sort());
      expect(Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length))).toBeLessThanOrEqual(1);
    }
  });

  it('deals by date rank so that position p of part k is global rank p·K + K−1−k (the merged date sort is exact)', () => {
    for (const max of [2, 3, 5, 8]) {
      const parts = shardRecords(records, max);
      const k = parts.length;
      parts.forEach((part, i) => {
        // The part's own date order (date, then URL: Pagefind's order for equal values when records go in by URL).
        const own = [...part].sort((x, y) => cmp(x.sort.date, y.sort.date) || cmp(x.url, y.url));
        own.forEach((r, p) => expect(r, `max ${max}, part ${i}, position ${p}`).toBe(global[p * k + k - 1 - i]));
      });
      // Merging as Pagefind does for "newest first": score = position, higher first, ties in part order.
      const merged = parts
        .flatMap((part, i) => [...part].sort((x, y) => cmp(x.sort.date, y.sort.date) || cmp(x.url, y.url)).map((r, p) => ({ r, score: p, i })))
        .sort((x, y) => y.score - x.score || x.i - y.i)
        .map((x) => x.r);
      expect(merged).toEqual(global.toReversed());
    }
  });
});

describe('startSearchIndex in parts', () => {
  const MANY = Array.from({ length: 5 }, (_, i) => ({ id: `article-${i}`, title: `Réunion numéro ${i} du conseil`, paragraphs: [`Le conseil municipal s’est réuni pour la ${i + 1}e fois cette année.`], outlet: i % 2 ? 'La Gazette' : 'Le Courrier', publishedAt: `2019-03-0${i + 1}T18:30:00+01:00` }));

  it('writes one index per part, lists the others in parts.json, and indexes again only the part of an edited article', async () => {
    const cacheDir = join(work, 'cache-parts');
    const first = startSearchIndex(searchRecords(MANY), { cacheDir, stagingDir: join(work, 'staging-p1'), maxRecords: 2 });
    expect(first.parts).toBe(3);
    expect(await first.finish(join(work, 'out-p1'))).toEqual({ reused: false, indexed: 3 });
    const index = join(work, 'out-p1', 'pagefind');
    expect(JSON.parse(readFileSync(join(index, 'parts.json'), 'utf8'))).toEqual({ parts: ['part-1/', 'part-2/'] });
    for (const dir of ['', 'part-1', 'part-2']) expect(existsSync(join(index, dir, 'pagefind-entry.json')), dir).toBe(true);
    const before = files(index);

    const edited = MANY.map((a, i) => (i === 2 ? { ...a, paragraphs: ['Le conseil a reporté sa séance.'] } : a));
    const again = startSearchIndex(searchRecords(edited), { cacheDir, stagingDir: join(work, 'staging-p2'), maxRecords: 2 });
    expect(await again.finish(join(work, 'out-p2'))).toEqual({ reused: false, indexed: 1 });
    const after = files(join(work, 'out-p2', 'pagefind'));
    const changed = Object.keys(after).filter((p) => after[p] !== before[p]).map((p) => p.split('/')[0]);
    // Only one part's files changed (part 0's files sit at the top of the folder).
    expect(new Set(changed.map((c) => (c!.startsWith('part-') ? c : 'part-0'))).size).toBe(1);

    // A cold build of the edited records writes the same files.
    const cold = startSearchIndex(searchRecords(edited), { stagingDir: join(work, 'staging-p3'), maxRecords: 2 });
    await cold.finish(join(work, 'out-p3'));
    expect(files(join(work, 'out-p3', 'pagefind'))).toEqual(after);
  }, 60_000);

  it('writes an empty parts list for a site in one part', async () => {
    const one = startSearchIndex(searchRecords(MANY), { stagingDir: join(work, 'staging-p4') });
    expect(one.parts).toBe(1);
    await one.finish(join(work, 'out-p4'));
    expect(JSON.parse(readFileSync(join(work, 'out-p4', 'pagefind', 'parts.json'), 'utf8'))).toEqual({ parts: [] });
  }, 30_000);
});
