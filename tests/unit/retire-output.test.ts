/** The previous output folder is set aside at once and deleted in the background; a deploy checkout (.git) is left to Astro. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { retireOutput } from '../../src/build/retire-output.ts';

let parent: string;
let out: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'kiosque-retire-'));
  out = join(parent, 'dist');
  mkdirSync(join(out, 'articles', 'un'), { recursive: true });
  writeFileSync(join(out, 'articles', 'un', 'index.html'), '<p>ancien</p>');
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

it('empties the output folder at once and deletes the old site and older leftovers in the background', async () => {
  mkdirSync(join(parent, 'dist.kiosque-retired-1-2', 'x'), { recursive: true });
  const done = retireOutput(out);
  expect(existsSync(out)).toBe(false);
  await done;
  expect(readdirSync(parent)).toEqual([]);
});

it('leaves a folder holding .git in place, and does nothing when there is no folder', async () => {
  mkdirSync(join(out, '.git'));
  await retireOutput(out);
  expect(existsSync(join(out, 'articles', 'un', 'index.html'))).toBe(true);
  await expect(retireOutput(join(parent, 'absent'))).resolves.toBeUndefined();
});
