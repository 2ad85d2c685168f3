/**
 * Feeds as a calendar app reads them: parsed with ical.js (Mozilla's parser), not with regexes.
 */
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '../../src/lib/content/read';
import { buildDirectory } from '../../src/lib/directory';
import { renderFeed } from '../../src/lib/feeds';
import { buildFeed, entryUid, feedRule } from '../../src/lib/ical';
import { occurrences } from '../../src/lib/recurrence';

const d = buildDirectory(readNetwork(path.resolve('tests/fixtures/mini')));
const site = new URL('https://crossroads.example.org');
const feed = (locale: 'en' | 'ar' = 'en') => renderFeed(d, { kind: 'all' }, locale, site);
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const events = (text: string) => parse(text).getAllSubcomponents('vevent');
const byUid = (text: string, slug: string) =>
  events(text).filter((e) => e.getFirstPropertyValue('uid') === entryUid(d.entry(slug), 'en', site.host));

describe('an iCalendar feed', () => {
  it('parses in a real calendar parser, with one event per entry plus cancelled occurrences', () => {
    const text = feed();
    expect(events(text)).toHaveLength(4);
  });

  it('uses CRLF line endings and folds lines at 75 octets without splitting characters', () => {
    const text = feed('ar');
    expect(text).toMatch(/\r\n/);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Unfolding gives back whole UTF-8 text: no replacement characters from a split sequence.
    expect(Buffer.from(text.replace(/\r\n /g, ''), 'utf8').toString('utf8')).not.toContain('\uFFFD');
    expect(text.replace(/\r\n /g, '')).toContain('صباح الاستشارات السكنية، أول ثلاثاء من كل شهر');
  });

  it('names and describes the calendar in the reader’s language, and asks apps to refresh', () => {
    const cal = parse(feed());
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Crossroads: all partner towns');
    expect(cal.getFirstPropertyValue('x-wr-caldesc')).toMatch(/^Deadlines and service days/);
    expect(feed()).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n');
    expect(feed()).toContain('X-PUBLISHED-TTL:PT6H\r\n');
  });

  it('keeps UIDs stable per entry and locale', () => {
    const uid = entryUid(d.entry('alpha-clinic'), 'en', site.host);
    expect(uid).toBe(`${d.entry('alpha-clinic').id}-en@crossroads.example.org`);
    expect(feed()).toContain(`UID:${uid}`);
    expect(feed('ar')).not.toContain(`UID:${uid}`);
    expect(feed()).toBe(feed());
  });

  it('stamps events with the entry’s own update time, not the build time', () => {
    const [series] = byUid(feed(), 'alpha-clinic');
    expect(String(series.getFirstPropertyValue('dtstamp'))).toBe('2026-09-15T10:00:00Z');
    expect(String(series.getFirstPropertyValue('last-modified'))).toBe('2026-09-15T10:00:00Z');
  });

  it('writes all-day entries as dates with an exclusive end', () => {
    const [window] = byUid(feed(), 'alpha-housing-window');
    const start = window.getFirstProperty('dtstart')!;
    expect(start.type).toBe('date');
    expect(String(start.getFirstValue())).toBe('2027-03-01');
    expect(String(window.getFirstPropertyValue('dtend'))).toBe('2027-04-01');
  });

  it('writes timed entries with a TZID and a VTIMEZONE for it', () => {
    const text = feed();
    const [series] = byUid(text, 'alpha-clinic');
    expect(series.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Rome');
    const zones = parse(text).getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones).toContain('Europe/Rome');
  });

  it('keeps recurrence as RRULE and EXDATE, and the instants are right across DST', () => {
    const text = feed();
    const [series] = byUid(text, 'alpha-clinic');
    expect(String(series.getFirstPropertyValue('rrule'))).toBe('FREQ=MONTHLY;COUNT=8;BYDAY=1TU');
    expect(text).toContain('EXDATE;TZID=Europe/Rome:20270105T090000');
    // Expand with ical.js and its own timezone data: October (CEST) and November (CET) both 09:00 local.
    const cal = parse(text);
    for (const zone of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(series);
    const it = event.iterator();
    const firsts = [it.next(), it.next()].map((t) => t!.toJSDate().toISOString());
    expect(firsts).toEqual(['2026-10-06T07:00:00.000Z', '2026-11-03T08:00:00.000Z']);
  });

  it('marks a cancelled occurrence with an override that says STATUS:CANCELLED', () => {
    const [, override] = byUid(feed(), 'alpha-clinic');
    expect(String(override.getFirstPropertyValue('recurrence-id'))).toBe('2026-12-01T09:00:00');
    expect(override.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('says in the title when an entry moved, with the note in the description', () => {
    const [moved] = byUid(feed(), 'joint-deadline');
    expect(moved.getFirstPropertyValue('summary')).toBe('Moved: Meal voucher renewals; last day');
    expect(moved.getFirstPropertyValue('description')).toContain('Moved from 10 to 15 December.');
  });

  it('escapes commas and semicolons in text', () => {
    expect(feed().replace(/\r\n /g, '')).toContain('SUMMARY:Housing advice morning\\, first Tuesday\\; bring papers\\, ask questions');
  });

  it('has a feed per town with only that town’s entries', () => {
    const beta = renderFeed(d, { kind: 'town', slug: 'beta' }, 'en', site);
    expect(events(beta).map((e) => e.getFirstPropertyValue('summary'))).toEqual(['Moved: Meal voucher renewals; last day']);
  });

  it('ends a series on the same day in a calendar app as on the site, east or west of UTC', () => {
    // Content keeps UNTIL as the town's wall clock ("until 27 October, included"); a TZID series
    // needs it in UTC. 20:00 in New York is already the next day in UTC.
    const entry = structuredClone(d.entry('alpha-clinic'));
    entry.shared.timed = { start: '2026-10-06T20:00', end: '2026-10-06T21:00' };
    entry.shared.recurrence = { rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261027T235959Z', exdates: [], cancelled: [] };
    for (const timezone of ['America/New_York', 'Europe/Rome', 'Asia/Tokyo']) {
      const text = buildFeed([{ entry, timezone, url: 'https://crossroads.example.org/en/calendar/x/', categories: [], townNames: ['Alpha'] }], {
        locale: 'en', name: 'Test', description: 'Test', url: 'https://crossroads.example.org/feeds/en/all.ics', host: site.host,
        statusLabel: (s) => s,
      });
      const cal = parse(text);
      for (const zone of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const it = new ICAL.Event(cal.getFirstSubcomponent('vevent')!).iterator();
      const inApp: string[] = [];
      for (let next = it.next(); next && inApp.length < 10; next = it.next()) inApp.push(next.toJSDate().toISOString());
      const onSite = occurrences(entry.shared, timezone, { from: '2026-10-01', to: '2026-12-31' }).map((o) => o.startUtc);
      expect(onSite).toHaveLength(4);
      expect(inApp, timezone).toEqual(onSite.map((x) => new Date(x!).toISOString()));
    }
  });

  it('writes UNTIL in UTC for timed series and as a date for all-day ones', () => {
    expect(feedRule('FREQ=WEEKLY;BYDAY=TH;UNTIL=20270624T235959Z', false, 'America/New_York')).toBe('FREQ=WEEKLY;BYDAY=TH;UNTIL=20270625T035959Z');
    expect(feedRule('FREQ=WEEKLY;BYDAY=TH;UNTIL=20270624T235959Z', false, 'Europe/Rome')).toBe('FREQ=WEEKLY;BYDAY=TH;UNTIL=20270624T215959Z');
    expect(feedRule('FREQ=MONTHLY;UNTIL=20270624T235959Z;BYMONTHDAY=1', true, 'Europe/Rome')).toBe('FREQ=MONTHLY;UNTIL=20270624;BYMONTHDAY=1');
    expect(feedRule('FREQ=MONTHLY;COUNT=8;BYDAY=1TU', false, 'Europe/Rome')).toBe('FREQ=MONTHLY;COUNT=8;BYDAY=1TU');
  });
});
