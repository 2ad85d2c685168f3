/**
 * What the build writes for caseworkers and phones: QR codes of every record page in every
 * language, referral sheets with every language in its own direction, My list's files, the web app
 * manifests, the service worker and the pages "keep this town offline" stores, and the "report
 * outdated information" link on every service.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { locales } from '~/lib/i18n/locales';
import { uiStrings } from '~/lib/i18n/i18next';
import { paths, qr } from '~/lib/routing/routes';
import { responsibleTown } from '~/lib/sharing/suggest';
import { buildDirectory } from '~/lib/content/directory';
import { bucketCount, bucketOf } from '~/lib/sharing/my-list';
import { listFileCount, type ListFile } from '~/lib/sharing/my-list-data';
import { listPages, readPage, sites } from '../helpers/build';

const network = readNetwork(path.resolve('content'));
const origin = 'https://crossroads.example.org';
const file = (p: string) => path.join(sites.sample, p);
const builtPages = new Set(listPages(sites.sample));
const exists = (p: string) => builtPages.has(p) || (fs.existsSync(file(p)) && fs.statSync(file(p)).isFile());

describe('QR codes', () => {
  it('exist for every service and calendar entry page in every language, as SVG from the site', () => {
    const missing = locales
      .flatMap((l) => [
        ...network.services.map((s) => qr.service(l.code, s.slug)),
        ...network.calendar.map((e) => qr.entry(l.code, e.slug)),
      ])
      .filter((p) => !fs.existsSync(file(p)));
    expect(missing).toEqual([]);
    const svg = fs.readFileSync(file(qr.service('ar', network.services[0].slug)), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox=/);
  });
});

describe('the share panel', () => {
  it("shows every service and entry page's address as a plain link, for readers without JavaScript", () => {
    const service = network.services[0].slug;
    expect(readPage(sites.sample, paths.service('fa', service))).toContain(
      `<a href="${origin}${paths.service('fa', service)}" dir="ltr" data-share-link>`,
    );
    const entry = network.calendar[0].slug;
    expect(readPage(sites.sample, paths.entry('uk', entry))).toContain(`href="${origin}${paths.entry('uk', entry)}"`);
  });
});

describe('referral sheets', () => {
  const slug = 'valmara-social-housing-list';

  it('exist once for every service, noindex, and each old address in every language leads to it', () => {
    const missing = network.services.map((s) => paths.sheet(s.slug)).filter((p) => !builtPages.has(p));
    expect(missing).toEqual([]);
    expect(readPage(sites.sample, paths.sheet(slug))).toContain('<meta name="robots" content="noindex">');
    const unsent = locales
      .flatMap((l) => network.services.map((s) => [paths.localeSheet(l.code, s.slug), paths.sheet(s.slug, l.code)]))
      .filter(([old, sheet]) => !readPage(sites.sample, old).includes(`<meta http-equiv="refresh" content="0; url=${sheet}">`));
    expect(unsent).toEqual([]);
  });

  it('hold every language, each in its own direction, the default language’s first', () => {
    const html = readPage(sites.sample, paths.sheet(slug));
    const columns = [...html.matchAll(/<article id="([a-z]+)" class="sheet-col ([a-z-]+)" lang="([^"]+)" dir="(rtl|ltr)"/g)].map((m) =>
      m.slice(1),
    );
    expect(columns[0]).toEqual(['en', 'sheet-own', 'en-GB', 'ltr']);
    expect(columns.map((c) => c[0]).sort()).toEqual(locales.map((l) => l.code).sort());
    expect(columns.find((c) => c[0] === 'ar')).toEqual(['ar', 'sheet-client', 'ar', 'rtl']);
    expect(columns.find((c) => c[0] === 'fa')).toEqual(['fa', 'sheet-client', 'fa-IR', 'rtl']);
    expect(columns.find((c) => c[0] === 'ur')).toEqual(['ur', 'sheet-client', 'ur-PK', 'rtl']);
  });

  const stylesheets = (page: string) =>
    [...readPage(sites.sample, page).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  const serviceCss = stylesheets(paths.service('en', slug));
  const own = stylesheets(paths.sheet(slug)).filter((c) => !serviceCss.includes(c));

  it('load the Arabic and Ethiopic fonts from the site, and no other page does', () => {
    expect(own).toHaveLength(1);
    const css = fs.readFileSync(file(own[0]), 'utf8');
    const fonts = [...css.matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => m[1]);
    expect(fonts.some((f) => f.includes('noto-sans-arabic'))).toBe(true);
    expect(fonts.some((f) => f.includes('noto-sans-ethiopic'))).toBe(true);
    expect(fonts.every((f) => f.startsWith('/_astro/') && exists(f))).toBe(true);
    for (const c of serviceCss) expect(fs.readFileSync(file(c), 'utf8')).not.toMatch(/@font-face|woff2/);
  });

  it('have a font from the site for every letter of every language the system may lack, chosen by script', () => {
    // Faces declare their script's Unicode ranges (minified, maybe as U+6?? wildcards), not languages.
    const css = fs.readFileSync(file(own[0]), 'utf8');
    const ranges = [...css.matchAll(/unicode-range:([^;}]+)/g)]
      .flatMap((m) => m[1].split(','))
      .map((r) => r.trim().replace(/^U\+/i, '').split('-'))
      .map(([lo, hi = lo]) => [parseInt(lo.replace(/\?/g, '0'), 16), parseInt(hi.replace(/\?/g, 'F'), 16)]);
    expect(ranges.length).toBeGreaterThan(0);
    const covered = (c: string) => ranges.some(([lo, hi]) => c.codePointAt(0)! >= lo && c.codePointAt(0)! <= hi);
    // Latin and Cyrillic letters, digits and punctuation are in every system's fonts.
    const everywhere = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u;
    for (const l of locales) {
      const letters = [...new Set(l.label + JSON.stringify(uiStrings[l.code]))];
      expect({ [l.code]: letters.filter((c) => !everywhere.test(c) && !covered(c)) }).toEqual({ [l.code]: [] });
    }
  });
});

describe('My list', () => {
  it('has a page in every language, noindex, and files that name every service and date once', () => {
    const count = listFileCount(buildDirectory(network));
    expect(count).toBe(bucketCount(network.services.length + network.calendar.length));
    for (const l of locales) {
      expect(readPage(sites.sample, paths.myList(l.code))).toContain(`data-buckets="${count}"`);
      expect(readPage(sites.sample, paths.myList(l.code))).toContain('<meta name="robots" content="noindex">');
      const files: ListFile[] = Array.from({ length: count }, (_, i) =>
        JSON.parse(fs.readFileSync(file(paths.myListData(l.code, i)), 'utf8')),
      );
      expect(files.flatMap((f) => f.entries.map((e) => e.slug)).sort()).toEqual(network.calendar.map((e) => e.slug).sort());
      expect(files.flatMap((f) => f.services.map((s) => s.slug)).sort()).toEqual(network.services.map((s) => s.slug).sort());
      // Each record is in the file the browser will look in.
      files.forEach((f, i) => expect([...f.services, ...f.entries].every((r) => bucketOf(r.slug, count) === i)).toBe(true));
    }
  });
});

describe('offline', () => {
  it('has a manifest per language with its lang, direction and start page, linked from its pages', () => {
    for (const l of locales) {
      const manifest = JSON.parse(fs.readFileSync(file(paths.manifest(l.code)), 'utf8'));
      expect(manifest).toMatchObject({ lang: l.tag, dir: l.dir, start_url: paths.home(l.code) });
      for (const icon of manifest.icons) expect(exists(icon.src), icon.src).toBe(true);
      expect(readPage(sites.sample, paths.home(l.code))).toContain(`<link rel="manifest" href="${paths.manifest(l.code)}">`);
    }
  });

  it('has a service worker that keeps the shell assets the pages load', () => {
    const sw = fs.readFileSync(file(paths.serviceWorker()), 'utf8');
    const shell = [...sw.matchAll(/"(\/_astro\/[^"]+)"/g)].map((m) => m[1]);
    expect(shell.length).toBeGreaterThan(0);
    expect(shell.filter((a) => !exists(a))).toEqual([]);
    const serviceAssets = [
      ...readPage(sites.sample, paths.service('en', 'valmara-food-bank')).matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g),
    ].map((m) => m[1]);
    expect(serviceAssets.filter((a) => !shell.includes(a))).toEqual([]);
  });

  it("lists, for every town and language, only that language's built pages and files", () => {
    for (const l of locales) {
      for (const town of network.towns) {
        const list = JSON.parse(fs.readFileSync(file(paths.townOffline(l.code, town.slug)), 'utf8'));
        expect(list.urls[0]).toBe(paths.town(l.code, town.slug));
        expect(list.urls.filter((u: string) => !u.startsWith(`/${l.code}/`) || !exists(u))).toEqual([]);
      }
    }
  });
});

describe('suggest a change, propose a service or event', () => {
  /** The prepared e-mail of one link of the page's "suggest" block. */
  const mailto = (html: string, kind: string) =>
    [...html.matchAll(/<a href="(mailto:[^"]+)" data-suggest="([a-z]+)"/g)].find((m) => m[2] === kind)?.[1].replace(/&amp;/g, '&');

  it("is on every service page, to the responsible town's editors, with the page address and record", () => {
    for (const service of network.services) {
      const town = network.towns.find((t) => t.slug === responsibleTown(service))!;
      const html = readPage(sites.sample, paths.service('ar', service.slug));
      const href = mailto(html, 'change');
      expect(href, service.slug).toBeDefined();
      expect(mailto(html, 'propose'), service.slug).toBeDefined();
      const mail = new URL(href!);
      expect(mail.pathname).toBe(town.shared.contentContact);
      expect(mail.searchParams.get('body')).toContain(`${origin}${paths.service('ar', service.slug)}`);
      expect(mail.searchParams.get('body')).toContain(service.id);
      expect(mail.searchParams.get('body')).toContain(service.text.en!.name);
    }
  });

  it("is on every town page, to the town's editors, with the page address and record", () => {
    for (const town of network.towns) {
      const html = readPage(sites.sample, paths.town('ar', town.slug));
      const mail = new URL(mailto(html, 'change')!);
      expect(mail.pathname).toBe(town.shared.contentContact);
      expect(mail.searchParams.get('body')).toContain(`${origin}${paths.town('ar', town.slug)}`);
      expect(mail.searchParams.get('body')).toContain(town.id);
    }
  });
});
