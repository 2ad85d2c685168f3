/**
 * The files written once per record after the pages (src/integrations/record-files.ts), on the
 * small fixture: a QR code for every service and calendar entry page in every language and no
 * other, the same bytes the `qrcode` library gives for the page's address; one referral sheet per
 * service; and at each old sheet address a small page that sends the reader on, with the site's
 * policy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { locales } from '~/lib/i18n/locales';
import { paths, qr } from '~/lib/routing/routes';
import { qrSvg } from '~/lib/sharing/qr';
import { forwardScriptPath } from '~/lib/sharing/sheet-address';
import { policyFromHtml } from '~/lib/build/security-headers';
import { listPages, miniContent, readPage, sites } from '../helpers/build';

const network = readNetwork(miniContent);
const site = sites.mini;
const origin = 'https://crossroads.example.org';
const filesUnder = (dir: string) =>
  (fs.readdirSync(path.join(site, dir), { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(site, dir, f)).isFile())
    .map((f) => `/${dir}/${f.split(path.sep).join('/')}`)
    .sort();

describe('QR codes', () => {
  it('exist for every service and calendar entry page in every language, and for nothing else', () => {
    const expected = locales.flatMap((l) => [
      ...network.services.map((s) => qr.service(l.code, s.slug)),
      ...network.calendar.map((e) => qr.entry(l.code, e.slug)),
    ]);
    expect(filesUnder('qr')).toEqual(expected.sort());
  });

  it('are the qrcode library’s SVG of the page’s absolute address', async () => {
    for (const [file, page] of [
      [qr.service('ar', network.services[0].slug), paths.service('ar', network.services[0].slug)],
      [qr.entry('ti', network.calendar[0].slug), paths.entry('ti', network.calendar[0].slug)],
    ]) {
      expect(fs.readFileSync(path.join(site, file), 'utf8'), file).toBe(await qrSvg(origin + page));
    }
  });
});

describe('referral sheets', () => {
  const pages = listPages(site);

  it('are one page per service, holding every language', () => {
    expect(pages.filter((p) => p.startsWith('/sheets/'))).toEqual(network.services.map((s) => paths.sheet(s.slug)).sort());
    const html = readPage(site, paths.sheet('alpha-housing'));
    const frames = [...html.matchAll(/<div class="sheet-frame" data-sheet-for="([a-z]+)"[^>]*?( hidden)?>/g)].map(
      (m) => `${m[1]}${m[2] ?? ''}`,
    );
    expect(frames).toEqual(locales.map((l) => (l.code === 'en' ? 'en' : `${l.code} hidden`)));
    expect(html).toMatch(/<html lang="en-GB" dir="ltr">/);
  });

  it('leave at each old address, in every language, a small noindex page that sends the reader on, with the site’s policy', () => {
    const policy = policyFromHtml(readPage(site, paths.sheet('alpha-housing')));
    for (const l of locales) {
      for (const s of network.services) {
        const html = readPage(site, paths.localeSheet(l.code, s.slug));
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${paths.sheet(s.slug, l.code)}">`);
        expect(html).toContain('<meta name="robots" content="noindex">');
        expect(policyFromHtml(html)).toBe(policy);
        expect(html.length).toBeLessThan(2048);
      }
    }
    expect(fs.readFileSync(path.join(site, forwardScriptPath), 'utf8')).toContain('location.replace');
  });

  it('are linked from the service page with the page’s language as the caseworker’s', () => {
    const html = readPage(site, paths.service('fa', 'alpha-housing'));
    expect(html).toContain(`<a href="${paths.sheet('alpha-housing', 'fa')}" data-sheet-link>`);
    expect(html).toContain(`href="${paths.sheet('alpha-housing', 'fa', 'ar')}"`);
  });
});
