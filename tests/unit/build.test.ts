/** The build wrapper (scripts/build.ts): a lock per output and cache folder, a staging folder swapped in whole, telemetry off. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, buildAtomically, buildKey, discardInBackground, lockPath, siteFiles, stagingPaths, unchangedSince } from '../../scripts/build.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kiosque-build-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('build lock', () => {
  it('makes a second build wait, saying why, until the first releases', async () => {
    const out = path.join(dir, 'dist');
    const cache = path.join(dir, 'cache');
    const { release } = await acquireBuildLock([out, cache]);
    const told: string[] = [];
    let second = false;
    const waiting = acquireBuildLock([cache, out], { onWait: (m) => told.push(m) }).then((lock) => {
      second = true;
      return lock.release;
    });
    await new Promise((r) => setTimeout(r, 600));
    expect(second).toBe(false);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(new RegExp(`another build \\(pid ${process.pid}, started .*\\) is using ${dir}/.*; waiting`));
    await release();
    const releaseSecond = await waiting;
    expect(second).toBe(true);
    await releaseSecond();
    expect(existsSync(lockPath(out))).toBe(false);
  });

  it('stops with a clear message after the wait limit, holding nothing', async () => {
    const out = path.join(dir, 'dist');
    const { release } = await acquireBuildLock([out]);
    try {
      await expect(acquireBuildLock([path.join(dir, 'a-cache'), out], { waitMs: 300 })).rejects.toThrow(
        /another build \(pid \d+, .*\) is using .*dist; stopped after waiting 0 s \(KIOSQUE_LOCK_WAIT\)/,
      );
      // The cache lock taken before the wait was given back.
      expect(existsSync(lockPath(path.join(dir, 'a-cache')))).toBe(false);
    } finally {
      await release();
    }
  });

  it('takes over the lock of a build that was killed, not while its astro process still runs', async () => {
    const out = path.join(dir, 'dist');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const lock = lockPath(out);
    await mkdir(lock, { recursive: true });
    const owner = { pid: Number(dead.stdout), helpers: [process.pid], host: hostname(), started: '', paths: [out] };
    await writeFile(path.join(lock, 'owner.json'), JSON.stringify(owner));
    // The wrapper is gone but its build (here: this process) still writes: the lock holds.
    await expect(acquireBuildLock([out], { waitMs: 300 })).rejects.toThrow(/another build/);
    await writeFile(path.join(lock, 'owner.json'), JSON.stringify({ ...owner, helpers: [] }));
    const held = await acquireBuildLock([out], { waitMs: 2000 });
    await held.addHelper(4242);
    const now = JSON.parse(await readFile(path.join(lock, 'owner.json'), 'utf8'));
    expect([now.pid, now.helpers]).toEqual([process.pid, [4242]]);
    await held.release();
  });
});

describe('atomic output', () => {
  it('keeps the previous complete site in place while building and swaps the new one in whole', async () => {
    const out = path.join(dir, 'dist');
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), 'ancien');
    const code = await buildAtomically(out, async (staging) => {
      expect(staging).not.toBe(out);
      expect(path.dirname(staging)).toBe(path.dirname(out)); // same file system: rename works
      await mkdir(path.join(staging, 'pagefind'), { recursive: true });
      await writeFile(path.join(staging, 'index.html'), 'nouveau');
      expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('ancien');
      return 0;
    });
    expect(code).toBe(0);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('nouveau');
    expect(existsSync(path.join(out, 'pagefind'))).toBe(true);
    const { staging, retired } = stagingPaths(out);
    expect([existsSync(staging), existsSync(retired)]).toEqual([false, false]);
  });

  it('hands the previous site to a background deletion, and the next build removes what one left', async () => {
    const out = path.join(dir, 'dist');
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), 'ancien');
    const { retired } = stagingPaths(out);
    const handed: string[] = [];
    const newSite = async (staging: string) => {
      await mkdir(staging, { recursive: true });
      await writeFile(path.join(staging, 'index.html'), 'nouveau');
      return 0;
    };
    // The site is swapped in before the old one is gone: the deletion is the caller's.
    expect(await buildAtomically(out, newSite, (r) => void handed.push(r))).toBe(0);
    expect(handed).toEqual([retired]);
    expect(await readFile(path.join(retired, 'index.html'), 'utf8')).toBe('ancien');
    // A detached process deletes it under a name of its own.
    discardInBackground(retired);
    expect(existsSync(retired)).toBe(false);
    for (let i = 0; i < 100 && (await readdir(dir)).some((n) => n.startsWith('.dist.kiosque-old')); i++) await new Promise((r) => setTimeout(r, 50));
    expect((await readdir(dir)).filter((n) => n.startsWith('.dist.kiosque-old'))).toEqual([]);
    // What a killed deletion left is removed before the next build.
    await mkdir(path.join(dir, '.dist.kiosque-old-123-456', 'articles'), { recursive: true });
    expect(await buildAtomically(out, newSite)).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['dist']);
  });

  it('leaves the previous site untouched when the build fails, throws, or left a partial staging folder behind', async () => {
    const out = path.join(dir, 'dist');
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), 'ancien');
    const partial = async (staging: string) => {
      await mkdir(staging, { recursive: true });
      await writeFile(path.join(staging, 'index.html'), 'à moitié');
    };
    expect(await buildAtomically(out, async (s) => (await partial(s), 1))).toBe(1);
    await expect(buildAtomically(out, async (s) => (await partial(s), Promise.reject(new Error('tué'))))).rejects.toThrow('tué');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('ancien');
    expect(existsSync(stagingPaths(out).staging)).toBe(false);
    // A killed build's staging folder is cleared before the next build writes there.
    await partial(stagingPaths(out).staging);
    await writeFile(path.join(stagingPaths(out).staging, 'reste.html'), 'x');
    await buildAtomically(out, async (s) => {
      expect(existsSync(s)).toBe(false);
      await mkdir(s);
      await writeFile(path.join(s, 'index.html'), 'nouveau');
      return 0;
    });
    expect(existsSync(path.join(out, 'reste.html'))).toBe(false);
  });
});

describe('telemetry', () => {
  it('is off in every npm script that runs Astro', () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const wrapper = readFileSync(path.join(ROOT, 'scripts/build.ts'), 'utf8');
    // Scripts that start Astro themselves (the others reach it through `npm run` of these).
    const runsAstro = Object.entries(scripts).filter(([, cmd]) => /\bastro\b|scripts\/build\.ts|vitest\.e2e/.test(cmd));
    expect(runsAstro.map(([name]) => name)).toEqual(expect.arrayContaining(['build', 'dev', 'test:e2e']));
    for (const [name, cmd] of runsAstro) {
      const off = cmd.includes('ASTRO_TELEMETRY_DISABLED=1') || (cmd.includes('scripts/build.ts') && wrapper.includes("ASTRO_TELEMETRY_DISABLED: '1'"));
      expect(off, `${name}: ${cmd}`).toBe(true);
    }
  });
});

describe('nothing changed, nothing built', () => {
  it('keys a build by its articles and its settings, not by how long it may wait', async () => {
    const articles = path.join(dir, 'articles');
    await mkdir(articles);
    await writeFile(path.join(articles, 'a.txt'), 'Un titre\nUn paragraphe.');
    const env = { ARTICLES_DIR: articles, SITE_URL: 'https://example.org' };
    const out = path.join(dir, 'dist');
    const key = await buildKey(env, out);
    expect(await buildKey({ ...env, KIOSQUE_LOCK_WAIT: '5' }, out)).toBe(key);
    expect(await buildKey({ ...env, SITE_URL: 'https://example.net' }, out)).not.toBe(key);
    expect(await buildKey({ ...env, KIOSQUE_MAX_BYTES: '1000' }, out)).not.toBe(key);
    expect(await buildKey(env, path.join(dir, 'other-dist'))).not.toBe(key);
    await writeFile(path.join(articles, 'a.txt'), 'Un titre\nUn autre paragraphe.');
    expect(await buildKey(env, out)).not.toBe(key);
    // without the articles: an edited article keeps the code key, a setting does not
    const codeKey = await buildKey(env, out, false);
    await writeFile(path.join(articles, 'a.txt'), 'Un titre\nEncore un autre paragraphe.');
    expect(await buildKey(env, out, false)).toBe(codeKey);
    expect(await buildKey({ ...env, SITE_URL: 'https://example.net' }, out, false)).not.toBe(codeKey);
  });

  it('keeps a site only when its stamp has the key and every file it wrote is still there, at its size', async () => {
    const out = path.join(dir, 'dist');
    await mkdir(path.join(out, 'articles'), { recursive: true });
    await writeFile(path.join(out, 'index.html'), '<p>une</p>');
    await writeFile(path.join(out, 'articles', 'x.html'), '<p>deux</p>');
    const stamp = path.join(dir, 'stamp.json');
    await writeFile(stamp, JSON.stringify({ format: 1, key: 'k', codeKey: 'c', outDir: out, files: await siteFiles(out) }));
    expect(await unchangedSince(stamp, 'k', out)).toBe(false); // a stamp of an older format
    await writeFile(stamp, JSON.stringify({ format: 2, key: 'k', codeKey: 'c', outDir: out, files: await siteFiles(out) }));
    expect(await unchangedSince(stamp, 'k', out)).toBe(true);
    expect(await unchangedSince(stamp, 'other', out)).toBe(false);
    // the code key (articles left out) is what a partial build compares
    expect(await unchangedSince(stamp, 'c', out, 'codeKey')).toBe(true);
    expect(await unchangedSince(stamp, 'k', out, 'codeKey')).toBe(false);
    await writeFile(path.join(out, 'articles', 'x.html'), '<p>deux, modifié</p>');
    expect(await unchangedSince(stamp, 'k', out)).toBe(false);
    await rm(path.join(out, 'articles'), { recursive: true });
    expect(await unchangedSince(stamp, 'k', out)).toBe(false);
    expect(await unchangedSince(path.join(dir, 'missing.json'), 'k', out)).toBe(false);
  });
});
