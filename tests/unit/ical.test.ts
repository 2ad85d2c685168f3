/**
 * Feeds as a calendar app reads them: parsed with ical.js (Mozilla's parser), not with regexes.
 */
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { buildDirectory } from '~/lib/content/directory';
import { renderFeed } from '~/lib/calendar/feeds';
import { buildFeed, entryUid, feedRule, icalText, type FeedEntry, type FeedOptions } from '~/lib/calendar/ical';
import { occurrences } from '~/lib/calendar/recurrence';
import type { CalendarEntry } from '~/lib/content/read';
import { formatAddress } from '~/lib/dates/format';

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
    const zones = parse(text)
      .getAllSubcomponents('vtimezone')
      .map((z) => z.getFirstPropertyValue('tzid'));
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

  it('ends every line with CRLF, the last one after END:VCALENDAR too', () => {
    expect(feed()).toMatch(/\r\nEND:VCALENDAR\r\n$/);
    expect(feed().replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is a calendar to subscribe to, not a scheduling message: no METHOD', () => {
    expect(parse(feed()).getFirstProperty('method')).toBeNull();
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
      const text = buildFeed(
        [{ entry, timezone, url: 'https://crossroads.example.org/en/calendar/x/', categories: [], townNames: ['Alpha'] }],
        {
          locale: 'en',
          name: 'Test',
          description: 'Test',
          url: 'https://crossroads.example.org/feeds/en/all.ics',
          host: site.host,
          statusLabel: (s) => s,
        },
      );
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
    expect(feedRule('FREQ=WEEKLY;BYDAY=TH;UNTIL=20270624T235959Z', false, 'America/New_York')).toBe(
      'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270625T035959Z',
    );
    expect(feedRule('FREQ=WEEKLY;BYDAY=TH;UNTIL=20270624T235959Z', false, 'Europe/Rome')).toBe(
      'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270624T215959Z',
    );
    expect(feedRule('FREQ=MONTHLY;UNTIL=20270624T235959Z;BYMONTHDAY=1', true, 'Europe/Rome')).toBe(
      'FREQ=MONTHLY;UNTIL=20270624;BYMONTHDAY=1',
    );
    expect(feedRule('FREQ=MONTHLY;COUNT=8;BYDAY=1TU', false, 'Europe/Rome')).toBe('FREQ=MONTHLY;COUNT=8;BYDAY=1TU');
  });
});

/** ical.js reads TEXT properties unescaped, but leaves unknown ones (X-WR-CALNAME, NAME) as written. */
const unescapeText = (raw: string) => ICAL.design.icalendar.value.text.fromICAL(raw);

/** Properties a feed may hold, per component: an injected line would add a name that is not here. */
const allowed = {
  vcalendar: ['version', 'prodid', 'url', 'name', 'x-wr-calname', 'x-wr-caldesc', 'refresh-interval', 'x-published-ttl'],
  vevent: [
    'uid',
    'sequence',
    'dtstamp',
    'dtstart',
    'dtend',
    'x-microsoft-cdo-alldayevent',
    'x-microsoft-msncalendar-alldayevent',
    'rrule',
    'exdate',
    'recurrence-id',
    'summary',
    'location',
    'geo',
    'description',
    'categories',
    'url',
    'status',
    'last-modified',
  ],
};

