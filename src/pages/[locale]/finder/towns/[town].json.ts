/** One town's services for the finder, in one locale (src/lib/search/finder.ts). */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { finderTown } from '~/lib/search/finder-data';
import { getT } from '~/lib/i18n/i18next';
import { localeParam, slugParam } from '~/lib/routing/locale-param';
import { townStaticPaths } from '~/lib/routing/static-paths';

export const getStaticPaths = townStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params);
  return new Response(JSON.stringify(finderTown(await getDirectory(), slugParam(params, 'town'), locale, getT(locale))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
