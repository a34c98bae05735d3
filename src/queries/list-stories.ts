/** Groups articles into stories (by storyId) and ranks them by how many outlets covered them and how recent they are. */
import type { ArticleEntry } from '../schemas/article.ts';
import type { OutletCoverage, Story } from './types.ts';
import { compareOldestFirst, timeOf } from './compare-newest-first.ts';

/** One day, in milliseconds. */
const DAY_MS = 86_400_000;
/**
 * Age (days before the folder's newest story) at which a story's outlet count weighs half: news
 * coverage of an event piles up within a day or two, so a story from yesterday covered by two
 * outlets ranks with one from today covered by one.
 */
const HALF_WEIGHT_DAYS = 1;


/** The lead named by the pipeline (id === storyId), else the most complete, earliest article. */
function pickLead(storyId: string, members: ArticleEntry[]): ArticleEntry {
  const named = members.find((a) => a.id === storyId);
  if (named) return named;
  return members.toSorted((a, b) => b.textLength - a.textLength || compareOldestFirst(a, b))[0]!;
}

/**
 * Outlets that published the story's articles or their folded copies, with how many files each
 * (most first, then first seen), and how many files name no outlet.
 */
function coverageOf(members: readonly ArticleEntry[]): { coverage: OutletCoverage[]; unknownFiles: number } {
  const counts = new Map<string, number>();
  let unknownFiles = 0;
  for (const a of members) {
    for (const f of a.files) {
      if (f.outlet === null) unknownFiles++;
      else counts.set(f.outlet, (counts.get(f.outlet) ?? 0) + 1);
    }
  }
  const order = [...counts.keys()];
  const coverage = [...counts].map(([name, files]) => ({ name, files }));
  coverage.sort((a, b) => b.files - a.files || order.indexOf(a.name) - order.indexOf(b.name));
  return { coverage, unknownFiles };
}

/**
 * Every story, lead first, ranked: most outlets first, weighed by recency (see `rankStories`).
 *
 * @param articles All articles of the site.
 */
export function listStories(articles: readonly ArticleEntry[]): Story[] {
  const byStory = new Map<string, ArticleEntry[]>();
  for (const article of articles) {
    const members = byStory.get(article.storyId);
    if (members) members.push(article);
    else byStory.set(article.storyId, [article]);
  }
  const stories: Story[] = [];
  for (const [id, members] of byStory) {
    const lead = pickLead(id, members);
    const others = members.filter((a) => a !== lead).sort(compareOldestFirst);
    const ordered = [lead, ...others];
    const { coverage, unknownFiles } = coverageOf(ordered);
    const outlets = coverage.map((c) => c.name);
    const cited = new Set<string>();
    for (const a of ordered) for (const c of a.citedOutlets) if (!outlets.includes(c)) cited.add(c);
    // "Source inconnue" counts as one outlet: articles that name none cannot be told apart.
    const outletCount = Math.max(1, outlets.length + (unknownFiles > 0 ? 1 : 0));
    const leadCounts = lead.outlet !== null ? outlets.includes(lead.outlet) : unknownFiles > 0;
    let latest: number | null = null;
    for (const a of ordered) {
      const t = timeOf(a);
      if (t !== null && (latest === null || t > latest)) latest = t;
    }
    stories.push({
      id, lead, others, outlets, coverage, unknownFiles, cited: [...cited], latest,
      outletCount, otherOutlets: Math.max(0, outletCount - (leadCounts ? 1 : 0)),
    });
  }
  return rankStories(stories);
}

/**
 * Ranks stories by outlets × recency weight, where the weight halves at HALF_WEIGHT_DAYS before
 * the folder's newest story (the folder's own clock: builds stay reproducible). An undated story
 * gets the weight of the median dated story, so that it is neither pushed to the top nor sunk
 * below every dated one. Ties: the newer first (undated last), then by id.
 *
 * @param stories Stories with `outletCount` and `latest` set.
 */
export function rankStories(stories: Story[]): Story[] {
  const dated = stories.map((s) => s.latest).filter((t): t is number => t !== null).sort((a, b) => b - a);
  const newest = dated[0] ?? 0;
  const weight = (t: number) => 1 / (1 + (newest - t) / DAY_MS / HALF_WEIGHT_DAYS);
  const undatedWeight = dated.length === 0 ? 1 : weight(dated[Math.floor(dated.length / 2)]!);
  const score = new Map(stories.map((s) => [s, s.outletCount * (s.latest === null ? undatedWeight : weight(s.latest))]));
  return stories.sort(
    (a, b) =>
      score.get(b)! - score.get(a)! ||
      (a.latest === b.latest ? 0 : a.latest === null ? 1 : b.latest === null ? -1 : b.latest - a.latest) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
