/**
 * Speed of the story stage on many articles: synthetic articles built at run time from the public
 * corpora (never copied into the project), grouped by groupStories, with time and memory printed.
 *
 *   npx tsx scripts/bench-stories.ts [--corpus ../shared/corpus] [--count 100000] [--seed 1]
 *
 * Each synthetic article is a corpus article (title, paragraphs) with about a third of its words
 * swapped for words drawn from the whole corpus (so the vocabulary keeps its natural frequencies) and a
 * publication time within 60 days; some bases are drawn many times, which makes stories to merge.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { groupStories, type StoryInput } from '../src/ingest/stories.ts';
import { makeRng } from './rng.ts';

/** Share of a base article's words replaced in each synthetic copy. */
const SWAP_SHARE = 0.35;
/** Days over which synthetic publication times are spread. */
const SPREAD_DAYS = 60;
/** Longest body kept from a base article (characters): the stage reads the lead only anyway. */
const MAX_BODY_CHARS = 4000;

/** Title and paragraphs of every .txt under `<corpus>/<name>/articles` (first line = title; URL and source lines dropped). */
function loadBases(corpus: string): { title: string; paragraphs: string[] }[] {
  const out: { title: string; paragraphs: string[] }[] = [];
  for (const name of readdirSync(corpus).sort()) {
    const dir = join(corpus, name, 'articles');
    try {
      if (!statSync(dir).isDirectory()) continue;
    } catch {
      continue;
    }
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.txt')) continue;
      const lines = readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 0 && !/^(https?:|source\s*:)/i.test(l));
      if (lines.length === 0) continue;
      let body = lines.slice(1);
      let chars = 0;
      body = body.filter((p) => (chars += p.length) <= MAX_BODY_CHARS);
      out.push({ title: lines[0]!, paragraphs: body });
    }
  }
  return out;
}

/** `count` synthetic articles from the bases (see the file comment). */
export function syntheticArticles(bases: readonly { title: string; paragraphs: string[] }[], count: number, seed: number): StoryInput[] {
  const rng = makeRng(seed);
  const pool: string[] = [];
  for (const b of bases) for (const w of b.title.split(/\s+/)) pool.push(w);
  for (const b of bases.slice(0, 2000)) for (const p of b.paragraphs) for (const w of p.split(/\s+/)) pool.push(w);
  const start = Date.parse('2025-01-01T00:00:00Z');
  const mutate = (text: string): string =>
    text
      .split(/\s+/)
      .map((w) => (rng() < SWAP_SHARE ? pool[Math.floor(rng() * pool.length)]! : w))
      .join(' ');
  const out: StoryInput[] = [];
  for (let k = 0; k < count; k++) {
    const base = bases[Math.floor(rng() * bases.length)]!;
    out.push({
      title: mutate(base.title),
      paragraphs: base.paragraphs.map(mutate),
      publishedAt: rng() < 0.9 ? new Date(start + rng() * SPREAD_DAYS * 86_400_000).toISOString() : null,
    });
  }
  return out;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: '../shared/corpus' },
      count: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
    },
  });
  const bases = loadBases(values.corpus!);
  if (bases.length === 0) throw new Error(`no articles under ${values.corpus}/*/articles`);
  const count = Number(values.count);
  const items = syntheticArticles(bases, count, Number(values.seed));
  const words = items.reduce((s, it) => s + it.title.length + it.paragraphs.reduce((t, p) => t + p.length, 0), 0);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const groups = groupStories(items);
  const ms = performance.now() - started;
  const heapAfter = process.memoryUsage().heapUsed;
  const sizes = groups.map((g) => g.length).sort((a, b) => b - a);
  process.stdout.write(
    `${count} synthetic articles (${bases.length} bases, ${(words / 1e6).toFixed(1)} M characters): ` +
      `groupStories ${(ms / 1000).toFixed(2)} s, ${groups.length} stories (largest ${sizes[0]}, ` +
      `${sizes.filter((s) => s > 1).length} with 2+ articles), heap +${Math.round((heapAfter - heapBefore) / 1e6)} MB, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`,
  );
}

main();
