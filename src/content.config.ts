/**
 * Content collections: `articles` (one entry per article) and `report` (the ingest report),
 * both fed by one ingest run of ARTICLES_DIR through the Kiosque loaders.
 *
 * Environment: ARTICLES_DIR (default `content/articles`, relative to the project root),
 * KIOSQUE_STRICT=1 (fail the build when a file is rejected), KIOSQUE_MAX_BYTES (optional).
 */
import { defineCollection } from 'astro:content';
import { kiosqueLoaders } from './ingest/loader.ts';
import { parseMaxBytes } from './ingest/files.ts';

// "abc" or "-5" stop the build with a message naming the variable and the value.
const maxBytes = process.env.KIOSQUE_MAX_BYTES?.trim() ? parseMaxBytes(process.env.KIOSQUE_MAX_BYTES) : undefined;

const loaders = kiosqueLoaders({
  dir: process.env.ARTICLES_DIR || 'content/articles',
  strict: process.env.KIOSQUE_STRICT === '1',
  ...(maxBytes === undefined ? {} : { maxBytes }),
});

export const collections = {
  articles: defineCollection({ loader: loaders.articles }),
  report: defineCollection({ loader: loaders.report }),
};
