/** RSS feed of the site: the 50 latest articles (undated ones after the dated ones). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { feedResponse } from '../render/feed-response.ts';
import { href } from '../render/href.ts';

export const GET: APIRoute = async (context) =>
  feedResponse(
    (await getCollection('articles')).map((e) => e.data),
    { title: 'Kiosque', description: 'Les derniers articles de Kiosque, dédoublonnés.', page: href(''), self: href('rss.xml') },
    context.site,
  );
