import fs from 'node:fs';
import { buildSite, miniContent, sites, testDist } from '../helpers/build';

/**
 * CROSSROADS_TEST_SITES=mini builds only the small fixture, for a quick run of the tests that use
 * it alone (the CMS, bad content); `npm test` always builds both.
 */
export default function setup() {
  fs.rmSync(testDist, { recursive: true, force: true });
  const only = process.env.CROSSROADS_TEST_SITES?.split(',');
  for (const [name, outDir, content] of [
    ['sample network', sites.sample, undefined],
    ['mini fixture', sites.mini, miniContent],
  ] as const) {
    if (only && !only.includes(outDir === sites.mini ? 'mini' : 'sample')) continue;
    // The reference build runs in UTC; the determinism test rebuilds in other timezones.
    const result = buildSite({ outDir, content, env: { TZ: 'UTC' } });
    if (result.status !== 0) throw new Error(`Building the ${name} failed:\n${result.output.slice(-4000)}`);
  }
}
