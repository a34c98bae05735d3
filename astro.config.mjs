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
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { writeSearchIndex } from './src/render/search-index.ts';

/**
 * Normalises BASE_PATH to "/" or "/a/b/" (leading and trailing slash).
 * @param {string | undefined} value
 */
function basePath(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Writes the Pagefind search index into `<outDir>/pagefind/` at the end of `astro build`, pages
 * added in sorted order so that the index is reproducible (src/render/search-index.ts).
 * @returns {import('astro').AstroIntegration}
 */
function pagefindIndex() {
  return {
    name: 'kiosque-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`search index of ${pages} pages written to pagefind/`);
      },
    },
  };
}

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
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
  integrations: [sitemap(), pagefindIndex()],
});
