/**
 * `npm run build`: one build at a time per output and cache folder (a lock), written to a staging
 * folder and swapped in whole, so the output folder only ever holds a complete site; Astro telemetry off.
 *
 * CLI: `tsx scripts/build.ts` (environment as for `astro build`: ARTICLES_DIR, KIOSQUE_OUT_DIR,
 * KIOSQUE_CACHE_DIR…; KIOSQUE_LOCK_WAIT = seconds to wait for another build, default 1800). When
 * the articles, the settings and the code are those of the last successful build and its site is
 * still whole, nothing is built (KIOSQUE_FORCE=1 builds anyway).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { constants, hostname, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseLimit } from '../src/ingest/files.ts';
import { CODE_KEY_ENV, PAGE_KEYS_FILE, PREVIOUS_KEYS_ENV, PREVIOUS_SITE_ENV } from '../src/render/page-keys.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Seconds a build waits for another one holding its folders. A build of the 1,744-file corpus
 * takes ~30 s and one ten times larger a few minutes; a lock held for half an hour belongs to a
 * stuck build, and the waiting one stops with a message rather than hang a CI job forever.
 */
export const DEFAULT_LOCK_WAIT_S = 1800;
/** How often a waiting build checks the lock: short next to a build, long next to a syscall. */
const LOCK_POLL_MS = 250;
/** Where the locks live: keyed by the folder's absolute path, so two checkouts writing one folder see each other. */
const LOCK_ROOT = join(tmpdir(), 'kiosque-locks');

/** Who holds a lock (written inside the lock folder). */
interface Owner {
  pid: number;
  /** Processes working for the owner (the `astro build` child): the lock is stale only when all are gone. */
  helpers?: number[];
  host: string;
  started: string;
  paths: string[];
}

/** A held lock: release it, or name a helper process (an orphaned `astro build` keeps the lock alive). */
export interface BuildLock {
  release(): Promise<void>;
  addHelper(pid: number): Promise<void>;
}

/** Lock folder of an absolute path. */
export function lockPath(folder: string): string {
  return join(LOCK_ROOT, `${createHash('sha1').update(resolve(folder)).digest('hex').slice(0, 16)}.lock`);
}

async function readOwner(lock: string): Promise<Owner | null> {
  try {
    return JSON.parse(await readFile(join(lock, 'owner.json'), 'utf8')) as Owner;
  } catch {
    return null; // being written, or already released
  }
}

/** True when process `pid` of this machine no longer runs. */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** True when the lock's owner is a build of this machine whose processes no longer run (a killed build). */
function isStale(owner: Owner | null): boolean {
  if (owner === null || owner.host !== hostname()) return false;
  return [owner.pid, ...(owner.helpers ?? [])].every(gone);
}

/** Options of `acquireBuildLock`. */
export interface LockOptions {
  /** Give up after this many milliseconds (default KIOSQUE_LOCK_WAIT or 1800 s). */
  waitMs?: number;
  /** Told once when the lock is busy and the build starts waiting. */
  onWait?: (message: string) => void;
}

/**
 * Locks `folders` (the output and the cache) for one build: mkdir of a lock folder per path is
 * atomic, taken in sorted order so two builds never hold one each. A lock left by a killed build
 * (its process is gone) is taken over. Waits while another build holds one.
 * @returns The held lock (release it when done).
 * @throws Error naming the folder and the other build's pid when `waitMs` passes.
 */
