/** sitemap.xml: the index of the sitemap files (src/lib/routing/sitemap.ts). */
import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/content/get-directory';
import { pageFamilies, sitemapFiles, sitemapIndexXml } from '../lib/routing/sitemap';
import { siteOf } from '~/lib/routing/locale-param';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapIndexXml(sitemapFiles(pageFamilies(await getDirectory())), siteOf(site)), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
