/**
 * Builds the bundled sample network (global setup) and checks what a reader would get: every page
 * in every language, the right direction, fallbacks that say so, chrome in the reader's language.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { locales } from '~/lib/i18n/locales';
import { paths } from '~/lib/routing/routes';
import { getT } from '~/lib/i18n/i18next';
import { listPages, readPage, sites } from '../helpers/build';

const network = readNetwork(path.resolve('content'));
const built = new Set(listPages(sites.sample));
const htmlTag = (html: string) => /<html[^>]*>/.exec(html)![0];

describe('the sample network', () => {
  it('is as large as a real regional network', () => {
    expect(network.towns.length).toBeGreaterThanOrEqual(5);
    expect(network.services.length).toBeGreaterThanOrEqual(60);
    expect(network.providers.length).toBeGreaterThanOrEqual(12);
    const used = new Set(network.services.flatMap((s) => s.shared.categories));
    expect(used.size).toBeGreaterThanOrEqual(10);
  });

  it('is complete in English, Arabic, French and Ukrainian', () => {
    for (const kind of ['towns', 'categories', 'providers', 'services'] as const) {
      for (const record of network[kind]) {
        for (const locale of ['ar', 'fr', 'uk'] as const) {
          expect({ record: record.files.en, locale, text: Object.keys(record.text[locale] ?? {}).sort() }).toEqual({
            record: record.files.en,
            locale,
            text: Object.keys(record.text.en).sort(),
          });
        }
      }
    }
  });

  it('is partly translated in the other languages, so fallbacks show', () => {
    for (const locale of ['fa', 'es', 'tr', 'ti'] as const) {
      const translated = network.services.filter((s) => s.text[locale]).length;
      expect(translated, locale).toBeGreaterThan(0);
      expect(translated, locale).toBeLessThan(network.services.length);
    }
  });

  it('has one service serving several towns', () => {
    expect(network.services.some((s) => s.shared.towns.length > 1)).toBe(true);
  });
});

describe('every page in every language', () => {
  it.each(locales.map((l) => l.code))('exists in %s', (locale) => {
    const expected = [
      paths.home(locale),
      ...network.towns.map((t) => paths.town(locale, t.slug)),
      ...network.categories.map((c) => paths.category(locale, c.slug)),
      ...network.services.map((s) => paths.service(locale, s.slug)),
      ...network.providers.map((p) => paths.provider(locale, p.slug)),
    ];
    expect(expected.filter((p) => !built.has(p))).toEqual([]);
  });

  it('has a root page that lists every language as a plain link', () => {
    const html = readPage(sites.sample, '/');
    for (const l of locales) expect(html).toContain(`href="/${l.code}/"`);
  });
});

describe('text direction and language', () => {
  const service = network.services[0].slug;

  it.each(locales.map((l) => [l.code, l.dir, l.tag]))('%s pages are %s with lang=%s', (code, dir, tag) => {
    for (const page of [paths.home(code), paths.service(code, service), paths.town(code, network.towns[0].slug)]) {
      expect(htmlTag(readPage(sites.sample, page))).toBe(`<html lang="${tag}" dir="${dir}">`);
    }
  });

  it('keeps the interface in the reader’s language on an untranslated record', () => {
    const untranslated = network.services.find((s) => !s.text.ti)!;
    const html = readPage(sites.sample, paths.service('ti', untranslated.slug));
    const t = getT('ti');
    expect(html).toContain(t('nav.skip'));
    expect(html).toContain(t('service.whoTitle'));
    expect(html).not.toContain('Skip to content');
  });

  it('offers the same record in every other language from the language switcher', () => {
    const html = readPage(sites.sample, paths.service('ar', service));
    for (const l of locales) expect(html).toContain(`href="${paths.service(l.code, service)}" hreflang="${l.tag}"`);
  });
});

describe('missing translations', () => {
  const untranslated = network.services.find((s) => !s.text.ti)!;
  const translatedAr = network.services.find((s) => s.owner !== 'network')!;

  it('show the English text with a notice in the reader’s language, never a blank', () => {
    const html = readPage(sites.sample, paths.service('ti', untranslated.slug));
    expect(html).toContain('data-fallback-notice');
    expect(html).toContain(getT('ti')('fallback.notice', { language: 'XX' }).split('XX')[0]);
    expect(html).toContain(`<h1 lang="en-GB" dir="ltr">${escape(untranslated.text.en.name)}</h1>`);
  });

  it('show no notice where the record is fully translated', () => {
    expect(readPage(sites.sample, paths.service('ar', translatedAr.slug))).not.toContain('data-fallback-notice');
    expect(readPage(sites.sample, paths.service('en', translatedAr.slug))).not.toContain('data-fallback-notice');
  });
});

describe('service pages', () => {
  const withPhone = network.services.find((s) => s.shared.contacts.phone)!;

  it('link the phone number, map and provider', () => {
    const html = readPage(sites.sample, paths.service('en', withPhone.slug));
    expect(html).toContain(`href="tel:${withPhone.shared.contacts.phone}"`);
    expect(html).toContain(`href="${paths.provider('en', withPhone.shared.provider)}"`);
    if (withPhone.shared.locations.length) expect(html).toMatch(/href="geo:/);
  });

  it('say when the information was checked', () => {
    const html = readPage(sites.sample, paths.service('en', withPhone.slug));
    expect(html).toMatch(/Information checked on \d{1,2} \w+ \d{4}\./);
  });

  it('need no JavaScript to read: all content is in the HTML', () => {
    const html = readPage(sites.sample, paths.service('ar', withPhone.slug));
    expect(html).toContain(escape(withPhone.text.ar!.name!));
    expect(html).toContain(escape(withPhone.text.ar!.summary!));
  });
});

/** Text as Astro writes it into HTML. */
function escape(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
