import { afterEach, describe, expect, it } from 'vitest';
import { entryPage } from '~/lib/pages/entry-page';
import { directoryOf } from '../helpers/directory';
import { removeVariants, variant, withField } from '../helpers/content';

const directory = directoryOf();
const site = new URL('https://crossroads.example.org');
const page = (slug: string, today: string, locale: 'en' | 'ar' = 'en', d = directory) =>
  entryPage({ directory: d, entry: d.entry(slug), locale, site, today });

afterEach(removeVariants);

describe('the calendar entry page’s view model, without a build', () => {
  it('lists the next dates from the day given, a cancelled date included and an excluded one left out', () => {
    const clinic = page('alpha-clinic', '2026-11-23');
    expect(clinic.upcoming.map((i) => [i.occurrence.date, i.occurrence.cancelled])).toEqual([
      ['2026-12-01', true],
      ['2027-02-02', false],
      ['2027-03-02', false],
      ['2027-04-06', false],
      ['2027-05-04', false],
    ]);
  });

  it('describes the next date that takes place in its structured data, not a cancelled one', () => {
    const clinic = page('alpha-clinic', '2026-11-23');
    expect(clinic.shown.date).toBe('2027-02-02');
    expect(clinic.jsonLd).toContain('"2027-02-02T09:00');
  });

  it('describes the entry’s first date once none is ahead', () => {
    const clinic = page('alpha-clinic', '2099-01-01');
    expect(clinic.upcoming).toEqual([]);
    expect(clinic.shown.date).toBe('2026-10-06');
  });

  it('names its towns, topics and related services in the reader’s language, marking what fell back', () => {
    const clinic = page('alpha-clinic', '2026-11-23', 'ar');
    expect(clinic.v.title).toMatch(/^[\u0600-\u06FF، ]+$/);
    expect(clinic.mark('title')).toBeUndefined();
    expect(clinic.mark('description')).toBeDefined();
    expect(clinic.towns).toEqual([{ slug: 'alpha', name: directory.townName('alpha', 'ar') }]);
    expect(clinic.categories.map((c) => [c.slug, c.passage.label])).toEqual([['housing', undefined]]);
    expect(clinic.services.map((s) => s.slug)).toEqual(['alpha-housing']);
    const deadline = page('joint-deadline', '2026-11-23');
    expect(deadline.towns.map((x) => x.slug)).toEqual(['alpha', 'beta']);
    expect(deadline.services).toEqual([]);
  });

  it('subscribes to the entry’s own feed at the site’s address', () => {
    expect(page('joint-deadline', '2026-11-23', 'ar').ics).toBe('https://crossroads.example.org/feeds/ar/entries/joint-deadline.ics');
  });

  it('keeps an editor’s markup as text, and its structured data cannot close its script element', () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(1)>';
    const d = directoryOf(variant(withField('towns/alpha/calendar/en/alpha-clinic.yml', 'title', hostile)));
    const clinic = page('alpha-clinic', '2026-11-23', 'en', d);
    expect(clinic.v.title).toBe(hostile);
    expect(clinic.jsonLd).not.toMatch(/<\/script|<img/i);
    expect(JSON.parse(clinic.jsonLd).name).toBe(hostile);
  });
});
