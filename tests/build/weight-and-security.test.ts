/**
 * Page weight budgets (bytes are stable, so they can be tests) and the security properties of the
 * built pages: one Content Security Policy in meta and _headers, no inline event handlers, and
 * editor text that stays inert.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgets, formatReport, pageType, weighSite } from '~/lib/build/page-weight';
import { pageTypes } from '../helpers/page-types';
import { policyFromHtml } from '~/lib/build/security-headers';
import { localeCodes } from '~/lib/i18n/locales';
import { listPages, readPage, sites } from '../helpers/build';

const report = await weighSite(sites.sample, localeCodes);

describe('page weight', () => {
  it('is reported for every page type a reader opens, each with an HTML+CSS and a JavaScript budget', () => {
    console.log(formatReport(report));
    // A page's file is its path without the query (the sheet's `?lang=en`).
    const types = Object.values(pageTypes('en'))
      .map((url) => url.split('?')[0])
      .map((url) => pageType(url.slice(1) + (url.endsWith('/') ? 'index.html' : ''), localeCodes));
    expect(report.map((r) => r.type)).toEqual(expect.arrayContaining([...new Set(types)]));
    expect(report.map((r) => r.type)).toEqual(expect.arrayContaining(['/index.html', '/404.html']));
  });

  it('keeps every page type’s HTML + CSS within its budget on its heaviest page (14 KB gzip, one round trip; the two print sheets 24 KB)', () => {
    const over = report.filter((r) => r.html + r.css > r.htmlCssBudget).map((r) => `${r.type}: ${r.html + r.css} > ${r.htmlCssBudget}`);
    expect(over).toEqual([]);
    expect(report.filter((r) => r.htmlCssBudget !== budgets.htmlCss.default).map((r) => r.type)).toEqual([
      '/[locale]/moving/sheet/',
      '/sheets/*/',
    ]);
  });

  it('stays within each page type’s JavaScript budget', () => {
    const over = report.filter((r) => r.js > r.jsBudget).map((r) => `${r.type}: ${r.js} > ${r.jsBudget}`);
    expect(over).toEqual([]);
  });

  it('lets a service page be read with no JavaScript at all: its content is in the HTML', () => {
    const html = readPage(sites.sample, '/en/services/valmara-social-housing-list/');
    expect(html).toContain('Social housing waiting list');
    expect(html).toContain('How to apply');
  });
});

describe('security', () => {
  const pages = listPages(sites.sample);

  it('gives every page the same strict Content Security Policy, and _headers repeats it', () => {
    const policies = new Set(pages.map((p) => policyFromHtml(readPage(sites.sample, p))));
    expect(policies.size).toBe(1);
    const [policy] = [...policies];
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\s\*/);
    const headers = fs.readFileSync(path.join(sites.sample, '_headers'), 'utf8');
    expect(headers).toContain(`/en/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
  });

  it('loads no script, style, image, font or frame from another origin', () => {
    // Resources a page fetches by itself (links to other sites are fine: they wait for a tap).
    const embedded =
      /<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\ssrc="(https?:)?\/\/|<link\b[^>]*\srel="(?:stylesheet|preload|modulepreload|icon|manifest)"[^>]*\shref="(https?:)?\/\//i;
    const offending = pages.filter((p) => embedded.test(readPage(sites.sample, p)));
    expect(offending).toEqual([]);
  });

  it('has no inline event handlers and no javascript: URLs anywhere', () => {
    const offending = pages.filter((p) => /<[^>]+\son[a-z]+=|(?:href|src)="\s*javascript:/i.test(readPage(sites.sample, p)));
    expect(offending).toEqual([]);
  });

  it('renders injection attempts in editor text as inert text', () => {
    const html = readPage(sites.mini, '/en/services/beta-food/');
    // The fixture's description carries a script tag, event handlers, javascript: and data: links
    // and HTML in the title.
    expect(html).not.toMatch(/<script>alert|<img [^>]*onerror|<b onclick|href="(?:javascript|data):/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<h1>Beta food bank &lt;b&gt;free&lt;/b&gt;</h1>');
  });
});
