/**
 * `npm run bench:site -- [--articles 10000] [--corpus <dir>] [--cold-only] [--no-hugo] [--no-verify] [--no-lock] [--astro] [--baseline <name>] [--save-baseline <name>]`
 * Kiosque builds run as `npm run build` does (scripts/build.ts: lock, staging, nothing built when
 * nothing changed); `--astro` times `astro build` alone instead.
 * Whole-site benchmark: generates N distinct articles from the public corpus's sentences (at run
 * time, in a temp folder, never in the project), builds Kiosque cold, again with nothing changed,
 * and after one edited file, then Hugo on the same articles as Markdown with a list page per
 * outlet (Debian's `hugo`, installed with apt-get when missing). Prints wall time, peak RSS and
 * the Kiosque/Hugo ratios of this one run, checks that the warm and edit builds equal a cold build
 * byte for byte, and compares with a named baseline in bench/site-baseline.json. Not part of the tests.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeRng } from './rng.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE_FILE = join(ROOT, 'bench', 'site-baseline.json');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** `npm run build`'s script and the TypeScript runner it goes through. */
const TSX_CLI = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const BUILD_SCRIPT = join(ROOT, 'scripts', 'build.ts');
const DEFAULT_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'gilets-jaunes', 'articles');
/** Builds write inside the project (Astro stages assets in outDir and renames them; see tests/e2e/build-site.ts). */
const SCRATCH = join(ROOT, 'node_modules', '.cache', 'kiosque-bench-site');
/** The e2e tests' build lock: builds share the project's `.astro/` folder, so they run one at a time. */
const BUILD_LOCK = join(ROOT, 'node_modules', '.kiosque-e2e-build.lock');
/** Target body size of one generated article, as in the issue's measurements (4 KB). */
const ARTICLE_BYTES = 4000;
/** Number of invented outlets: enough for several list pages each at 10k articles. */
const OUTLETS = 40;
/** A prose sentence is at least this long; shorter lines are headings, captions or chrome. */
const MIN_SENTENCE = 60;

interface Timing {
  ms: number;
  peakRssMb: number;
}
interface Result {
  articles: number;
  cold: Timing;
  /** Null with --cold-only (large corpora: one build is the measure). */
  warm: Timing | null;
  edit: Timing | null;
  hugo: Timing | null;
  /** Warm and edit builds compared with a cold build of the same folder (dist hashes). */
  identical: { warm: boolean; edit: boolean };
}
type Baselines = Record<string, Result & { recordedAt: string; node: string; cpus: number }>;

