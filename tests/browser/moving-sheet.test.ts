/**
 * The moving sheet (issue 21 item 4) in real Chromium on the small fixture: opened from the moving
 * view's "Print for a client" link and set to Arabic for the client, it prints on A4 (page.pdf)
 * with the English block and the Arabic block, each with the QR code of the moving view's link
 * and the date; editors' markup stays text and a crafted URL shows no sheet. The printed PDF and
 * a screenshot go to <test output>/screenshots/ for a human look.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sites, testDist } from '../helpers/build';
import { useSite } from '../helpers/browser';

const site = useSite(sites.mini);
const shots = path.join(testDist, 'screenshots');

async function sheet(query: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 794, height: 1123 } });
  await page.goto(`${site.url}/en/moving/sheet/${query}`);
  await page.waitForSelector('.moving-sheet:not([data-state="idle"]):not([data-state="loading"])', { state: 'attached' });
  return page;
}

/**
 * A PDF's pages as pdf.js reads them: the text, with Arabic presentation forms unshaped (NFKC),
 * and the number of points of the page's longest drawn path (a QR code is one path of hundreds).
 */
async function readPdf(pdf: Buffer): Promise<{ text: string; longestPath: number }[]> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const ops = await page.getOperatorList();
    const text = content.items
      .map((i) => ('str' in i ? i.str : ''))
      .join('')
      .normalize('NFKC');
    // constructPath's arguments: the paint operation, then the path's data as one number array.
    const lengths = ops.fnArray.flatMap((fn, i) => {
      const data = (ops.argsArray[i] as unknown[] | undefined)?.[1];
      return fn === OPS.constructPath && Array.isArray(data) && ArrayBuffer.isView(data[0]) ? [(data[0] as Float32Array).length] : [];
    });
    pages.push({ text, longestPath: Math.max(0, ...lengths) });
  }
  await doc.destroy();
  return pages;
}

