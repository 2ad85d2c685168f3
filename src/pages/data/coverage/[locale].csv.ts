/**
 * The coverage matrix as CSV for people: the overview's table with category and town names in the
 * reader's language, towns in the same order as on the page.
 */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { sortByName } from '~/lib/content/directory';
import { coverageCsv, coverageMatrix } from '~/lib/open-data/coverage';
import { getT } from '~/lib/i18n/i18next';
import { localize } from '~/lib/i18n/localize';
import { localeStaticPaths } from '~/lib/routing/static-paths';
import { localeParam } from '~/lib/routing/locale-param';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params);
  const d = await getDirectory();
  const matrix = coverageMatrix(
    d,
    sortByName(d.towns, locale).map((t) => t.slug),
  );
  const name = (text: Parameters<typeof localize>[0]) => (localize(text, locale).value as { name: string }).name;
  const csv = coverageCsv(
    matrix,
    {
      corner: getT(locale)('overview.topic'),
      category: (slug) => name(d.category(slug).text),
      town: (slug) => name(d.town(slug).text),
    },
    { bom: true },
  );
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
