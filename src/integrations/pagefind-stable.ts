/**
 * Makes a Pagefind bundle byte-identical from build to build. Pagefind 1.5 writes the filters
 * in its metadata, and the values inside each filter file, in hash-map order, which changes on
 * every run (Pagefind issue #638: fragments are stable, filter and metadata indexes are not).
 * Since the site's build must give the same bytes every time, this rewrites those two kinds of
 * file in sorted order and renames them after their new content, as Pagefind names files.
 *
 * Files are `pagefind_dcd` + CBOR, gzip-compressed. Only the order of list items changes; the
 * data Pagefind reads stays the same.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { decode, encode } from 'cborg';

const signature = Buffer.from('pagefind_dcd');

function read(file: string): unknown {
  const raw = zlib.gunzipSync(fs.readFileSync(file));
  if (!raw.subarray(0, signature.length).equals(signature)) throw new Error(`${file} is not a Pagefind file`);
  return decode(raw.subarray(signature.length));
}

/** Writes `value` as a Pagefind file named `<prefix><hash of content><suffix>`; returns the hash part. */
function write(dir: string, prefix: string, hashLength: number, suffix: string, value: unknown, language: string): string {
  const content = Buffer.concat([signature, Buffer.from(encode(value))]);
  const hash = `${language}_${crypto.createHash('sha256').update(content).digest('hex').slice(0, hashLength)}`;
  fs.writeFileSync(path.join(dir, `${prefix}${hash}${suffix}`), zlib.gzipSync(content, { level: 9 }));
  return hash;
}

const byFirst = (a: unknown[], b: unknown[]) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0);

/**
 * Waits until the bundle Pagefind reported as written can be read: its entry file parses and each
 * language's metadata file decompresses. Twice, under load (concurrent builds; a 50-town build),
 * the entry file was still empty when `writeFiles` had returned.
 * @throws after `timeoutMs` with the reason the bundle could not be read.
 */
export async function bundleWritten(dir: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { hash: string }>;
      };
      for (const info of Object.values(entry.languages)) read(path.join(dir, `pagefind.${info.hash}.pf_meta`));
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs)
        throw new Error(`Pagefind's bundle in ${dir} is incomplete after ${timeoutMs / 1000} s: ${(error as Error).message}`, {
          cause: error,
        });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Sorts the filters of every language in the Pagefind bundle at `dir` and renames what changed. */
export function stabilisePagefindBundle(dir: string): void {
  const entryFile = path.join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const info of Object.values(entry.languages)) {
    const language = info.hash.slice(0, info.hash.lastIndexOf('_'));
    const metaFile = path.join(dir, `pagefind.${info.hash}.pf_meta`);
    // [version, pages, index chunks, filters: [name, hash][], sorts, meta fields]
    const meta = read(metaFile) as unknown[];
    const filters = meta[3] as [string, string][];
    if (!Array.isArray(filters)) throw new Error(`Unexpected Pagefind metadata layout in ${metaFile}`);
    for (const filter of filters) {
      const file = path.join(dir, 'filter', `${filter[1]}.pf_filter`);
      // [filter name, [value, page numbers][]]
      const [name, values] = read(file) as [string, [string, number[]][]];
      values.sort(byFirst);
      fs.rmSync(file);
      filter[1] = write(path.join(dir, 'filter'), '', filter[1].length - language.length - 1, '.pf_filter', [name, values], language);
    }
    filters.sort(byFirst);
    fs.rmSync(metaFile);
    info.hash = write(dir, 'pagefind.', info.hash.length - language.length - 1, '.pf_meta', meta, language);
  }
  fs.writeFileSync(entryFile, JSON.stringify(entry));
}
