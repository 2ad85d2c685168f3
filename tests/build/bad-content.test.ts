/**
 * A broken content file must stop the real build, with a message that names the file and field,
 * so an editor's mistake never ships.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, miniContent, testDist } from '../helpers/build';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-bad-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('building bad content', () => {
  it('fails, naming each broken file, field and reason', () => {
    fs.cpSync(miniContent, scratch, { recursive: true });
    const housing = path.join(scratch, 'towns/alpha/services/en/alpha-housing.yml');
    fs.writeFileSync(
      housing,
      fs
        .readFileSync(housing, 'utf8')
        .replace('provider: alpha-council', 'provider: no-such-provider')
        .replace('reviewed: "2026-06-01"', 'reviewed: "2026-02-30"'),
    );
    const beta = path.join(scratch, 'towns/beta/profile/en/beta.yml');
    fs.writeFileSync(beta, fs.readFileSync(beta, 'utf8').replace('Europe/Athens', 'Europe/Atlantis'));

    const result = buildSite({ content: scratch, outDir: path.join(testDist, 'bad') });

    expect(result.status).not.toBe(0);
    expect(result.output).toContain('towns/alpha/services/en/alpha-housing.yml → reviewed: is not a real calendar date');
    expect(result.output).toContain('towns/beta/profile/en/beta.yml → timezone: is not a known IANA timezone');
    expect(fs.existsSync(path.join(testDist, 'bad', 'en', 'index.html'))).toBe(false);
  });
});