export async function acquireBuildLock(folders: readonly string[], options: LockOptions = {}): Promise<BuildLock> {
  const waitMs = options.waitMs ?? DEFAULT_LOCK_WAIT_S * 1000;
  const paths = [...new Set(folders.map((f) => resolve(f)))].sort();
  const held: string[] = [];
  const owner: Owner = { pid: process.pid, helpers: [], host: hostname(), started: new Date().toISOString(), paths };
  const release = async (): Promise<void> => {
    for (const lock of held.splice(0).reverse()) await rm(lock, { recursive: true, force: true });
  };
  await mkdir(LOCK_ROOT, { recursive: true });
  const started = Date.now();
  let told = false;
  try {
    for (const folder of paths) {
      const lock = lockPath(folder);
      for (;;) {
        try {
          await mkdir(lock);
          held.push(lock);
          await writeFile(join(lock, 'owner.json'), JSON.stringify(owner));
          break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
        const other = await readOwner(lock);
        if (isStale(other)) {
          await rm(lock, { recursive: true, force: true });
          continue;
        }
        const who = other ? `pid ${other.pid}, started ${other.started}` : 'starting';
        if (Date.now() - started >= waitMs) {
          throw new Error(
            `kiosque: another build (${who}) is using ${folder}; stopped after waiting ${Math.round(waitMs / 1000)} s ` +
              `(KIOSQUE_LOCK_WAIT). If no build is running, delete ${lock}.`,
          );
        }
        if (!told) {
          options.onWait?.(`kiosque: another build (${who}) is using ${folder}; waiting for it to finish…`);
          told = true;
        }
        await sleep(LOCK_POLL_MS);
      }
    }
  } catch (error) {
    await release();
    throw error;
  }
  const addHelper = async (pid: number): Promise<void> => {
    owner.helpers!.push(pid);
    for (const lock of held) await writeFile(join(lock, 'owner.json'), JSON.stringify(owner));
  };
  return { release, addHelper };
}

/** The staging and retired folders of an output folder: siblings, so renames stay on one file system. */
export function stagingPaths(outDir: string): { staging: string; retired: string } {
  const out = resolve(outDir);
  return {
    staging: join(dirname(out), `.${basename(out)}.kiosque-building`),
    retired: join(dirname(out), `.${basename(out)}.kiosque-old`),
  };
}

/**
 * Deletes `folder` in a detached process that outlives this one: renamed first to a name of its own
 * (`<folder>-<pid>-<time>`), so that the next build never meets it half deleted under the usual
 * name, and removes what such a process left (a killed one) before its next build.
 *
 * Why: after an edit the previous site is some 25,000 files and 12,000 folders (10,000 articles),
 * whose deletion took seconds of the build's end (more on a busy disk) while the new site was
 * already in place; the build now ends when the site is swapped in.
 */
export function discardInBackground(folder: string): void {
  const doomed = `${folder}-${process.pid}-${Date.now()}`;
  try {
    renameSync(folder, doomed);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const script = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })";
  const child = spawn(process.execPath, ['-e', script, doomed], { detached: true, stdio: 'ignore' });
  child.on('error', () => {}); // Not started: the next build removes the folder.
  child.unref();
}

/** Removes `retired` and what background deletions of it left (see discardInBackground). */
async function removeRetired(retired: string): Promise<void> {
  const prefix = `${basename(retired)}-`;
  const names = await readdir(dirname(retired)).catch(() => [] as string[]);
  const leftovers = names.filter((n) => n.startsWith(prefix)).map((n) => join(dirname(retired), n));
  await Promise.all([retired, ...leftovers].map((f) => rm(f, { recursive: true, force: true, maxRetries: 3 })));
}

/**
 * Runs `build(staging)` and, when it succeeds, swaps the staging folder in as `outDir` (two
 * renames); when it fails or is killed, `outDir` keeps the previous complete site. Leftovers of a
 * killed earlier build are removed first. The previous site is then deleted, or with `discard`
 * handed to it (`discardInBackground`: the build wrapper). Call it under `acquireBuildLock`.
 * @returns The build's exit code.
 */
export async function buildAtomically(
  outDir: string,
  build: (staging: string) => Promise<number>,
  discard: (retired: string) => void | Promise<void> = (retired) => rm(retired, { recursive: true, force: true }),
): Promise<number> {
  const out = resolve(outDir);
  const { staging, retired } = stagingPaths(out);
  await rm(staging, { recursive: true, force: true });
  await removeRetired(retired);
  let code: number;
  try {
    code = await build(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (code !== 0 || !existsSync(staging)) {
    await rm(staging, { recursive: true, force: true });
    return code === 0 ? 1 : code;
  }
  if (existsSync(out)) await rename(out, retired);
  await rename(staging, out);
  await discard(retired);
  return 0;
}

/** `astro build` into `outDir` with telemetry off (and `extraEnv`); resolves with its exit code. Signals reach it too. */
function astroBuild(outDir: string, onStart: (pid: number) => void, extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, 'build'], {
      cwd: ROOT,
      env: { ...process.env, ...extraEnv, ASTRO_TELEMETRY_DISABLED: '1', KIOSQUE_OUT_DIR: outDir },
      stdio: 'inherit',
    });
    if (child.pid !== undefined) onStart(child.pid);
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGTERM', forward);
    process.on('SIGINT', forward);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      process.off('SIGTERM', forward);
      process.off('SIGINT', forward);
      done(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1));
    });
  });
}

