/** For the build report: what became of every input file (shown, folded into an article, or rejected). */
import type { ArticleEntry, Rejected } from '../schemas/article.ts';
import type { FileFate } from './types.ts';
import { visiblePath } from '../ingest/files.ts';

/** A file's fate with the path as displayed: invisible and bidi characters shown as `[U+202E]`. */
export type LabelledFate = FileFate & { label: string };

const byPath = new Intl.Collator('fr', { numeric: true });

/**
 * Every input file the ingest accounted for, sorted by path (numbers in natural order).
 *
 * @param articles All articles (their `files` list the shown copy first, then folded copies).
 * @param rejected Files the ingest refused, with reasons.
 */
export function listFileFates(articles: readonly ArticleEntry[], rejected: readonly Rejected[]): LabelledFate[] {
  const fates: LabelledFate[] = [];
  for (const a of articles) {
    a.files.forEach((file, i) => {
      const kind = i === 0 ? 'shown' : 'folded';
      fates.push({ path: file.path, label: visiblePath(file.path), kind, articleId: a.id, title: a.title, outlet: file.outlet });
    });
  }
  for (const r of rejected) fates.push({ path: r.path, label: visiblePath(r.path), kind: 'rejected', reason: r.reason });
  // "01.txt" and "1.txt" are equal for the numeric collator: code-point order decides, not the
  // order of `articles` (which follows the content store's history), so builds are reproducible.
  return fates.sort((a, b) => byPath.compare(a.path, b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
