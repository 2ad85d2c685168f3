import { chromium } from 'playwright-core';
import fs from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const p = Array.from({length: 40}, (_, i) => `<p>Line ${i}</p>`).join('');
for (const style of ['', 'main{display:flex;flex-direction:column}', 'body{display:flex;flex-direction:column;min-height:100vh} main{flex:1}']) {
  await page.setContent(`<style>${style} .g{display:grid;grid-template-columns:1fr 1fr}</style><body><main><h1>Title</h1><div class="g"><div>${p}</div><div>${p}</div></div></main></body>`);
  const pdf = await page.pdf({ format: 'A4' });
  fs.writeFileSync('/tmp/handoff/f.pdf', pdf);
  const { execSync } = await import('node:child_process');
  console.log(JSON.stringify(style), execSync('pdftotext -f 1 -l 1 /tmp/handoff/f.pdf - | head -3 | tr "\\n" "|"').toString());
}
await browser.close();
