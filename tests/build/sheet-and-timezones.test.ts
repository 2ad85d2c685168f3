/**
 * The referral sheet says when its information was checked, in each column's language, and its
 * language picker marks the chosen language; pages name the town's timezone in the reader's
 * language, keeping the IANA id for machines. Asserted on the small fixture's built pages
 * (alpha-housing was checked 2026-06-01; Alpha is in Europe/Rome).
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '~/lib/dates/format';
import { paths } from '~/lib/routing/routes';
import { readPage, sites } from '../helpers/build';

const page = (p: string) => readPage(sites.mini, p);
/** The HTML of one column of a sheet (`<article id="ar" …>…</article>`). */
const column = (html: string, locale: string) => html.match(new RegExp(`<article id="${locale}"[^>]*>[\\s\\S]*?</article>`))?.[0] ?? '';

describe('the referral sheet', () => {
  const en = page(paths.sheet('alpha-housing'));

  it('says when the information was checked, in English in the English column', () => {
    expect(column(en, 'en')).toContain('<p class="sheet-checked" data-checked="2026-06-01">Information checked on 1 June 2026.</p>');
  });

  it("says it in the client's language in the client's column, with that language's date", () => {
    const date = formatDate('2026-06-01', 'ar');
    expect(date).not.toContain('June');
    expect(column(en, 'ar')).toMatch(new RegExp(`<p class="sheet-checked" data-checked="2026-06-01">[^<]*${date}[^<]*</p>`));
  });

  it("marks the page's own language as the chosen one, and only it, before the reader picks another", () => {
    const picker = en.match(/<ul class="share-langs"[\s\S]*?<\/ul>/)?.[0] ?? '';
    const current = [...picker.matchAll(/<a [^>]*aria-current="true"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
    expect(current).toEqual(['English only']);
    expect(picker.match(/data-sheet-lang=/g)).toHaveLength(10);
  });
});

describe('timezones on pages', () => {
  it('are named in English on English pages, with no IANA id in the text', () => {
    const html = page(paths.service('en', 'alpha-housing'));
    expect(html).toContain('Local time (Central European Time).');
    expect(html).not.toContain('(Europe/Rome)');
    expect(page(paths.entry('en', 'alpha-clinic'))).toContain('Times are local time in Central European Time.');
  });

  it('are named in Arabic and Persian on those pages', () => {
    expect(page(paths.service('ar', 'alpha-housing'))).toContain('بالتوقيت المحلي (توقيت وسط أوروبا).');
    expect(page(paths.town('fa', 'alpha'))).toContain('به وقت محلی (وقت مرکز اروپا).');
  });

  it('are named in each column’s language on the sheet', () => {
    const sheet = page(paths.sheet('alpha-housing'));
    expect(column(sheet, 'en')).toContain('Central European Time');
    expect(column(sheet, 'ar')).toContain('توقيت وسط أوروبا');
  });
});