// ——— Nothing changed: nothing to build ———

/** File in the cache folder holding the key of the last successful build and what it wrote. */
const BUILD_STAMP = 'kiosque-build-stamp.json';
/** Bump when what the key covers changes meaning. */
const STAMP_FORMAT = 2;
/** Project files and folders whose content shapes the site (code, styles, static files, dependencies). */
const PROJECT_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Environment variables that do not change the site (how to wait, whether to skip this check). */
const NEUTRAL_ENV = new Set(['KIOSQUE_LOCK_WAIT', 'KIOSQUE_FORCE']);

/** What the last successful build of an output folder was made from, and the files it wrote (path → size). */
interface BuildStamp {
  format: number;
  key: string;
  /** The key without the articles: code, settings and Node (a partial build needs it unchanged). */
  codeKey: string;
  outDir: string;
  files: Record<string, number>;
}

/** Every file under `path` (a file or a folder), as sorted absolute paths; nothing when it is missing. */
async function filesOf(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [path];
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * The key of a build: the content of every article file, of the project's code, styles, static
 * files and dependency list, the site's environment (SITE_URL, BASE_PATH, ARTICLES_DIR and every
 * KIOSQUE_ setting that changes output) and the Node version. Two builds with one key write the
 * same site (the builds are reproducible: tests/e2e/reproducible.test.ts).
 */
export async function buildKey(env: NodeJS.ProcessEnv, outDir: string, withArticles = true): Promise<string> {
  const code = await codeKeyOf(env, outDir);
  return withArticles ? articlesKey(code, env) : code;
}

