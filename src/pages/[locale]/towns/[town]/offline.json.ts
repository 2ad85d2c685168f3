/** The URLs "keep this town offline" stores, for one town in one locale. */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { localeParam, slugParam } from '~/lib/routing/locale-param';
import { townOfflineList } from '~/lib/offline/town-list';
import { townStaticPaths } from '~/lib/routing/static-paths';

export const getStaticPaths = townStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(townOfflineList(await getDirectory(), slugParam(params, 'town'), localeParam(params))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
