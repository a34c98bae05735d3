/**
 * `npm run bench -- [--corpus <dir>] [--scale 4] [--runs 3] [--baseline <name>] [--save-baseline <name>]`
 * Measures ingestFolder on a corpus and on a corpus N times larger generated from it (altered copies:
 * words swapped and dropped, other quotes, CRLF, cp1252), each run in a fresh process: wall time
 * (median of runs), MB/s, peak RSS. Prints a table and compares with a named baseline in
 * bench/baseline.json; --save-baseline records the current figures under a name. Not part of the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { makeRng } from './rng.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE_FILE = join(ROOT, 'bench', 'baseline.json');
const DEFAULT_CORPUS = process.env['KIOSQUE_CORPUS_DIR'] ? join(process.env['KIOSQUE_CORPUS_DIR'], 'gilets-jaunes') : join(ROOT, '..', 'shared', 'corpus', 'gilets-jaunes');
/** A run slower than the baseline by more than this share is flagged. */
const SLOWER_FLAG = 0.2;

interface Measure {
  files: number;
  bytes: number;
  ms: number;
  peakRssMb: number;
  articles: number;
}

interface Row {
  label: string;
  files: number;
  mb: number;
  medianMs: number;
  mbPerS: number;
  peakRssMb: number;
  articles: number;
}

interface Baselines {
  [name: string]: { recordedAt: string; node: string; cpus: number; rows: Row[] };
}

/** Child mode: one ingest, figures as JSON on stdout. */
async function child(dir: string): Promise<void> {
  const { ingestFolder } = await import('../src/ingest/pipeline.ts');
  const started = performance.now();
  const result = await ingestFolder(dir);
  const ms = performance.now() - started;
  const measure: Measure = {
    files: result.stats.files,
    bytes: result.stats.bytes,
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    articles: result.articles.length,
  };
  process.stdout.write(`${JSON.stringify(measure)}\n`);
}

/** Runs one ingest in a fresh process (same loader flags), so that peak RSS and warm-up are per run. */
function runOnce(dir: string): Measure {
  const out = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  if (out.status !== 0) throw new Error(`bench run failed on ${dir}:\n${out.stderr}`);
  const line = out.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as Measure;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Deterministic pseudo-random numbers, so the scaled corpus is the same every time. */
const random = makeRng;

/** An altered copy of a text: a few words swapped or dropped, other quotes/apostrophes, maybe CRLF and cp1252. */
function alter(text: string, variant: number, rnd: () => number): Uint8Array {
  const lines = text.split(/\r?\n/);
  const out = lines.map((line, i) => {
    if (i === 0 || line.length < 40) return line;
    const w = line.split(' ');
    for (let k = 0; k < Math.max(1, Math.floor(w.length / 40)); k++) {
      const at = Math.floor(rnd() * (w.length - 1));
      if (rnd() < 0.5) [w[at], w[at + 1]] = [w[at + 1]!, w[at]!];
      else w.splice(at, 1);
    }
    return w.join(' ');
  });
  let altered = out.join(variant % 2 === 0 ? '\r\n' : '\n');
  if (variant % 3 === 1) altered = altered.replace(/"([^"\n]{1,200})"/g, '« $1 »').replaceAll("'", '\u2019');
  else if (variant % 3 === 2) altered = altered.replaceAll('\u2019', "'").replaceAll('«\u00a0', '"').replaceAll('\u00a0»', '"');
  if (variant % 4 === 3) return iconv.encode(altered, 'windows-1252');
  return new TextEncoder().encode(altered);
}

/** Writes `scale` versions of every file (the original plus altered copies) into a temporary folder. */
async function scaledCorpus(articles: string, scale: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosque-bench-'));
  const names = (await readdir(articles, { recursive: true })).filter((n) => n.endsWith('.txt')).sort();
  const rnd = random(20251201);
  for (const name of names) {
    const bytes = await readFile(join(articles, name));
    const base = name.slice(0, -4);
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), bytes);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
    for (let v = 1; v < scale; v++) await writeFile(join(dir, `${base}__v${v}.txt`), alter(text, v, rnd));
  }
  return dir;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    const s = await stat(join(dir, name));
    if (s.isFile()) total += s.size;
  }
  return total;
}

