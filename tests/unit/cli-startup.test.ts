/**
 * The ingest CLI runs on Node's own type stripping (`node src/cli/ingest.ts`): every module it imports
 * must be strip-compatible (no enums, parameter properties, namespaces). `npm run ingest` runs it from a
 * bundle (scripts/run-cli.mjs), rebuilt whenever a source is newer, with the same output.
 */
import { execFile } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs the CLI with the test's Node binary, no TypeScript loader. */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['src/cli/ingest.ts', ...args], { cwd: ROOT, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 99) : 0, stdout, stderr });
    });
  });
}

describe('ingest CLI without a TypeScript loader', () => {
  it('ingests the sample folder to valid JSON', async () => {
    const { code, stdout, stderr } = await cli(['--dir', 'content/articles', '--json']);
    expect(stderr).not.toMatch(/ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX|ExperimentalWarning/);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { stats: { files: number }; articles: unknown[] };
    expect(doc.stats.files).toBe(5);
    expect(doc.articles.length).toBeGreaterThan(0);
  });

  it('is wired as the npm script, through its bundle runner', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { scripts: Record<string, string> };
    expect(pkg.scripts['ingest']).toBe('node scripts/run-cli.mjs ingest');
  });
});

describe('ingest CLI from its bundle (scripts/run-cli.mjs)', () => {
  const bundle = join(ROOT, 'node_modules', '.cache', 'kiosque-cli', 'ingest.mjs');
  const run = (script: string, args: string[]): Promise<string> =>
    new Promise((resolve, reject) => {
      execFile(process.execPath, [script, ...args], { cwd: ROOT, maxBuffer: 1 << 26 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
    });
  /** The JSON document without its timing. */
  const doc = (stdout: string): unknown => ({ ...(JSON.parse(stdout) as Record<string, unknown>), stats: { ...(JSON.parse(stdout) as { stats: object }).stats, ms: 0 } });

  it('prints what the sources print, and rebuilds a bundle older than the sources', async () => {
    const direct = await run('src/cli/ingest.ts', ['--dir', 'content/articles', '--json']);
    expect(doc(await run('scripts/run-cli.mjs', ['ingest', '--dir', 'content/articles', '--json']))).toEqual(doc(direct));
    // A stale bundle (older than every source) is built again before it runs.
    utimesSync(bundle, new Date(0), new Date(0));
    expect(doc(await run('scripts/run-cli.mjs', ['ingest', '--dir', 'content/articles', '--json']))).toEqual(doc(direct));
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });
});
