/**
 * The built site carries the content editor at /admin/ (Decap CMS from the npm package, with the
 * config generated from the schemas) and the editor report at /editors/report/; readers' pages
 * never load the editor nor link to either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages, readPage, sites } from '../helpers/build';

const admin = (file: string) => path.join(sites.sample, 'admin', file);

describe('/admin/', () => {
  const html = fs.readFileSync(admin('index.html'), 'utf8');

  it('loads Decap CMS from the site itself, then the admin script, with no third-party request', () => {
    expect(html).toContain('<script src="decap-cms.js"></script>');
    expect(html).toContain('<script src="crossroads-admin.js"></script>');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(fs.statSync(admin('decap-cms.js')).size).toBeGreaterThan(1_000_000);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
  });

  it('serves the committed cms/config.yml for the bundled content', () => {
    expect(fs.readFileSync(admin('config.yml'), 'utf8')).toBe(fs.readFileSync('cms/config.yml', 'utf8'));
  });

  it('previews with the site’s own built stylesheet', () => {
    const stylesheet = /"previewStyles":\["([^"]+)"\]/.exec(html)![1];
    expect(readPage(sites.sample, '/en/').includes(`href="${stylesheet}"`)).toBe(true);
  });

  it('is never loaded by a reader’s page', () => {
    const loading = listPages(sites.sample).filter((p) => /decap-cms|crossroads-admin|href="\/admin\//.test(readPage(sites.sample, p)));
    expect(loading).toEqual([]);
  });
});

describe('/editors/report/', () => {
  const html = readPage(sites.sample, '/editors/report/');

  it('lists every town and the network, and is kept out of search engines', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
    for (const town of fs.readdirSync('content/towns')) expect(html).toContain(`data-owner="${town}"`);
    expect(html).toContain('data-owner="network"');
  });

  it('is not linked from any public page nor listed in the sitemap', () => {
    expect(listPages(sites.sample).filter((p) => readPage(sites.sample, p).includes('/editors/'))).toEqual([]);
    expect(fs.readFileSync(path.join(sites.sample, 'sitemap.xml'), 'utf8')).not.toContain('/editors/');
  });
});
