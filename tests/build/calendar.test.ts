/**
 * The calendar as built: pages in every locale, feeds that parse, dates that stay honest.
 */
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { buildDirectory } from '~/lib/content/directory';
import { locales } from '~/lib/i18n/locales';
import { feeds, paths } from '~/lib/routing/routes';
import { entryTimezone } from '~/lib/calendar/agenda';
import { occurrences } from '~/lib/calendar/recurrence';
import { listPages, readPage, sites } from '../helpers/build';

const network = readNetwork(path.resolve('content'));
const d = buildDirectory(network);
const built = new Set(listPages(sites.sample));
const feedText = (site: string, p: string) => fs.readFileSync(path.join(site, p), 'utf8');

describe('the sample calendar', () => {
  it('has at least 40 entries of every kind', () => {
    expect(network.calendar.length).toBeGreaterThanOrEqual(40);
    expect(new Set(network.calendar.map((e) => e.shared.kind))).toEqual(
      new Set(['deadline', 'application-window', 'service-day', 'event']),
    );
  });

  it('has a recurring timed series that crosses a daylight-saving change', () => {
    const crossing = network.calendar.filter((e) => {
      if (!e.shared.recurrence || !e.shared.timed) return false;
      const list = occurrences(e.shared, entryTimezone(e, d.town), { from: '2026-01-01', to: '2027-12-31' });
      const offsets = new Set(list.map((o) => Date.parse(`${o.start}:00Z`) - Date.parse(o.startUtc!)));
      return offsets.size > 1;
    });
    expect(crossing.length).toBeGreaterThan(0);
  });

  it('has a cancelled occurrence', () => {
    expect(network.calendar.some((e) => (e.shared.recurrence?.cancelled.length ?? 0) > 0)).toBe(true);
  });
});

describe('calendar pages in every locale', () => {
  it.each(locales.map((l) => l.code))('exist in %s', (locale) => {
    const expected = [
      paths.calendar(locale),
      paths.subscribeHelp(locale),
      ...network.towns.map((t) => paths.calendarTown(locale, t.slug)),
      ...network.categories.map((c) => paths.calendarCategory(locale, c.slug)),
      ...network.calendar.map((e) => paths.entry(locale, e.slug)),
    ];
    expect(expected.filter((p) => !built.has(p))).toEqual([]);
  });
});

describe('feeds in every locale', () => {
  it.each(locales.map((l) => l.code))('exist and parse in %s', (locale) => {
    const files = [
      feeds.all(locale),
      ...network.towns.map((t) => feeds.town(locale, t.slug)),
      ...network.categories.map((c) => feeds.category(locale, c.slug)),
      ...network.calendar.map((e) => feeds.entry(locale, e.slug)),
    ];
    for (const f of files) {
      const cal = new ICAL.Component(ICAL.parse(feedText(sites.sample, f)));
      expect(cal.name, f).toBe('vcalendar');
    }
    const all = new ICAL.Component(ICAL.parse(feedText(sites.sample, feeds.all(locale))));
    const uids = new Set(all.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid')));
    expect(uids.size).toBe(network.calendar.length);
  });

  it('are linked from the agenda with webcal:// and https:// addresses', () => {
    const html = readPage(sites.sample, paths.calendarTown('fr', 'valmara'));
    expect(html).toContain('href="webcal://crossroads.example.org/feeds/fr/towns/valmara.ics"');
    expect(html).toContain('data-feed-url>https://crossroads.example.org/feeds/fr/towns/valmara.ics</code>');
  });
});

describe('the agenda of the small fixture network', () => {
  const html = readPage(sites.mini, paths.calendar('en'));

  it('groups dates by month and week', () => {
    expect(html).toMatch(/<h2 id="m-2026-12">December 2026<\/h2>[\s\S]*Week of 30 November 2026/);
  });

  it('shows absolute dates, with relative labels left for view time', () => {
    expect(html).toContain('<time datetime="2026-12-15">Tuesday, 15 December 2026</time>');
    expect(html).toMatch(
      /<span class="rel" data-rel="deadline" data-start="2026-12-15" data-end="2026-12-15" data-tz="Europe\/Rome" hidden><\/span>/,
    );
    expect(html).not.toMatch(/Closes in|Passed</);
  });

  it('marks a cancelled occurrence and keeps the others', () => {
    expect(html).toMatch(/<li class="card agenda-item cancelled">[\s\S]*?Cancelled on this date/);
  });

  it('lists the next dates on the related service page', () => {
    const service = readPage(sites.mini, paths.service('en', 'alpha-housing'));
    expect(service).toContain('href="/en/calendar/alpha-clinic/"');
  });

  it('writes times in the town’s timezone in the reader’s language', () => {
    const entry = readPage(sites.mini, paths.entry('ar', 'alpha-clinic'));
    expect(entry).toMatch(/<html lang="ar" dir="rtl">/);
    expect(entry).toContain('Europe/Rome');
  });
});
