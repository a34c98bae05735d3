// @ts-check
/**
 * Kiosque site configuration. Environment:
 * - SITE_URL   absolute origin of the deployed site (default http://localhost:4321)
 * - BASE_PATH  sub-path the site is served under, e.g. /kiosque/ (default /)
 * - KIOSQUE_OUT_DIR, KIOSQUE_CACHE_DIR  build output and cache folders (tests build into temp folders);
 *   KIOSQUE_OUT_DIR must be on the project's file system (Astro moves assets into it with rename)
 *
 * `astro build` writes the whole site, Pagefind search index included (integration below).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { join } from 'node:path';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { readSearchRecords, SEARCH_RECORDS_FILE, SEARCH_STAGING_DIR, startSearchIndex, takeEarlySearchIndex, writeSearchIndex } from './src/render/search-index.ts';
import { retireOutput } from './src/build/retire-output.ts';
import { releaseFreedMemory } from './src/build/release-memory.ts';
import { linkPages } from './src/build/link-pages.ts';
import { PAGE_KEYS_FILE, pageKeysJson, pageRegistry } from './src/render/page-keys.ts';

/**
 * Normalises BASE_PATH to "/" or "/a/b/" (leading and trailing slash).
 * @param {string | undefined} value
 */
function basePath(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Publication instant of each article page, by path ("/articles/<id>/"), from the search records: the sitemap's lastmod. */
/** @type {Map<string, string> | null} */
let publishedByPath = null;

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` (src/render/search-index.ts). The
 * loader leaves one record per article in the cache folder; indexing starts from them when the
 * build starts and runs while Astro renders the pages, and the index is copied into the site at the
 * end. Without records (a loader that did not write them), the built pages are indexed instead.
 * Either way records or pages go in sorted order, so that the index is reproducible, and the last
 * index, saved in the cache folder, is reused when nothing indexed changed.
 * @returns {import('astro').AstroIntegration}
 */
function pagefindIndex() {
  /** @type {string | undefined} */
  let cacheDir;
  let configuredAt = 0;
  /** @type {import('./src/render/search-index.ts').SearchIndexJob | null} */
  let job = null;
  return {
    name: 'kiosque-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        configuredAt = Date.now();
      },
      'astro:build:start': async ({ logger }) => {
        job = null;
        publishedByPath = null;
        if (!cacheDir) return;
        // An edit build's loader started the index already; otherwise the records written by this
        // build's content sync (not a previous build's).
        const early = takeEarlySearchIndex();
        const records = early?.records ?? (await readSearchRecords(join(cacheDir, SEARCH_RECORDS_FILE), configuredAt - 1000));
        if (!records) return;
        publishedByPath = new Map(records.flatMap((r) => (r.published ? [[r.url, r.published]] : [])));
        job = early?.job ?? startSearchIndex(records, { cacheDir, warn: (m) => logger.warn(m), stagingDir: join(cacheDir, SEARCH_STAGING_DIR) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (job) {
          const { reused } = await job.finish(fileURLToPath(dir));
          logger.info(reused ? `search index reused: the ${job.pages} indexed articles did not change` : `search index of ${job.pages} articles written to pagefind/${job.parts > 1 ? ` in ${job.parts} parts` : ''}`);
          return;
        }
        const { pages, reused } = await writeSearchIndex(fileURLToPath(dir), { cacheDir, warn: (m) => logger.warn(m) });
        logger.info(reused ? `search index reused: the indexed pages of ${pages} did not change` : `search index of ${pages} pages written to pagefind/`);
      },
    },
  };
}

/**
 * Sets the previous site aside when a build starts, instead of letting Astro delete it file by
 * file before building, and deletes it while the new one builds (src/build/retire-output.ts).
 * @returns {import('astro').AstroIntegration}
 */
function retireOldOutput() {
  /** @type {string | undefined} */
  let outDir;
  /** @type {Promise<void>} */
  let retired = Promise.resolve();
  return {
    name: 'kiosque-retire-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (outDir) retired = retireOutput(outDir);
      },
      'astro:build:done': () => retired,
    },
  };
}

/**
 * Partial re-rendering (src/render/page-keys.ts): when the build is done, links the pages it skipped
 * (unchanged since the previous build) from the previous site into the new one, and saves this
 * build's page keys in the cache folder for the next build. Listed before the sitemap, which reads
 * built pages when it has no search records.
 * @returns {import('astro').AstroIntegration}
 */
function partialPages() {
  /** @type {string | undefined} */
  let cacheDir;
  return {
    name: 'kiosque-partial-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const registry = pageRegistry();
        const site = fileURLToPath(dir);
        if (registry.previousSite && registry.skipped.size > 0) {
          linkPages(registry.previousSite, site, [...registry.skipped.values()].map((p) => p.file));
          logger.info(`${registry.skipped.size} unchanged pages taken from the previous build, ${registry.keys.size - registry.skipped.size} rendered`);
        }
        if (!cacheDir || registry.keys.size === 0) return;
        await mkdir(cacheDir, { recursive: true });
        const file = join(cacheDir, PAGE_KEYS_FILE);
        await writeFile(`${file}.tmp`, pageKeysJson(registry.keys));
        await rename(`${file}.tmp`, file);
      },
    },
  };
}

/**
 * The sitemap of every page, those a partial build took from the previous site included, in the
 * order of their paths (the same list, in the same order, whichever pages were rendered).
 * @param {Parameters<typeof sitemap>[0]} options
 * @returns {import('astro').AstroIntegration}
 */
function sitemapOfAllPages(options) {
  const inner = sitemap(options);
  const done = inner.hooks['astro:build:done'];
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (params) => {
        const skipped = [...pageRegistry().skipped.values()].flatMap((p) => (p.pathname === null ? [] : [p.pathname]));
        const all = [...new Set([...params.pages.map((p) => p.pathname), ...skipped])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        if (done) await done({ ...params, pages: all.map((pathname) => ({ pathname })) });
      },
    },
  };
}

/**
 * Between content sync and rendering, hands back the memory that the sync's dead data holds
 * (src/build/release-memory.ts): on a 50,000-article site the peak otherwise stacks rendering on
 * top of it. Listed last, so that its build:start runs after the search index has started.
 * @returns {import('astro').AstroIntegration}
 */
function releaseSyncMemory() {
  return {
    name: 'kiosque-release-memory',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const { collected, before, after } = releaseFreedMemory();
        const mb = (/** @type {number} */ n) => Math.round(n / 1024 ** 2);
        if (collected) logger.info(`memory released before rendering: ${mb(before.rss)} MB → ${mb(after.rss)} MB resident`);
      },
    },
  };
}

/** Origin used when SITE_URL is unset: right for `npm start` on this machine, wrong anywhere else. */
const LOCAL_SITE = 'http://localhost:4321';

/**
 * Says loudly, at the start of every build without SITE_URL, that canonical links, feeds and the
 * sitemap will point at localhost (the build still succeeds: `npm start` needs no configuration).
 * @returns {import('astro').AstroIntegration}
 */
function siteUrlWarning() {
  return {
    name: 'kiosque-site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env.SITE_URL) return;
        logger.warn(
          [
            '',
            '!!! SITE_URL is not set: canonical links, RSS feeds, sharing metadata and the sitemap',
            `!!! of this build point at ${LOCAL_SITE}. Fine for a local preview; before deploying,`,
            '!!! build again with SITE_URL=https://your.domain (see README, Deployment).',
          ].join('\n'),
        );
      },
    },
  };
}

/** Where the build writes pages, known once Astro's config is resolved (for the sitemap's lastmod). */
let builtDir = '';

/** @returns {import('astro').AstroIntegration} */
function rememberOutDir() {
  return { name: 'kiosque-out-dir', hooks: { 'astro:config:done': ({ config }) => { builtDir = fileURLToPath(config.outDir); } } };
}

/** Bytes read from the start of a built page: its head, where article:published_time is. */
const HEAD_BYTES = 4096;

/**
 * Sitemap entry with `lastmod` when the page is an article with a known date: read from the
 * `article:published_time` meta of the built page (the pages are the only place that knows it here).
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
function withLastmod(item) {
  if (!builtDir || !item.url.includes('/articles/')) return item;
  const path = new URL(item.url).pathname.slice(basePath(process.env.BASE_PATH).length);
  // From the search records when the build has them (no page to read back).
  if (publishedByPath) {
    const published = publishedByPath.get(`/${path}`);
    return published ? { ...item, lastmod: published } : item;
  }
  let head = '';
  try {
    const fd = openSync(`${builtDir}${path}index.html`, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    head = buf.toString('utf8', 0, readSync(fd, buf, 0, HEAD_BYTES, 0));
    closeSync(fd);
  } catch {
    return item;
  }
  const date = /<meta property="article:published_time" content="([^"]+)"/.exec(head)?.[1];
  return date ? { ...item, lastmod: date } : item;
}

export default defineConfig({
  site: process.env.SITE_URL || LOCAL_SITE,
  base: basePath(process.env.BASE_PATH),
  trailingSlash: 'always',
  output: 'static',
  ...(process.env.KIOSQUE_OUT_DIR ? { outDir: process.env.KIOSQUE_OUT_DIR } : {}),
  ...(process.env.KIOSQUE_CACHE_DIR ? { cacheDir: process.env.KIOSQUE_CACHE_DIR } : {}),
  build: {
    format: 'directory',
    // Strict CSP (style-src 'self'): every stylesheet is an external file.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [retireOldOutput(), rememberOutDir(), siteUrlWarning(), partialPages(), sitemapOfAllPages({ serialize: withLastmod }), pagefindIndex(), releaseSyncMemory()],
});
