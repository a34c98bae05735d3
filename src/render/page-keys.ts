/**
 * Partial re-rendering: after an edit, the pages whose data did not change are taken from the previous
 * site instead of being rendered again.
 *
 * A page of the dynamic routes (articles, stories and their feeds, the home page's pages, outlets' pages
 * and feeds, the archive's months and days) is a function of its props alone, given the code and the
 * settings: the pages read no other data (no collection query in a page's body or a component), and
 * `npm run build` (scripts/build.ts) turns partial rendering on only when the code, the settings and
 * the Node version are those of the previous build and that build's site is still whole. Each such
 * page gets a key, the hash of its props' JSON; a page whose key is the previous build's and whose
 * file is still in the previous site is skipped, and its file is linked into the new site when the
 * build is done (astro.config.mjs). Its keys are saved for the next build. A cold build computes the
 * same keys and renders everything: the two sites are byte-identical (tests/e2e/partial-build.test.ts).
 *
 * A list page's props are what it shows, so that an edit renders again only the list pages it is on:
 * the stories of a page of the home, an outlet's counts and its page's slice of its lists (not its
 * whole lists), the articles of an outlet's feed. The routes without params (/sources/, /archives/,
 * /rapport/, /rss.xml…) have no getStaticPaths and are always rendered: a few pages.
 *
 * getStaticPaths and the integrations run in one process, the pages from Astro's bundle and the
 * integrations from the config: they meet through a registry on `globalThis`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Environment of a partial build, set by scripts/build.ts for its `astro build`: the previous site. */
export const PREVIOUS_SITE_ENV = 'KIOSQUE_PREVIOUS_SITE';
/** …and the page keys that build saved. */
export const PREVIOUS_KEYS_ENV = 'KIOSQUE_PREVIOUS_PAGE_KEYS';
/** …and, in every build it runs, the key of the code and settings (what a cache tied to them is saved under). */
export const CODE_KEY_ENV = 'KIOSQUE_BUILD_CODE_KEY';
/** File of the page keys in the cache folder. */
export const PAGE_KEYS_FILE = 'kiosque-page-keys.json';
/** Bumped when what a key covers changes meaning: older key files are then ignored. */
const KEYS_FORMAT = 1;

/** A page: where its file goes in the site, and the path the sitemap lists (null for a feed or other non-page file). */
export interface PageFile {
  file: string;
  pathname: string | null;
}

/**
 * A page at a site path ("" for the home page, "sources/le-monde/" for others; no base path): its file
 * is that folder's index.html (`build.format: 'directory'`), and the sitemap lists the path.
 * @param pathname the page's path, "" or ending with "/"
 */
export function pageAt(pathname: string): PageFile {
  if (pathname !== '' && (!pathname.endsWith('/') || pathname.startsWith('/'))) {
    throw new Error(`pageAt: a page's path is "" or "a/b/" (no leading slash, a trailing one), got "${pathname}"`);
  }
  return { file: `${pathname}index.html`, pathname };
}

/**
 * Page `param` of a paginated route under `base` (the `[...page]` param of paginate()): page 1 has
 * no param and is the base's own index.html, page n is "<base>n/index.html".
 * @param base the route's path without its page ("" for the home page, "sources/le-monde/")
 * @param param the page's `[...page]` param: undefined for page 1, "2", "3"… after
 */
export function paginatedPageAt(base: string, param: string | undefined): PageFile {
  if (param !== undefined && !/^[1-9]\d*$/.test(param)) throw new Error(`paginatedPageAt: a page param is a page number, got "${param}"`);
  const first = pageAt(base);
  return param === undefined ? first : pageAt(`${base}${param}/`);
}

/** A file that is not a page (a feed): written where the endpoint's path says, never in the sitemap. */
export function endpointAt(file: string): PageFile {
  if (file === '' || file.startsWith('/') || file.endsWith('/')) throw new Error(`endpointAt: an endpoint's file is a relative file path, got "${file}"`);
  return { file, pathname: null };
}

/** What this build knows of its pages: every key, the pages it skipped, the previous build's keys. */
export interface PageRegistry {
  keys: Map<string, string>;
  skipped: Map<string, PageFile>;
  previous: Map<string, string> | null;
  previousSite: string | null;
}

const REGISTRY = Symbol.for('kiosque.pageKeys');

/** Previous keys from a saved file; null when it is missing, damaged or of another format. */
export function readPageKeys(file: string): Map<string, string> | null {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; keys?: unknown };
    if (saved.format !== KEYS_FORMAT || typeof saved.keys !== 'object' || saved.keys === null) return null;
    const keys = new Map<string, string>();
    for (const [file, key] of Object.entries(saved.keys)) if (typeof key === 'string') keys.set(file, key);
    return keys;
  } catch {
    return null;
  }
}

/** JSON text of this build's keys, sorted by file (what `readPageKeys` reads). */
export function pageKeysJson(keys: ReadonlyMap<string, string>): string {
  const sorted: Record<string, string> = {};
  for (const file of [...keys.keys()].sort()) sorted[file] = keys.get(file)!;
  return JSON.stringify({ format: KEYS_FORMAT, keys: sorted });
}

/** This process's registry, created from the environment on first use. */
export function pageRegistry(env: NodeJS.ProcessEnv = process.env): PageRegistry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: PageRegistry };
  if (!holder[REGISTRY]) {
    const site = env[PREVIOUS_SITE_ENV] || null;
    const keysFile = env[PREVIOUS_KEYS_ENV] || null;
    const previous = site && keysFile && existsSync(site) ? readPageKeys(keysFile) : null;
    holder[REGISTRY] = { keys: new Map(), skipped: new Map(), previous, previousSite: previous ? site : null };
  }
  return holder[REGISTRY];
}

/** Forgets this process's registry (tests; a dev server's next build). */
export function resetPageRegistry(): void {
  delete (globalThis as typeof globalThis & { [REGISTRY]?: PageRegistry })[REGISTRY];
}

/** Key of a page: its file and the JSON of its props (objects' own keys in their order, Dates as ISO text). */
export function pageKey(file: string, props: unknown): string {
  return createHash('sha1').update(file).update('\0').update(JSON.stringify(props)).digest('hex');
}

/**
 * The paths of a route to render: all of them, except, in a partial build, those whose key is the
 * previous build's and whose file the previous site holds. Every path's key is recorded.
 * @param paths what the route's getStaticPaths would return
 * @param fileOf where a path's file goes in the site, and its sitemap path
 */
export function pathsToRender<T extends { props: unknown }>(paths: readonly T[], fileOf: (path: T) => PageFile): T[] {
  const registry = pageRegistry();
  const render: T[] = [];
  for (const path of paths) {
    const page = fileOf(path);
    const key = pageKey(page.file, path.props);
    registry.keys.set(page.file, key);
    if (registry.previous?.get(page.file) === key && existsSync(join(registry.previousSite!, page.file))) {
      registry.skipped.set(page.file, page);
    } else {
      registry.skipped.delete(page.file);
      render.push(path);
    }
  }
  return render;
}
