/** sitemap.xml: the index of the sitemap files (src/lib/routing/sitemap.ts). */
import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/content/get-directory';
import { pageFamilies, sitemapFiles, sitemapIndexXml } from '../lib/routing/sitemap';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapIndexXml(sitemapFiles(pageFamilies(await getDirectory())), site!), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
