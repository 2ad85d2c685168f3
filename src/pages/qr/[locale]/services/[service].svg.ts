/** QR code of a service page in one locale (/qr/<locale>/services/<slug>.svg). */
import type { APIRoute } from 'astro';
import { localeParam, slugParam } from '~/lib/routing/locale-param';
import { qrResponse } from '~/lib/sharing/qr';
import { paths } from '~/lib/routing/routes';
import { serviceStaticPaths } from '~/lib/routing/static-paths';

export const getStaticPaths = serviceStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  qrResponse(new URL(paths.service(localeParam(params), slugParam(params, 'service')), site).href);
