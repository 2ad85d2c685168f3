/** One of My list's files of names and dates, in one locale (src/lib/sharing/my-list-data.ts). */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { getT } from '~/lib/i18n/i18next';
import { localeParam } from '~/lib/routing/locale-param';
import { listFiles } from '~/lib/sharing/my-list-data';
import { buildDate } from '~/lib/dates/days';
import { myListStaticPaths } from '~/lib/routing/static-paths';

export const getStaticPaths = myListStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params);
  const file = listFiles(await getDirectory(), locale, getT(locale), buildDate())[Number(params.bucket)];
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
