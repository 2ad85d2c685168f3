/** QR code of a calendar entry page in one locale (/qr/<locale>/calendar/<slug>.svg). */
import type { APIRoute } from 'astro';
import { localeParam, slugParam } from '~/lib/routing/locale-param';
import { qrResponse } from '~/lib/sharing/qr';
import { paths } from '~/lib/routing/routes';
import { entryStaticPaths } from '~/lib/routing/static-paths';

export const getStaticPaths = entryStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  qrResponse(new URL(paths.entry(localeParam(params), slugParam(params, 'entry')), site).href);
