import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { feedResponse, renderFeed } from '~/lib/calendar/feeds';
import { localeParam, siteOf } from '~/lib/routing/locale-param';
export { localeStaticPaths as getStaticPaths } from '~/lib/routing/static-paths';

export const GET: APIRoute = async ({ params, site }) =>
  feedResponse(renderFeed(await getDirectory(), { kind: 'all' }, localeParam(params), siteOf(site)));
