/** The network's shared figures as CSV, one figure a line (src/lib/metrics/metrics-files.ts; docs/metrics.md). */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { buildDate } from '~/lib/dates/days';
import { networkMetrics } from '~/lib/metrics/metrics';
import { metricsCsv } from '~/lib/metrics/metrics-files';

export const GET: APIRoute = async () =>
  new Response(metricsCsv(networkMetrics(await getDirectory(), buildDate())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
