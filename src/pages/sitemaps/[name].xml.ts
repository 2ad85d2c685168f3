/** /sitemaps/<locale>-<n>.xml: one file of the sitemap, each page with its hreflang alternates (src/lib/routing/sitemap.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { pageFamilies, sitemapFiles, sitemapXml, type SitemapFile } from '~/lib/routing/sitemap';
import { siteOf } from '~/lib/routing/locale-param';
import { shardPaths } from '~/lib/routing/static-paths';

// Built from the content, whole, in the first shard of a sharded build.
export const getStaticPaths = (async () =>
  shardPaths(
    sitemapFiles(pageFamilies(await getDirectory())).map((file) => ({
      params: { name: file.name },
      props: { file },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: SitemapFile }> = ({ props, site }) =>
  new Response(sitemapXml(props.file.urls, siteOf(site)), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
