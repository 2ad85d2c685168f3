/**
 * Every page type in every locale is valid HTML (html-validate's recommended rules), so browsers,
 * screen readers and translation tools all read the same document.
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { locales } from '~/lib/i18n/locales';
import { readPage, sites } from '../helpers/build';
import { pageTypes, rootPages } from '../helpers/page-types';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements without a closing slash, as HTML does; either is valid.
    'void-style': 'off',
    // Long translated strings legitimately repeat in attributes (titles and labels).
    'long-title': 'off',
    // React's server rendering of the search and finder islands writes camelCase attribute names
    // (maxLength, autoComplete) and empty boolean values (selected=""): both valid HTML (vnu checks
    // validity on every page), only another spelling than Astro's.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    'attribute-boolean-style': 'off',
  },
});

async function problems(url: string): Promise<string[]> {
  const report = await validator.validateString(readPage(sites.sample, url), url);
  return report.results.flatMap((r) => r.messages.map((m) => `${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe('valid HTML', () => {
  it.each(locales.map((l) => l.code))('on every page type in %s', async (locale) => {
    const found = (await Promise.all(Object.values(pageTypes(locale)).map(problems))).flat();
    expect(found).toEqual([]);
  });

  it('on the root language chooser and the 404 page', async () => {
    const found = (await Promise.all(Object.values(rootPages).map(problems))).flat();
    expect(found).toEqual([]);
  });
});
