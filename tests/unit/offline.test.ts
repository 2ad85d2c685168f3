import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { buildDirectory } from '~/lib/content/directory';
import { assetsOfPage, cacheKey, markFromCache, requestKind, shellPages } from '~/lib/offline/cache';
import { townOfflineList } from '~/lib/offline/town-list';
import { bucketOf } from '~/lib/sharing/my-list';
import { listFileCount } from '~/lib/sharing/my-list-data';
import { webManifest } from '~/lib/offline/manifest';
import { getT } from '~/lib/i18n/i18next';

const origin = 'https://crossroads.example.org';
const kind = (p: string, mode?: string, accept?: string) => requestKind(new URL(p, origin), origin, mode, accept);

describe('what the service worker keeps', () => {
  it('treats page navigations as pages (network first, cache when offline)', () => {
    expect(kind('/ar/services/x/', 'navigate')).toBe('page');
    expect(kind('/ar/', 'navigate')).toBe('page');
    expect(kind('/ar/services/x/', 'cors', '*/*')).toBe('page');
  });

  it('keeps hashed build assets and icons cache-first', () => {
    expect(kind('/_astro/site.abc123.css')).toBe('asset');
    expect(kind('/icons/icon-192.png')).toBe('asset');
  });

  it("keeps a locale's small data files (finder, My list entries, manifest) as data", () => {
    expect(kind('/fa/finder.json')).toBe('data');
    expect(kind('/fa/my-list/0.json')).toBe('data');
    expect(kind('/fa/finder/towns/valmara.json')).toBe('data');
    expect(kind('/fa/towns/valmara/offline.json')).toBe('data');
    expect(kind('/fa/manifest.webmanifest')).toBe('data');
  });

  it('never stores other origins, the CMS, search bundles, feeds, open data or QR codes', () => {
    expect(requestKind(new URL('https://elsewhere.example/en/'), origin, 'navigate')).toBe('pass');
    for (const p of [
      '/admin/',
      '/editors/report/',
      '/pagefind/en/pagefind.js',
      '/feeds/en/all.ics',
      '/data/hsds/en/services.json',
      '/qr/en/services/x.svg',
      '/sw.js',
    ]) {
      expect(kind(p, 'navigate'), p).toBe('pass');
    }
  });

  it('keys pages by their public address only, so a search in ?q= is never stored', () => {
    expect(cacheKey('https://crossroads.example.org/en/search/?q=asylum&town=valmara#top')).toBe(
      'https://crossroads.example.org/en/search/',
    );
  });

  it("keeps each locale's home page, My list and manifest as the shell", () => {
    expect(shellPages('ar')).toEqual(['/ar/', '/ar/my-list/', '/ar/manifest.webmanifest']);
  });
});

describe('a page served from the cache', () => {
  it('is marked on <html>, so its offline notice shows', () => {
    expect(markFromCache('<!DOCTYPE html><html lang="ar" dir="rtl"><head>')).toBe(
      '<!DOCTYPE html><html data-from-cache lang="ar" dir="rtl"><head>',
    );
    expect(markFromCache('<html>')).toBe('<html data-from-cache>');
  });
});

describe('the assets of a page', () => {
  it('are its stylesheets and module scripts', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/site.a.css"><link rel="icon" href="/icons/icon.svg"><script type="module" src="/_astro/page.b.js"></script><a href="/x/">';
    expect(assetsOfPage(html)).toEqual(['/_astro/site.a.css', '/_astro/page.b.js']);
  });
});

describe('keeping a town offline', () => {
  const d = buildDirectory(readNetwork(path.resolve('tests/fixtures/mini')));

  it("lists the town page first, then its services, providers, calendar and entries, in the reader's locale", () => {
    const { urls } = townOfflineList(d, 'beta', 'fa');
    expect(urls[0]).toBe('/fa/towns/beta/');
    expect(urls).toContain('/fa/services/beta-food/');
    expect(urls).toContain('/fa/services/joint-food/');
    expect(urls).toContain('/fa/calendar/towns/beta/');
    expect(urls).toContain('/fa/calendar/joint-deadline/');
    expect(urls).toContain('/fa/finder/');
    expect(urls).toContain('/fa/finder.json');
    expect(urls).toContain('/fa/finder/towns/beta.json');
    // The My list files that name the town's services and dates, and no other.
    const count = listFileCount(d);
    const buckets = new Set([...d.servicesInTown('beta'), ...d.entriesInTown('beta')].map((r) => bucketOf(r.slug, count)));
    expect(urls.filter((u) => u.startsWith('/fa/my-list/') && u.endsWith('.json')).sort()).toEqual(
      [...buckets].map((b) => `/fa/my-list/${b}.json`).sort(),
    );
    expect(urls.every((u) => u.startsWith('/fa/'))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("leaves out other towns' own services", () => {
    expect(townOfflineList(d, 'beta', 'en').urls).not.toContain('/en/services/alpha-housing/');
  });
});

describe('the web app manifest', () => {
  it('opens in the language it was installed from, in its direction', () => {
    const m = webManifest('ar', getT('ar'));
    expect(m).toMatchObject({ lang: 'ar', dir: 'rtl', start_url: '/ar/', id: '/ar/', display: 'standalone' });
    expect(webManifest('uk', getT('uk'))).toMatchObject({ lang: 'uk-UA', dir: 'ltr', start_url: '/uk/' });
  });
});