describe('the moving sheet', () => {
  it('is linked from the moving view with the towns and answers', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}/en/moving/?from=beta&to=alpha&for=child&age=8`);
      await page.waitForSelector('.moving[data-state="ready"]');
      const href = await page.getAttribute('.moving-print a', 'href');
      expect(href).toBe('/en/moving/sheet/?from=beta&to=alpha&for=child&age=8');
      expect(await page.textContent('.moving-print a')).toBe('Print for a client');
    } finally {
      await page.close();
    }
  });

  it('prints to A4 in English and Arabic, each block with its QR code, link and date', async () => {
    const page = await sheet('?from=beta&to=alpha');
    try {
      // The client's language is chosen with a link that keeps the towns.
      const ar = await page.getAttribute('[data-sheet-lang="ar"]', 'href');
      expect(ar).toBe('/en/moving/sheet/?from=beta&to=alpha&client=ar');
      await page.click('[data-sheet-lang="ar"]');
      await page.waitForSelector('.moving-sheet[data-state="ready"] article#ar');
      expect(await page.getAttribute('[data-sheet-lang="ar"]', 'aria-current')).toBe('true');
      const blocks = await page.$$eval('.moving-sheet-block', (els) =>
        els.map((el) => ({
          id: el.id,
          lang: el.getAttribute('lang'),
          dir: el.getAttribute('dir'),
          heading: el.querySelector('h2')?.textContent,
          steps: el.querySelectorAll('[data-section="steps"] [data-step]').length,
          qr: el.querySelector('svg.moving-sheet-qr path:nth-of-type(2)')?.getAttribute('d')?.length ?? 0,
          qrLabel: el.querySelector('svg.moving-sheet-qr')?.getAttribute('aria-label'),
          link: el.querySelector('.sheet-link a')?.getAttribute('href'),
          text: el.querySelector('.sheet-link p')?.textContent ?? '',
        })),
      );
      expect(blocks.map((b) => [b.id, b.lang, b.dir])).toEqual([
        ['en', 'en-GB', 'ltr'],
        ['ar', 'ar', 'rtl'],
      ]);
      expect(blocks[0].heading).toBe('From Beta to Alpha');
      expect(blocks[1].heading).toMatch(/^من .* إلى /);
      expect(blocks.map((b) => b.steps)).toEqual([3, 3]);
      for (const b of blocks) expect(b.qr).toBeGreaterThan(100);
      expect(blocks[0].qrLabel).toContain('English');
      expect(blocks[1].qrLabel).toContain('العربية');
      expect(new URL(blocks[0].link ?? '').pathname + new URL(blocks[0].link ?? '').search).toBe('/en/moving/?from=beta&to=alpha');
      expect(new URL(blocks[1].link ?? '').pathname).toBe('/ar/moving/');
      const year = String(new Date().getFullYear());
      expect(blocks[0].text).toContain(`Printed on`);
      expect(blocks[0].text).toContain(year);
      expect(blocks[1].text).toContain('طُبعت في');

      await page.emulateMedia({ media: 'print' });
      const printed = await page.$$eval('.moving-sheet-block', (els) =>
        els.map((el) => ({
          shown: el.getClientRects().length > 0,
          qr: (el.querySelector('svg.moving-sheet-qr')?.getClientRects().length ?? 0) > 0,
        })),
      );
      expect(printed).toEqual([
        { shown: true, qr: true },
        { shown: true, qr: true },
      ]);
      expect(await page.isVisible('.sheet-controls')).toBe(false);
      expect(await page.isVisible('.site-header')).toBe(false);
      // The Arabic block starts on a page of its own.
      expect(await page.$eval('#ar', (el) => getComputedStyle(el).breakBefore)).toBe('page');
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      fs.mkdirSync(shots, { recursive: true });
      fs.writeFileSync(path.join(shots, 'moving-sheet-en-ar.pdf'), pdf);
      await page.screenshot({ path: path.join(shots, 'moving-sheet-print-en-ar.png'), fullPage: true });

      // The printed document: the English block, then from a later page the Arabic one, each with
      // its link written out and its QR code drawn.
      const pages = await readPdf(pdf);
      const squash = (t: string) => t.replace(/\s+/g, '');
      const all = pages.map((p) => squash(p.text));
      const firstWith = (needle: string) => all.findIndex((t) => t.includes(squash(needle)));
      expect(firstWith('From Beta to Alpha')).toBe(0);
      expect(firstWith('Put your name on the housing list at the town hall.')).toBe(0);
      const enLink = firstWith('/en/moving/?from=beta&to=alpha');
      // pdf.js reads Arabic glyph by glyph: the Arabic block is counted in Arabic letters, none
      // of them on the English block's pages, and letters of its heading (من … إلى) among them: pdf.js reads some shaped letters without their dots.
      const arabicLetters = (t: string) => [...t].filter((c) => c >= '\u0600' && c <= '\u06FF');
      const arStart = all.findIndex((t) => arabicLetters(t).length > 100);
      const arLink = firstWith('/ar/moving/?from=beta&to=alpha');
      expect(enLink).toBeGreaterThanOrEqual(0);
      expect(arStart).toBeGreaterThan(enLink);
      expect(all.slice(0, arStart).every((t) => arabicLetters(t).length === 0)).toBe(true);
      expect(arLink).toBeGreaterThanOrEqual(arStart);
      const letters = new Set(arabicLetters(all.slice(arStart).join('')));
      for (const c of 'مال') expect(letters.has(c), c).toBe(true);
      // One long path per QR code, on the pages of each block's link.
      const codes = pages.map((p, i) => ({ page: i, qr: p.longestPath > 500 })).filter((p) => p.qr);
      expect(codes.map((c) => c.page)).toEqual([enLink, arLink]);
    } finally {
      await page.close();
    }
  });

  it('keeps editors’ markup as text', async () => {
    const page = await sheet('?from=beta&to=alpha&client=ar');
    try {
      expect(await page.$$('.moving-sheet b, .moving-sheet img, .moving-sheet script')).toHaveLength(0);
      expect(await page.textContent('#en [data-section="different"]')).toContain('Beta food bank <b>free</b>');
    } finally {
      await page.close();
    }
  });

  it('treats a crafted link as no choice: no sheet, and a note that says what it needs', async () => {
    const page = await sheet('?from=%3Cimg%20src=x%20onerror=alert(1)%3E&to=alpha&client=%3Cb%3E&age=-1');
    try {
      expect(await page.getAttribute('.moving-sheet', 'data-state')).toBe('choose');
      expect(await page.$$('.moving-sheet *')).toHaveLength(0);
      expect(await page.isVisible('[data-sheet-choose]')).toBe(true);
      expect(await page.getAttribute('[data-sheet-lang="ar"]', 'href')).toBe('/en/moving/sheet/?to=alpha&client=ar');
    } finally {
      await page.close();
    }
  });

  it('says without JavaScript what it needs, and links what works without it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}/en/moving/sheet/?from=beta&to=alpha&client=ar`);
      expect(await page.textContent('noscript + *, body')).toContain('needs JavaScript');
      expect(await page.$$eval('a[href="/en/towns/alpha/arriving/"]', (els) => els.length)).toBe(1);
    } finally {
      await context.close();
    }
  });
});
