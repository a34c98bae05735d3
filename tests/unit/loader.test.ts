import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { articleEntrySchema, type Article } from '../../src/schemas/article.ts';
import { kiosqueLoaders, reportEntrySchema, REPORT_ENTRY_ID, type IngestFunction } from '../../src/ingest/loader.ts';
import { RENDER_VERSION } from '../../src/render/article-html.ts';
import { readBody } from '../../src/render/article-body.ts';
import { readRecordHashes, readSearchRecords, recordHash, SEARCH_HASHES_FILE, SEARCH_RECORDS_FILE, takeEarlySearchIndex, writeRecordHashes } from '../../src/render/search-index.ts';
import { CODE_KEY_ENV, PREVIOUS_SITE_ENV } from '../../src/render/page-keys.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string | number; rendered?: { html: string } };

/** An entry's body HTML, kept beside the store under its key (src/render/article-body.ts). */
const bodyOf = (e: Entry): string => readBody(String(e.data['body']));

/** Minimal stand-in for Astro's content layer: store, meta, logger, parseData (zod), generateDigest. */
function fakeContext(collection: 'articles' | 'report', root: string, stores: Map<string, Map<string, Entry>>, log: string[]) {
  const entries = stores.get(collection) ?? new Map<string, Entry>();
  stores.set(collection, entries);
  const meta = new Map<string, string>();
  const schema = collection === 'articles' ? articleEntrySchema : reportEntrySchema;
  const parsed: string[] = [];
  const context = {
    collection,
    store: {
      get: (id: string) => entries.get(id),
      set: (e: Entry) => (entries.set(e.id, e), true),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      entries: () => [...entries.entries()],
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
      has: (id: string) => entries.has(id),
      addModuleImport: () => {},
    },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
    logger: {
      info: (m: string) => void log.push(`info ${m}`), warn: (m: string) => void log.push(`warn ${m}`),
      error: (m: string) => void log.push(`error ${m}`), debug: () => {}, options: {}, label: 'kiosque', fork: () => context.logger,
    },
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return schema.parse(data);
    },
    generateDigest: (data: unknown) => createHash('sha1').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
  };
  return { context: context as unknown as LoaderContext, entries, parsed };
}

/**
 * A small ingest with the pipeline's contract: one article per .txt file (first line = title,
 * then paragraphs), the per-file pass cached by content digest; empty files rejected.
 */
const ingest: IngestFunction & { calls: number } = Object.assign(
  async (dir: string, options: Parameters<IngestFunction>[1] = {}) => {
    ingest.calls++;
    let parsed = 0;
    let reused = 0;
    const articles: Article[] = [];
    const rejected: Array<{ path: string; reason: string }> = [];
    await options.cache?.load?.();
    for (const path of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const bytes = readFileSync(join(dir, path));
      const digest = createHash('sha1').update(bytes).digest('hex');
      let prepared = options.cache?.get(path, digest);
      if (prepared) reused++;
      else {
        parsed++;
        const lines = bytes.toString('utf8').split('\n').map((t, i) => ({ n: i + 1, text: t.trim() })).filter((l) => l.text);
        prepared = { path, encoding: 'utf-8', repaired: false, lines };
        options.cache?.set(path, digest, prepared);
      }
      if (prepared.lines.length === 0) {
        rejected.push({ path, reason: 'fichier vide' });
        continue;
      }
      const id = path.replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
      articles.push({
        id, title: prepared.lines[0]!.text, titleSource: 'headline', outlet: null, republisher: null, author: null, publishedAt: null,
        paragraphs: prepared.lines.slice(1).map((l) => l.text), files: [{ path, outlet: null }], storyId: id,
        citedOutlets: [], url: null, flags: [], encoding: 'utf-8',
      });
    }
    return {
      articles, rejected, removed: [], parsed, reused,
      stats: { files: parsed + reused, bytes: 0, articles: articles.length, folded: 0, rejected: rejected.length, stories: articles.length, removedLines: 0, ms: 1 },
    };
  },
  { calls: 0 },
);

