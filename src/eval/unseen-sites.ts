/** Scores an ingest result against the frozen unseen-sites manifest (scripts/unseen-sites.ts) and renders its table. */
import { compareKey } from '../ingest/text.ts';
import {
  accountedFor,
  fileIndex,
  nearDuplicatePairs,
  outletAccuracy,
  pairPrecision,
  pairRecall,
  ratio,
  titleAccuracyEveryFile,
  type ManifestEntry,
  type Ratio,
  type ScoredResult,
} from './score.ts';

/** One row of the unseen-sites manifest: the truth of one generated file. */
export interface UnseenEntry {
  file: string;
  /** Site id (`bare`: title and body only; `junk`: no article). */
  site: string;
  lang: 'fr' | 'en' | null;
  kind: 'article' | 'chrome-only' | 'junk';
  /** The file must be rejected (chrome-only pages and junk). */
  expectReject: boolean;
  encoding: string;
  /** Corpus file the clean text came from (null for chrome-only pages and junk). */
  source: string | null;
  /** Expected title of the article holding this file (also for copies that show no headline). */
  title: string | null;
  /** The file shows a headline line (false: its title must come from another copy). */
  headline: boolean;
  /** Expected outlet: the original outlet a republishing credit names, else the site's own name; null when nothing credits one. */
  outlet: string | null;
  /** The republishing site, when the file credits another outlet. */
  republisher: string | null;
  /**
   * Which evidence in the file the expected outlet comes from (v2 sets): `credit` (a republishing credit),
   * `source-line` (`Source :`), `url-host`, `title-suffix`, `masthead-byline` (the site's own name with its own
   * staff's byline: the site presents the article as its own), `none` (nothing credits one: null).
   */
  outletEvidence?: 'credit' | 'source-line' | 'url-host' | 'title-suffix' | 'masthead-byline' | 'none';
  /** The credit names the outlet machine-translated (word for word, into the other language). */
  translatedCredit: boolean;
  /** The expected outlet's name begins like a known outlet's but is another outlet. */
  lookalike: boolean;
  author: string | null;
  /** ISO-8601 with offset (midnight in Paris when the page shows the day only), null when it shows none. */
  publishedAt: string | null;
  dup_group: string;
  /** Expected body paragraphs. */
  body: string[];
  /** Injected chrome lines (must not reach the paragraphs). */
  chrome: string[];
  /** Injected byline, date and credit lines (must not reach the paragraphs either). */
  meta: string[];
}

/** The parts of an ingest result this scorer reads (`republisher` is scored once the ingest reports it). */
export interface UnseenResult extends ScoredResult {
  articles: readonly {
    title: string;
    storyId: string;
    author: string | null;
    publishedAt: string | null;
    paragraphs: readonly string[];
    files: readonly { path: string; outlet: string | null; republisher?: string | null }[];
  }[];
}

/** Scores of the unseen set, each a Ratio (leaks: lower is better); `republisher` is null until the ingest reports one. */
export interface UnseenScores {
  accounted: Ratio;
  title: Ratio;
  titleShown: Ratio;
  titleHeadless: Ratio;
  outlet: Ratio;
  translated: Ratio;
  lookalike: Ratio;
  republisher: Ratio | null;
  chromeOnlyRejected: Ratio;
  junkRejected: Ratio;
  articlesKept: Ratio;
  author: Ratio;
  date: Ratio;
  bodyRecall: Ratio;
  leak: Ratio;
  metaLeak: Ratio;
  dupPrecision: Ratio;
  dupRecall: Ratio;
}

/** A report: scores plus example misses per metric. */
export interface UnseenReport {
  scores: UnseenScores;
  misses: Record<string, unknown[]>;
}

/** Fewest words of an output paragraph that is a fragment of a chrome line for it to count as that line's leak. */
const MIN_FRAGMENT_WORDS = 3;

function wordCounts(texts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const w of compareKey(t).split(' ')) if (w) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/**
 * True when an injected line reached the paragraphs: a paragraph holds it, or a paragraph of at
 * least MIN_FRAGMENT_WORDS words is a piece of it (a long notice split into sentences), and the
 * expected body does not hold that text itself. A paragraph that is another injected line of the
 * same file (`injected`) is that line's leak only (the masthead inside the copyright line).
 */
export function lineLeaked(line: string, paragraphs: readonly string[], body: readonly string[], injected: ReadonlySet<string> = new Set()): boolean {
  const key = compareKey(line);
  if (!key) return false;
  const padded = ` ${key} `;
  const bodyKeys = body.map((b) => ` ${compareKey(b)} `);
  const injectedKeys = new Set([...injected].map(compareKey));
  return paragraphs.some((p) => {
    const pk = compareKey(p);
    if (!pk || bodyKeys.some((b) => b.includes(` ${pk} `))) return false;
    if (pk === key) return true;
    if (injectedKeys.has(pk)) return false;
    if (` ${pk} `.includes(padded)) return true;
    return pk.split(' ').length >= MIN_FRAGMENT_WORDS && padded.includes(` ${pk} `);
  });
}

