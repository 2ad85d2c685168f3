/** The network's shared figures as JSON (src/lib/metrics/; docs/metrics.md), as of the build's date. */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { buildDate } from '~/lib/dates/days';
import { networkMetrics } from '~/lib/metrics/metrics';
import { metricsJson } from '~/lib/metrics/metrics-files';

export const GET: APIRoute = async () =>
  new Response(metricsJson(networkMetrics(await getDirectory(), buildDate())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
