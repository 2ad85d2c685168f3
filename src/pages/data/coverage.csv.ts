/** The coverage matrix as CSV for machines: category slugs by town slugs, service counts in the cells. */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { coverageCsv, coverageMatrix } from '~/lib/open-data/coverage';

export const GET: APIRoute = async () => {
  const matrix = coverageMatrix(await getDirectory());
  const csv = coverageCsv(matrix, { corner: 'category', category: (slug) => slug, town: (slug) => slug });
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
