/** Partial re-rendering's choice of pages: skip a page only when its props are the previous build's and its file is still there. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREVIOUS_KEYS_ENV, PREVIOUS_SITE_ENV, endpointAt, pageAt, pageKey, pageKeysJson, pageRegistry, paginatedPageAt, pathsToRender, readPageKeys, resetPageRegistry } from '../../src/render/page-keys.ts';
import { HOME_PAGES, homePageNumber, homePageParam } from '../../src/queries/story-card.ts';

const fileOf = (p: { params: { id: string } }) => ({ file: `articles/${p.params.id}/index.html`, pathname: `articles/${p.params.id}/` });
const page = (id: string, title: string) => ({ params: { id }, props: { entry: { id, data: { title } } } });

let work: string;
let saved: Record<string, string | undefined>;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kiosque-keys-'));
  saved = { [PREVIOUS_SITE_ENV]: process.env[PREVIOUS_SITE_ENV], [PREVIOUS_KEYS_ENV]: process.env[PREVIOUS_KEYS_ENV] };
  resetPageRegistry();
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  resetPageRegistry();
  rmSync(work, { recursive: true, force: true });
});

/** A previous site holding the pages of `ids`, and its saved keys for `pages`. */
function previousBuild(pages: ReturnType<typeof page>[], ids: string[]): void {
  const site = join(work, 'site');
  for (const id of ids) {
    mkdirSync(join(site, 'articles', id), { recursive: true });
    writeFileSync(join(site, 'articles', id, 'index.html'), id);
  }
  const keys = new Map(pages.map((p) => [fileOf(p).file, pageKey(fileOf(p).file, p.props)]));
  writeFileSync(join(work, 'keys.json'), pageKeysJson(keys));
  process.env[PREVIOUS_SITE_ENV] = site;
  process.env[PREVIOUS_KEYS_ENV] = join(work, 'keys.json');
}

describe('pathsToRender', () => {
  it('renders every page when there is no previous build, and records every key', () => {
    delete process.env[PREVIOUS_SITE_ENV];
    delete process.env[PREVIOUS_KEYS_ENV];
    const pages = [page('a', 'A'), page('b', 'B')];
    expect(pathsToRender(pages, fileOf)).toEqual(pages);
    expect([...pageRegistry().keys.keys()]).toEqual(['articles/a/index.html', 'articles/b/index.html']);
    expect(pageRegistry().skipped.size).toBe(0);
  });

  it('skips the unchanged pages and renders the edited, the new and the missing ones', () => {
    previousBuild([page('a', 'A'), page('b', 'B'), page('c', 'C')], ['a', 'b']);
    const now = [page('a', 'A'), page('b', 'B bis'), page('c', 'C'), page('d', 'D')];
    // a: same props, file there → skipped; b: edited; c: same props but its file is gone; d: new
    expect(pathsToRender(now, fileOf).map((p) => p.params.id)).toEqual(['b', 'c', 'd']);
    expect([...pageRegistry().skipped.values()]).toEqual([{ file: 'articles/a/index.html', pathname: 'articles/a/' }]);
    expect(pageRegistry().keys.size).toBe(4);
  });

  it('tells apart props that differ only deep inside (a story member’s date)', () => {
    const withDate = (d: string) => ({ params: { id: 'a' }, props: { story: { others: [{ id: 'x', publishedAt: d }] } } });
    previousBuild([withDate('2022-10-23T13:27:00+02:00') as never], ['a']);
    expect(pathsToRender([withDate('2022-10-23T13:28:00+02:00')], fileOf)).toHaveLength(1);
  });

  it('renders everything when the saved keys are damaged or of another format', () => {
    previousBuild([page('a', 'A')], ['a']);
    writeFileSync(join(work, 'keys.json'), '{"format":1,"keys":');
    expect(pathsToRender([page('a', 'A')], fileOf)).toHaveLength(1);
    resetPageRegistry();
    writeFileSync(join(work, 'keys.json'), JSON.stringify({ format: 0, keys: {} }));
    expect(readPageKeys(join(work, 'keys.json'))).toBeNull();
    expect(pathsToRender([page('a', 'A')], fileOf)).toHaveLength(1);
  });

  it('reads back the keys it saves', () => {
    const keys = new Map([['b/index.html', '2'], ['a/index.html', '1']]);
    writeFileSync(join(work, 'k.json'), pageKeysJson(keys));
    expect(readPageKeys(join(work, 'k.json'))).toEqual(new Map([['a/index.html', '1'], ['b/index.html', '2']]));
  });
});

describe('where a page’s file is', () => {
  it('puts a page in its folder’s index.html, the home page at the root', () => {
    expect(pageAt('')).toEqual({ file: 'index.html', pathname: '' });
    expect(pageAt('archives/2022/10/23/')).toEqual({ file: 'archives/2022/10/23/index.html', pathname: 'archives/2022/10/23/' });
    expect(() => pageAt('articles/a')).toThrow(/trailing/);
    expect(() => pageAt('/articles/a/')).toThrow(/leading/);
  });
  it('puts page 1 of a paginated route at its base and page n in n/', () => {
    expect(paginatedPageAt('', undefined)).toEqual({ file: 'index.html', pathname: '' });
    expect(paginatedPageAt('', '2')).toEqual({ file: '2/index.html', pathname: '2/' });
    expect(paginatedPageAt('sources/le-monde/', undefined)).toEqual({ file: 'sources/le-monde/index.html', pathname: 'sources/le-monde/' });
    expect(paginatedPageAt('sources/le-monde/', '12')).toEqual({ file: 'sources/le-monde/12/index.html', pathname: 'sources/le-monde/12/' });
    expect(() => paginatedPageAt('', '1/')).toThrow(/page number/);
    expect(() => paginatedPageAt('sources/le-monde', '2')).toThrow(/trailing/);
  });
  it('writes an endpoint at its own path, out of the sitemap', () => {
    expect(endpointAt('sources/le-monde/rss.xml')).toEqual({ file: 'sources/le-monde/rss.xml', pathname: null });
    expect(() => endpointAt('/rss.xml')).toThrow(/relative/);
  });
});

describe('the home page numbers', () => {
  it('puts the pages after the first under page/, so that page 404 is never the site\'s 404 page', () => {
    expect(homePageParam(undefined)).toBeUndefined();
    expect(homePageParam('2')).toBe('page/2');
    expect(paginatedPageAt(HOME_PAGES, homePageNumber(homePageParam('404')))).toEqual({ file: 'page/404/index.html', pathname: 'page/404/' });
    for (const n of [2, 3, 403, 404, 405, 1000]) expect(paginatedPageAt(HOME_PAGES, homePageNumber(homePageParam(String(n)))).file).not.toBe('404/index.html');
  });
});
