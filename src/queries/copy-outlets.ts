/** For an article page: the outlets that published folded copies of it (names only; file names stay in /rapport/). */
import type { ArticleEntry } from '../schemas/article.ts';

/** Outlets of an article's other copies. */
export interface CopyOutlets {
  /** Distinct named outlets of the folded copies, in the order of the copies. */
  named: string[];
  /** Copies whose outlet nothing names. */
  unnamed: number;
}

/**
 * @param article An article; its first file is the copy shown, the rest were folded into it.
 */
export function copyOutlets(article: Pick<ArticleEntry, 'files'>): CopyOutlets {
  const named: string[] = [];
  let unnamed = 0;
  for (const file of article.files.slice(1)) {
    if (file.outlet === null) unnamed++;
    else if (!named.includes(file.outlet)) named.push(file.outlet);
  }
  return { named, unnamed };
}
