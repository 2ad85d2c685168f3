/**
 * Every address in the built site that points into it resolves: in pages (read from a parsed DOM:
 * href, src, srcset, form actions, URL-valued meta content, inline and `<style>` url()), in the
 * site's stylesheets, and in every feed, JSON file (HSDS, agenda, finder, manifests), CSV and
 * sitemap, with #fragments checked against the target page's ids. Nothing is loaded from another
 * origin by itself (an image, script or style on another site would tell it who reads what).
 * Links to other sites are listed in a report (.test-dist/<site>-external-links.txt), not fetched:
 * the tests never leave the machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, htmlAddresses, linksInData, urlsInCss, type FoundLink } from '../helpers/links';
import { editorPages, sites, testDist } from '../helpers/build';

const origin = new URL('https://crossroads.example.org');

function fileFor(site: string, urlPath: string): string | undefined {
  const candidates = urlPath.endsWith('/')
    ? [path.join(site, urlPath, 'index.html')]
    : [path.join(site, urlPath), path.join(site, urlPath, 'index.html')];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

const dataKinds = { '.ics': 'ics', '.json': 'json', '.webmanifest': 'json', '.xml': 'xml', '.csv': 'csv' } as const;

/**
 * Every file of the built site a reader can reach, as URL paths, with the addresses it holds; and
 * the ids of each HTML file (by file path), read in the same parse, for #fragments.
 */
function filesWithLinks(site: string): { files: [string, FoundLink[]][]; ids: Map<string, Set<string>> } {
  const out: [string, FoundLink[]][] = [];
  const ids = new Map<string, Set<string>>();
  for (const rel of (fs.readdirSync(site, { recursive: true }) as string[]).sort()) {
    const urlPath = '/' + rel.split(path.sep).join('/');
    // Pagefind's own index files hold no site addresses a reader follows; the CMS is for editors.
    if (urlPath.startsWith('/pagefind/') || editorPages.test(urlPath)) continue;
    const file = path.join(site, rel);
    if (!fs.statSync(file).isFile()) continue;
    const ext = path.extname(rel);
    const text = () => fs.readFileSync(file, 'utf8');
    if (ext === '.html') {
      const page = htmlAddresses(text());
      out.push([urlPath.replace(/index\.html$/, ''), page.links]);
      ids.set(file, page.ids);
    } else if (ext === '.css') out.push([urlPath, urlsInCss(text()).map((url) => ({ url, where: 'css url()', embedded: true }))]);
    else if (ext in dataKinds) out.push([urlPath, linksInData(text(), dataKinds[ext as keyof typeof dataKinds])]);
  }
  return { files: out, ids };
}

function check(site: string, name: string) {
  const { files, ids } = filesWithLinks(site);
  // A page the walk above leaves out (an editor page) is read when a link points into it.
  const idsOf = (file: string) => ids.get(file) ?? (file.endsWith('.html') ? htmlAddresses(fs.readFileSync(file, 'utf8')).ids : new Set());
  const broken: string[] = [];
  const external = new Map<string, Set<string>>();
  const checkedIn = new Set<string>();
  let checked = 0;
  for (const [from, links] of files) {
    for (const link of links) {
      const target = classify(link.url, from, origin);
      if (target.kind === 'app') continue;
      if (target.kind === 'external') {
        if (link.embedded) broken.push(`${from}: ${link.where} "${link.url}" → loads a resource from another origin`);
        if (!external.has(link.url)) external.set(link.url, new Set());
        external.get(link.url)!.add(from);
        continue;
      }
      checked++;
      checkedIn.add(path.extname(from.replace(/\/$/, '/x.html')));
      const file = fileFor(site, target.path);
      if (!file) broken.push(`${from}: ${link.where} "${link.url}" → no such page or file`);
      // The CMS routes by its fragment (`/admin/#/collections/…/entries/…`): a route, not an element id.
      else if (target.fragment && !target.path.startsWith('/admin/') && !idsOf(file).has(target.fragment))
        broken.push(`${from}: ${link.where} "${link.url}" → no element with id "${target.fragment}"`);
    }
  }
  const report = [...external.entries()].sort().map(([url, pages]) => `${url}\t${pages.size} file(s), e.g. ${[...pages][0]}`);
  fs.writeFileSync(path.join(testDist, `${name}-external-links.txt`), report.join('\n') + '\n');
  return { broken, checked, checkedIn };
}

describe('links in the built site', () => {
  it('all resolve in the sample network: pages, stylesheets, feeds, JSON, CSV, sitemaps and manifests', () => {
    const { broken, checked, checkedIn } = check(sites.sample, 'sample');
    expect(checked).toBeGreaterThan(10_000);
    // Each kind of file that holds site addresses was actually read, not skipped (the coverage
    // CSVs are read too, but hold counts, not addresses).
    expect([...checkedIn].sort()).toEqual(['.css', '.html', '.ics', '.json', '.webmanifest', '.xml']);
    expect(broken.slice(0, 50)).toEqual([]);
  });

  it('all resolve in the fixture network, which has gaps and fallbacks', () => {
    expect(check(sites.mini, 'mini').broken).toEqual([]);
  });

  it('catches what the regular expression it replaced could not: a third-party srcset, a single-quoted dead link, a dead feed URL', () => {
    const scratch = path.join(testDist, 'links-scratch');
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.mkdirSync(path.join(scratch, 'en'), { recursive: true });
    fs.writeFileSync(
      path.join(scratch, 'en/index.html'),
      `<!doctype html><title>x</title><img src="/en/" srcset="https://images.example.com/a.png 2x" alt=""><a href='/en/gone/'>gone</a>`,
    );
    fs.writeFileSync(
      path.join(scratch, 'all.ics'),
      'BEGIN:VCALENDAR\r\nURL:https://crossroads.example.org/en/calendar/\r\n gone/\r\nEND:VCALENDAR\r\n',
    );
    expect(check(scratch, 'scratch').broken).toEqual([
      '/all.ics: ics "https://crossroads.example.org/en/calendar/gone/" → no such page or file',
      '/en/: img srcset "https://images.example.com/a.png" → loads a resource from another origin',
      `/en/: a href "/en/gone/" → no such page or file`,
    ]);
  });
});
