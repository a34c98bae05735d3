/** The search index from the articles' records: the fields of the article page, order-free, reused while the records are unchanged. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSearchRecords, startSearchIndex, writeSearchRecords } from '../../src/render/search-index.ts';
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
    expect(await a.finish(join(work, 'out-a'))).toEqual({ reused: false });
    const b = startSearchIndex(records.toReversed(), { stagingDir: join(work, 'staging-b') });
    expect(await b.finish(join(work, 'out-b'))).toEqual({ reused: false });
    expect(files(join(work, 'out-b', 'pagefind'))).toEqual(files(join(work, 'out-a', 'pagefind')));
    const again = startSearchIndex(records, { cacheDir, stagingDir: join(work, 'staging-c') });
    expect(await again.finish(join(work, 'out-c'))).toEqual({ reused: true });
    expect(files(join(work, 'out-c', 'pagefind'))).toEqual(files(join(work, 'out-a', 'pagefind')));
    const changed = startSearchIndex(searchRecords([{ ...ARTICLES[0]!, title: 'Le pont rouvre' }, ARTICLES[1]!]), { cacheDir, stagingDir: join(work, 'staging-d') });
    expect(await changed.finish(join(work, 'out-d'))).toEqual({ reused: false });
  }, 30_000);

  it('reads back only a records file of this build and layout', async () => {
    const file = join(work, 'records.json');
    await writeSearchRecords(file, searchRecords(ARTICLES));
    expect((await readSearchRecords(file))?.length).toBe(2);
    expect(await readSearchRecords(file, Date.now() + 60_000)).toBeNull();
    expect(await readSearchRecords(join(work, 'missing.json'))).toBeNull();
  });
});
