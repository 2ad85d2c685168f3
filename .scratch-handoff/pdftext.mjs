import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(process.argv[2])), isEvalSupported: false }).promise;
const page = await doc.getPage(1);
const items = (await page.getTextContent()).items;
console.log(items.slice(80, 140).map((i) => JSON.stringify(i.str) + (i.dir ? ':' + i.dir : '')).join(' '));
