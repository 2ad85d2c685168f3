/** The search vocabulary of one locale, for "did you mean" on the phone (src/lib/search/vocabulary-data.ts). */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { searchVocabulary } from '~/lib/search/vocabulary-data';
import { localeParam } from '~/lib/routing/locale-param';
import { localeStaticPaths } from '~/lib/routing/static-paths';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params);
  return new Response(JSON.stringify(searchVocabulary(await getDirectory(), locale)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
