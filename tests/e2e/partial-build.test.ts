/**
 * `npm run build` after an edit renders only the pages whose data changed and takes the others from
 * the previous site (src/render/page-keys.ts): the site must be byte for byte the one a cold build of
 * the edited folder writes. A previous site that is no longer whole is not trusted: everything is rendered.
 * A page taken from the previous site is a hard link to its file there: it keeps its inode, a page
 * rendered again gets a new one.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode, scratchDir, withBuildLock } from './build-site.ts';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SAMPLES = join(ROOT, 'content', 'articles');
const PARTIAL = /(\d+) unchanged pages taken from the previous build, (\d+) rendered/;

/** `<sha256>  <path>` of every file of a site, sorted by path. */
function hashes(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex')}  ${relative(dir, join(e.parentPath, e.name))}`)
    .sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1));
}

/** Inode of each of `files` (paths in the site). */
function inodes(site: string, files: readonly string[]): Map<string, number> {
  return new Map(files.map((f) => [f, statSync(join(site, f)).ino]));
}

/** Replaces the first occurrence of `from` in the sample whose name starts with `prefix`. */
function edit(articles: string, prefix: string, from: string, to: string): void {
  const name = readdirSync(articles).find((n) => n.startsWith(prefix))!;
  const text = readFileSync(join(articles, name), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(articles, name), text.replace(from, to));
}

describe('npm run build after an edit', () => {
  it('renders only the changed pages, writes the site a cold build writes, and renders all when the last site is damaged', async () => {
    const work = scratchDir('partial-');
    const articles = join(work, 'articles');
    mkdirSync(articles);
    for (const name of readdirSync(SAMPLES)) copyFileSync(join(SAMPLES, name), join(articles, name));
    const site = { ARTICLES_DIR: articles, KIOSQUE_OUT_DIR: join(work, 'dist'), KIOSQUE_CACHE_DIR: join(work, 'cache'), BASE_PATH: '/' };
    const cold = (name: string) => ({ ...site, KIOSQUE_OUT_DIR: join(work, `${name}-dist`), KIOSQUE_CACHE_DIR: join(work, `${name}-cache`) });
    try {
      await withBuildLock(async () => {
        const first = await runNode(TSX, ['scripts/build.ts'], site);
        expect(first.code, first.output).toBe(0);
        expect(first.output).not.toMatch(PARTIAL);

        // One word of the lone article (003, Bloomberg, 23 October 2022, a story of its own): its page
        // changes, and the list pages that show it (the home page, Bloomberg's page and feed, its month
        // and its day in the archive); no other page, list pages of other outlets included.
        const changed = ['index.html', 'sources/bloomberg/index.html', 'sources/bloomberg/rss.xml', 'archives/2022/10/index.html', 'archives/2022/10/23/index.html'];
        const unchanged = ['sources/rt/index.html', 'sources/rt/rss.xml', 'sources/the-washington-post/index.html', 'sources/nbc-news/index.html'];
        const before = inodes(site.KIOSQUE_OUT_DIR, [...changed, ...unchanged]);
        edit(articles, '003', 'drones', 'drônes');
        const second = await runNode(TSX, ['scripts/build.ts'], site);
        expect(second.code, second.output).toBe(0);
        const [, taken, rendered] = PARTIAL.exec(second.output) ?? [];
        expect(Number(rendered)).toBe(1 + changed.length);
        expect(Number(taken)).toBeGreaterThanOrEqual(6 + unchanged.length); // four articles, a story page and its feed at least
        const after = inodes(site.KIOSQUE_OUT_DIR, [...changed, ...unchanged]);
        expect(changed.filter((f) => after.get(f) === before.get(f))).toEqual([]);
        expect(unchanged.filter((f) => after.get(f) !== before.get(f))).toEqual([]);
        const reference = await runNode(TSX, ['scripts/build.ts'], cold('one'));
        expect(reference.code, reference.output).toBe(0);
        expect(hashes(site.KIOSQUE_OUT_DIR)).toEqual(hashes(cold('one').KIOSQUE_OUT_DIR));

        // A page of the last site deleted by hand: that site is not whole, so every page is rendered.
        const story = readdirSync(join(site.KIOSQUE_OUT_DIR, 'histoires'))[0]!;
        rmSync(join(site.KIOSQUE_OUT_DIR, 'histoires', story, 'index.html'));
        edit(articles, '001', 'drones', 'drônes');
        const third = await runNode(TSX, ['scripts/build.ts'], site);
        expect(third.code, third.output).toBe(0);
        expect(third.output).not.toMatch(PARTIAL);
        const again = await runNode(TSX, ['scripts/build.ts'], cold('two'));
        expect(again.code, again.output).toBe(0);
        expect(hashes(site.KIOSQUE_OUT_DIR)).toEqual(hashes(cold('two').KIOSQUE_OUT_DIR));
      });
    } finally {
      if (!process.env.KIOSQUE_KEEP_E2E) rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
});