const SEED = {
  'a.txt': "L'Iran et la Russie conviennent de produire des drones kamikazes iraniens en Russie\nMoscou et Téhéran se sont mis d'accord sur un plan visant à assembler des armes de conception iranienne sur le territoire russe.\n",
  'b.txt': "L'Iran pourrait envoyer davantage de drones kamikazes à la Russie\nRécemment, la Russie a continué à attaquer les villes et les infrastructures ukrainiennes avec des drones de fabrication iranienne.\n",
  'c.txt': "La Russie et l'Iran construisent un partenariat de défense, prévient la Maison Blanche\n<script>alert(1)</script>\n",
};

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kiosque-loader-'));
  dir = join(root, 'articles');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const [name, text] of Object.entries(SEED)) writeFileSync(join(dir, name), text);
  ingest.calls = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** One content sync: the articles then the report loader, like Astro runs them. */
async function sync(loaders: ReturnType<typeof kiosqueLoaders>, stores: Map<string, Map<string, Entry>>, log: string[]) {
  const a = fakeContext('articles', root, stores, log);
  const r = fakeContext('report', root, stores, log);
  await Promise.all([loaders.articles.load(a.context), loaders.report.load(r.context)]);
  return { articles: a, report: r };
}

/** One content sync of a partial build (scripts/build.ts names the previous site). */
async function partialSync(stores: Map<string, Map<string, Entry>>, log: string[], codeKey = 'code') {
  const saved = [process.env[PREVIOUS_SITE_ENV], process.env[CODE_KEY_ENV]];
  process.env[PREVIOUS_SITE_ENV] = join(root, 'dist');
  process.env[CODE_KEY_ENV] = codeKey;
  try {
    return await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, log);
  } finally {
    for (const [name, value] of [[PREVIOUS_SITE_ENV, saved[0]], [CODE_KEY_ENV, saved[1]]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** One content sync of a full build run by scripts/build.ts (the code key set). */
async function keyedSync(stores: Map<string, Map<string, Entry>>, log: string[], codeKey = 'code') {
  process.env[CODE_KEY_ENV] = codeKey;
  try {
    return await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, log);
  } finally {
    delete process.env[CODE_KEY_ENV];
  }
}

describe('kiosqueLoaders', () => {
  it('throws at once on a wrong option, naming it', () => {
    expect(() => kiosqueLoaders({ dir: '', ingest })).toThrow(/"dir"/);
    expect(() => kiosqueLoaders({ dir: 'x', ingest, strict: 'yes' as unknown as boolean })).toThrow(/"strict"/);
    expect(() => kiosqueLoaders({ dir: 'x', ingest, maxBytes: -1 })).toThrow(/"maxBytes"/);
    expect(() => kiosqueLoaders({ dir: 'x', ingest: 'ingestFolder' as unknown as IngestFunction })).toThrow(/"ingest"/);
  });

  it('stores articles with HTML built from text, and the report, from one ingest run', async () => {
    const stores = new Map<string, Map<string, Entry>>();
    const log: string[] = [];
    const loaders = kiosqueLoaders({ dir: 'articles', ingest });
    const { articles, report } = await sync(loaders, stores, log);
    expect(ingest.calls).toBe(1);
    expect([...articles.entries.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(bodyOf(articles.entries.get('c')!)).toBe('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
    // The body is kept once, as HTML beside the store; the data keeps its key, its lead and length (a lean data store).
    expect(articles.entries.get('c')!).not.toHaveProperty('rendered');
    expect(articles.entries.get('c')!.data).not.toHaveProperty('paragraphs');
    expect(articles.entries.get('c')!.data).toMatchObject({ lead: ['<script>alert(1)</script>'], textLength: 25 });
    expect(report.entries.get(REPORT_ENTRY_ID)!.data).toMatchObject({ parsed: 3, reused: 0, rejected: [] });
    expect(log).toContain('info kiosque: 3 files, 3 parsed, 0 reused; 3 entries: 3 updated, 0 unchanged, 0 deleted; 0 rejected');
  });

  it('on a rebuild, decodes and re-renders only the changed file, and drops deleted files', async () => {
    const stores = new Map<string, Map<string, Entry>>();
    const log: string[] = [];
    await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, log);
    const bodies = join(dir, '..', 'cache', 'kiosque-bodies');
    const bKey = String(stores.get('articles')!.get('b')!.data['body']);
    expect(readdirSync(bodies)).toContain(`${bKey}.html`);

    // New build (new loaders, as in a new process), one file changed, one deleted.
    writeFileSync(join(dir, 'a.txt'), `${SEED['a.txt']}Voici ce que nous savons.\n`);
    unlinkSync(join(dir, 'b.txt'));
    log.length = 0;
    const second = await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, log);
    expect(second.articles.parsed).toEqual(['a']);
    expect([...second.articles.entries.keys()].sort()).toEqual(['a', 'c']);
    expect(bodyOf(second.articles.entries.get('a')!)).toContain('Voici ce que nous savons.');
    // The bodies no entry uses are deleted: the deleted file's, and the changed file's old one.
    expect(readdirSync(bodies).sort()).toEqual([...second.articles.entries.values()].map((e) => `${String(e.data['body'])}.html`).sort());
    expect(readdirSync(bodies)).not.toContain(`${bKey}.html`);
    expect(log).toContain('info kiosque: 2 files, 1 parsed, 1 reused; 2 entries: 1 updated, 1 unchanged, 1 deleted; 0 rejected');

    // Nothing changed: nothing parsed, nothing validated.
    log.length = 0;
    const third = await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, log);
    expect(third.articles.parsed).toEqual([]);
    expect(third.report.parsed).toEqual([]);
    expect(third.report.entries.get(REPORT_ENTRY_ID)!.data).toMatchObject({ parsed: 0, reused: 2 });
    expect(log).toContain('info kiosque: 2 files, 0 parsed, 2 reused; 2 entries: 0 updated, 2 unchanged, 0 deleted; 0 rejected');
  });

  it('stores again an entry a build with another entry shape left (an upgrade), never reusing it', async () => {
    const stores = new Map<string, Map<string, Entry>>();
    await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, []);
    // Make 'a' look like an entry of the earlier shape: every paragraph in its data, no lead, and a digest
    // made without the entry format, as that build made it.
    const a = stores.get('articles')!.get('a')!;
    const { lead: _lead, textLength: _length, ...rest } = a.data as Record<string, unknown>;
    const old = { ...rest, paragraphs: ['Moscou et Téhéran se sont mis d’accord.'] };
    const sha1 = (x: unknown) => createHash('sha1').update(JSON.stringify(x)).digest('hex');
    const article = (await ingest(dir)).articles.find((x) => x.id === 'a')!;
    const digest = `${sha1({ article, renderVersion: RENDER_VERSION })}.${sha1({ data: old, html: bodyOf(a) })}`;
    stores.get('articles')!.set('a', { ...a, data: old, digest });
    const next = await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, []);
    expect(next.articles.parsed).toEqual(['a']);
    expect(stores.get('articles')!.get('a')!.data).toHaveProperty('lead');
    expect(stores.get('articles')!.get('a')!.data).not.toHaveProperty('paragraphs');
  });

  it('heals a data store entry changed by hand (digest untouched): validated and rendered again, with a warning', async () => {
    const stores = new Map<string, Map<string, Entry>>();
    await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, []);
    const a = stores.get('articles')!.get('a')!;
    const b = stores.get('articles')!.get('b')!;
    const report = stores.get('report')!.get(REPORT_ENTRY_ID)!;
    stores.get('articles')!.set('a', { ...a, data: { ...a.data, title: String(a.data['title']).replace('Russie', 'Prusse') } });
    // (b's body file changed by hand under its key.)
    writeFileSync(join(dir, '..', 'cache', 'kiosque-bodies', `${String(b.data['body'])}.html`), bodyOf(b).replace('villes', 'vignes'));
    stores.get('report')!.set(REPORT_ENTRY_ID, { ...report, data: { ...report.data, rejected: [{ path: 'x.txt', reason: 'inventé' }] } });

    const log: string[] = [];
    const next = await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, log);
    expect(next.articles.parsed.sort()).toEqual(['a', 'b']);
    expect(next.report.parsed).toEqual([REPORT_ENTRY_ID]);
    expect(stores.get('articles')!.get('a')!.data['title']).toContain('Russie');
    expect(bodyOf(stores.get('articles')!.get('b')!)).toContain('villes');
    expect(stores.get('report')!.get(REPORT_ENTRY_ID)!.data['rejected']).toEqual([]);
    expect(log.filter((l) => l.startsWith('warn')).sort()).toEqual([
      expect.stringMatching(/2 stored article\(s\) no longer matched/),
      expect.stringMatching(/stored ingest report no longer matched/),
    ]);

    // Healed: the next build reuses everything again, silently.
    log.length = 0;
    const third = await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, log);
    expect(third.articles.parsed).toEqual([]);
    expect(third.report.parsed).toEqual([]);
    expect(log.some((l) => l.startsWith('warn'))).toBe(false);
  });

  it('runs the ingest once per sync, again on the next sync', async () => {
    const stores = new Map<string, Map<string, Entry>>();
    const loaders = kiosqueLoaders({ dir: 'articles', ingest });
    await sync(loaders, stores, []);
    await sync(loaders, stores, []);
    expect(ingest.calls).toBe(2);
  });

  it('logs rejected files, keeps the good ones, and fails only in strict mode', async () => {
    writeFileSync(join(dir, 'vide.txt'), '  \n\n');
    const stores = new Map<string, Map<string, Entry>>();
    const log: string[] = [];
    await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, log);
    expect([...stores.get('articles')!.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(log).toContain('warn kiosque: rejected vide.txt: fichier vide');
    const strict = kiosqueLoaders({ dir: 'articles', ingest, strict: true });
    await expect(sync(strict, new Map(), [])).rejects.toThrow(/KIOSQUE_STRICT.*\n {2}- vide\.txt: fichier vide/);
  });

  it('skips an article that fails validation and builds the others', async () => {
    const broken: IngestFunction = async (d, o) => {
      const result = await ingest(d, o);
      result.articles[1] = { ...result.articles[1]!, id: 'Pas Un Id!' };
      return result;
    };
    const stores = new Map<string, Map<string, Entry>>();
    const log: string[] = [];
    await sync(kiosqueLoaders({ dir: 'articles', ingest: broken }), stores, log);
    expect([...stores.get('articles')!.keys()].sort()).toEqual(['a', 'c']);
    expect(log.some((l) => l.startsWith('error kiosque: b.txt: invalid article'))).toBe(true);
  });

  it('keeps the per-file stage caches beside the analysis cache, and a build after an edit reuses them', async () => {
    const stores = new Map<string, Map<string, Entry>>();
    const log: string[] = [];
    const cacheDir = join(root, 'cache');
    const entries = (name: string) => readFileSync(join(cacheDir, name), 'utf8').trimEnd().split('\n').slice(1).map((l) => JSON.parse(l) as { key: string; digest: string });
    const first = await sync(kiosqueLoaders({ dir: 'articles' }), stores, log);
    expect(readdirSync(cacheDir)).toEqual(expect.arrayContaining(['analysis-kiosque-prepare-cache.ndjson', 'metadata-kiosque-prepare-cache.ndjson', 'terms-kiosque-prepare-cache.ndjson']));
    const terms = entries('terms-kiosque-prepare-cache.ndjson');
    expect(terms).toHaveLength(3);
    const before = entries('metadata-kiosque-prepare-cache.ndjson');
    expect(before.map((e) => e.key).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);

    writeFileSync(join(dir, 'a.txt'), `${SEED['a.txt']}Voici ce que nous savons de l’accord.\nSource : Le Monde\n`);
    const second = await sync(kiosqueLoaders({ dir: 'articles' }), stores, log);
    const after = entries('metadata-kiosque-prepare-cache.ndjson');
    // Only the edited file's entry was made again.
    expect(after.filter((e) => e.key !== 'a.txt')).toEqual(before.filter((e) => e.key !== 'a.txt'));
    expect(after.find((e) => e.key === 'a.txt')!.digest).not.toBe(before.find((e) => e.key === 'a.txt')!.digest);
    // The edited article's terms are read again (its text changed); the others' records are kept.
    const termsAfter = entries('terms-kiosque-prepare-cache.ndjson');
    expect(termsAfter).toHaveLength(3);
    expect(termsAfter.filter((e) => terms.some((t) => t.key === e.key))).toHaveLength(2);
    expect(second.articles.parsed).toHaveLength(1);
    expect(first.articles.parsed).toHaveLength(3);
    expect(log.filter((l) => l.startsWith('warn'))).toEqual([]);
  });

  it('hands a partial build its search records in memory, with the index started, and writes no records file', async () => {
    const stores = new Map<string, Map<string, Entry>>();
    const log: string[] = [];
    const records = join(root, 'cache', SEARCH_RECORDS_FILE);
    await sync(kiosqueLoaders({ dir: 'articles', ingest }), stores, log);
    // A full build leaves the records for the build's search step.
    expect((await readSearchRecords(records))?.map((r) => r.url)).toEqual(['/articles/a/', '/articles/b/', '/articles/c/']);
    expect(takeEarlySearchIndex()).toBeNull();
    writeFileSync(join(dir, 'a.txt'), `${SEED['a.txt']}Voici ce que nous savons.\n`);
    await partialSync(stores, log);
    const early = takeEarlySearchIndex();
    expect(early?.records.find((r) => r.url === '/articles/a/')?.make().content).toContain('Voici ce que nous savons.');
    // The last build's file is gone too: nothing stale is left for a later build to read.
    expect(existsSync(records)).toBe(false);
    expect(await early!.job.finish(join(root, 'site'))).toMatchObject({ reused: false });
    expect(existsSync(join(root, 'site', 'pagefind', 'pagefind-entry.json'))).toBe(true);
  }, 30_000);

  it('in a partial build, keeps the last build\'s record hash of each unchanged article and makes the others\' records again', async () => {
    const stores = new Map<string, Map<string, Entry>>();
    const log: string[] = [];
    const hashes = join(root, 'cache', SEARCH_HASHES_FILE);
    await keyedSync(stores, log);
    const first = await readRecordHashes(hashes, 'code');
    // Saved under the build's code key: another key, or none, reads nothing.
    expect((await readRecordHashes(hashes, 'other')).size).toBe(0);
    expect((await readRecordHashes(hashes, '')).size).toBe(0);
    expect([...first.keys()].sort()).toEqual(['a', 'b', 'c']);
    // The records file of a full build carries the hashes too.
    expect((await readSearchRecords(join(root, 'cache', SEARCH_RECORDS_FILE)))?.map((r) => r.hash)).toEqual(['a', 'b', 'c'].map((id) => first.get(id)!.hash));
    // A mark in b's saved hash shows where the partial build took it from.
    await writeRecordHashes(hashes, new Map([...first, ['b', { ...first.get('b')!, hash: 'marked' }]]), 'code');
    writeFileSync(join(dir, 'a.txt'), `${SEED['a.txt']}Voici ce que nous savons.\n`);
    await partialSync(stores, log);
    const early = takeEarlySearchIndex()!;
    const byUrl = new Map(early.records.map((r) => [r.url, r]));
    expect(byUrl.get('/articles/b/')!.hash).toBe('marked');
    expect(byUrl.get('/articles/c/')!.hash).toBe(first.get('c')!.hash);
    const a = byUrl.get('/articles/a/')!;
    expect(a.hash).not.toBe(first.get('a')!.hash);
    expect(a.hash).toBe(recordHash(a.make()));
    expect((await readRecordHashes(hashes, 'code')).get('b')!.hash).toBe('marked');
    await early.job.finish(join(root, 'site'));
    // Under other code (a dev server or an astro build in between), nothing saved is taken.
    await partialSync(stores, log, 'other');
    const other = takeEarlySearchIndex()!;
    expect(other.records.find((r) => r.url === '/articles/b/')!.hash).toBe(first.get('b')!.hash);
    await other.job.finish(join(root, 'site-other'));
  }, 30_000);
});

