/** sitemap.xml: every localized page, each with its alternates in every language. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '../../src/lib/content/read';
import { pageFamilies, sitemapXml } from '../../src/lib/sitemap';
import { locales } from '../../src/lib/locales';

const mini = readNetwork(path.resolve('tests/fixtures/mini'));
const xml = sitemapXml(pageFamilies(mini), 'https://crossroads.example.org');
const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]);

describe('the sitemap', () => {
  it('lists every page of every family in every locale, and the language chooser', () => {
    expect(urls.length).toBe(1 + pageFamilies(mini).length * locales.length);
    expect(xml).toContain('<loc>https://crossroads.example.org/</loc>');
    expect(xml).toContain('<loc>https://crossroads.example.org/ar/overview/housing/</loc>');
    expect(xml).toContain('<loc>https://crossroads.example.org/ti/services/beta-food/</loc>');
  });

  it('gives each page its alternates in every language and x-default', () => {
    for (const url of urls) {
      const links = [...url.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => m[1]);
      expect(links).toEqual([...locales.map((l) => l.tag), 'x-default']);
    }
    const fa = urls.find((u) => u.includes('<loc>https://crossroads.example.org/fa/towns/alpha/</loc>'))!;
    expect(fa).toContain('hreflang="uk-UA" href="https://crossroads.example.org/uk/towns/alpha/"');
  });

  it('dates service pages with the day they were last checked', () => {
    const food = urls.find((u) => u.includes('/en/services/beta-food/</loc>'))!;
    expect(food).toContain('<lastmod>2024-01-10</lastmod>');
  });

  it('is the same on every build', () => {
    expect(sitemapXml(pageFamilies(mini), 'https://crossroads.example.org')).toBe(xml);
  });
});
