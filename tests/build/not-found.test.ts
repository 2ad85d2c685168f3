/**
 * The built 404 page (small fixture): valid HTML that, before any script runs, has every
 * language's "page not found" line and a link to every language's start page labelled with the
 * language's own name; the words its script switches to; and no script the Content Security
 * Policy would block (the words are inert JSON, the code a file of the site).
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { getT } from '~/lib/i18n/i18next';
import { locales } from '~/lib/i18n/locales';
import { notFoundWords } from '~/lib/i18n/not-found';
import { policyFromHtml } from '~/lib/build/security-headers';
import { readPage, sites } from '../helpers/build';

const html = readPage(sites.mini, '/404.html');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('the 404 page without JavaScript', () => {
  it('is valid HTML', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off', 'long-title': 'off' } });
    const report = await validator.validateString(html, '404.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('says "page not found" in every language, each marked with its language and direction', () => {
    const heading = /<h1 id="not-found-title"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
    for (const l of locales) {
      expect(heading).toContain(`<span lang="${l.tag}" dir="${l.dir}">${escape(getT(l.code)('notFound.title'))}</span>`);
    }
  });

  it('links every language’s start page, labelled with the language’s own name', () => {
    for (const l of locales) {
      expect(html).toMatch(
        new RegExp(`<a href="/${l.code}/" hreflang="${l.tag}" lang="${l.tag}" dir="${l.dir}">\\s*<span>${l.label}</span>`),
      );
    }
    expect(html).not.toMatch(/in English|باللغة الإنجليزية|en anglais/);
  });
});

describe('what the 404 page’s script works from', () => {
  it('carries every language’s words as JSON', () => {
    const json = /<script type="application\/json" id="not-found-words">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual(notFoundWords());
  });

  it('runs no inline script, so the site’s Content Security Policy lets it run', () => {
    const policy = policyFromHtml(html);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/'unsafe-inline'/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    const inline = scripts.filter((attrs) => !/\bsrc="\/[^"]+"/.test(attrs) && !/type="application\/(?:ld\+)?json"/.test(attrs));
    expect(inline).toEqual([]);
    expect(
      scripts.some((attrs) => /type="module"[^>]*src="\/_astro\/[^"]+\.js"|src="\/_astro\/[^"]+\.js"[^>]*type="module"/.test(attrs)),
    ).toBe(true);
  });
});