describe('hostile editor text in a feed', () => {
  const hostile = [
    'CRLF\r\nBEGIN:VEVENT\r\nUID:evil@x\r\nSUMMARY:Pay a fee at evil.example\r\nEND:VEVENT',
    'LF\nX-INJECTED:1',
    'CR\rATTACH:https://evil.example/',
    'semicolon; comma, backslash \\ and \\n that is not a line break',
    'NUL\u0000 escape\u001b bell\u0007 DEL\u007f C1\u0085 line\u2028separator',
    `${'Ελληνικά, العربية, українська, 🧭 '.repeat(20)}end`,
  ];
  const text = hostile.join(' | ');
  // What a subscriber must read back: the text with CR and the other control characters gone.
  const expected = icalText(text);

  const entry: CalendarEntry = structuredClone(d.entry('alpha-clinic'));
  entry.text = {
    en: { title: text, description: `${text}\n\nMore.`, statusNote: text },
    ar: { title: `${text} ar` },
  };
  entry.shared.location!.name = text;
  entry.shared.location!.address.street = text;
  const feedEntry: FeedEntry = {
    entry,
    timezone: 'Europe/Rome',
    url: 'https://crossroads.example.org/en/calendar/alpha-clinic/',
    categories: [text, 'Second'],
    townNames: [text],
    locationTown: text,
  };
  const options: FeedOptions = {
    locale: 'en',
    name: `Crossroads: ${text}`,
    description: `Dates for ${text}`,
    url: 'https://crossroads.example.org/feeds/en/all.ics',
    host: site.host,
    statusLabel: () => `Label ${text}`,
  };
  const ics = buildFeed([feedEntry], options);
  const cal = parse(ics);

  it('parses, with exactly the events the content has: the series and its cancelled date', () => {
    expect(cal.name).toBe('vcalendar');
    expect(
      cal
        .getAllSubcomponents()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['vevent', 'vevent', 'vtimezone']);
    expect(new Set(events(ics).map((e) => e.getFirstPropertyValue('uid')))).toEqual(new Set([entryUid(entry, 'en', site.host)]));
  });

  it('adds no property line', () => {
    expect(
      cal
        .getAllProperties()
        .map((p) => p.name)
        .filter((n) => !allowed.vcalendar.includes(n)),
    ).toEqual([]);
    for (const event of events(ics)) {
      expect(
        event
          .getAllProperties()
          .map((p) => p.name)
          .filter((n) => !allowed.vevent.includes(n)),
      ).toEqual([]);
    }
    expect(ics).not.toMatch(/^(?:X-INJECTED|ATTACH|UID:evil)/m);
  });

  it('gives the text back as each property’s value', () => {
    const [series, cancelled] = events(ics);
    expect(series.getFirstPropertyValue('summary')).toBe(expected);
    expect(series.getFirstPropertyValue('description')).toContain(expected);
    expect(series.getFirstPropertyValue('location')).toBe(`${expected}\n${icalText(formatAddress(entry.shared.location!.address, text))}`);
    expect(series.getFirstProperty('categories')!.getValues()).toEqual([expected, 'Second']);
    expect(cancelled.getFirstPropertyValue('summary')).toBe(`Label ${expected}: ${expected}`);
    expect(cancelled.getFirstPropertyValue('description')).toBe(`${expected}\n\nhttps://crossroads.example.org/en/calendar/alpha-clinic/`);
  });

  it('gives the calendar’s own name and description back, escaped as TEXT', () => {
    expect(unescapeText(String(cal.getFirstPropertyValue('x-wr-calname')))).toBe(`Crossroads: ${expected}`);
    expect(unescapeText(String(cal.getFirstPropertyValue('name')))).toBe(`Crossroads: ${expected}`);
    expect(unescapeText(String(cal.getFirstPropertyValue('x-wr-caldesc')))).toBe(`Dates for ${expected}`);
  });

  it('keeps every line within 75 octets, whole characters only, and ends with CRLF', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // A fold between the halves of a surrogate pair (the emoji) would leave lone surrogates.
    expect(ics).not.toMatch(/\p{Cs}/u);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('drops control characters, keeps tabs, and makes every line break one LF', () => {
    expect(icalText('a\r\nb\rc\nd\u2029e\tf\u0000g\u009fh\ud800i')).toBe('a\nbc\nd\ne\tfgh\uFFFDi');
  });

  it('refuses to write a rule the schema would refuse', () => {
    expect(() => feedRule('FREQ=WEEKLY\r\nDTSTART:20200101T000000Z', false, 'Europe/Rome')).toThrow(/cannot carry the RRULE/);
    const smuggled = structuredClone(entry);
    smuggled.shared.recurrence!.rrule = 'FREQ=WEEKLY;COUNT=3\nEND:VEVENT';
    expect(() => buildFeed([{ ...feedEntry, entry: smuggled }], options)).toThrow(/must be one line/);
  });
});
