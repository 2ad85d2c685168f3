/**
 * A caseworker and a client, on phones, in real Chromium against the built sample network: share a
 * service in the client's language (link and QR code, decoded), save services to My list and send
 * the list to another phone, print a referral sheet in English and Arabic to PDF, and open a town
 * kept offline after the connection is gone.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import jsQR from 'jsqr';
import sirv from 'sirv';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { paths } from '~/lib/routing/routes';
import { storageKey } from '~/lib/sharing/my-list';
import { sites } from '../helpers/build';
import { useSite } from '../helpers/browser';

const origin = 'https://crossroads.example.org';
const housing = 'valmara-social-housing-list';
const foodBank = 'valmara-food-bank';
const phone = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const site = useSite(sites.sample);

/** Draws an <img> (the QR code's SVG) on a canvas in the page and decodes it with jsQR in Node. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => {
    const img = document.querySelector<HTMLImageElement>(sel);
    return Boolean(img?.complete && img.naturalWidth > 0);
  }, selector);
  const size = 400;
  const pixels = await page.evaluate(
    async ({ sel, size }) => {
      const img = document.querySelector<HTMLImageElement>(sel)!;
      await img.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
      const ctx = canvas.getContext('2d')!;
      ctx.imageSmoothingEnabled = false;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, size, size);
      ctx.drawImage(img, 0, 0, size, size);
      return Array.from(ctx.getImageData(0, 0, size, size).data);
    },
    { sel: selector, size },
  );
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data;
}

describe('sharing a service in the client’s language', () => {
  it('gives the Arabic link and a QR code that decodes to the Arabic page', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(site.url + paths.service('en', housing));
    // The page's own link and code first.
    expect(await page.getAttribute('[data-share-link]', 'href')).toBe(origin + paths.service('en', housing));
    expect(await decodeQr(page, '[data-share-qr]')).toBe(origin + paths.service('en', housing));

    await page.click('.share-langs a[data-lang="ar"]');
    const arabic = origin + paths.service('ar', housing);
    expect(await page.getAttribute('[data-share-link]', 'href')).toBe(arabic);
    expect(await page.textContent('[data-share-link]')).toBe(arabic);
    expect(await page.getAttribute('.share-langs a[data-lang="ar"]', 'aria-current')).toBe('true');
    expect(await page.getAttribute('[data-sheet-link]', 'href')).toBe(paths.sheet(housing, 'en', 'ar'));
    expect(await decodeQr(page, '[data-share-qr]')).toBe(arabic);
    await context.close();
  });

  it('copies the chosen link where the browser allows it', async () => {
    const context = await site.browser.newContext({ ...phone, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.url + paths.entry('fa', 'harbour-clinic-valmara-monthly'));
    await page.click('.share-langs a[data-lang="uk"]');
    await page.click('[data-copy]');
    await expect.poll(() => page.textContent('[data-share-status]')).toBe('پیوند کپی شد.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(origin + paths.entry('uk', 'harbour-clinic-valmara-monthly'));
    await context.close();
  });

  it('shows the link without JavaScript, and each language leads to a sheet with its link and code', async () => {
    const context = await site.browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + paths.service('en', housing));
    expect(await page.isVisible('[data-share-link]')).toBe(true);
    expect(await page.isVisible('[data-save]')).toBe(false);
    await page.click('.share-langs a[data-lang="ar"]');
    const { pathname, search, hash } = new URL(page.url());
    expect(pathname + search + hash).toBe(paths.sheet(housing, 'en', 'ar'));
    expect(await page.isVisible(`#ar .sheet-link a[href="${origin}${paths.service('ar', housing)}"]`)).toBe(true);
    await context.close();
  });
});

describe('My list', () => {
  it('keeps two saved services across a reload and restores them from its link in a fresh browser', async () => {
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    for (const slug of [housing, foodBank]) {
      await page.goto(site.url + paths.service('en', slug));
      expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBe(
        slug === housing ? null : JSON.stringify({ services: [housing], entries: [] }),
      );
      await page.click('[data-save]');
      await expect.poll(() => page.textContent('[data-save]')).toBe('Saved in my list');
    }
    await page.goto(site.url + paths.entry('en', 'harbour-clinic-valmara-monthly'));
    await page.click('[data-save]');
    await page.reload();
    expect(await page.textContent('[data-save]')).toBe('Saved in my list');

    await page.goto(site.url + paths.myList('en'));
    await page.waitForSelector('[data-services] .card h3 a');
    const names = await page.$$eval('[data-services] .card h3 a', (as) => as.map((a) => a.textContent));
    expect(names).toEqual(['Social housing waiting list', expect.stringMatching(/food bank/i)]);
    await page.waitForSelector('[data-entries] .card h3 a');
    const link = await page.getAttribute('[data-list-link]', 'href');
    expect(link).toBe(`${site.url}/en/my-list/#s=${housing},${foodBank}&e=harbour-clinic-valmara-monthly`);

    // Another phone: nothing stored there until the reader taps "Save this list".
    const other = await site.browser.newContext(phone);
    const second = await other.newPage();
    await second.goto(link!.replace('/en/', '/ar/'));
    await second.waitForSelector('[data-services] .card h3 a');
    expect(await second.isVisible('[data-shared]')).toBe(true);
    expect(await second.$$eval('[data-services] .card h3 a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      paths.service('ar', housing),
      paths.service('ar', foodBank),
    ]);
    expect(await second.textContent('[data-services] .card h3 a')).toBe('قائمة انتظار السكن الاجتماعي');
    expect(await second.evaluate(() => localStorage.length)).toBe(0);
    await second.click('[data-keep-shared]');
    expect(JSON.parse((await second.evaluate((key) => localStorage.getItem(key), storageKey))!)).toEqual({
      services: [housing, foodBank],
      entries: ['harbour-clinic-valmara-monthly'],
    });
    await second.reload();
    expect(await second.isVisible('[data-shared]')).toBe(false);
    await second.waitForSelector('[data-services] .card');
    expect(await second.locator('[data-services] .card').count()).toBe(2);

    // Remove one, then clear.
    await second.click('[data-services] .card:first-child button');
    await expect.poll(() => second.locator('[data-services] .card').count()).toBe(1);
    await second.click('[data-clear]');
    await expect.poll(() => second.evaluate((key) => localStorage.getItem(key), storageKey)).toBe(null);
    expect(await second.isVisible('[data-empty]')).toBe(true);
    await other.close();
    await context.close();
  });
});

describe('the referral sheet', () => {
  it('prints English beside Arabic, with the Arabic text shaped, right to left, in the PDF', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + paths.sheet(housing, 'en', 'ar'));
    expect(await page.isVisible('#en')).toBe(true);
    expect(await page.isVisible('#ar')).toBe(true);
    expect(await page.isVisible('#fa')).toBe(false);
    expect(await page.getAttribute('#ar', 'dir')).toBe('rtl');
    await page.emulateMedia({ media: 'print' });
    // Side by side, each column in its own direction.
    const [en, ar] = await Promise.all(['#en', '#ar'].map((s) => page.locator(s).boundingBox()));
    expect(Math.abs(en!.y - ar!.y)).toBeLessThan(2);
    expect(
      await page.evaluate(() =>
        document.fonts.ready.then(() => [...document.fonts].some((f) => f.family.includes('Arabic') && f.status === 'loaded')),
      ),
    ).toBe(true);
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('#en img, #ar img')].every((i) => i.complete && i.naturalWidth > 0),
    );
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await context.close();

    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
    const first = await doc.getPage(1);
    const content = await first.getTextContent();
    await first.getOperatorList(); // loads the page's fonts, to tell which glyphs are Arabic
    const items = content.items.filter((i) => 'str' in i);
    const squash = (t: string) => t.replace(/\s+/g, '');
    const text = squash(items.map((i) => i.str).join(''));
    expect(text).toContain(squash('Social housing waiting list'));
    expect(text).toContain(squash('Apply for a council flat at a rent linked to your income.'));
    expect(text).toContain(squash(`${origin}${paths.service('ar', housing)}`));

    // The Arabic column is printed with the sheet's Arabic font, on the right half of the page,
    // as shaped glyphs (contextual forms, not isolated letters) running right to left. Chromium
    // also writes each glyph's letters as /ActualText, which PDF readers use for copy and search.
    const fontOf = (id: string) => String((first.commonObjs.get(id) as { name?: string })?.name ?? '');
    const arabic = items.filter((i) => /NotoSansArabic/.test(fontOf(i.fontName)) && i.str.trim());
    expect(arabic.length).toBeGreaterThan(300);
    const [, , width] = first.view;
    expect(arabic.every((i) => i.transform[4] > width / 2)).toBe(true);
    const glyphs = arabic.map((i) => i.str).join('');
    expect([...glyphs].filter((c) => c >= '\uFE70' && c <= '\uFEFF').length).toBeGreaterThan(100);
    expect(glyphs).toMatch(/[\uFEE0\uFEE4\uFECC\uFE92]/); // medial lām, mīm, ʿayn, bāʾ
    expect(arabic.filter((i) => i.dir === 'rtl').length).toBeGreaterThan(arabic.length / 3);
    // The Arabic letters of the name, once unshaped, are among the page's text.
    const letters = new Set([...glyphs.normalize('NFKC')].filter((c) => c >= '\u0600' && c <= '\u06FF'));
    for (const c of 'لماعسكر') expect(letters.has(c), c).toBe(true);
    await doc.destroy();
  });

  it('prints a service page with its address and QR code, and without navigation', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + paths.service('ar', housing));
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('.share-langs')).toBe(false);
    expect(await page.isVisible('[data-share-link]')).toBe(true);
    expect(await page.isVisible('[data-share-qr]')).toBe(true);
    await context.close();
  });
});

/**
 * A static server that can drop off the network, as a phone's connection does, and whose pages can
 * be changed under the same address (`overrides`).
 */
