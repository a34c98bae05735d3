/** Groups articles into stories (by storyId), newest first by the lead's date, undated stories last (most covered first). */
import type { Article } from '../schemas/article.ts';
import type { Story } from './types.ts';
import { compareNewestFirst, compareOldestFirst, timeOf } from './compare-newest-first.ts';

function bodyLength(article: Article): number {
  let n = 0;
  for (const p of article.paragraphs) n += p.length;
  return n;
}

/** The lead named by the pipeline (id === storyId), else the most complete, earliest article. */
function pickLead(storyId: string, members: Article[]): Article {
  const named = members.find((a) => a.id === storyId);
  if (named) return named;
  return members.toSorted((a, b) => bodyLength(b) - bodyLength(a) || compareOldestFirst(a, b))[0]!;
}

/**
 * Every story, lead first, newest first by the lead's date.
 *
 * @param articles All articles of the site.
 */
export function listStories(articles: readonly Article[]): Story[] {
  const byStory = new Map<string, Article[]>();
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
    const outlets = new Set<string>();
    for (const a of ordered) for (const f of a.files) if (f.outlet !== null) outlets.add(f.outlet);
    const cited = new Set<string>();
    for (const a of ordered) for (const c of a.citedOutlets) if (!outlets.has(c)) cited.add(c);
    let files = 0;
    for (const a of ordered) files += a.files.length;
    stories.push({ id, lead, others, outlets: [...outlets], cited: [...cited], otherSources: files - 1 });
  }
  return stories.sort(compareStories);
}

/**
 * Newest lead first; undated leads last. Among stories whose leads share a date (or are all
 * undated), the most covered story comes first, then the id keeps the order stable.
 */
function compareStories(a: Story, b: Story): number {
  const ta = timeOf(a.lead);
  const tb = timeOf(b.lead);
  if (ta !== tb) return compareNewestFirst(a.lead, b.lead);
  return b.otherSources - a.otherSources || compareNewestFirst(a.lead, b.lead);
}
