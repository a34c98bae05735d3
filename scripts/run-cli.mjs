/**
 * Runs a command of src/cli from one bundled file: `node scripts/run-cli.mjs ingest --dir …` does what
 * `node src/cli/ingest.ts --dir …` does, without resolving and type-stripping some two hundred modules
 * at start-up (about 0.2 s of a 2.8 s run on the public corpus; measured in the README).
 *
 * The bundle lives in node_modules/.cache/kiosque-cli/ and is rebuilt with esbuild whenever a file
 * under src/ (code or data) or package-lock.json is newer than it, so an edited source is never run
 * stale. It is written to a temporary name and renamed, so that processes started together never read
 * a half-written bundle. Plain JavaScript: it runs before anything can be compiled.
 */
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z][a-z-]*$/.test(name)) {
  process.stderr.write('usage: node scripts/run-cli.mjs <command of src/cli> [arguments]\n');
  process.exit(2);
}
const entry = join(ROOT, 'src', 'cli', `${name}.ts`);
const out = join(ROOT, 'node_modules', '.cache', 'kiosque-cli', `${name}.mjs`);

/** Latest modification time of the sources a bundle is made from (milliseconds). */
function newestSource() {
  let newest = statSync(join(ROOT, 'package-lock.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  for (const file of readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })) {
    if (!/\.(?:ts|json|mjs|js)$/.test(file)) continue;
    newest = Math.max(newest, statSync(join(ROOT, 'src', file)).mtimeMs);
  }
  return newest;
}

const built = statSync(out, { throwIfNoEntry: false })?.mtimeMs ?? -1;
if (built < newestSource()) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    // Dependencies written as CommonJS call require(): give the bundle one.
    banner: { js: "import { createRequire as __kiosqueRequire } from 'node:module'; const require = __kiosqueRequire(import.meta.url);" },
  });
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, out);
}
// The command reads its arguments from process.argv, as when run directly.
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(out).href);
