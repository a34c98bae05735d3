/** Empties a build's output folder at once by renaming it aside, and deletes the old files in the background while the build runs. */
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Suffix of an output folder set aside; leftovers of a killed build are deleted by the next one. */
const RETIRED = '.kiosque-retired-';

/**
 * Astro empties the output folder file by file before writing the new site (a minute for the
 * 25,000 files of a 10,000-article site on a loaded machine). Renaming it to a sibling is one
 * system call; the deletion then overlaps the build's CPU-bound work. A folder holding `.git`
 * (a deploy checkout) is left to Astro, which keeps `.git`.
 *
 * @param outDir Absolute path of the output folder.
 * @returns A promise that settles when the old files (and older leftovers) are gone; it never rejects.
 */
export function retireOutput(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}${RETIRED}`;
  const doomed: string[] = [];
  try {
    for (const name of existsSync(parent) ? readdirSync(parent) : []) if (name.startsWith(prefix)) doomed.push(join(parent, name));
    if (existsSync(outDir) && !existsSync(join(outDir, '.git'))) {
      const aside = join(parent, `${prefix}${process.pid}-${Date.now()}`);
      renameSync(outDir, aside);
      doomed.push(aside);
    }
  } catch {
    // Could not rename (permissions, another file system): Astro empties the folder itself.
  }
  return Promise.all(doomed.map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {}))).then(() => {});
}
