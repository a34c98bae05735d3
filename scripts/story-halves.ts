/**
 * Splits a story-labelled corpus (manifest entries with `story`) into a DEV half and a CHECK half by a
 * hash of the story id, to tune story grouping on one half and check it on the other.
 *
 *   npx tsx scripts/story-halves.ts ../shared/corpus/headlines-2020-01-10 /tmp/halves
 *   npm run eval -- /tmp/halves/headlines-dev      # tune on this one
 *   npm run eval -- /tmp/halves/headlines-check    # look at this one rarely
 *
 * Each half is a corpus folder of its own (articles/ copied, manifest.json, unscored-story-pairs.json
 * restricted to the half), written outside the project: corpus text never enters it.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

interface Entry {
  file: string;
  story?: string | null;
}

/** DEV or CHECK for a story id: the parity of the first byte of its SHA-1 (stable, about half each). */
export function storyHalf(story: string): 'dev' | 'check' {
  return createHash('sha1').update(story).digest()[0]! % 2 === 0 ? 'dev' : 'check';
}

async function main(): Promise<void> {
  const [source, out] = process.argv.slice(2);
  if (!source || !out) {
    process.stderr.write('usage: npx tsx scripts/story-halves.ts <corpus folder> <output folder>\n');
    process.exitCode = 2;
    return;
  }
  const manifest = JSON.parse(await readFile(join(source, 'manifest.json'), 'utf8')) as Entry[];
  const unscoredPath = join(source, 'unscored-story-pairs.json');
  const unscored = existsSync(unscoredPath) ? (JSON.parse(await readFile(unscoredPath, 'utf8')) as [string, string][]) : [];
  const prefix = basename(resolve(source)).split('-')[0];
  for (const half of ['dev', 'check'] as const) {
    const dir = join(out, `${prefix}-${half}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(dir, 'articles'), { recursive: true });
    const entries = manifest.filter((m) => typeof m.story === 'string' && storyHalf(m.story) === half);
    for (const m of entries) await copyFile(join(source, 'articles', m.file), join(dir, 'articles', m.file));
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(entries, null, 1));
    const pairs = unscored.filter(([a, b]) => storyHalf(a) === half && storyHalf(b) === half);
    await writeFile(join(dir, 'unscored-story-pairs.json'), JSON.stringify(pairs));
    const stories = new Set(entries.map((m) => m.story));
    process.stdout.write(`${dir}: ${entries.length} files, ${stories.size} stories, ${pairs.length} unscored pairs\n`);
  }
}

await main();
