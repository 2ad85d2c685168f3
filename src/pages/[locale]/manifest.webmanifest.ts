/** The web app manifest of one locale (lang, dir, start_url in that language). */
import type { APIRoute } from 'astro';
import { getT } from '~/lib/i18n/i18next';
import { localeParam } from '~/lib/routing/locale-param';
import { webManifest } from '~/lib/offline/manifest';
import { localeStaticPaths } from '~/lib/routing/static-paths';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const locale = localeParam(params);
  return new Response(JSON.stringify(webManifest(locale, getT(locale)), null, 2), {
    headers: { 'content-type': 'application/manifest+json; charset=utf-8' },
  });
};
