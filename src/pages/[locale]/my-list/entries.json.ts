/** Calendar entries' titles, kinds, towns and next dates for My list, in one locale. */
import type { APIRoute } from 'astro';
import { getDirectory } from '../../../lib/data';
import { getT } from '../../../lib/i18n';
import type { LocaleCode } from '../../../lib/locales';
import { listEntries } from '../../../lib/my-list-data';
import { buildDate } from '../../../lib/staleness';
import { localeStaticPaths } from '../../../lib/static-paths';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as LocaleCode;
  return new Response(JSON.stringify(listEntries(await getDirectory(), locale, getT(locale), buildDate())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
