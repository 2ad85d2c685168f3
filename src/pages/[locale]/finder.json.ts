/** The finder's index for one locale: the towns and statuses its questions offer (src/lib/search/finder.ts). */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { finderIndex } from '~/lib/search/finder-data';
import { getT } from '~/lib/i18n/i18next';
import { localeParam } from '~/lib/routing/locale-param';
import { localeStaticPaths } from '~/lib/routing/static-paths';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params);
  return new Response(JSON.stringify(finderIndex(await getDirectory(), locale, getT(locale))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