async function flakyServer(dir: string) {
  const files = sirv(dir, { dev: false, extensions: ['html'] });
  const sockets = new Set<Socket>();
  const overrides = new Map<string, string>();
  let down = false;
  const s = http.createServer((req, res) => {
    if (down) return req.socket.destroy();
    const override = overrides.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (override !== undefined) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return res.end(override);
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  s.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    overrides,
    goOffline() {
      down = true;
      for (const socket of sockets) socket.destroy();
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
}

describe('offline', () => {
  it('opens a visited page and a town kept offline with no connection, saying they are saved copies', async () => {
    expect(fs.existsSync(path.join(sites.sample, 'sw.js'))).toBe(true);
    const flaky = await flakyServer(sites.sample);
    const context: BrowserContext = await site.browser.newContext(phone);
    const page = await context.newPage();
    try {
      await page.goto(flaky.url + paths.service('en', housing));
      await page.evaluate(() => navigator.serviceWorker.ready);
      // Online: pages come from the network and show no offline notice.
      await page.goto(flaky.url + paths.town('en', 'valmara'));
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      expect(await page.isVisible('.offline-notice')).toBe(false);
      await page.click('[data-keep]');
      await expect
        .poll(() => page.textContent('[data-keep-status]'), { timeout: 30_000 })
        .toBe('Done: Valmara opens without a connection.');

      flaky.goOffline();
      await context.setOffline(true);
      // The service page visited first (before the worker existed), the town page, and a page of
      // the town that was never opened, only kept.
      for (const url of [
        paths.service('en', housing),
        paths.town('en', 'valmara'),
        paths.service('en', 'valmara-school-enrolment'),
        paths.calendarTown('en', 'valmara'),
      ]) {
        const response = await page.goto(flaky.url + url);
        expect(response?.status(), url).toBe(200);
        expect(await page.isVisible('.offline-notice'), url).toBe(true);
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxInlineSize), url).not.toBe('none');
      }
      expect(await page.textContent('h1')).toMatch(/Valmara/);
      // A page neither visited nor kept is not there.
      const other = await page.goto(flaky.url + paths.town('en', 'aurelia')).catch(() => null);
      expect(other?.status() ?? 0).not.toBe(200);
    } finally {
      await context.close();
      await flaky.close();
    }
  });

  it('never shows a stale copy when the network answers', async () => {
    const flaky = await flakyServer(sites.sample);
    const context = await site.browser.newContext(phone);
    const page = await context.newPage();
    try {
      const town = paths.town('en', 'valmara');
      await page.goto(flaky.url + town);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.goto(flaky.url + town);
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      const html = fs.readFileSync(path.join(sites.sample, 'en/towns/valmara/index.html'), 'utf8');
      flaky.overrides.set(town, html.replace(/<h1([^>]*)>[^<]*<\/h1>/, '<h1$1>Valmara, updated</h1>'));
      await page.goto(flaky.url + town);
      expect(await page.textContent('h1')).toBe('Valmara, updated');
      expect(await page.isVisible('.offline-notice')).toBe(false);
    } finally {
      await context.close();
      await flaky.close();
    }
  });
});
