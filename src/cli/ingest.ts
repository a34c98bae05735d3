/**
 * `npm run ingest -- [--dir <folder>] [--json] [--strict] [--max-bytes N] [--allow-outside]`
 * Runs the pipeline over a folder and prints a readable summary, or one JSON document on stdout.
 * Progress and warnings go to stderr. Exit 0 even with rejected files, unless --strict.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { visiblePath } from '../ingest/files.ts';
import { ingestFolder } from '../ingest/pipeline.ts';
import type { IngestResult } from '../schemas/article.ts';

const USAGE = 'usage: npm run --silent ingest -- [--dir <folder>] [--json] [--strict] [--max-bytes <bytes>] [--allow-outside]';

function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        dir: { type: 'string', default: process.env['ARTICLES_DIR'] ?? 'content/articles' },
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        'max-bytes': { type: 'string' },
        'allow-outside': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return Promise.resolve(2);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return Promise.resolve(0);
  }
  return run(args);
}

async function run(args: {
  dir: string;
  json: boolean;
  strict: boolean;
  'max-bytes'?: string | undefined;
  'allow-outside': boolean;
}): Promise<number> {
  const dir = resolve(args.dir);
  const maxBytes = args['max-bytes'] === undefined ? undefined : Number(args['max-bytes']);
  if (maxBytes !== undefined && !(maxBytes > 0)) {
    process.stderr.write(`--max-bytes must be a positive number, got "${args['max-bytes']}"\n`);
    return 2;
  }
  process.stderr.write(`kiosque: ingesting ${dir}\n`);
  let result;
  try {
    result = await ingestFolder(dir, {
      ...(maxBytes === undefined ? {} : { maxBytes }),
      // The flag can only widen what KIOSQUE_ALLOW_OUTSIDE allows.
      ...(args['allow-outside'] ? { allowOutside: true } : {}),
    });
  } catch (error) {
    process.stderr.write(`kiosque: ${(error as Error).message}\n`);
    return 2;
  }
  const { parsed: _parsed, reused: _reused, ...doc } = result;
  if (args.json) {
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    process.stdout.write(summary(doc));
  }
  for (const r of doc.rejected) process.stderr.write(`rejected: ${visiblePath(r.path)}: ${r.reason}\n`);
  if (args.strict && doc.rejected.length > 0) {
    process.stderr.write(`kiosque: --strict: ${doc.rejected.length} file(s) rejected\n`);
    return 1;
  }
  return 0;
}

/** A readable report: counts per stage and per outlet, rejected files, timing. */
function summary(doc: IngestResult): string {
  const s = doc.stats;
  const mb = s.bytes / 1e6;
  const out: string[] = [];
  out.push(`Files read        ${s.files}  (${mb.toFixed(2)} MB)`);
  out.push(`Rejected          ${s.rejected}`);
  out.push(`Copies folded     ${s.folded}`);
  out.push(`Articles          ${s.articles}`);
  out.push(`Stories           ${s.stories}`);
  out.push(`Lines removed     ${s.removedLines}`);
  const reasons = new Map<string, number>();
  for (const r of doc.removed) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) out.push(`  ${reason.padEnd(24)} ${n}`);
  out.push('Articles per outlet');
  const outlets = new Map<string, number>();
  for (const a of doc.articles) outlets.set(a.outlet ?? 'Source inconnue', (outlets.get(a.outlet ?? 'Source inconnue') ?? 0) + 1);
  for (const [o, n] of [...outlets].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`  ${o.padEnd(32)} ${n}`);
  if (doc.rejected.length > 0) {
    out.push('Rejected files');
    for (const r of doc.rejected) out.push(`  ${visiblePath(r.path)}: ${r.reason}`);
  }
  out.push(`Time              ${s.ms} ms  (${(mb / Math.max(s.ms / 1000, 1e-3)).toFixed(1)} MB/s)`);
  return `${out.join('\n')}\n`;
}

process.exitCode = await main();