/** Keeps the manifest rows `keep` accepts, as ManifestEntry rows for the generic scores. */
function rows(manifest: readonly UnseenEntry[], keep: (m: UnseenEntry) => boolean): ManifestEntry[] {
  return manifest.filter(keep).map((m) => ({ file: m.file, title: m.title, outlet: m.outlet, dup_group: m.dup_group }));
}

/** Scores an ingest result against the unseen-sites manifest. */
export function scoreUnseen(manifest: readonly UnseenEntry[], result: UnseenResult): UnseenReport {
  const byFile = new Map(manifest.map((m) => [m.file, m]));
  const where = fileIndex(result);
  const misses: Record<string, unknown[]> = {};
  const isArticle = (m: UnseenEntry): boolean => !m.expectReject;
  const shownFiles = new Set(result.articles.map((a) => a.files[0]!.path));

  const title = titleAccuracyEveryFile(rows(manifest, isArticle), result);
  misses['title'] = title.misses.map((x) => ({ ...x, site: byFile.get(x.file)?.site, headline: byFile.get(x.file)?.headline }));
  const titleShown = titleAccuracyEveryFile(rows(manifest, (m) => isArticle(m) && shownFiles.has(m.file)), result).ratio;
  const titleHeadless = titleAccuracyEveryFile(rows(manifest, (m) => isArticle(m) && !m.headline), result).ratio;

  const outlet = outletAccuracy(rows(manifest, isArticle), result);
  misses['outlet'] = outlet.misses.map((x) => ({ ...x, site: byFile.get(x.file)?.site, translated: byFile.get(x.file)?.translatedCredit }));
  const translated = outletAccuracy(rows(manifest, (m) => isArticle(m) && m.translatedCredit), result).ratio;
  const lookalike = outletAccuracy(rows(manifest, (m) => isArticle(m) && m.lookalike), result).ratio;

  const reported = new Map<string, string | null>();
  for (const a of result.articles) for (const f of a.files) if (f.republisher !== undefined) reported.set(f.path, f.republisher);
  let republisher: Ratio | null = null;
  if (reported.size > 0) {
    const want = manifest.filter((m) => m.republisher !== null);
    const hit = want.filter((m) => {
      const got = reported.get(m.file);
      return got !== undefined && got !== null && compareKey(got) === compareKey(m.republisher!);
    }).length;
    republisher = ratio(hit, want.length);
  }

  const rejectedShare = (keep: (m: UnseenEntry) => boolean): Ratio => {
    const want = manifest.filter(keep);
    return ratio(want.filter((m) => where.get(m.file) === -1).length, want.length);
  };
  const chromeOnlyRejected = rejectedShare((m) => m.kind === 'chrome-only');
  const junkRejected = rejectedShare((m) => m.kind === 'junk');
  const articles = manifest.filter(isArticle);
  const articlesKept = ratio(articles.filter((m) => (where.get(m.file) ?? -1) >= 0).length, articles.length);
  misses['rejection'] = manifest
    .filter((m) => (m.expectReject ? where.get(m.file) !== -1 : where.get(m.file) === -1))
    .map((m) => ({ file: m.file, site: m.site, kind: m.kind, reason: result.rejected.find((r) => r.path === m.file)?.reason ?? null }));

  let authorHit = 0, authorTotal = 0, dateHit = 0, dateTotal = 0;
  let recallHit = 0, recallTotal = 0, leakHit = 0, leakTotal = 0, metaHit = 0, metaTotal = 0;
  for (const key of ['author', 'date', 'recall', 'leak', 'meta']) misses[key] = [];
  for (const a of result.articles) {
    const copies = a.files.map((f) => byFile.get(f.path)).filter((m): m is UnseenEntry => m !== undefined);
    const shown = copies[0];
    if (!shown) continue;
    if (isArticle(shown)) {
      // An article's author and date may come from any of its copies: any value a copy shows is right.
      const authors = copies.map((c) => c.author).filter((x): x is string => x !== null);
      const dates = copies.map((c) => c.publishedAt).filter((x): x is string => x !== null);
      authorTotal++;
      if (authors.length === 0 ? a.author === null : authors.includes(a.author ?? '')) authorHit++;
      else misses['author']!.push({ file: shown.file, site: shown.site, expected: authors[0] ?? null, got: a.author });
      dateTotal++;
      const got = a.publishedAt === null ? null : Date.parse(a.publishedAt);
      if (dates.length === 0 ? got === null : dates.some((x) => Date.parse(x) === got)) dateHit++;
      else misses['date']!.push({ file: shown.file, site: shown.site, expected: dates[0] ?? null, got: a.publishedAt });
    }
    const got = wordCounts(a.paragraphs);
    for (const c of copies) {
      let hit = 0, total = 0;
      for (const [w, n] of wordCounts(c.body)) {
        total += n;
        hit += Math.min(n, got.get(w) ?? 0);
      }
      recallHit += hit;
      recallTotal += total;
      if (hit < total) misses['recall']!.push({ file: c.file, site: c.site, missingWords: total - hit });
    }
    const injected = new Set([...shown.chrome, ...shown.meta]);
    for (const line of new Set(shown.chrome)) {
      leakTotal++;
      if (lineLeaked(line, a.paragraphs, shown.body, injected)) {
        leakHit++;
        misses['leak']!.push({ site: shown.site, line });
      }
    }
    for (const line of new Set(shown.meta)) {
      metaTotal++;
      if (lineLeaked(line, a.paragraphs, shown.body, injected)) {
        metaHit++;
        misses['meta']!.push({ site: shown.site, line });
      }
    }
  }

  const groups = result.articles.map((a) => a.files.map((f) => f.path));
  const dupPrecision = pairPrecision(groups, (x, y) => byFile.get(x)?.dup_group === byFile.get(y)?.dup_group);
  // Recall is owed on copies of the same text (≥ 0.9 shingle containment of title and body), as in the public eval.
  const texts = articles.map((m) => [m.title ?? '', ...m.body].join('\n'));
  const refPairs = nearDuplicatePairs(texts).map(([i, j]) => [articles[i]!.file, articles[j]!.file] as [string, string]);
  const dupRecall = pairRecall(refPairs, where);
  misses['dupPrecision'] = groups.flatMap((g) => (new Set(g.map((f) => byFile.get(f)?.dup_group)).size > 1 ? [g.map((f) => `${f}(${byFile.get(f)?.site})`)] : []));
  misses['dupRecall'] = refPairs
    .filter(([x, y]) => (where.get(x) ?? -1) < 0 || where.get(x) !== where.get(y))
    .map(([x, y]) => ({ pair: [x, y], sites: [byFile.get(x)?.site, byFile.get(y)?.site] }));

  return {
    scores: {
      accounted: accountedFor(manifest, result).ratio,
      title: title.ratio,
      titleShown,
      titleHeadless,
      outlet: outlet.ratio,
      translated,
      lookalike,
      republisher,
      chromeOnlyRejected,
      junkRejected,
      articlesKept,
      author: ratio(authorHit, authorTotal),
      date: ratio(dateHit, dateTotal),
      bodyRecall: ratio(recallHit, recallTotal),
      leak: ratio(leakHit, leakTotal),
      metaLeak: ratio(metaHit, metaTotal),
      dupPrecision,
      dupRecall,
    },
    misses,
  };
}

