import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtRecords, qrFileOf, writeSiteFile } from '~/lib/sharing/record-files';
import { qrSvg } from '~/lib/sharing/qr';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'record-files-'));
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));
const page = (p: string) => writeSiteFile(site, p, '<!doctype html>');

page('/en/services/alpha-housing/');
page('/en/services/beta-food/');
page('/ar/services/alpha-housing/');
page('/en/calendar/alpha-clinic/');
page('/en/calendar/subscribe/');
page('/en/calendar/towns/alpha/');
page('/en/calendar/');
fs.mkdirSync(path.join(site, 'en/services/no-page'), { recursive: true });
fs.mkdirSync(path.join(site, 'en/services/Not_A_Slug'), { recursive: true });
writeSiteFile(site, '/en/services/Not_A_Slug/index.html', '<!doctype html>');

describe('the records a build wrote pages for', () => {
  it('are its service and calendar entry pages, locale by locale, slugs sorted', () => {
    expect(builtRecords(site, ['en', 'ar', 'fa'])).toEqual([
      { locale: 'en', kind: 'services', slug: 'alpha-housing' },
      { locale: 'en', kind: 'services', slug: 'beta-food' },
      { locale: 'en', kind: 'calendar', slug: 'alpha-clinic' },
      { locale: 'ar', kind: 'services', slug: 'alpha-housing' },
    ]);
  });

  it('leave out the calendar’s own pages, folders without a page and names that are not slugs', () => {
    const slugs = builtRecords(site, ['en']).map((r) => r.slug);
    expect(slugs).not.toContain('subscribe');
    expect(slugs).not.toContain('towns');
    expect(slugs).not.toContain('no-page');
    expect(slugs).not.toContain('Not_A_Slug');
  });
});

describe('a record’s QR code file', () => {
  it('is at the QR address of its page and encodes the page’s absolute address', () => {
    expect(qrFileOf({ locale: 'ar', kind: 'services', slug: 'alpha-housing' }, 'https://example.org')).toEqual({
      file: '/qr/ar/services/alpha-housing.svg',
      url: 'https://example.org/ar/services/alpha-housing/',
    });
    expect(qrFileOf({ locale: 'en', kind: 'calendar', slug: 'alpha-clinic' }, 'https://example.org')).toEqual({
      file: '/qr/en/calendar/alpha-clinic.svg',
      url: 'https://example.org/en/calendar/alpha-clinic/',
    });
  });

  it('is written where its site path says, folders made', async () => {
    writeSiteFile(site, '/qr/en/services/alpha-housing.svg', await qrSvg('https://example.org/en/services/alpha-housing/'));
    expect(fs.readFileSync(path.join(site, 'qr/en/services/alpha-housing.svg'), 'utf8')).toMatch(/^<svg xmlns=/);
  });
});
