/**
 * The open data and the network overview in the built sites: the HSDS export validates against the
 * official schemas and holds every service with its id, service pages carry valid JSON-LD, the
 * sitemap and every page's hreflang alternates cover every page, and the overview's numbers and
 * gaps are the content's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork, type Network } from '~/lib/content/read';
import { sortByName } from '~/lib/content/directory';
import { coverageCsv, coverageMatrix } from '~/lib/open-data/coverage';
import { hsdsFiles, hsdsPath } from '~/lib/open-data/hsds';
import { getT } from '~/lib/i18n/i18next';
import { localize } from '~/lib/i18n/localize';
import { locales, type LocaleCode } from '~/lib/i18n/locales';
import { paths } from '~/lib/routing/routes';
import { listPages, miniContent, readPage, sites } from '../helpers/build';
import { hsdsErrors } from '../helpers/hsds';
import { checkServiceJsonLd } from '../helpers/schema-org';

const sample = readNetwork(path.resolve('content'));
const mini = readNetwork(miniContent);
const readJson = (site: string, file: string) => JSON.parse(fs.readFileSync(path.join(site, file), 'utf8'));
const origin = 'https://crossroads.example.org';

describe.each([
  ['sample network', sites.sample, sample],
  ['mini fixture', sites.mini, mini],
] as const)('the HSDS export of the %s', (_, site, network) => {
  it.each(locales.map((l) => l.code))('validates against the official HSDS 3.1 schemas in %s', (locale) => {
    const errors = hsdsFiles.flatMap((f) => {
      const page = readJson(site, hsdsPath(locale, f.name));
      return [...hsdsErrors('page', [page], () => f.name), ...hsdsErrors(f.schema, page.contents)];
    });
    expect(errors.slice(0, 20)).toEqual([]);
    expect(readJson(site, hsdsPath(locale, 'index'))).toMatchObject({
      version: '3.1',
      language: locales.find((l) => l.code === locale)!.tag,
    });
  });

  it('has every service in every language, with the id used everywhere else', () => {
    for (const l of locales) {
      const services = readJson(site, hsdsPath(l.code, 'services')).contents;
      expect(services.map((s: { id: string }) => s.id)).toEqual(network.services.map((s) => s.id));
      const organizations = readJson(site, hsdsPath(l.code, 'organizations')).contents;
      expect(organizations.map((o: { id: string }) => o.id)).toEqual(network.providers.map((p) => p.id));
    }
  });
});

describe('structured data on service pages', () => {
  const servicePages = listPages(sites.sample).filter((p) => /^\/[a-z]{2}\/services\/[^/]+\/$/.test(p));

  it('is on every service page in every language, in the head, and has what schema.org expects', () => {
    expect(servicePages.length).toBe(sample.services.length * locales.length);
    const problems: string[] = [];
    for (const page of servicePages) {
      const html = readPage(sites.sample, page);
      const head = html.slice(0, html.indexOf('</head>'));
      const scripts = [...head.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1]);
      if (scripts.length !== 1) {
        problems.push(`${page}: ${scripts.length} JSON-LD scripts in the head`);
        continue;
      }
      if (/[<>]/.test(scripts[0])) problems.push(`${page}: unescaped < or > in JSON-LD`);
      const data = JSON.parse(scripts[0]);
      const slug = page.split('/')[3];
      if (data.identifier !== `urn:uuid:${sample.services.find((s) => s.slug === slug)!.id}`) problems.push(`${page}: wrong identifier`);
      if (data.url !== origin + page) problems.push(`${page}: url ${data.url}`);
      problems.push(...checkServiceJsonLd(data).map((p) => `${page}: ${p}`));
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

/** Built HTML pages a search engine should know: all but those marked noindex (404, the CMS). */
const indexable = (site: string) => listPages(site).filter((p) => !/<meta name="robots" content="noindex/.test(readPage(site, p)));

describe('the sitemap', () => {
  const index = fs.readFileSync(path.join(sites.sample, 'sitemap.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(origin, ''));
  const xml = files.map((f) => fs.readFileSync(path.join(sites.sample, f), 'utf8')).join('');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(m[1])![1],
    alternates: [...m[1].matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [a[1], a[2]]),
  }));
  const built = new Set(indexable(sites.sample));

  it('is an index of sitemap files, one or more per locale, each a valid urlset', () => {
    expect(index).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex /);
    expect(files).toEqual(locales.map((l) => `/sitemaps/${l.code}-1.xml`));
    for (const f of files) expect(fs.readFileSync(path.join(sites.sample, f), 'utf8')).toMatch(/<urlset [^>]*>[\s\S]*<\/urlset>\n$/);
  });

  it('lists every built page exactly once, and nothing else', () => {
    const listed = entries.map((e) => e.loc.replace(origin, ''));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...built].filter((p) => !listed.includes(p))).toEqual([]);
    expect(listed.filter((p) => !built.has(p))).toEqual([]);
  });

  it('gives every page its alternates in every language, each a built page', () => {
    const wrong = entries.filter(
      (e) =>
        e.alternates.map(([lang]) => lang).join() !== [...locales.map((l) => l.tag), 'x-default'].join() ||
        e.alternates.some(([, href]) => !built.has(href.replace(origin, ''))),
    );
    expect(wrong.map((e) => e.loc)).toEqual([]);
  });

  it('is announced in robots.txt', () => {
    expect(fs.readFileSync(path.join(sites.sample, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});

describe('hreflang alternates', () => {
  it.each([
    ['sample network', sites.sample],
    ['mini fixture', sites.mini],
  ])('are on every page of the %s, one per language and x-default, each a built page', (_, site) => {
    const built = new Set(indexable(site));
    const wrong: string[] = [];
    for (const page of built) {
      const html = readPage(site, page);
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      if (alternates.map(([lang]) => lang).join() !== [...locales.map((l) => l.tag), 'x-default'].join())
        wrong.push(`${page}: ${alternates.map(([l]) => l)}`);
      for (const [, href] of alternates) if (!built.has(href.replace(origin, ''))) wrong.push(`${page}: ${href} is not a page`);
      // A localized page lists itself among its alternates.
      if (page !== '/' && !alternates.some(([, href]) => href === origin + page)) wrong.push(`${page}: not among its own alternates`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

describe('the network overview', () => {
  /** The matrix cells of a built overview page: town × category → count and whether it is a gap. */
  const cells = (site: string, locale: LocaleCode) =>
    [
      ...readPage(site, paths.overview(locale)).matchAll(
        /<td(?: class="([^"]*)")? data-town="([^"]+)" data-category="([^"]+)" data-count="(\d+)"/g,
      ),
    ].map((m) => ({ town: m[2], category: m[3], count: Number(m[4]), gap: (m[1] ?? '').includes('matrix-gap') }));

  it.each([
    ['sample network', sites.sample, sample],
    ['mini fixture', sites.mini, mini],
  ] as const)('counts in every language what the content of the %s says', (_, site, network: Network) => {
    const matrix = coverageMatrix(network);
    const expected = matrix.rows.flatMap((r) => r.cells.map((c) => `${c.town}×${c.category}=${c.count}`)).sort();
    for (const l of locales) {
      const found = cells(site, l.code);
      expect(found.map((c) => `${c.town}×${c.category}=${c.count}`).sort()).toEqual(expected);
      expect(found.filter((c) => c.gap).length).toBe(matrix.gaps.length);
    }
  });

  it('shows a town with no service in a category as a gap, in the matrix and in the list of gaps', () => {
    const found = cells(sites.mini, 'en');
    expect(found.find((c) => c.town === 'beta' && c.category === 'housing')).toEqual({
      town: 'beta',
      category: 'housing',
      count: 0,
      gap: true,
    });
    const html = readPage(sites.mini, '/en/overview/');
    expect(html).toContain('No service in Beta for Housing');
    expect(html).toMatch(
      /<dt><a href="\/en\/towns\/beta\/">Beta<\/a><\/dt>\s*<dd>\s*<ul class="tags">\s*<li><a class="tag" href="\/en\/overview\/housing\/"/,
    );
  });

  it('links each cell to that town’s services on the category page', () => {
    const html = readPage(sites.sample, '/ar/overview/');
    expect(html).toContain('href="/ar/categories/housing/#town-valmara"');
    expect(html).toContain('href="/ar/overview/housing/"');
  });

  it('compares the rules of every town for one category, with the differences marked', () => {
    const html = readPage(sites.mini, '/en/overview/food/');
    expect(html).toContain('data-row="audience"');
    expect(html).toMatch(/<tr class="varies" data-row="audience">/);
    expect(html).toContain('data-differs');
    const housing = readPage(sites.mini, '/en/overview/housing/');
    expect(housing).toContain('data-gap="beta"');
    expect(housing).toContain('data-row="document:passport"');
  });

  it('shows, for housing help in the sample network, which town needs which document', () => {
    const html = readPage(sites.sample, '/en/overview/housing/');
    const towns = [...html.matchAll(/<th scope="colgroup"[^>]*><a href="\/en\/towns\/([^/]+)\/"/g)].map((m) => m[1]);
    expect(towns.sort()).toEqual(sample.towns.map((t) => t.slug).sort());
    expect((html.match(/data-row="document:/g) ?? []).length).toBeGreaterThan(1);
  });

  it('offers the matrix as CSV, for machines and in each language', () => {
    const matrix = coverageMatrix(sample);
    expect(fs.readFileSync(path.join(sites.sample, 'data/coverage.csv'), 'utf8')).toBe(
      coverageCsv(matrix, { corner: 'category', category: (s) => s, town: (s) => s }),
    );
    const ar = fs.readFileSync(path.join(sites.sample, 'data/coverage/ar.csv'), 'utf8');
    const townNames = sortByName(sample.towns, 'ar').map((t) => localize(t.text, 'ar').value.name);
    expect(ar.split('\r\n')[0]).toBe(`\uFEFF${getT('ar')('overview.topic')},${townNames.join(',')}`);
    expect(readPage(sites.sample, '/ar/overview/')).toContain('href="/data/coverage/ar.csv"');
  });

  it('is linked from the home page in every language', () => {
    for (const l of locales) expect(readPage(sites.sample, paths.home(l.code))).toContain(`href="${paths.overview(l.code)}"`);
  });
});
