/**
 * The calendar as open data: the HSDS extension file validates against its published schema and
 * links to HSDS services by id; the JSON agenda lists upcoming occurrences; entry pages carry a
 * schema.org Event with the right date forms.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { locales } from '~/lib/i18n/locales';
import { paths } from '~/lib/routing/routes';
import { readPage, sites } from '../helpers/build';
import { hsdsErrors } from '../helpers/hsds';

const network = readNetwork(path.resolve('content'));
const json = (site: string, p: string) => JSON.parse(fs.readFileSync(path.join(site, p), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateEntry = ajv.compile(JSON.parse(fs.readFileSync('public/data/hsds/x_calendar_entry.schema.json', 'utf8')));

describe('the HSDS calendar extension', () => {
  it.each(locales.map((l) => l.code))('validates against its schema in %s, as an HSDS page', (locale) => {
    const file = json(sites.sample, `/data/hsds/${locale}/x_calendar_entries.json`);
    expect(file.extension).toBe('x_calendar_entries');
    const { extension: _e, version: _v, ...page } = file;
    expect(hsdsErrors('page', [page])).toEqual([]);
    const errors = file.contents.flatMap((r: unknown) =>
      validateEntry(r) ? [] : validateEntry.errors!.map((e) => `${(r as { slug: string }).slug} ${e.instancePath}: ${e.message}`),
    );
    expect(errors).toEqual([]);
    expect(file.contents).toHaveLength(network.calendar.length);
  });

  it('links entries to services by the ids of the HSDS export', () => {
    const services = new Set(json(sites.sample, '/data/hsds/en/services.json').contents.map((s: { id: string }) => s.id));
    const entries = json(sites.sample, '/data/hsds/en/x_calendar_entries.json').contents;
    const linked = entries.flatMap((e: { service_ids: string[] }) => e.service_ids);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((id: string) => !services.has(id))).toEqual([]);
  });

  it('keeps recurrence as written, with exception and cancelled dates', () => {
    const entries = json(sites.mini, '/data/hsds/en/x_calendar_entries.json').contents;
    expect(entries.find((e: { slug: string }) => e.slug === 'alpha-clinic')).toMatchObject({
      all_day: false,
      start: '2026-10-06T09:00',
      timezone: 'Europe/Rome',
      rrule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=8',
      exdates: ['2027-01-05'],
      cancelled_dates: ['2026-12-01'],
    });
  });
});

describe('the JSON agenda', () => {
  it('lists upcoming occurrences per locale, expanded, with instants and local times', () => {
    const agenda = json(sites.mini, '/data/calendar/fr.json');
    expect(agenda.locale).toBe('fr');
    expect(agenda.from).toBe('2026-11-23');
    expect(agenda.occurrences[0]).toEqual({
      entry_id: expect.any(String),
      date: '2026-12-01',
      all_day: false,
      start: '2026-12-01T08:00:00.000Z',
      end: '2026-12-01T11:30:00.000Z',
      local_start: '2026-12-01T09:00',
      local_end: '2026-12-01T12:30',
      cancelled: true,
    });
    const ids = new Set(agenda.entries.map((e: { id: string }) => e.id));
    expect(agenda.occurrences.every((o: { entry_id: string }) => ids.has(o.entry_id))).toBe(true);
  });
});

describe('schema.org Event on entry pages', () => {
  const ld = (locale: 'en' | 'ar', slug: string) =>
    JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(readPage(sites.mini, paths.entry(locale, slug)))![1]);

  it('has the properties an Event needs, with a timed start carrying the town’s offset', () => {
    const event = ld('en', 'alpha-clinic');
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: expect.any(String),
      startDate: '2027-02-02T09:00:00+01:00',
      endDate: '2027-02-02T12:30:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Town Hall', address: { '@type': 'PostalAddress', addressLocality: 'Alpha' } },
      eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1M', scheduleTimezone: 'Europe/Rome', startTime: '09:00' },
    });
  });

  it('uses plain dates for all-day entries and says when an entry moved', () => {
    expect(ld('en', 'alpha-housing-window')).toMatchObject({ startDate: '2027-03-01', endDate: '2027-03-31' });
    expect(ld('en', 'joint-deadline')).toMatchObject({ startDate: '2026-12-15', eventStatus: 'https://schema.org/EventRescheduled' });
  });

  it('is written in the page’s language', () => {
    expect(ld('ar', 'alpha-clinic')).toMatchObject({ inLanguage: 'ar', name: 'صباح الاستشارات السكنية، أول ثلاثاء من كل شهر' });
  });
});
