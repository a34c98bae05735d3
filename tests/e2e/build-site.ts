/** Builds a Kiosque site from an articles folder into a temp outDir (astro build + pagefind), for the browser tests. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const PAGEFIND = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

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

/** Where and how to build one fixture site. */
export interface BuildOptions {
  /** Articles folder (ARTICLES_DIR), relative to the project root or absolute. */
  articlesDir: string;
  outDir: string;
  cacheDir: string;
  base?: string;
  /** Extra environment (e.g. KIOSQUE_STRICT). */
  env?: Record<string, string>;
  /** Skip the Pagefind index. */
  pagefind?: boolean;
}

/** `astro build` with the fixture's env, then `pagefind --site outDir`. Throws with the build log on failure. */
export async function buildSite(options: BuildOptions): Promise<RunResult> {
  const env = {
    ARTICLES_DIR: options.articlesDir,
    KIOSQUE_OUT_DIR: options.outDir,
    KIOSQUE_CACHE_DIR: options.cacheDir,
    BASE_PATH: options.base ?? '/',
    ...options.env,
  };
  const build = await runNode(ASTRO, ['build', '--silent'], env);
  if (build.code !== 0) throw new Error(`astro build failed (${options.articlesDir}, base ${env.BASE_PATH}):\n${build.output}`);
  if (options.pagefind !== false) {
    const index = await runNode(PAGEFIND, ['--site', options.outDir, '--silent'], {});
    if (index.code !== 0) throw new Error(`pagefind failed:\n${index.output}`);
    build.ms += index.ms;
  }
  return build;
}

/** Runs `astro build` and returns its result without throwing (for builds expected to fail). */
export function tryBuild(options: BuildOptions): Promise<RunResult> {
  return runNode(ASTRO, ['build'], {
    ARTICLES_DIR: options.articlesDir,
    KIOSQUE_OUT_DIR: options.outDir,
    KIOSQUE_CACHE_DIR: options.cacheDir,
    BASE_PATH: options.base ?? '/',
    ...options.env,
  });
}