/** The key of everything but the articles (code, settings, Node): what a partial build needs unchanged. */
async function codeKeyOf(env: NodeJS.ProcessEnv, outDir: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${STAMP_FORMAT}\0${process.version}\0${resolve(outDir)}\0`);
  const vars = Object.keys(env)
    .filter((k) => (k.startsWith('KIOSQUE_') && !NEUTRAL_ENV.has(k)) || k === 'SITE_URL' || k === 'BASE_PATH' || k === 'ARTICLES_DIR')
    .sort();
  for (const k of vars) hash.update(`${k}=${env[k]}\0`);
  await hashFiles(hash, PROJECT_INPUTS.map((p) => join(ROOT, p)));
  return hash.digest('hex');
}

/** The whole key: the code key and the content of every article file. */
async function articlesKey(codeKey: string, env: NodeJS.ProcessEnv): Promise<string> {
  const hash = createHash('sha256').update(`${codeKey}\0`);
  await hashFiles(hash, [resolve(ROOT, env['ARTICLES_DIR'] || join('content', 'articles'))]);
  return hash.digest('hex');
}

/**
 * Feeds every file under `roots` (path and content digest) into `hash`. (Read with readFileSync:
 * one by one, awaited reads of 10,000 articles cost about a second more.)
 */
async function hashFiles(hash: ReturnType<typeof createHash>, roots: readonly string[]): Promise<void> {
  for (const root of roots) {
    for (const file of await filesOf(root)) {
      hash.update(`${file}\0`);
      hash.update(createHash('sha256').update(readFileSync(file)).digest());
    }
  }
}

/**
 * Path → size of every file of a built site. (The sizes are read with statSync: an edit build reads
 * those of some 13,000 files twice, and awaited one by one they cost a second each time.)
 */
export async function siteFiles(outDir: string): Promise<Record<string, number>> {
  const files: Record<string, number> = {};
  for (const file of await filesOf(outDir)) files[file.slice(outDir.length + 1)] = statSync(file).size;
  return files;
}

/**
 * True when the stamp is this key's (or, with `field` 'codeKey', this code key's) and the site it
 * wrote is still whole (every file there, at its size).
 */
export async function unchangedSince(stampFile: string, key: string, outDir: string, field: 'key' | 'codeKey' = 'key'): Promise<boolean> {
  let stamp: BuildStamp;
  try {
    stamp = JSON.parse(await readFile(stampFile, 'utf8')) as BuildStamp;
  } catch {
    return false;
  }
  if (stamp?.format !== STAMP_FORMAT || stamp[field] !== key || stamp.outDir !== resolve(outDir) || typeof stamp.files !== 'object') return false;
  const now = await siteFiles(resolve(outDir));
  const paths = Object.keys(stamp.files);
  return paths.length > 0 && paths.length === Object.keys(now).length && paths.every((p) => now[p] === stamp.files[p]);
}

/** The CLI: lock output and cache, build into staging, swap; skip the build when nothing it depends on changed. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const outDir = resolve(ROOT, env['KIOSQUE_OUT_DIR'] || 'dist');
  const cacheDir = resolve(ROOT, env['KIOSQUE_CACHE_DIR'] || join('node_modules', '.astro'));
  const waitMs = parseLimit('KIOSQUE_LOCK_WAIT', env['KIOSQUE_LOCK_WAIT'], DEFAULT_LOCK_WAIT_S) * 1000;
  // The project's .astro/ (types, content stubs) is rewritten by every build of this checkout.
  const lock = await acquireBuildLock([outDir, cacheDir, join(ROOT, '.astro')], {
    waitMs,
    onWait: (m) => process.stderr.write(`${m}\n`),
  });
  try {
    const stampFile = join(cacheDir, BUILD_STAMP);
    let key: string | null = null;
    let codeKey: string | null = null;
    try {
      codeKey = await codeKeyOf(env, outDir);
      key = await articlesKey(codeKey, env);
    } catch (error) {
      process.stderr.write(`kiosque: could not read the build's inputs to compare them (${(error as Error).message.split('\n')[0]}); building\n`);
    }
    if (key !== null && !env['KIOSQUE_FORCE'] && (await unchangedSince(stampFile, key, outDir))) {
      process.stderr.write(`kiosque: nothing changed since the last build of ${outDir} (same articles, settings and code); kept as it is (KIOSQUE_FORCE=1 builds anyway)\n`);
      return 0;
    }
    // Same code and settings, and the last site still whole: only the pages whose data changed are
    // rendered, the others are taken from that site (src/render/page-keys.ts).
    const partial = codeKey !== null && !env['KIOSQUE_FORCE'] && (await unchangedSince(stampFile, codeKey, outDir, 'codeKey'));
    const partialEnv: Record<string, string> = partial ? { [PREVIOUS_SITE_ENV]: outDir, [PREVIOUS_KEYS_ENV]: join(cacheDir, PAGE_KEYS_FILE) } : {};
    if (codeKey !== null) partialEnv[CODE_KEY_ENV] = codeKey;
    await rm(stampFile, { force: true });
    const code = await buildAtomically(outDir, (staging) => astroBuild(staging, (pid) => void lock.addHelper(pid), partialEnv), discardInBackground);
    if (code !== 0) {
      process.stderr.write(`kiosque: build failed (exit ${code}); ${outDir} keeps the previous complete site\n`);
      return code;
    }
    if (key !== null && codeKey !== null) {
      try {
        const stamp: BuildStamp = { format: STAMP_FORMAT, key, codeKey, outDir, files: await siteFiles(outDir) };
        await mkdir(cacheDir, { recursive: true });
        await writeFile(stampFile, JSON.stringify(stamp));
      } catch (error) {
        process.stderr.write(`kiosque: could not record this build (${(error as Error).message.split('\n')[0]}); the next one builds again\n`);
      }
    }
    return 0;
  } finally {
    await lock.release();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exitCode = await main();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
