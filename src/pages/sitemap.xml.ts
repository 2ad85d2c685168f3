/** sitemap.xml: every localized page with its hreflang alternates (src/lib/sitemap.ts). */
import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/data';
import { pageFamilies, sitemapXml } from '../lib/sitemap';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(pageFamilies(await getDirectory()), site!), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
