/**
 * The open-data export: one HSDS 3.1 dataset per locale, as a static mirror of the HSDS API's list
 * endpoints (/data/hsds/<locale>/services.json, …) plus its root, index.json. See src/lib/open-data/hsds.ts.
 */
import type { APIRoute } from 'astro';
import { getDirectory } from '~/lib/content/get-directory';
import { getT } from '~/lib/i18n/i18next';
import { buildHsds, hsdsFiles, hsdsIndex, hsdsPage, toJson, type HsdsDataset } from '~/lib/open-data/hsds';
import { locales } from '~/lib/i18n/locales';
import { localeParam, siteOf } from '~/lib/routing/locale-param';
import { sharedByPages } from '~/lib/build/shared-by-pages';
import { shardPaths } from '~/lib/routing/static-paths';

// A locale's files are listed together, so its dataset is made once and let go after its last file.
export function getStaticPaths() {
  return shardPaths(
    locales.flatMap((l) => ['index', ...hsdsFiles.map((f) => f.name)].map((file) => ({ params: { locale: l.code, file } }))),
  );
}

// The files of a locale (all but its index) share one dataset.
const dataset = sharedByPages<Promise<HsdsDataset>>(hsdsFiles.length);

export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeParam(params);
  if (params.file === 'index') return json(hsdsIndex(locale, siteOf(site)));
  const file = hsdsFiles.find((f) => f.name === params.file)!;
  const made = dataset(locale, () => getDirectory().then((d) => buildHsds(d, { locale, site: siteOf(site), t: getT(locale) })));
  return json(hsdsPage(file.build(await made)));
};

const json = (value: unknown) => new Response(toJson(value), { headers: { 'content-type': 'application/json; charset=utf-8' } });
