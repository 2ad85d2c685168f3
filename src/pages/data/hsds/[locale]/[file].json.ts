/**
 * The open-data export: one HSDS 3.1 dataset per locale, as a static mirror of the HSDS API's list
 * endpoints (/data/hsds/<locale>/services.json, …) plus its root, index.json. See src/lib/hsds.ts.
 */
import type { APIRoute } from 'astro';
import { getDirectory } from '../../../../lib/data';
import { getT } from '../../../../lib/i18n';
import { buildHsds, hsdsFiles, hsdsIndex, hsdsPage, toJson, type HsdsDataset } from '../../../../lib/hsds';
import { locales, type LocaleCode } from '../../../../lib/locales';

export function getStaticPaths() {
  return locales.flatMap((l) => ['index', ...hsdsFiles.map((f) => f.name)].map((file) => ({ params: { locale: l.code, file } })));
}

// Six files per locale share one dataset.
const datasets = new Map<LocaleCode, Promise<HsdsDataset>>();

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as LocaleCode;
  if (params.file === 'index') return json(hsdsIndex(locale, site!));
  if (!datasets.has(locale)) {
    datasets.set(locale, getDirectory().then((d) => buildHsds(d, { locale, site: site!, t: getT(locale) })));
  }
  const file = hsdsFiles.find((f) => f.name === params.file)!;
  return json(hsdsPage(file.build(await datasets.get(locale)!)));
};

const json = (value: unknown) => new Response(toJson(value), { headers: { 'content-type': 'application/json; charset=utf-8' } });
