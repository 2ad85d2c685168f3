import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { feedResponse, renderFeed } from '~/lib/calendar/feeds';
import { localeParam, siteOf, slugParam } from '~/lib/routing/locale-param';
export { townStaticPaths as getStaticPaths } from '~/lib/routing/static-paths';

export const GET: APIRoute = async ({ params, site }) =>
  feedResponse(renderFeed(await getDirectory(), { kind: 'town', slug: slugParam(params, 'town') }, localeParam(params), siteOf(site)));
