/** The coverage matrix as CSV for machines: category slugs by town slugs, service counts in the cells. */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { coverageCsvForMachines } from '~/lib/open-data/coverage-files';

export const GET: APIRoute = async () =>
  new Response(coverageCsvForMachines(await getDirectory()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
