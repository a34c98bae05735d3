/**
 * Reproducible builds: the same articles, written to two folders in a different order (and, on
 * tmpfs, listed by readdir in a different order), built into separate outDirs with separate
 * caches, give byte-identical sites, Pagefind index included. The second site is built in two
 * steps (half the files, then all of them with a warm cache), in another time zone: its content
 * store then holds the articles in another order than the first one's.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, copyFileSync, mkdirSync, mkdtempSync, opendirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, scratchDir } from './build-site.ts';
import { sitePages, writeSearchIndex } from '../../src/render/search-index.ts';

/** The samples, the hostile fixture (one empty file) and two files whose names ("01.txt", "1.txt") and outlets ("L'Écho…", "L'écho…") the French collator finds equal. */
const INPUTS = ['content/articles', 'tests/fixtures/hostile', 'tests/e2e/fixtures/order'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(ROOT, dir, name)),
);

/** Parent of the input folders: tmpfs lists a folder in creation order (ext4 in hash order, the same for both folders). */
function inputRoot(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/** Names in the order the file system lists them (fs.readdir sorts them; a Dir handle does not). */
function listingOrder(dir: string): string[] {
  const handle = opendirSync(dir);
  const names: string[] = [];
  try {
    for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) names.push(entry.name);
  } finally {
    handle.closeSync();
  }
  return names;
}

/** `<sha256>  <path>` for every file under `dir`, sorted by path. */
function hashes(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return `${createHash('sha256').update(readFileSync(path)).digest('hex')}  ${relative(dir, path).split('\\').join('/')}`;
    })
    .sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1));
}

let work: string;
let outputs: string;
let a: { articles: string; out: string; cache: string };
let b: { articles: string; out: string; cache: string };
let firstStepOfB: string[];

beforeAll(async () => {
  work = mkdtempSync(join(inputRoot(), 'kiosque-repro-'));
  outputs = scratchDir('kiosque-repro-out-');
  // Different absolute paths (and lengths): nothing in dist may depend on them.
  a = { articles: join(work, 'a'), out: join(outputs, 'a-dist'), cache: join(outputs, 'a-cache') };
  b = { articles: join(work, 'second-folder', 'articles'), out: join(outputs, 'b', 'dist'), cache: join(outputs, 'b', 'cache') };
  mkdirSync(a.articles);
  mkdirSync(b.articles, { recursive: true });

  const sorted = [...INPUTS].sort((x, y) => (basename(x) < basename(y) ? -1 : 1));
  for (const file of sorted) copyFileSync(file, join(a.articles, basename(file)));
  await buildSite({ articlesDir: a.articles, outDir: a.out, cacheDir: a.cache });

  // B: created in reverse order, in another time zone, and built first from the files whose name
  // does not start with "0" (so "1.txt" enters the content store before "01.txt" and the samples).
  const reversed = sorted.toReversed();
  const first = reversed.filter((f) => !basename(f).startsWith('0'));
  firstStepOfB = first.map((f) => basename(f));
  for (const file of first) copyFileSync(file, join(b.articles, basename(file)));
  const env = { TZ: 'Pacific/Kiritimati', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  await buildSite({ articlesDir: b.articles, outDir: b.out, cacheDir: b.cache, env });
  for (const file of reversed) if (!first.includes(file)) copyFileSync(file, join(b.articles, basename(file)));
  await buildSite({ articlesDir: b.articles, outDir: b.out, cacheDir: b.cache, env });
}, 120_000);

afterAll(() => {
  if (process.env.KIOSQUE_KEEP_E2E) return;
  for (const dir of [work, outputs]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reproducible builds', () => {
  it('read the input folders in different orders', () => {
    expect(readdirSync(a.articles).sort()).toEqual(readdirSync(b.articles).sort());
    expect(readdirSync(a.articles)).toHaveLength(INPUTS.length);
    // On tmpfs, readdir follows creation order; elsewhere the pipeline's own sort is still exercised
    // through the content store, filled in another order by B's two-step build.
    if (work.startsWith('/dev/shm/')) expect(listingOrder(b.articles)).not.toEqual(listingOrder(a.articles));
    expect(firstStepOfB).toContain('1.txt');
    expect(firstStepOfB).not.toContain('01.txt');
  });

  it('give byte-identical dist folders (sha256 of every file, Pagefind index included)', () => {
    const left = hashes(a.out);
    const right = hashes(b.out);
    const paths = left.map((line) => line.slice(66));
    for (const expected of ['index.html', 'rapport/index.html', 'rss.xml', 'sitemap-0.xml', 'pagefind/pagefind-entry.json']) {
      expect(paths).toContain(expected);
    }
    expect(paths.some((p) => p.startsWith('pagefind/index/'))).toBe(true);
    // Only the differing lines, so a failure names the files.
    expect(right.filter((line) => !left.includes(line)), 'files that differ in the second build').toEqual([]);
    expect(right).toEqual(left);
  });

  it('write the same search index whatever order the file system lists the pages in', async () => {
    // Both dist folders above sit on one disk, which lists equal names in equal order: here the
    // pages are copied to tmpfs in two creation orders, so a directory walk would see two orders.
    // (The build indexes the articles' records; this is the fallback that indexes built pages.)
    const pages = (await sitePages(a.out)).filter((p) => !p.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(10);
    const orders = { forward: pages, backward: pages.toReversed() };
    const listings: string[][] = [];
    const indexes: string[][] = [];
    for (const [name, order] of Object.entries(orders)) {
      const site = join(work, `pages-${name}`);
      for (const page of order) {
        mkdirSync(join(site, page, '..'), { recursive: true });
        copyFileSync(join(a.out, page), join(site, page));
      }
      listings.push(listingOrder(site));
      await writeSearchIndex(site);
      indexes.push(hashes(join(site, 'pagefind')));
    }
    expect(indexes[0]!.length).toBeGreaterThan(3);
    expect(indexes[1], 'backward').toEqual(indexes[0]);
    if (work.startsWith('/dev/shm/')) expect(listings[0]).not.toEqual(listings[1]);
  });

  it('never writes an absolute path of the build machine into dist', () => {
    const needles = [work, outputs, ROOT.replace(/\/$/, ''), tmpdir()].map((s) => Buffer.from(s));
    const leaks: string[] = [];
    for (const line of hashes(a.out)) {
      const path = line.slice(66);
      const bytes = readFileSync(join(a.out, path));
      for (const needle of needles) if (bytes.includes(needle)) leaks.push(`${path}: ${needle.toString()}`);
    }
    expect(leaks).toEqual([]);
  });
});
