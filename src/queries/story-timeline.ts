/** The dated articles of a story, oldest first, for its timeline (undated ones are left out, never placed). */
import type { Article } from '../schemas/article.ts';
import type { Story } from './types.ts';
import { compareOldestFirst, timeOf } from './compare-newest-first.ts';

/**
 * @param story A story from `listStories`.
 * @returns Dated articles, oldest first; empty when no article has a date.
 */
export function storyTimeline(story: Story): Article[] {
  return [story.lead, ...story.others].filter((a) => timeOf(a) !== null).sort(compareOldestFirst);
}
