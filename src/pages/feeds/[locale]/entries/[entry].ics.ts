import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { feedResponse, renderFeed } from '~/lib/calendar/feeds';
import { localeParam, siteOf, slugParam } from '~/lib/routing/locale-param';
export { entryStaticPaths as getStaticPaths } from '~/lib/routing/static-paths';

export const GET: APIRoute = async ({ params, site }) =>
  feedResponse(renderFeed(await getDirectory(), { kind: 'entry', slug: slugParam(params, 'entry') }, localeParam(params), siteOf(site)));