/** Prose sentences of the corpus, deduplicated, in a fixed order. */
async function sentences(corpus: string): Promise<string[]> {
  const names = (await readdir(corpus)).filter((n) => n.endsWith('.txt')).sort();
  const seen = new Set<string>();
  for (const name of names) {
    const text = await readFile(join(corpus, name), 'utf8');
    for (const line of text.split(/\r?\n/)) {
      // A prose line ends a sentence; lines without final punctuation are titles or chrome.
      if (line.length < MIN_SENTENCE || !/[.!?»"]$/.test(line.trim())) continue;
      for (const s of line.trim().split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«"])/)) if (s.length >= MIN_SENTENCE / 2) seen.add(s);
    }
  }
  return [...seen];
}

/** Invented outlet names (never real ones): "La Gazette de Valbreuse"… */
function outletNames(): string[] {
  const kinds = ['La Gazette', 'Le Courrier', "L'Écho", 'La Tribune', 'Le Réveil', 'Le Journal', 'La Voix', 'Le Messager'];
  const places = ['Valbreuse', 'Morlanges', 'Saint-Irvoix', 'Béranville', 'Quercelles'];
  return kinds.flatMap((k) => places.map((p) => `${k} de ${p}`)).slice(0, OUTLETS);
}

interface Generated {
  title: string;
  outlet: string;
  date: Date;
  paragraphs: string[];
}

/** Article `i` of the generated corpus: same i, same article. */
function article(i: number, pool: readonly string[], outlets: readonly string[]): Generated {
  const rnd = makeRng(0x5eed + i * 7919);
  const pick = () => pool[Math.floor(rnd() * pool.length)]!;
  const words = pick().replace(/[.!?»"]+$/, '').split(/\s+/);
  const title = `${words.slice(0, 6 + Math.floor(rnd() * 6)).join(' ')} (${i + 1})`;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < ARTICLE_BYTES) {
    const n = 2 + Math.floor(rnd() * 3);
    const p = Array.from({ length: n }, pick).join(' ');
    paragraphs.push(p);
    size += p.length;
  }
  const date = new Date(Date.UTC(2019, 0, 1) + Math.floor(rnd() * 730 * 24 * 60) * 60_000);
  return { title, outlet: outlets[i % outlets.length]!, date, paragraphs };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The raw scraped-text form Kiosque reads. */
function asText(a: Generated): string {
  const d = a.date;
  const when = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} à ${pad(d.getUTCHours())}h${pad(d.getUTCMinutes())}`;
  return `${a.title}\n\nPublié le ${when}\n\n${a.paragraphs.join('\n\n')}\n\nSource : ${a.outlet}\n`;
}

/** The clean Markdown Hugo reads (front matter + paragraphs). */
function asMarkdown(a: Generated): string {
  const front = [`title: ${JSON.stringify(a.title)}`, `date: ${a.date.toISOString()}`, `outlets: [${JSON.stringify(a.outlet)}]`];
  return `---\n${front.join('\n')}\n---\n\n${a.paragraphs.join('\n\n')}\n`;
}

/** Minimal Hugo site: a page per article, a paginated list page per outlet, home, RSS, sitemap. */
function hugoSite(dir: string): void {
  const files: Record<string, string> = {
    'config.toml': 'baseURL = "http://localhost/"\nlanguageCode = "fr"\ntitle = "bench"\npaginate = 20\n[taxonomies]\noutlet = "outlets"\n',
    'layouts/_default/baseof.html': '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>\n',
    'layouts/_default/single.html': '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }} · {{ range .Params.outlets }}<a href="{{ "outlets/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}</p>{{ .Content }}</article>{{ end }}\n',
    'layouts/_default/list.html': '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}{{ end }}\n',
    'layouts/index.html': '{{ define "main" }}<ul>{{ range (.Paginate .Site.RegularPages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}{{ end }}\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Writes both forms of the N articles; returns the path of the text file edited later. */
async function generate(n: number, corpus: string, textDir: string, hugoDir: string): Promise<void> {
  const pool = await sentences(corpus);
  if (pool.length < 1000) throw new Error(`bench: only ${pool.length} sentences in ${corpus}`);
  const outlets = outletNames();
  mkdirSync(textDir, { recursive: true });
  mkdirSync(join(hugoDir, 'content', 'articles'), { recursive: true });
  hugoSite(hugoDir);
  for (let i = 0; i < n; i++) {
    const a = article(i, pool, outlets);
    const name = `a${String(i).padStart(6, '0')}`;
    await writeFile(join(textDir, `${name}.txt`), asText(a));
    await writeFile(join(hugoDir, 'content', 'articles', `${name}.md`), asMarkdown(a));
  }
}

/** Runs a command under GNU time: wall time and peak RSS (largest process of the tree). */
function timed(command: string, args: string[], env: Record<string, string>, log: string): Timing {
  const stats = `${log}.time`;
  const started = performance.now();
  const out = spawnSync('/usr/bin/time', ['-f', '%M', '-o', stats, command, ...args], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - started;
  writeFileSync(log, `${out.stdout}\n${out.stderr}`);
  if (out.status !== 0) throw new Error(`bench: ${command} ${args.join(' ')} failed (see ${log}):\n${out.stderr.slice(-2000)}`);
  const kb = Number(readFileSync(stats, 'utf8').trim().split('\n').pop());
  return { ms: Math.round(ms), peakRssMb: Math.round(kb / 1024) };
}

/** True when the process that wrote the lock's pid is gone (ESRCH); a missing or half-written pid is not stale yet. */
function lockIsStale(): boolean {
  try {
    process.kill(Number(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8')), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Runs `task` holding the e2e build lock (mkdir is atomic), so that no test build shares `.astro/` with ours. */
async function withBuildLock<T>(task: () => T): Promise<T> {
  while (true) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // A lock whose writer is gone (a killed bench or test run) is taken over, as the e2e builds do.
      if (lockIsStale()) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
    return task();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** sha256 of every file of a folder, by relative path. */
async function treeHashes(dir: string): Promise<Map<string, string>> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const hashes = new Map<string, string>();
  for (const p of entries.map((e) => relative(dir, join(e.parentPath, e.name))).sort()) {
    hashes.set(p, createHash('sha256').update(await readFile(join(dir, p))).digest('hex'));
  }
  return hashes;
}

/** True when both trees hold the same files; else prints the first differing paths. */
function sameTree(label: string, a: Map<string, string>, b: Map<string, string>): boolean {
  const differ = [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p));
  if (differ.length > 0) process.stderr.write(`bench: ${label}: ${differ.length} files differ, e.g. ${differ.slice(0, 5).join(', ')}\n`);
  return differ.length === 0;
}

/** Installs Debian's hugo when missing (as root); null when it cannot be had. */
function ensureHugo(): string | null {
  if (spawnSync('hugo', ['version']).status === 0) return 'hugo';
  process.stderr.write('bench: installing hugo with apt-get\n');
  spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', 'hugo'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return spawnSync('hugo', ['version']).status === 0 ? 'hugo' : null;
}

const ratio = (a: Timing, b: Timing | null) => (b ? (a.ms / b.ms).toFixed(1) + '×' : '–');

/** The table printed at the end, with the baseline's figures when there is one. */
function table(r: Result, base: { name: string; result: Result } | null): string {
  const rows: [string, Timing | null, Timing | null][] = [
    ['cold', r.cold, r.hugo],
    ['nothing changed', r.warm, r.hugo],
    ['one file edited', r.edit, r.hugo],
  ];
  const head = `| ${r.articles} articles | Kiosque | peak RSS | Hugo | ratio |${base ? ` baseline "${base.name}" |` : ''}`;
  const lines = [head, `|---|---|---|---|---|${base ? '---|' : ''}`];
  for (const [label, k, h] of rows) {
    if (k === null) continue;
    const key = label === 'cold' ? 'cold' : label === 'nothing changed' ? 'warm' : 'edit';
    const b = base ? base.result[key] : null;
    const was = b ? ` ${(b.ms / 1000).toFixed(1)} s, ${b.peakRssMb} MB, ${ratio(b, base!.result.hugo)} |` : base ? ' – |' : '';
    lines.push(`| ${label} | ${(k.ms / 1000).toFixed(1)} s | ${k.peakRssMb} MB | ${h ? `${(h.ms / 1000).toFixed(1)} s, ${h.peakRssMb} MB` : '–'} | ${ratio(k, h)} |${was}`);
  }
  lines.push(`warm build identical to cold: ${r.identical.warm}; edit build identical to a cold build of the edited folder: ${r.identical.edit}`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      'no-hugo': { type: 'boolean', default: false },
      'no-verify': { type: 'boolean', default: false },
      'cold-only': { type: 'boolean', default: false },
      // A copy of the project (its own .astro/) sharing this node_modules need not wait for the tests' builds.
      'no-lock': { type: 'boolean', default: false },
      astro: { type: 'boolean', default: false },
      baseline: { type: 'string' },
      'save-baseline': { type: 'string' },
    },
  });
  const n = Number(values.articles);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--articles must be a positive integer, got ${values.articles}`);
  const work = join(tmpdir(), `kiosque-bench-site-${n}`);
  const textDir = join(work, 'articles');
  const hugoDir = join(work, 'hugo');
  rmSync(work, { recursive: true, force: true });
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  process.stderr.write(`bench: generating ${n} articles in ${work}\n`);
  await generate(n, values.corpus, textDir, hugoDir);

  const out = join(SCRATCH, 'dist');
  const cache = join(SCRATCH, 'cache');
  const lock = values['no-lock'] ? <T>(task: () => T) => Promise.resolve(task()) : withBuildLock;
  const build = (label: string, outDir = out, cacheDir = cache): Promise<Timing> =>
    lock(() => {
      process.stderr.write(`bench: kiosque ${label} build\n`);
      // The build as users run it (`npm run build`: scripts/build.ts), or `astro build` alone with --astro.
      const command = values.astro ? [ASTRO, 'build'] : [TSX_CLI, BUILD_SCRIPT];
      const t = timed(process.execPath, command, { ARTICLES_DIR: textDir, KIOSQUE_OUT_DIR: outDir, KIOSQUE_CACHE_DIR: cacheDir }, join(work, `${label}.log`));
      process.stderr.write(`bench:   ${(t.ms / 1000).toFixed(1)} s, ${t.peakRssMb} MB\n`);
      return t;
    });

  const cold = await build('cold');
  let warm: Timing | null = null;
  let edit: Timing | null = null;
  let warmIdentical = true;
  let editIdentical = true;
  if (!values['cold-only']) {
    const coldHash = await treeHashes(out);
    warm = await build('warm');
    warmIdentical = sameTree('warm build vs cold build', coldHash, await treeHashes(out));
    // One edit: a sentence added to the middle article's second paragraph.
    const edited = join(textDir, `a${String(Math.floor(n / 2)).padStart(6, '0')}.txt`);
    const text = readFileSync(edited, 'utf8').split('\n\n');
    text[3] = `${text[3]} Cette phrase a été ajoutée pour mesurer une reconstruction.`;
    writeFileSync(edited, text.join('\n\n'));
    edit = await build('edit');
    if (!values['no-verify']) {
      const editHash = await treeHashes(out);
      await build('edit-cold', join(SCRATCH, 'dist-check'), join(SCRATCH, 'cache-check'));
      editIdentical = sameTree('edit build vs cold build', editHash, await treeHashes(join(SCRATCH, 'dist-check')));
    }
  }

  let hugo: Timing | null = null;
  const hugoBin = values['no-hugo'] ? null : ensureHugo();
  if (hugoBin) {
    process.stderr.write('bench: hugo build\n');
    hugo = timed(hugoBin, ['--source', hugoDir, '--destination', join(hugoDir, 'public'), '--quiet'], {}, join(work, 'hugo.log'));
  }
  const result: Result = { articles: n, cold, warm, edit, hugo, identical: { warm: warmIdentical, edit: editIdentical } };

  const baselines: Baselines = existsSync(BASELINE_FILE) ? (JSON.parse(await readFile(BASELINE_FILE, 'utf8')) as Baselines) : {};
  const names = Object.keys(baselines)
    .filter((k) => baselines[k]!.articles === n)
    .sort((a, b) => baselines[b]!.recordedAt.localeCompare(baselines[a]!.recordedAt));
  const compareWith = values.baseline ?? names[0];
  const base = compareWith && baselines[compareWith] ? { name: compareWith, result: baselines[compareWith] } : null;
  process.stdout.write(`${table(result, base)}\n(build logs in ${work})\n`);
  const save = values['save-baseline'];
  if (save) {
    baselines[save] = { recordedAt: new Date().toISOString(), node: process.version, cpus: cpus().length, ...result };
    await writeFile(BASELINE_FILE, `${JSON.stringify(baselines, null, 2)}\n`);
    process.stderr.write(`bench: saved baseline "${save}" in ${relative(ROOT, BASELINE_FILE)}\n`);
  }
  return result.identical.warm && result.identical.edit ? 0 : 1;
}

process.exitCode = await main();
