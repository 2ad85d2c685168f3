/**
 * Who owns a record: an organisation with its own editors keeps its services and calendar entries
 * in `towns/<town>/orgs/<provider>/`, and every output treats them exactly as the town's. The
 * proof moves records of the small fixture from the town's folders into an organisation's and
 * compares what the site and its feeds and exports are made of, locale by locale.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readNetwork, type Network } from '~/lib/content/read';
import { buildDirectory } from '~/lib/content/directory';
import { localeCodes } from '~/lib/i18n/locales';
import { getT } from '~/lib/i18n/i18next';
import { buildHsds } from '~/lib/open-data/hsds';
import { renderFeed } from '~/lib/calendar/feeds';
import { agendaJson, calendarExtension } from '~/lib/open-data/calendar-export';
import { servicePage } from '~/lib/pages/service-page';
import { entryPage } from '~/lib/pages/entry-page';
import { townPage } from '~/lib/pages/town-page';
import { providerPage } from '~/lib/pages/provider-page';
import { change, fixtureText, problemsOf, removeVariants, variant, type ContentEdit } from '../helpers/content';

afterEach(removeVariants);

const site = new URL('https://crossroads.example.org');
const today = '2026-10-01';
const council = 'towns/alpha/providers/en/alpha-council.yml';
const withEditors = change(council, 'towns: [alpha]', 'towns: [alpha]\neditors: true');

/** The edit that moves fixture files (content-relative) from one folder to another. */
function move(files: Record<string, string>): ContentEdit {
  const edit: ContentEdit = {};
  for (const [from, to] of Object.entries(files)) {
    edit[from] = null;
    edit[to] = fixtureText(from);
  }
  return edit;
}

/** Alpha's housing service and housing advice mornings, in every language, moved into the council's own folder. */
const intoCouncil = move({
  'towns/alpha/services/en/alpha-housing.yml': 'towns/alpha/orgs/alpha-council/services/en/alpha-housing.yml',
  'towns/alpha/services/ar/alpha-housing.yml': 'towns/alpha/orgs/alpha-council/services/ar/alpha-housing.yml',
  'towns/alpha/calendar/en/alpha-clinic.yml': 'towns/alpha/orgs/alpha-council/calendar/en/alpha-clinic.yml',
  'towns/alpha/calendar/ar/alpha-clinic.yml': 'towns/alpha/orgs/alpha-council/calendar/ar/alpha-clinic.yml',
});

/** Everything the pages, feeds and exports of `network` are made of, in every locale. */
function outputs(network: Network) {
  const d = buildDirectory(network);
  return localeCodes.map((locale) => {
    const t = getT(locale);
    return JSON.stringify(
      {
        hsds: buildHsds(network, { locale, site, t }),
        feeds: [
          renderFeed(d, { kind: 'all' }, locale, site),
          ...d.towns.map((town) => renderFeed(d, { kind: 'town', slug: town.slug }, locale, site)),
          ...d.categories.map((c) => renderFeed(d, { kind: 'category', slug: c.slug }, locale, site)),
        ],
        calendar: calendarExtension(d, locale, site),
        agenda: agendaJson(d, locale, site, today),
        services: d.services.map((service) => servicePage({ directory: d, service, locale, site, today })),
        entries: d.calendar.map((entry) => entryPage({ directory: d, entry, locale, site, today })),
        towns: d.towns.map((town) => townPage({ directory: d, locale, town, site })),
        providers: d.providers.map((provider) => providerPage({ directory: d, locale, provider })),
      },
      (key, value) => (key === 'files' || key === 'org' ? undefined : value),
    );
  });
}

