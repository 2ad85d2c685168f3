import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { feedResponse, renderFeed } from '~/lib/calendar/feeds';
import { localeParam, siteOf, slugParam } from '~/lib/routing/locale-param';
export { categoryStaticPaths as getStaticPaths } from '~/lib/routing/static-paths';

export const GET: APIRoute = async ({ params, site }) =>
  feedResponse(
    renderFeed(await getDirectory(), { kind: 'category', slug: slugParam(params, 'category') }, localeParam(params), siteOf(site)),
  );
