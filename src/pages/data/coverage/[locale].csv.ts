/**
 * The coverage matrix as CSV for people: the overview's table with category and town names in the
 * reader's language, towns in the same order as on the page (src/lib/open-data/coverage-files.ts).
 */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { coverageCsvForPeople } from '~/lib/open-data/coverage-files';
import { localeStaticPaths } from '~/lib/routing/static-paths';
import { localeParam } from '~/lib/routing/locale-param';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(coverageCsvForPeople(await getDirectory(), localeParam(params)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
