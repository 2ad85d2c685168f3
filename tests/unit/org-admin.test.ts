/**
 * An organisation's own admin (`/admin/<town>/<org>/`): its config lists that organisation's
 * services and calendar alone, stored in its own folder, in the editorial workflow; every other
 * collection stays, hidden, so references resolve; the town's admin lists the organisation's
 * collections after its own, for review; CODEOWNERS makes the town approve the organisation's
 * folder; and the admin finds the organisations from the providers' files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cmsConfig, type CmsCollection, type CmsSetup } from '~/lib/cms/config';
import { codeownersTemplate } from '~/lib/cms/codeowners';
import { refCollections } from '~/lib/cms/collection-names';
import { readTowns } from '~/integrations/decap-cms/towns';
import { adminPage } from '~/integrations/decap-cms/admin-page';
import { translateConfig } from '../../cms/admin/language';
import type { Json } from '~/lib/open-data/json';

const labels = JSON.parse(fs.readFileSync('locales/en.json', 'utf8'));
const setup: CmsSetup = {
  towns: [
    { slug: 'alpha', name: 'Alpha', orgs: [{ slug: 'friends', name: 'Friends of Newcomers' }] },
    { slug: 'beta', name: 'Beta', orgs: [{ slug: 'beta-helpers', name: 'Beta Helpers' }] },
  ],
  labels,
  backend: { name: 'github', repo: 'example/crossroads', branch: 'main' },
};
type Config = { collections: CmsCollection[]; [k: string]: unknown };
const visible = (config: Config) => config.collections.filter((c) => !c.hide).map((c) => c.name);

describe('an organisation’s own admin', () => {
  const config = cmsConfig({ ...setup, town: 'alpha', org: 'friends' }) as Config;
  const own = (name: string) => config.collections.find((c) => c.name === name)!;

  it('lists only the organisation’s services and calendar', () => {
    expect(visible(config)).toEqual(['alpha--friends-services', 'alpha--friends-calendar']);
  });

  it('names a provider working in two towns apart in each, so names stay unique', () => {
    const both: CmsSetup = { ...setup, towns: setup.towns.map((t) => ({ ...t, orgs: [{ slug: 'friends', name: 'Friends' }] })) };
    const names = (cmsConfig({ ...both, town: 'beta', org: 'friends' }) as Config).collections.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['alpha--friends-calendar', 'beta--friends-calendar']));
    expect(new Set(names).size).toBe(names.length);
    expect(visible(cmsConfig({ ...both, town: 'beta', org: 'friends' }) as Config)).toEqual([
      'beta--friends-services',
      'beta--friends-calendar',
    ]);
  });

  it('keeps every other collection, hidden, so references to the town’s, the network’s and other towns’ records resolve', () => {
    const hidden = config.collections.filter((c) => c.hide).map((c) => c.name);
    expect(hidden).toEqual(
      expect.arrayContaining([
        'alpha-services',
        'alpha-providers',
        'network-services',
        'network-categories',
        'beta-services',
        'beta--beta-helpers-services',
      ]),
    );
    expect(new Set(config.collections.map((c) => c.name)).size).toBe(config.collections.length);
  });

  it('stores them in the organisation’s folder inside its town, with the town’s slug prefix and the town as the default town', () => {
    expect(own('alpha--friends-services').folder).toBe('content/towns/alpha/orgs/friends/services');
    expect(own('alpha--friends-calendar').folder).toBe('content/towns/alpha/orgs/friends/calendar');
    expect(own('alpha--friends-calendar').slug).toBe('alpha-{{slug}}');
    expect(own('alpha--friends-calendar').fields.find((f) => f.name === 'towns')!.default).toEqual(['alpha']);
    expect(own('alpha--friends-services').label).toBe('Friends of Newcomers · Services');
    expect(own('alpha--friends-services').description).toMatch(/saved for review; Alpha's editors publish them/);
  });

  it('saves through the editorial workflow, so a save waits for review', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('lets a calendar entry refer to the organisation’s services and to the town’s', () => {
    const services = own('alpha--friends-calendar').fields.find((f) => f.name === 'services')!;
    expect(services.collections).toEqual([
      'alpha-services',
      'alpha--friends-services',
      'network-services',
      'beta-services',
      'beta--beta-helpers-services',
    ]);
  });

  it('refuses an organisation without editors in the town', () => {
    expect(() => cmsConfig({ ...setup, town: 'beta', org: 'friends' })).toThrow(/no organisation "friends" with editors in beta/);
  });
});

describe('the town’s and the coordinators’ admins', () => {
  it('list the town’s organisations’ collections after the town’s own, for review', () => {
    expect(visible(cmsConfig({ ...setup, town: 'alpha' }) as Config)).toEqual([
      'alpha-profile',
      'alpha-services',
      'alpha-providers',
      'alpha-calendar',
      'alpha--friends-services',
      'alpha--friends-calendar',
      'network-categories',
      'network-services',
      'network-providers',
      'network-calendar',
    ]);
    expect(visible(cmsConfig(setup) as Config)).toEqual(expect.arrayContaining(['alpha--friends-calendar', 'beta--beta-helpers-calendar']));
  });

  it('list services of organisations in references, after their town’s', () => {
    expect(refCollections('services', ['alpha', 'beta'], 'beta', { alpha: ['friends'] })).toEqual([
      'beta-services',
      'network-services',
      'alpha-services',
      'alpha--friends-services',
    ]);
    expect(refCollections('providers', ['alpha'], undefined, { alpha: ['friends'] })).toEqual(['network-providers', 'alpha-providers']);
  });

  it('name the organisation in its collections in the admin’s language', () => {
    const config = cmsConfig({ ...setup, town: 'alpha', org: 'friends' }) as unknown as Json;
    const translated = translateConfig(
      config,
      'it',
      setup.towns.map((t) => ({ ...t, officeLanguages: ['it'] })),
    ) as unknown as Config;
    const calendar = translated.collections.find((c) => c.name === 'alpha--friends-calendar')!;
    expect(calendar.label).toBe('Friends of Newcomers · Calendario');
    expect(calendar.description).toMatch(/^Calendario di Friends of Newcomers a Alpha: salvati per la revisione/);
  });
});

describe('CODEOWNERS for an organisation’s folder', () => {
  const template = codeownersTemplate(['alpha', 'beta'], 'net', 'content', { alpha: ['friends'] });

  it('makes the town’s editors or the coordinators approve it, after the town’s own line', () => {
    const lines = template.split('\n');
    const town = lines.findIndex((l) => /^\/content\/towns\/alpha\/\s+@net\/alpha-editors$/.test(l));
    const org = lines.findIndex((l) =>
      /^\/content\/towns\/alpha\/orgs\/friends\/\s+@net\/alpha-editors @net\/network-coordinators$/.test(l),
    );
    expect(town).toBeGreaterThan(-1);
    expect(org).toBeGreaterThan(town);
  });

  it('does not make the organisation’s own team an approver of its changes', () => {
    const owners = template.split('\n').filter((l) => !l.startsWith('#'));
    expect(owners.join('\n')).not.toContain('friends-editors');
    expect(template).toContain('# friends: edited by @net/friends-editors');
  });
});

describe('the admin’s list of organisations', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const write = (dir: string, file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };

  it('gives each town the providers with editors that work in it, network-wide ones included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-orgs-'));
    made.push(dir);
    write(dir, 'towns/alpha/profile/en/alpha.yml', 'name: Alpha\n');
    write(dir, 'towns/beta/profile/en/beta.yml', 'name: Beta\n');
    write(dir, 'network/providers/en/friends.yml', 'towns: [alpha, beta]\neditors: true\nname: Friends\n');
    write(dir, 'towns/alpha/providers/en/alpha-council.yml', 'towns: [alpha]\nname: Council\n');
    write(dir, 'towns/beta/providers/en/beta-helpers.yml', 'towns: [beta]\neditors: true\nname: Helpers\n');
    write(dir, 'towns/beta/providers/en/beta-broken.yml', 'editors: [true\n');
    expect(readTowns(dir).map((t) => [t.slug, t.orgs])).toEqual([
      ['alpha', [{ slug: 'friends', name: 'Friends' }]],
      [
        'beta',
        [
          { slug: 'beta-helpers', name: 'Helpers' },
          { slug: 'friends', name: 'Friends' },
        ],
      ],
    ]);
  });

  it('finds Porto Solidale in Valmara in the sample network', () => {
    expect(readTowns(path.resolve('content')).find((t) => t.slug === 'valmara')!.orgs).toEqual([
      { slug: 'valmara-porto-solidale', name: 'Porto Solidale Volunteers' },
    ]);
  });
});

it('the organisation’s admin page names it, with its town, and keeps the data inert', () => {
  const town = { slug: 'alpha', name: 'Alpha', officeLanguages: ['it'], orgs: [{ slug: 'friends', name: 'Friends </script><b>' }] };
  const html = adminPage({
    previewStyles: [],
    script: '../../crossroads-admin.js',
    module: false,
    towns: [town],
    decapBase: '../../',
    town,
    org: town.orgs[0],
  });
  expect(html).toContain('<title>Friends &lt;/script&gt;&lt;b&gt; · content editor</title>');
  expect(html).toContain('"town":"alpha","org":"friends"');
  expect(html).not.toContain('</script><b>');
  expect(html).toContain('<script src="../../decap-cms.js"></script>');
});
