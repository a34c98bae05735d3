/** RSS feed of the 50 latest articles (undated ones after the dated ones). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { latestArticles } from '../queries/latest-articles.ts';
import { excerpt } from '../queries/excerpt.ts';
import { articleHref, href } from '../render/href.ts';

export const GET: APIRoute = async (context) => {
  const articles = latestArticles((await getCollection('articles')).map((e) => e.data));
  return rss({
    title: 'Kiosque',
    description: 'Les derniers articles de Kiosque, dédoublonnés.',
    site: new URL(href(''), context.site),
    customData: '<language>fr</language>',
    items: articles.map((a) => ({
      title: a.title,
      link: articleHref(a.id),
      description: excerpt(a),
      ...(a.publishedAt ? { pubDate: new Date(a.publishedAt) } : {}),
      ...(a.author ? { author: a.author } : {}),
      categories: a.outlet ? [a.outlet] : [],
    })),
  });
};
