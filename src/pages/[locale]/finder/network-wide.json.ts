/** The services open to residents of every partner town, for the finder, in one locale. */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { finderNetworkWide } from '~/lib/search/finder-data';
import { getT } from '~/lib/i18n/i18next';
import { localeParam } from '~/lib/routing/locale-param';
import { localeStaticPaths } from '~/lib/routing/static-paths';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params);
  return new Response(JSON.stringify(finderNetworkWide(await getDirectory(), locale, getT(locale))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
