import fs from 'node:fs';
import { chromium } from 'playwright-core';
const svg = fs.readFileSync('public/icons/icon.svg', 'utf8');
const maskable = svg.replace('rx="96" ', '').replace('<path ', '<g transform="translate(76.8 76.8) scale(0.7)"><path ').replace('</svg>', '</g></svg>');
fs.writeFileSync('/tmp/handoff/maskable.svg', maskable);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, src, size] of [['icon-192.png', svg, 192], ['icon-512.png', svg, 512], ['icon-maskable-512.png', maskable, 512]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent"><img style="display:block;width:${size}px;height:${size}px" src="data:image/svg+xml;base64,${Buffer.from(src).toString('base64')}"></body></html>`);
  await page.waitForTimeout(100);
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: true });
  await page.close();
}
await browser.close();
