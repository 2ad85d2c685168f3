/** robots.txt: everything may be indexed; points crawlers at the sitemap. */
import type { APIRoute } from 'astro';
import { paths } from '../lib/routing/routes';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(paths.sitemapIndex(), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