describe('records in an organisation’s own folder', () => {
  it('are read as the town’s records, with the organisation named as their owner', () => {
    const network = readNetwork(variant({ ...withEditors, ...intoCouncil }));
    const housing = network.services.find((s) => s.slug === 'alpha-housing')!;
    expect(housing).toMatchObject({ owner: 'alpha', org: 'alpha-council' });
    expect(housing.files).toEqual({
      en: 'towns/alpha/orgs/alpha-council/services/en/alpha-housing.yml',
      ar: 'towns/alpha/orgs/alpha-council/services/ar/alpha-housing.yml',
    });
    expect(network.calendar.find((e) => e.slug === 'alpha-clinic')).toMatchObject({ owner: 'alpha', org: 'alpha-council' });
    expect(network.calendar.find((e) => e.slug === 'alpha-housing-window')!.org).toBeUndefined();
  });

  it('keep their ids, URLs and every page, feed and export byte for byte when moved from the town’s folders', () => {
    const before = outputs(readNetwork(variant(withEditors)));
    const after = outputs(readNetwork(variant({ ...withEditors, ...intoCouncil })));
    expect(after).toHaveLength(localeCodes.length);
    after.forEach((output, i) => expect(output, localeCodes[i]).toBe(before[i]));
    // And back: the moved records are where the comparison looked for them.
    expect(before[0]).toContain('alpha-clinic');
  });
});

describe('an organisation’s folder that does not fit is refused, naming it', () => {
  it('refuses a folder of a provider that has no editors of its own', () => {
    expect(problemsOf(variant(intoCouncil))).toContainEqual({
      file: 'towns/alpha/orgs/alpha-council',
      field: '',
      message: `provider "alpha-council" has no editors of its own: set editors: true in ${council}, or move these records to the town's folders`,
    });
  });

  it('refuses a folder named after no provider', () => {
    const dir = variant(
      move({
        'towns/alpha/calendar/en/alpha-clinic.yml': 'towns/alpha/orgs/alpha-helpers/calendar/en/alpha-clinic.yml',
        'towns/alpha/calendar/ar/alpha-clinic.yml': 'towns/alpha/orgs/alpha-helpers/calendar/ar/alpha-clinic.yml',
      }),
    );
    expect(problemsOf(dir)).toContainEqual({
      file: 'towns/alpha/orgs/alpha-helpers',
      field: '',
      message: 'no provider "alpha-helpers": an organisation\'s folder is named by its provider\'s slug',
    });
  });

  it('refuses a provider’s folder in a town it does not work in', () => {
    const dir = variant({
      ...withEditors,
      'towns/beta/orgs/alpha-council/calendar/en/beta-visit.yml': fixtureText(
        'towns/alpha/calendar/en/alpha-housing-window.yml',
      ).replaceAll('alpha', 'beta'),
    });
    expect(problemsOf(dir)).toContainEqual({
      file: 'towns/beta/orgs/alpha-council',
      field: '',
      message: 'provider "alpha-council" does not work in beta: add beta to its towns',
    });
  });

  it('refuses another provider’s service in an organisation’s folder', () => {
    const file = 'towns/alpha/orgs/friends/services/en/alpha-housing.yml';
    const dir = variant(
      move({
        'towns/alpha/services/en/alpha-housing.yml': file,
        'towns/alpha/services/ar/alpha-housing.yml': 'towns/alpha/orgs/friends/services/ar/alpha-housing.yml',
      }),
    );
    expect(problemsOf(dir)).toContainEqual({
      file,
      field: 'provider',
      message: 'a service in friends\'s own folder must be run by "friends", not "alpha-council"',
    });
  });

  it('refuses a file or folder other than services and calendar in it', () => {
    const dir = variant({ ...withEditors, 'towns/alpha/orgs/alpha-council/providers/en/alpha-council.yml': fixtureText(council) });
    expect(problemsOf(dir)).toContainEqual({
      file: 'towns/alpha/orgs/alpha-council/providers',
      field: '',
      message: "not read by the build: an organisation's folder holds only the folders services, calendar",
    });
  });

  it('refuses the same slug in the town’s and the organisation’s folder, naming both files', () => {
    const copy = 'towns/alpha/orgs/alpha-council/calendar/en/alpha-clinic.yml';
    const dir = variant({ ...withEditors, [copy]: fixtureText('towns/alpha/calendar/en/alpha-clinic.yml') });
    const problems = problemsOf(dir);
    const duplicate = problems.find((p) => p.message.startsWith('duplicate slug "alpha-clinic"'));
    expect(duplicate).toBeDefined();
    expect([duplicate!.file, duplicate!.message.split('also used by ')[1]].sort()).toEqual(
      [copy, 'towns/alpha/calendar/en/alpha-clinic.yml'].sort(),
    );
  });
});
