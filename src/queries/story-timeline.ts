/** A story's chronology: its dated articles oldest first (the first one published first), and its undated ones apart, never placed. */
import type { ArticleEntry } from '../schemas/article.ts';
import type { Story } from './types.ts';
import { compareOldestFirst, timeOf } from './compare-newest-first.ts';

/** The two parts of a story's chronology. */
export interface StoryChronology {
  /** Dated articles, oldest first; the first is the first to publish. */
  dated: ArticleEntry[];
  /** Articles without a date, by id. */
  undated: ArticleEntry[];
}

/**
 * @param story A story from `listStories`.
 */
export function storyChronology(story: Story): StoryChronology {
  const all = [story.lead, ...story.others];
  return {
    dated: all.filter((a) => timeOf(a) !== null).sort(compareOldestFirst),
    undated: all.filter((a) => timeOf(a) === null).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/**
 * @param story A story from `listStories`.
 * @returns Dated articles, oldest first; empty when no article has a date.
 */
export function storyTimeline(story: Story): ArticleEntry[] {
  return storyChronology(story).dated;
}
