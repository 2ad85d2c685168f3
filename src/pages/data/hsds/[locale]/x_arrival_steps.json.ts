/** The HSDS profile extension for the towns' arrival steps; see src/lib/open-data/arrival-export.ts. */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { arrivalExtension } from '~/lib/open-data/arrival-export';
import { toJson } from '~/lib/open-data/hsds';
import { localeParam, siteOf } from '~/lib/routing/locale-param';
export { localeStaticPaths as getStaticPaths } from '~/lib/routing/static-paths';

export const GET: APIRoute = async ({ params, site }) =>
  new Response(toJson(arrivalExtension(await getDirectory(), localeParam(params), siteOf(site))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
