/**
 * Zod schemas for everything the ingest produces: the single source of truth
 * for the pipeline, the CLI's JSON and the site's content loader.
 */
import { z } from 'astro/zod';

/** One input file that ended up in an article (the first one in `files` is the copy shown). */
export const fileRefSchema = z.object({
  /** Path relative to the input folder, with `/` separators. */
  path: z.string().min(1),
  /** Outlet this copy is attributed to, `null` when nothing names one. */
  outlet: z.string().min(1).nullable(),
  /** The site that republished this copy when it credits another publisher (see the article's `republisher`). */
  republisher: z.string().min(1).nullable().optional(),
  /** This copy's own headline (a copy may title the same text otherwise); absent when it has none. */
  title: z.string().min(1).optional(),
});
export type FileRef = z.output<typeof fileRefSchema>;

/** Why a line of an input file is not part of the article body. */
export const removedLineSchema = z.object({
  /** Path of the file, relative to the input folder. */
  path: z.string(),
  /** 1-based line number in the decoded file. */
  line: z.number().int().nonnegative(),
  /** The text of the line, as decoded. */
  text: z.string(),
  /** Short reason code, e.g. `chrome:share`, `chrome:recurring`, `metadata:source`, `repeat:title`. */
  reason: z.string().min(1),
});
export type RemovedLine = z.output<typeof removedLineSchema>;

export const articleSchema = z.object({
  /** Stable, unique, URL-safe ASCII id (slug of the title plus a short content hash). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  /** `headline`: a headline line of a copy; `derived`: cut from the lead (no copy has a headline), shown as such. */
  titleSource: z.enum(['headline', 'derived']).default('headline'),
  outlet: z.string().min(1).nullable(),
  /** The site that republished the article when a credit names another original publisher ("Publié initialement par X"), else null. */
  republisher: z.string().min(1).nullable().default(null),
  author: z.string().min(1).nullable(),
  /** ISO-8601 with offset, or null when the text gives no publication date. */
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Clean body paragraphs, plain text (never HTML or Markdown). */
  paragraphs: z.array(z.string().min(1)),
  /** Every input file folded into this article; the first is the copy shown. */
  files: z.array(fileRefSchema).min(1),
  /** Articles about the same event share a storyId (equal to the id of the story's lead article). */
  storyId: z.string().min(1),
  /** Canonical names of outlets the text credits or cites (not the article's own outlet). */
  citedOutlets: z.array(z.string().min(1)),
  /** Source URL when the file gives one. */
  url: z.string().nullable(),
  /** Trust signals, e.g. `machine-translation`. */
  flags: z.array(z.string()),
  /** Encoding the shown copy was decoded from (`utf-8`, `windows-1252`, …), plus `+mojibake-repaired` when repaired. */
  encoding: z.string(),
});
export type Article = z.output<typeof articleSchema>;

/**
 * Characters of the body an article keeps in the site's data store (its first paragraphs, enough for
 * the longest excerpt a page shows): the full text is in the body's HTML beside the store, and storing
 * it twice doubled the data store that every build loads and bundles (about 100 MB at 10,000 articles).
 */
export const ENTRY_LEAD_CHARS = 600;

/** An article as the site's data store keeps it: the key of its body's HTML (beside the store), its lead and its length. */
export const articleEntrySchema = articleSchema.omit({ paragraphs: true }).extend({
  /** The first paragraphs, plain text, up to ENTRY_LEAD_CHARS characters (a longer last one cut at a word; none for a headline-only item). */
  lead: z.array(z.string().min(1)),
  /** Key of the body's HTML (src/render/article-body.ts). */
  body: z.string().min(1),
  /** Characters of the whole body (0: a headline-only item). */
  textLength: z.number().int().nonnegative(),
});
export type ArticleEntry = z.output<typeof articleEntrySchema>;

/** The data-store form of an article (see articleEntrySchema). */
export function toArticleEntry<T extends Pick<Article, 'paragraphs'>>(article: T): Omit<T, 'paragraphs'> & { lead: string[]; textLength: number } {
  const { paragraphs, ...rest } = article;
  const lead: string[] = [];
  let chars = 0;
  for (const p of paragraphs) {
    if (chars >= ENTRY_LEAD_CHARS) break;
    // (A long first paragraph is cut at a word past the limit: no excerpt reads that far.)
    const room = ENTRY_LEAD_CHARS - chars;
    const space = p.length > room ? p.indexOf(' ', room) : -1;
    lead.push(space > 0 ? p.slice(0, space) : p);
    chars += p.length + 1;
  }
  return { ...rest, lead, textLength: paragraphs.reduce((n, p) => n + p.length, 0) };
}

export const rejectedSchema = z.object({
  path: z.string().min(1),
  /** One-line reason a site operator can act on. */
  reason: z.string().min(1),
});
export type Rejected = z.output<typeof rejectedSchema>;

export const ingestResultSchema = z.object({
  articles: z.array(articleSchema),
  rejected: z.array(rejectedSchema),
  /** Lines taken out of article bodies, each with its reason. */
  removed: z.array(removedLineSchema),
  stats: z.object({
    files: z.number().int(),
    bytes: z.number().int(),
    articles: z.number().int(),
    folded: z.number().int(),
    rejected: z.number().int(),
    stories: z.number().int(),
    removedLines: z.number().int(),
    ms: z.number(),
  }),
});
export type IngestResult = z.output<typeof ingestResultSchema>;
