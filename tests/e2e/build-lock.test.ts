/**
 * `npm run build` (scripts/build.ts) as two users or a CI retry would run it: two builds of one
 * folder at the same time, and a build killed half-way. The second build waits for the first; the
 * output folder only ever holds a complete site, search index included.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode, scratchDir, withBuildLock } from './build-site.ts';
import { lockPath, stagingPaths } from '../../scripts/build.ts';

const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Hash of every file of a folder (path + bytes), to see that a site did not change. */
function folderHash(dir: string): string {
  const h = createHash('sha1');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    if (!entry.isFile()) continue;
    const p = join(entry.parentPath, entry.name);
    h.update(p.slice(dir.length)).update(readFileSync(p));
  }
  return h.digest('hex');
}

/** Pages Pagefind indexed, from its entry file, and the fragment files present: equal in a complete index. */
function searchIndex(outDir: string): { pages: number; fragments: number } {
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  return { pages, fragments: readdirSync(join(outDir, 'pagefind', 'fragment')).length };
}

describe('npm run build: lock and atomic output', () => {
  it('runs two builds of one folder one after the other, and a killed build leaves the previous site', async () => {
    const outDir = join(scratchDir('lock-'), 'dist');
    const env = { ARTICLES_DIR: 'content/articles', KIOSQUE_OUT_DIR: outDir, KIOSQUE_CACHE_DIR: join(dirname(outDir), 'cache'), BASE_PATH: '/' };
    await withBuildLock(async () => {
      const first = runNode(TSX, ['scripts/build.ts'], env);
      await sleep(1000);
      const second = await runNode(TSX, ['scripts/build.ts'], env);
      const one = await first;
      expect(one.code, one.output).toBe(0);
      expect(second.code, second.output).toBe(0);
      expect(second.output).toMatch(/kiosque: another build \(pid \d+, started .*\) is using .*; waiting for it to finish/);
      const index = searchIndex(outDir);
      expect(index.pages).toBeGreaterThanOrEqual(5); // the five sample articles at least
      expect(index.fragments).toBe(index.pages);
      expect(existsSync(stagingPaths(outDir).staging)).toBe(false);

      // Kill a third build once its astro process runs: the complete site stays, untouched.
      const before = folderHash(outDir);
      const third = runNode(TSX, ['scripts/build.ts'], { ...env, ARTICLES_DIR: 'tests/fixtures/hostile' });
      const owner = join(lockPath(outDir), 'owner.json');
      let pid = 0;
      for (let i = 0; i < 200 && pid === 0; i++) {
        await sleep(100);
        try {
          const o = JSON.parse(readFileSync(owner, 'utf8')) as { pid: number; helpers?: number[] };
          if (o.helpers?.length) pid = o.pid;
        } catch {
          // not written yet
        }
      }
      expect(pid).toBeGreaterThan(0);
      await sleep(1500); // astro is writing into the staging folder now
      process.kill(pid, 'SIGTERM');
      const killed = await third;
      expect(killed.code).not.toBe(0);
      expect(killed.output).toContain('keeps the previous complete site');
      expect(folderHash(outDir)).toBe(before);
      expect(existsSync(stagingPaths(outDir).staging)).toBe(false);
      expect(existsSync(lockPath(outDir))).toBe(false);
    });
  }, 240_000);
});
