/**
 * The same content gives byte-identical output whatever the build machine's timezone, and two
 * builds give the same bytes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, sites, testDist } from '../helpers/build';

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile()) out.set(file, crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
  }
  return out;
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => a.get(n) !== b.get(n)).slice(0, 20);
}

describe('a deterministic build', () => {
  // The global setup built the sample network with the machine's own TZ; build it again twice.
  const reference = digest(sites.sample);

  it.each(['Asia/Tokyo', 'America/New_York'])('gives the same bytes with TZ=%s', (tz) => {
    const outDir = path.join(testDist, `tz-${tz.replace('/', '-')}`);
    const result = buildSite({ outDir, env: { TZ: tz } });
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(differences(reference, digest(outDir))).toEqual([]);
    expect(digest(outDir).size).toBe(reference.size);
  });
});
