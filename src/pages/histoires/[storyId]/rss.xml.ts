/** RSS feed of one story (stories of two articles or more, like their pages): its articles, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { listStories } from '../../../queries/list-stories.ts';
import type { Story } from '../../../queries/types.ts';
import { feedResponse } from '../../../render/feed-response.ts';
import { storyFeedHref, storyHref } from '../../../render/href.ts';
import { endpointAt, pathsToRender } from '../../../render/page-keys.ts';

export const getStaticPaths = (async () =>
  // After an edit, only the feeds whose story changed are written (src/render/page-keys.ts).
  pathsToRender(
    listStories((await getCollection('articles')).map((e) => e.data))
      .filter((story) => story.others.length > 0)
      .map((story) => ({ params: { storyId: story.id }, props: { story } })),
    ({ params }) => endpointAt(`histoires/${params.storyId}/rss.xml`),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const story = (props as { story: Story }).story;
  return feedResponse(
    [story.lead, ...story.others],
    { title: `Histoire : ${story.lead.title}`, description: `Les articles de Kiosque sur : ${story.lead.title}`, page: storyHref(story.id), self: storyFeedHref(story.id) },
    site,
  );
};