function measure(label: string, dir: string, runs: number): Row {
  const results: Measure[] = [];
  for (let r = 0; r < runs; r++) {
    results.push(runOnce(dir));
    process.stderr.write(`  ${label}: run ${r + 1}/${runs} ${Math.round(results.at(-1)!.ms)} ms\n`);
  }
  const ms = median(results.map((m) => m.ms));
  const mb = results[0]!.bytes / 1e6;
  return {
    label,
    files: results[0]!.files,
    mb: round(mb, 2),
    medianMs: Math.round(ms),
    mbPerS: round(mb / (ms / 1000), 2),
    peakRssMb: Math.round(Math.max(...results.map((m) => m.peakRssMb))),
    articles: results[0]!.articles,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function table(rows: readonly Row[], baseline: { name: string; rows: Row[] } | null): string {
  const head = ['corpus', 'files', 'MB', 'median ms', 'MB/s', 'peak RSS MB', 'articles'];
  if (baseline) head.push(`baseline "${baseline.name}" ms`, 'change');
  const body = rows.map((r) => {
    const cells = [r.label, String(r.files), r.mb.toFixed(2), String(r.medianMs), r.mbPerS.toFixed(2), String(r.peakRssMb), String(r.articles)];
    if (baseline) {
      const b = baseline.rows.find((x) => x.label === r.label);
      if (b) {
        const change = (r.medianMs - b.medianMs) / b.medianMs;
        cells.push(String(b.medianMs), `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)} %${change > SLOWER_FLAG ? '  SLOWER' : ''}`);
      } else cells.push('-', '-');
    }
    return cells;
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((c) => c[i]?.length ?? 0)));
  const fmt = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...body.map(fmt)].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      scale: { type: 'string', default: '4' },
      runs: { type: 'string', default: '3' },
      baseline: { type: 'string' },
      'save-baseline': { type: 'string' },
      child: { type: 'string' },
    },
  });
  if (values.child !== undefined) {
    await child(values.child);
    return 0;
  }
  const scale = Number(values.scale);
  const runs = Number(values.runs);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a positive integer, got ${values.scale}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  const corpus = resolve(values.corpus);
  const articles = existsSync(join(corpus, 'articles')) ? join(corpus, 'articles') : corpus;
  if (!existsSync(articles)) {
    process.stderr.write(`bench: corpus ${corpus} not found (use --corpus or KIOSQUE_CORPUS_DIR)\n`);
    return 2;
  }
  const name = relative(join(ROOT, '..'), corpus).split('/').pop() ?? 'corpus';
  process.stderr.write(`bench: ${articles}, ${runs} run(s) each, ${cpus().length} CPU(s), node ${process.version}\n`);

  const rows: Row[] = [measure(name, articles, runs)];
  if (scale > 1) {
    const scaled = await scaledCorpus(articles, scale);
    try {
      process.stderr.write(`  generated ${scale}x corpus (${(await folderBytes(scaled) / 1e6).toFixed(1)} MB) in ${scaled}\n`);
      rows.push(measure(`${name} x${scale}`, scaled, runs));
    } finally {
      await rm(scaled, { recursive: true, force: true });
    }
  }

  const baselines: Baselines = existsSync(BASELINE_FILE) ? (JSON.parse(await readFile(BASELINE_FILE, 'utf8')) as Baselines) : {};
  const names = Object.keys(baselines).sort((a, b) => baselines[b]!.recordedAt.localeCompare(baselines[a]!.recordedAt));
  const compareWith = values.baseline ?? names[0];
  const baseline = compareWith && baselines[compareWith] ? { name: compareWith, rows: baselines[compareWith].rows } : null;
  if (values.baseline && !baseline) process.stderr.write(`bench: no baseline named "${values.baseline}" in ${relative(ROOT, BASELINE_FILE)}\n`);
  process.stdout.write(`${table(rows, baseline)}\n`);

  const save = values['save-baseline'];
  if (save) {
    baselines[save] = { recordedAt: new Date().toISOString(), node: process.version, cpus: cpus().length, rows };
    await mkdir(dirname(BASELINE_FILE), { recursive: true });
    await writeFile(BASELINE_FILE, `${JSON.stringify(baselines, null, 2)}\n`);
    process.stderr.write(`bench: saved baseline "${save}" in ${relative(ROOT, BASELINE_FILE)}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
