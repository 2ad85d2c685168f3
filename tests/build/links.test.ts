/**
 * Every internal link, #anchor, hreflang alternate, feed link and asset in the built sample site
 * resolves. External links are listed in a report (.test-dist/<site>-external-links.txt), not
 * fetched: the tests never leave the machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, idsIn, linksIn } from '../../src/lib/links';
import { listPages, sites, testDist } from '../helpers/build';

const origin = new URL('https://crossroads.example.org');

function fileFor(site: string, urlPath: string): string | undefined {
  const candidates = urlPath.endsWith('/') ? [path.join(site, urlPath, 'index.html')] : [path.join(site, urlPath), path.join(site, urlPath, 'index.html')];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

function check(site: string, name: string) {
  const pages = listPages(site);
  const html = new Map(pages.map((p) => [p, fs.readFileSync(fileFor(site, p)!, 'utf8')]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, file.endsWith('.html') ? idsIn(fs.readFileSync(file, 'utf8')) : new Set());
    return ids.get(file)!;
  };
  const broken: string[] = [];
  const external = new Map<string, Set<string>>();
  let checked = 0;
  for (const [page, text] of html) {
    for (const link of linksIn(text)) {
      const target = classify(link.url, page, origin);
      if (target.kind === 'external') {
        if (!external.has(link.url)) external.set(link.url, new Set());
        external.get(link.url)!.add(page);
        continue;
      }
      if (target.kind === 'app') continue;
      checked++;
      const file = fileFor(site, target.path);
      if (!file) broken.push(`${page}: ${link.attr}="${link.url}" → no such page or file`);
      else if (target.fragment && !idsOf(file).has(target.fragment)) broken.push(`${page}: ${link.attr}="${link.url}" → no element with id "${target.fragment}"`);
    }
  }
  const report = [...external.entries()].sort().map(([url, from]) => `${url}\t${from.size} page(s), e.g. ${[...from][0]}`);
  fs.writeFileSync(path.join(testDist, `${name}-external-links.txt`), report.join('\n') + '\n');
  return { broken, checked, external: external.size };
}

describe('links in the built site', () => {
  it('all resolve in the sample network', () => {
    const { broken, checked } = check(sites.sample, 'sample');
    expect(checked).toBeGreaterThan(10_000);
    expect(broken.slice(0, 50)).toEqual([]);
  });

  it('all resolve in the fixture network, which has gaps and fallbacks', () => {
    expect(check(sites.mini, 'mini').broken).toEqual([]);
  });
});
