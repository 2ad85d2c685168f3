/** The HSDS profile extension for calendar entries; see src/lib/open-data/calendar-export.ts. */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { calendarExtension } from '~/lib/open-data/calendar-export';
import { toJson } from '~/lib/open-data/hsds';
import { localeParam, siteOf } from '~/lib/routing/locale-param';
export { localeStaticPaths as getStaticPaths } from '~/lib/routing/static-paths';

export const GET: APIRoute = async ({ params, site }) =>
  new Response(toJson(calendarExtension(await getDirectory(), localeParam(params), siteOf(site))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
