/** The sitemap: an index of files per locale listing every localized page with its alternates. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { pageFamilies, sitemapFiles, sitemapIndexXml, sitemapXml } from '~/lib/routing/sitemap';
import { locales } from '~/lib/i18n/locales';

const site = 'https://crossroads.example.org';
const mini = readNetwork(path.resolve('tests/fixtures/mini'));
const files = sitemapFiles(pageFamilies(mini));
const xml = files.map((f) => sitemapXml(f.urls, site)).join('');
const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]);

describe('the sitemap', () => {
  it('lists every page of every family in every locale, and the language chooser', () => {
    expect(urls.length).toBe(1 + pageFamilies(mini).length * locales.length);
    expect(xml).toContain(`<loc>${site}/</loc>`);
    expect(xml).toContain(`<loc>${site}/ar/overview/housing/</loc>`);
    expect(xml).toContain(`<loc>${site}/ti/services/beta-food/</loc>`);
  });

  it('gives each page its alternates in every language and x-default', () => {
    for (const url of urls) {
      const links = [...url.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => m[1]);
      expect(links).toEqual([...locales.map((l) => l.tag), 'x-default']);
    }
    const fa = urls.find((u) => u.includes(`<loc>${site}/fa/towns/alpha/</loc>`))!;
    expect(fa).toContain(`hreflang="uk-UA" href="${site}/uk/towns/alpha/"`);
  });

  it('dates service pages with the day they were last checked', () => {
    const food = urls.find((u) => u.includes('/en/services/beta-food/</loc>'))!;
    expect(food).toContain('<lastmod>2024-01-10</lastmod>');
  });

  it('splits a large network into files of at most the given number of URLs, per locale', () => {
    const small = sitemapFiles(pageFamilies(mini), 7);
    const perLocale = pageFamilies(mini).length;
    expect(small.every((f) => f.urls.length <= 7)).toBe(true);
    expect(small.map((f) => f.name).slice(0, 3)).toEqual(['en-1', 'en-2', 'en-3']);
    expect(small.filter((f) => f.name.startsWith('ar-')).length).toBe(Math.ceil(perLocale / 7));
    expect(small.flatMap((f) => f.urls.map((u) => u.loc))).toEqual(files.flatMap((f) => f.urls.map((u) => u.loc)));
  });

  it('indexes its files in sitemap.xml, with absolute addresses', () => {
    const index = sitemapIndexXml(files, site);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(files.map((f) => `${site}/sitemaps/${f.name}.xml`));
  });

  it('is the same on every build', () => {
    expect(
      sitemapFiles(pageFamilies(mini))
        .map((f) => sitemapXml(f.urls, site))
        .join(''),
    ).toBe(xml);
  });
});
