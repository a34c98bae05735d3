/** RSS feed of one outlet: its latest published articles (outlets only cited by others have no feed). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { listOutlets } from '../../../queries/list-outlets.ts';
import type { OutletSummary } from '../../../queries/types.ts';
import { feedResponse } from '../../../render/feed-response.ts';
import { outletFeedHref, outletHref } from '../../../render/href.ts';

export const getStaticPaths = (async () =>
  listOutlets((await getCollection('articles')).map((e) => e.data))
    .filter((outlet) => outlet.articles.length > 0)
    .map((outlet) => ({ params: { slug: outlet.slug }, props: { outlet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const outlet = (props as { outlet: OutletSummary }).outlet;
  return feedResponse(
    outlet.articles,
    { title: `${outlet.name} · Kiosque`, description: `Les derniers articles de ${outlet.name} dans Kiosque.`, page: outletHref(outlet.slug), self: outletFeedHref(outlet.slug) },
    site,
  );
};
