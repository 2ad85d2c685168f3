// Usage: node shot.mjs <dist> <width> <out.png|-> <url> [probe]
import fs from 'node:fs';
import http from 'node:http';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
const [dist, width, out, url, probe] = process.argv.slice(2);
const exe = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
let browser;
if (exe) browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu'] });
else { const b = (await import('@sparticuz/chromium')).default; browser = await chromium.launch({ executablePath: await b.executablePath(), args: [...b.args, '--no-sandbox'] }); }
const files = sirv(dist, { dev: false, extensions: ['html'] });
const server = http.createServer((q, s) => files(q, s, () => { s.statusCode = 404; s.end('nf'); }));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const page = await (await browser.newContext({ viewport: { width: Number(width), height: 800 }, javaScriptEnabled: false })).newPage();
await page.goto(`http://127.0.0.1:${server.address().port}${url}`);
if (probe) {
  console.log(await page.evaluate(() => {
    const out = [];
    for (const sel of ['body', 'main', '.table-scroll', '.rules', '.matrix']) {
      const el = document.querySelector(sel);
      if (el) out.push(`${sel}: w=${el.getBoundingClientRect().width} sw=${el.scrollWidth} ${getComputedStyle(el).display}`);
    }
    const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.table-scroll')).slice(0, 12).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`);
    return [...out, ...wide].join('\n');
  }));
}
if (out !== '-') await page.screenshot({ path: out, fullPage: true });
if (out !== '-') { const h = await page.evaluate(() => document.documentElement.scrollHeight); for (let y = 0, i = 0; y < h; y += 800, i++) await page.screenshot({ path: out.replace('.png', `-${i}.png`), clip: { x: 0, y, width: Number(width), height: Math.min(800, h - y) }, fullPage: true }); }
await browser.close(); server.close();
