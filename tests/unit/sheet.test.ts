import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { buildDirectory } from '~/lib/content/directory';
import { getT } from '~/lib/i18n/i18next';
import { sheetColumn } from '~/lib/sharing/sheet';
import { qrSvg } from '~/lib/sharing/qr';

const d = buildDirectory(readNetwork(path.resolve('tests/fixtures/mini')));
const site = 'https://crossroads.example.org';
const column = (slug: string, locale: 'en' | 'ar' | 'fa') => sheetColumn(d.service(slug), d, locale, getT(locale), site, '2026-11-23');

describe('a referral sheet column', () => {
  it("is in its language and direction, with its page's address and QR code", () => {
    const c = column('alpha-housing', 'ar');
    expect(c).toMatchObject({ locale: 'ar', tag: 'ar', dir: 'rtl', label: 'العربية' });
    expect(c.name).toEqual({ text: 'السكن الاجتماعي في ألفا' });
    expect(c.url).toBe('https://crossroads.example.org/ar/services/alpha-housing/');
    expect(c.qr).toBe('/qr/ar/services/alpha-housing.svg');
  });

  it('marks text that fell back to English with its language and direction', () => {
    const c = column('alpha-housing', 'fa');
    expect(c.dir).toBe('rtl');
    expect(c.name).toMatchObject({ lang: 'en-GB', dir: 'ltr' });
  });

  it('has the essentials: who, documents, cost, towns, contacts', () => {
    const c = column('joint-food', 'en');
    expect(c.towns).toBe('Alpha and Beta');
    expect(c.who.join(' ')).toMatch(/famil/i);
    expect(c.cost).toMatch(/€|EUR/);
    expect(c.contacts).toEqual([{ label: 'Website', value: 'https://friends.example/meals' }]);
  });
});

describe('QR codes', () => {
  it('are SVG made on the site, the same for the same address', async () => {
    const svg = await qrSvg('https://crossroads.example.org/ar/services/alpha-housing/');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(await qrSvg('https://crossroads.example.org/ar/services/alpha-housing/')).toBe(svg);
  });
});
