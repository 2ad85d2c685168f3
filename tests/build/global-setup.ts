import fs from 'node:fs';
import { buildSite, miniContent, sites, testDist } from '../helpers/build';

export default function setup() {
  fs.rmSync(testDist, { recursive: true, force: true });
  for (const [name, outDir, content] of [
    ['sample network', sites.sample, undefined],
    ['mini fixture', sites.mini, miniContent],
  ] as const) {
    // The reference build runs in UTC; the determinism test rebuilds in other timezones.
    const result = buildSite({ outDir, content, env: { TZ: 'UTC' } });
    if (result.status !== 0) throw new Error(`Building the ${name} failed:\n${result.output.slice(-4000)}`);
  }
}
