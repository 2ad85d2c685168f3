/**
 * The small fixture network has what the sample lacks: untranslated records that fall back to
 * English, and editor text written to break out of the page (script tags, event handlers, quotes
 * in names). Every one of its pages in English, Arabic and Tigrinya loads with no error, no
 * blocked script and no request elsewhere, under the served Content Security Policy.
 *
 * Then the gates themselves are tried, as a careful reviewer would: in a scratch copy of the
 * build, one island's inline script is changed so its hash no longer matches, a page gains an
 * image from another site in a srcset, and the Tigrinya finder gains a script that logs an error;
 * the sweep must name each page and reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPages, sites, testDist } from '../helpers/build';
import { serveStatic, useSite, type StaticServer } from '../helpers/browser';
import { watchedContext } from '../helpers/sweep';

const site = useSite(sites.mini);

describe('the fixture network’s pages', () => {
  it.each(['en', 'ar', 'ti'])('every %s page loads with no error, blocked script or request to another origin', async (locale) => {
    const w = await watchedContext(site.browser, site.url);
    const pages = listPages(sites.mini).filter((p) => p.startsWith(`/${locale}/`));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) await w.visit(page);
    await w.close();
    expect(w.problems).toEqual([]);
  });
});

describe('the sweep itself', () => {
  const broken = path.join(testDist, 'mini-broken');
  let server: StaticServer | undefined;
  afterAll(() => server?.close());

  it('fails, naming page and reason, on a stale script hash, a third-party srcset image and a console error in the Tigrinya finder', async () => {
    fs.rmSync(broken, { recursive: true, force: true });
    fs.cpSync(sites.mini, broken, { recursive: true });
    const edit = (page: string, change: (html: string) => string) => {
      const file = path.join(broken, page, 'index.html');
      const before = fs.readFileSync(file, 'utf8');
      const after = change(before);
      expect(after, `the scratch edit to ${page} applies`).not.toBe(before);
      fs.writeFileSync(file, after);
    };
    // One character more in the island loader: its sha256 no longer matches the policy's.
    edit('en/search', (html) => html.replace('<script>', '<script> '));
    edit('en/services/beta-food', (html) =>
      html.replace('</main>', '<img src="/icons/icon.svg" srcset="https://images.example.com/a.png 2x" alt=""></main>'),
    );
    fs.writeFileSync(path.join(broken, '_astro/noise.js'), 'console.error("the finder broke");\n');
    edit('ti/finder', (html) => html.replace('</body>', '<script type="module" src="/_astro/noise.js"></script></body>'));

    server = await serveStatic(broken);
    const w = await watchedContext(site.browser, server.url, { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 });
    for (const page of ['/en/search/', '/en/services/beta-food/', '/ti/finder/']) await w.visit(page);
    await w.close();
    const problems = w.problems.join('\n');
    expect(problems).toMatch(/^\/en\/search\/: Content Security Policy blocked script-src-elem inline/m);
    expect(problems).toMatch(/^\/en\/search\/: islands did not hydrate/m);
    expect(problems).toMatch(
      /^\/en\/services\/beta-food\/: Content Security Policy blocked img-src https:\/\/images\.example\.com\/a\.png/m,
    );
    expect(problems).toMatch(/^\/ti\/finder\/: console error: the finder broke$/m);
  });
});
