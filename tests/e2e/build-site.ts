/** Builds a Kiosque site from an articles folder into a temp outDir (`astro build`, whose integration writes the Pagefind index), for the browser tests. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
/**
 * Lock folder held during an `astro build`. Builds with their own outDir and cacheDir still share
 * the project's `.astro/` folder (types and content module stubs, rewritten at every sync), so
 * the test files' builds run one at a time, across Vitest workers.
 */
const LOCK = fileURLToPath(new URL('../../node_modules/.kiosque-e2e-build.lock', import.meta.url));
/** How often a waiting build checks the lock: short next to a build (~5 s). */
const LOCK_POLL_MS = 100;

/** Parent of the e2e build outputs: inside the project, ignored by git. */
const SCRATCH = join(ROOT, 'node_modules', '.cache', 'kiosque-e2e');

/**
 * A new temp folder for build outputs, inside the project. For an outDir outside the working
 * directory, `astro build` stages prerendered assets in the project's `.astro/.prerender/`
 * (shared by every such build running at the same time) and then moves them with rename(2),
 * which fails (EXDEV) when outDir is on another file system, a tmpfs /tmp for instance. For an
 * outDir inside the project, the staging folder is inside outDir.
 */
export function scratchDir(prefix: string): string {
  mkdirSync(SCRATCH, { recursive: true });
  return mkdtempSync(join(SCRATCH, prefix));
}

/** Output of a finished command. */
export interface RunResult {
  code: number;
  output: string;
  ms: number;
}

/**
 * The test runner's environment minus what Vitest sets for its own Vite (BASE_URL, MODE, DEV,
 * PROD, SSR, NODE_ENV=test, VITEST…): inherited by `astro build`, those would override the
 * site's own `import.meta.env` (links without the base path).
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  }
  return env;
}

/** Runs a Node script with the current Node binary; resolves with its exit code and output. */
export function runNode(script: string, args: string[], env: Record<string, string>): Promise<RunResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output, ms: performance.now() - started }));
  });
}

/** True when the process that wrote `LOCK/pid` is gone (a crashed run left the lock behind). */
function lockIsStale(): boolean {
  try {
    process.kill(Number(readFileSync(`${LOCK}/pid`, 'utf8')), 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. A missing or half-written pid file is not stale yet.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Runs `task` while holding the build lock (mkdir is atomic). */
export async function withBuildLock<T>(task: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsStale()) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(LOCK_POLL_MS);
    }
  }
  try {
    writeFileSync(`${LOCK}/pid`, String(process.pid));
    return await task();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Where and how to build one fixture site. */
export interface BuildOptions {
  /** Articles folder (ARTICLES_DIR), relative to the project root or absolute. */
  articlesDir: string;
  outDir: string;
  cacheDir: string;
  base?: string;
  /** Extra environment (e.g. KIOSQUE_STRICT, TZ). */
  env?: Record<string, string>;
}

function buildEnv(options: BuildOptions): Record<string, string> {
  return {
    ARTICLES_DIR: options.articlesDir,
    KIOSQUE_OUT_DIR: options.outDir,
    KIOSQUE_CACHE_DIR: options.cacheDir,
    BASE_PATH: options.base ?? '/',
    ...options.env,
  };
}

/** `astro build` with the fixture's env (pages, sitemap, RSS, Pagefind index). Throws with the build log on failure. */
export async function buildSite(options: BuildOptions): Promise<RunResult> {
  const build = await withBuildLock(() => runNode(ASTRO, ['build'], buildEnv(options)));
  if (build.code !== 0) throw new Error(`astro build failed (${options.articlesDir}, base ${options.base ?? '/'}):\n${build.output}`);
  return build;
}

/** Runs `astro build` and returns its result without throwing (for builds expected to fail). */
export function tryBuild(options: BuildOptions): Promise<RunResult> {
  return withBuildLock(() => runNode(ASTRO, ['build'], buildEnv(options)));
}
