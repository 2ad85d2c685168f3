import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(process.argv[2])), isEvalSupported: false }).promise;
const page = await doc.getPage(1);
const items = (await page.getTextContent()).items.filter((i) => 'str' in i);
// Group by line (y), order right-to-left for Arabic lines.
const lines = new Map();
for (const i of items) { const y = Math.round(i.transform[5]); const x = i.transform[4]; if (!lines.has(y)) lines.set(y, []); lines.get(y).push({ x, s: i.str, dir: i.dir }); }
for (const [y, l] of [...lines].sort((a, b) => b[0] - a[0])) {
  const ar = l.filter((g) => /[\u0600-\u06ff\ufb50-\ufeff]/.test(g.s.normalize('NFKC')) || g.s === '\u0000');
  if (ar.length < 3) continue;
  const text = l.filter((g) => g.x > 300).sort((a, b) => b.x - a.x).map((g) => g.s).join('');
  console.log(y, JSON.stringify(text.normalize('NFKC').replace(/\u0000/g, '□')));
}
