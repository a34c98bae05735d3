/** A partial build's skipped pages are hard-linked from the previous site, their folders made on the way. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { linkPages } from '../../src/build/link-pages.ts';

let root: string;
let previous: string;
let site: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kiosque-link-'));
  previous = join(root, 'old');
  site = join(root, 'new');
  for (const file of ['index.html', 'articles/un/index.html', 'articles/deux/index.html', 'sources/x/rss.xml']) {
    mkdirSync(join(previous, file, '..'), { recursive: true });
    writeFileSync(join(previous, file), `<p>${file}</p>`);
  }
  mkdirSync(site);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('links every file into the new site, in nested folders, sharing the old file', () => {
  const files = ['index.html', 'articles/un/index.html', 'articles/deux/index.html', 'sources/x/rss.xml'];
  expect(linkPages(previous, site, files)).toBe(0);
  for (const file of files) {
    expect(readFileSync(join(site, file), 'utf8')).toBe(`<p>${file}</p>`);
    expect(statSync(join(site, file)).ino).toBe(statSync(join(previous, file)).ino);
  }
});

it('copies a file it cannot link, and stops on a missing one', () => {
  // A file already there cannot be linked over: it is copied onto.
  mkdirSync(join(site, 'articles', 'un'), { recursive: true });
  writeFileSync(join(site, 'articles', 'un', 'index.html'), 'stale');
  expect(linkPages(previous, site, ['articles/un/index.html'])).toBe(1);
  expect(readFileSync(join(site, 'articles', 'un', 'index.html'), 'utf8')).toBe('<p>articles/un/index.html</p>');
  expect(() => linkPages(previous, site, ['absent/index.html'])).toThrow();
});
