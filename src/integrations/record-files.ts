import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localeCodes } from '../lib/i18n/locales';
import { paths } from '../lib/routing/routes';
import { qrSvg } from '../lib/sharing/qr';
import { builtRecords, qrFileOf, writeSiteFile } from '../lib/sharing/record-files';
import { cspTagOf } from '../lib/build/security-headers';
import { forwardScript, forwardScriptPath, oldSheetPage } from '../lib/sharing/sheet-address';

/**
 * After the pages are built, writes the files each record needs and no route should render
 * (src/lib/sharing/record-files.ts): the QR code of every service and calendar entry page in
 * every language, and, for every service, the page at each old sheet address
 * (`/<locale>/services/<slug>/sheet/`, sending the reader on to `/sheets/<slug>/?lang=<locale>`).
 */
export function recordFiles(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'crossroads-record-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) throw new Error('astro.config has no `site`: QR codes need the absolute address of each page');
        const out = fileURLToPath(dir);
        const started = performance.now();
        const records = builtRecords(out, localeCodes);
        for (const record of records) {
          const { file, url } = qrFileOf(record, site);
          writeSiteFile(out, file, await qrSvg(url));
        }
        const services = records.filter((r) => r.kind === 'services');
        if (services.length > 0) {
          // Every page carries the same policy (security-headers.ts checks it); a service page's will do.
          const page = path.join(out, paths.service(services[0].locale, services[0].slug), 'index.html');
          const csp = cspTagOf(fs.readFileSync(page, 'utf8'));
          if (!csp) throw new Error(`${page} has no Content-Security-Policy meta tag to give the old sheet addresses`);
          writeSiteFile(out, forwardScriptPath, forwardScript);
          for (const { locale, slug } of services) writeSiteFile(out, paths.localeSheet(locale, slug), oldSheetPage(locale, slug, csp));
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`wrote ${records.length} QR codes and ${services.length} old sheet addresses in ${seconds} s`);
      },
    },
  };
}