/** Plain numbers of a report, for JSON and bench files. */
export function unseenValues(scores: UnseenScores): Record<string, number | null> {
  return Object.fromEntries(Object.entries(scores).map(([k, r]) => [k, r === null ? null : Number((r as Ratio).value.toFixed(4))]));
}

const LABELS: Record<keyof UnseenScores, string> = {
  accounted: 'files accounted for',
  title: 'titles right (every file, folded copies too)',
  titleShown: '  of which shown copies',
  titleHeadless: '  of which copies showing no headline',
  outlet: 'outlet right (every file)',
  translated: '  machine-translated credits resolved',
  lookalike: '  look-alike names kept (not mapped)',
  republisher: 'republisher named',
  chromeOnlyRejected: 'chrome-only pages rejected',
  junkRejected: 'junk files rejected',
  articlesKept: 'real articles kept (not rejected)',
  author: 'author (articles)',
  date: 'date, same instant (articles)',
  bodyRecall: 'body recall (words)',
  leak: 'chrome lines leaked (lower is better)',
  metaLeak: 'byline/date/credit lines leaked (lower is better)',
  dupPrecision: 'folding precision',
  dupRecall: 'folding recall',
};

/**
 * Renders the report table; `show` > 0 lists that many misses per metric (off by default: the set is frozen).
 * `heading` names the set (default: the first set, now development data).
 */
export function formatUnseen(report: UnseenReport, opts: { show: number; ms: number; files: number; heading?: string | undefined }): string {
  const heading = opts.heading ?? 'UNSEEN SITES v1 (frozen 2026-11-30, development data since 14:15: its misses were read)';
  const lines = [`${heading}, ${opts.files} files, ingest ${Math.round(opts.ms)} ms`];
  const width = Math.max(...Object.values(LABELS).map((l) => l.length));
  for (const [key, label] of Object.entries(LABELS) as [keyof UnseenScores, string][]) {
    const r = report.scores[key];
    const value = r === null ? '      n/a  (the ingest reports no republisher)' : `${(r.value * 100).toFixed(2).padStart(6)} %  ${String(r.hit).padStart(5)}/${r.total}`;
    lines.push(`  ${label.padEnd(width)}  ${value}`);
  }
  if (opts.show > 0) {
    for (const [k, list] of Object.entries(report.misses)) {
      if (list.length === 0) continue;
      lines.push(`  ${k} misses (${list.length}, first ${Math.min(opts.show, list.length)}):`);
      for (const x of list.slice(0, opts.show)) lines.push(`    ${JSON.stringify(x).slice(0, 240)}`);
    }
  }
  return lines.join('\n');
}
