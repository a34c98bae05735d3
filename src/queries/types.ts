/** Shapes the queries hand to pages: stories, outlets and file fates, all derived from articles. */
import type { ArticleEntry } from '../schemas/article.ts';

/** Articles about the same event. */
export interface Story {
  /** Equal to the lead article's id. */
  id: string;
  /** The article shown first: the story's lead (most complete, earliest). */
  lead: ArticleEntry;
  /** The other articles, oldest first, undated last. */
  others: ArticleEntry[];
  /** Outlets that published an article or a folded copy of one (unknown ones omitted), most files first. */
  outlets: string[];
  /** The same outlets with their number of files. */
  coverage: OutletCoverage[];
  /** Files (articles and folded copies) that name no outlet. */
  unknownFiles: number;
  /** Outlets the story's articles cite, minus those that published it. */
  cited: string[];
  /** Newest publication time of its articles (ms), null when none is dated. */
  latest: number | null;
  /** Distinct outlets that covered it, "Source inconnue" counting as one (at least 1). */
  outletCount: number;
  /** Outlets other than the lead's: the "+N" of a card. */
  otherOutlets: number;
}

/** One outlet's share of a story. */
export interface OutletCoverage {
  name: string;
  /** Articles and folded copies it published. */
  files: number;
}

/** One outlet (or "Source inconnue") and the articles attributed to it or citing it. */
export interface OutletSummary {
  name: string;
  /** URL segment of the outlet page. */
  slug: string;
  /** False for the "Source inconnue" bucket. */
  known: boolean;
  /** Articles published by the outlet (shown copy or a folded copy), newest first. */
  articles: ArticleEntry[];
  /** Articles that cite the outlet without being attributed to it, newest first. */
  citing: ArticleEntry[];
  /** How many of `articles` are flagged as probable machine translations. */
  machineTranslated: number;
}

/**
 * What an outlet's pages show of the outlet itself besides their slice of its lists: its names and
 * counts (the props its pages are keyed by, so that an edit elsewhere in its lists leaves them alone).
 */
export interface OutletHeading {
  name: string;
  slug: string;
  known: boolean;
  /** Articles published by the outlet (`OutletSummary.articles.length`). */
  publishedCount: number;
  /** Articles citing it (`OutletSummary.citing.length`). */
  citingCount: number;
  machineTranslated: number;
}

/** What became of one input file. */
export type FileFate =
  | { path: string; kind: 'shown'; articleId: string; title: string; outlet: string | null }
  | { path: string; kind: 'folded'; articleId: string; title: string; outlet: string | null }
  | { path: string; kind: 'rejected'; reason: string };
