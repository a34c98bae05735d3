/** The ingest CLI runs on Node's own type stripping (`npm run ingest` = `node src/cli/ingest.ts`): every module it imports must be strip-compatible (no enums, parameter properties, namespaces). */
import { execFile } from 'node:child_process';
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

  it('is wired as the npm script', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { scripts: Record<string, string> };
    expect(pkg.scripts['ingest']).toBe('node src/cli/ingest.ts');
  });
});
