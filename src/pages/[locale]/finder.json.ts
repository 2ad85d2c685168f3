/**
 * The finder's data for one locale: each service's eligibility, name, summary and the reasons
 * it may be hidden, in the reader's language. Fetched by the finder island; small and cacheable.
 */
import type { APIRoute } from 'astro';
import { getDirectory } from '../../lib/data';
import { finderData } from '../../lib/finder-data';
import { getT } from '../../lib/i18n';
import type { LocaleCode } from '../../lib/locales';
import { localeStaticPaths } from '../../lib/static-paths';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as LocaleCode;
  return new Response(JSON.stringify(finderData(await getDirectory(), locale, getT(locale))), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
