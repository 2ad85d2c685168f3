/** One town's file for the moving view, in one locale (src/lib/moving/moving.ts). */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { movingTown } from '~/lib/moving/moving-data';
import { getT } from '~/lib/i18n/i18next';
import { localeParam } from '~/lib/routing/locale-param';
import { townStaticPaths } from '~/lib/routing/static-paths';
import type { Town } from '~/lib/content/read';

export const getStaticPaths = townStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const locale = localeParam(params);
  const { item: town } = props as { item: Town };
  return new Response(JSON.stringify(movingTown(await getDirectory(), town, locale, getT(locale))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
