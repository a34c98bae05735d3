/** RSS feed of one outlet: its latest published articles (outlets only cited by others have no feed). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { latestArticles } from '../../../queries/latest-articles.ts';
import { listOutlets } from '../../../queries/list-outlets.ts';
import type { ArticleEntry } from '../../../schemas/article.ts';
import { feedResponse } from '../../../render/feed-response.ts';
import { outletFeedHref, outletHref } from '../../../render/href.ts';
import { endpointAt, pathsToRender } from '../../../render/page-keys.ts';

interface Props { name: string; slug: string; latest: ArticleEntry[] }

export const getStaticPaths = (async () =>
  // Props: only the articles the feed shows, so that an edit writes again only the feeds it is in (src/render/page-keys.ts).
  pathsToRender(
    listOutlets((await getCollection('articles')).map((e) => e.data))
      .filter((outlet) => outlet.articles.length > 0)
      .map((outlet) => ({ params: { slug: outlet.slug }, props: { name: outlet.name, slug: outlet.slug, latest: latestArticles(outlet.articles) } satisfies Props })),
    ({ params }) => endpointAt(`sources/${params.slug}/rss.xml`),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { name, slug, latest } = props as Props;
  return feedResponse(
    latest,
    { title: `${name} · Kiosque`, description: `Les derniers articles de ${name} dans Kiosque.`, page: outletHref(slug), self: outletFeedHref(slug) },
    site,
  );
};
