/** robots.txt: everything may be crawled; names the sitemap at the site's absolute address (SITE_URL). */
import type { APIRoute } from 'astro';
import { href } from '../render/href.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
