/**
 * Files written once per record after the pages are built, instead of as Astro routes: the QR
 * code of every service and calendar entry page in every language, and the page at each old
 * referral sheet address. An Astro endpoint costs far more than the file it returns (a QR code
 * encodes in 0.3 ms; as endpoints they were 15 % of the summed page times, issue 24), and a
 * route per old address would cost a page each. The records are read from the built pages
 * themselves (`<locale>/services/<slug>/index.html`, `<locale>/calendar/<slug>/index.html`), so a
 * file exists exactly for each page the build wrote, with no second read of the content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { reservedEntrySlugs, paths, qr } from '../routing/routes';
import type { LocaleCode } from '../i18n/locales';
import { slugPattern } from '../content/slug';

/** A record page the build wrote: its locale, kind and slug. */
export interface BuiltRecord {
  locale: LocaleCode;
  kind: 'services' | 'calendar';
  slug: string;
}

/** The service and calendar entry pages in `siteDir`, locale by locale, slugs sorted. */
export function builtRecords(siteDir: string, locales: readonly LocaleCode[]): BuiltRecord[] {
  const found: BuiltRecord[] = [];
  for (const locale of locales) {
    for (const kind of ['services', 'calendar'] as const) {
      const dir = path.join(siteDir, locale, kind);
      if (!fs.existsSync(dir)) continue;
      const slugs = fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && slugPattern.test(e.name))
        .map((e) => e.name)
        .filter((slug) => !(kind === 'calendar' && reservedEntrySlugs.includes(slug)))
        .filter((slug) => fs.existsSync(path.join(dir, slug, 'index.html')))
        .sort();
      for (const slug of slugs) found.push({ locale, kind, slug });
    }
  }
  return found;
}

/** A record page's QR code: its site path and the absolute address it encodes. */
export function qrFileOf(record: BuiltRecord, site: URL | string): { file: string; url: string } {
  const { locale, slug } = record;
  return record.kind === 'services'
    ? { file: qr.service(locale, slug), url: new URL(paths.service(locale, slug), site).href }
    : { file: qr.entry(locale, slug), url: new URL(paths.entry(locale, slug), site).href };
}

/** Writes `text` at the site path `sitePath` in `siteDir`, making its folders. */
export function writeSiteFile(siteDir: string, sitePath: string, text: string): void {
  const file = path.join(siteDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
