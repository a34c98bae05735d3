/** The search index is reused while the indexed pages are unchanged, rebuilt when one changes, and a damaged saved index is dropped with a warning. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/render/search-index.ts';

let work: string;
let site: string;
let cacheDir: string;
const warnings: string[] = [];
const warn = (m: string) => void warnings.push(m);

/** An invented article page, as the site writes them (body attribute, filter and meta). */
const page = (title: string, text: string) =>
  `<!doctype html><html lang="fr"><head><title>${title}</title></head><body><nav>Accueil</nav><article data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><data value="La Gazette" data-pagefind-filter="source[value]"></data><p>${text}</p></article></body></html>`;

/** sha256 of every file of the site's index, by path. */
function indexFiles(): Record<string, string> {
  const dir = join(site, 'pagefind');
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex')])
      .sort(),
  );
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kiosque-search-'));
  site = join(work, 'dist');
  cacheDir = join(work, 'cache');
  for (const [id, title, text] of [
    ['un', 'Le conseil vote le budget', 'Le conseil municipal a voté le budget des écoles mardi soir.'],
    ['deux', 'Fermeture du pont', 'Le pont restera fermé trois semaines pour des travaux.'],
  ]) {
    mkdirSync(join(site, 'articles', id!), { recursive: true });
    writeFileSync(join(site, 'articles', id!, 'index.html'), page(title!, text!));
  }
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="fr"><body>Accueil</body></html>');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeSearchIndex with a cache folder', () => {
  let first: Record<string, string>;
  it('indexes, then reuses the saved index byte for byte while no indexed page changed', async () => {
    expect(await writeSearchIndex(site, { cacheDir, warn })).toEqual({ pages: 3, reused: false });
    first = indexFiles();
    expect(Object.keys(first).some((p) => p.startsWith('fragment/'))).toBe(true);
    rmSync(join(site, 'pagefind'), { recursive: true });
    // A page without the body attribute is not indexed: changing it changes nothing.
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="fr"><body>Accueil, nouvelle version</body></html>');
    expect(await writeSearchIndex(site, { cacheDir, warn })).toEqual({ pages: 3, reused: true });
    expect(indexFiles()).toEqual(first);
    expect(warnings).toEqual([]);
  });

  it('drops a damaged saved index with a warning and indexes again, same files', async () => {
    const saved = join(cacheDir, 'kiosque-search-index', 'files');
    const fragment = readdirSync(join(saved, 'fragment'))[0]!;
    writeFileSync(join(saved, 'fragment', fragment), 'pas un fragment');
    expect(await writeSearchIndex(site, { cacheDir, warn })).toEqual({ pages: 3, reused: false });
    expect(warnings).toEqual([expect.stringMatching(/saved search index dropped \(fragment\/.* does not match its hash\)/)]);
    expect(indexFiles()).toEqual(first);
  });

  it('indexes again when an article page changed', async () => {
    writeFileSync(join(site, 'articles', 'deux', 'index.html'), page('Fermeture du pont', 'Le pont restera fermé quatre semaines.'));
    expect(await writeSearchIndex(site, { cacheDir, warn })).toEqual({ pages: 3, reused: false });
    expect(indexFiles()).not.toEqual(first);
    expect(await writeSearchIndex(site, { cacheDir, warn })).toEqual({ pages: 3, reused: true });
  });

  it('restores the saved files as hard links, never writing through them', async () => {
    expect(await writeSearchIndex(site, { cacheDir, warn })).toEqual({ pages: 3, reused: true });
    const saved = join(cacheDir, 'kiosque-search-index', 'files');
    const fragment = join('fragment', readdirSync(join(saved, 'fragment'))[0]!);
    expect(statSync(join(site, 'pagefind', fragment)).ino).toBe(statSync(join(saved, fragment)).ino);
    // parts.json, written after the restore, is a file of its own: the saved one is untouched.
    expect(statSync(join(site, 'pagefind', 'parts.json')).ino).not.toBe(statSync(join(saved, 'parts.json')).ino);
    expect(readFileSync(join(saved, 'parts.json'), 'utf8')).toBe('{"parts":[]}');
  });
});

