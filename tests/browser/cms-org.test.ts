/**
 * An organisation's editor, as issue 22's "done when" tries it: Friends of Newcomers (a provider
 * with `editors: true`) opens its own admin, /admin/alpha/friends/, in Alpha's office language; it
 * lists the organisation's services and calendar alone, with its one calendar entry and none of
 * Alpha's, the network's or Beta's; an event added there is saved into the organisation's folder
 * and waits for review: decap-server runs in git mode, so the save is a `cms/…` branch and an
 * entry on the editorial workflow's board, and nothing reaches the main branch until the town
 * publishes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetwork } from '~/lib/content/read';
import { testDist } from '../helpers/build';
import { control, git, pick, useCms } from '../helpers/cms';

const orgCalendar = 'towns/alpha/orgs/friends/calendar';
const cms = useCms({
  git: true,
  // The clinic mornings become the organisation's: moved, in both languages, into its folder.
  prepare: (content) => {
    for (const locale of ['en', 'ar']) {
      const from = path.join(content, 'towns/alpha/calendar', locale, 'alpha-clinic.yml');
      const to = path.join(content, orgCalendar, locale, 'alpha-clinic.yml');
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.renameSync(from, to);
    }
  },
});
const screenshots = path.join(testDist, 'screenshots');
const shot = async (page: import('playwright-core').Page, name: string) => {
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, name) });
};
/** The sidebar's collection links ("Friends of Newcomers · Calendario"). */
const sidebar = async (page: import('playwright-core').Page) =>
  (await page.locator('a[href^="#/collections/"]').allInnerTexts()).map((l) => l.trim()).filter((l) => l.includes(' · '));

describe('an organisation’s editor at /admin/alpha/friends/', () => {
  it('starts from content the build accepts, with the clinic mornings in the organisation’s folder', () => {
    const clinic = readNetwork(cms.content).calendar.find((e) => e.slug === 'alpha-clinic');
    expect(clinic).toMatchObject({ owner: 'alpha', org: 'friends' });
  });

  it('sees the organisation’s collections alone, in Alpha’s office language', async () => {
    const page = await cms.adminPage({ path: 'alpha/friends/' });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('it');
    expect(await page.title()).toBe('Friends of Newcomers · redazione');
    await expect.poll(() => sidebar(page)).toEqual(['Friends of Newcomers · Servizi', 'Friends of Newcomers · Calendario']);
    await page.context().close();
  });

  it('lists the organisation’s calendar entry and none of the town’s, the network’s or another town’s', async () => {
    const page = await cms.adminPage({ path: 'alpha/friends/?lang=en' });
    await page.goto(`${cms.url}/admin/alpha/friends/?lang=en#/collections/alpha--friends-calendar`);
    await page.getByText('Housing advice morning, first Tuesday; bring papers, ask questions').first().waitFor();
    const listed = await page.locator('main, body').first().innerText();
    expect(listed).not.toContain('Social housing applications open');
    expect(listed).not.toContain('Meal voucher renewals');
    await shot(page, 'cms-org-calendar.png');
    // The town's own collections are not in this admin's sidebar either.
    expect(await sidebar(page)).toEqual(['Friends of Newcomers · Services', 'Friends of Newcomers · Calendar']);
    await page.context().close();
  });

  it('saves a new event into the organisation’s folder, where it waits for the town’s review', async () => {
    const page = await cms.adminPage({ path: 'alpha/friends/?lang=en' });
    await page.goto(`${cms.url}/admin/alpha/friends/?lang=en#/collections/alpha--friends-calendar/new`);
    await (await control(page, 'Title')).fill('Winter coat swap');
    await pick(page, 'Deadline, application window, service day or event', 'Event');
    await (await control(page, 'Starts, in local time')).fill('2027-01-16T10:00');
    await (await control(page, 'Ends, in local time')).fill('2027-01-16T13:00');
    // The editorial workflow's Save: the entry becomes a draft, not a published file.
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const branch = 'cms/alpha--friends-calendar/alpha-winter-coat-swap';
    const file = `tests/fixtures/mini/${orgCalendar}/en/alpha-winter-coat-swap.yml`;
    await expect.poll(() => git(cms.repo, 'branch', '--list', 'cms/*').trim(), { timeout: 20_000 }).toBe(branch);
    const saved = git(cms.repo, 'show', `${branch}:${file}`);
    expect(saved).toMatch(/^title: Winter coat swap$/m);
    expect(saved).toMatch(/^towns: \[alpha\]$/m);
    // Not published: the main branch and the files on disk do not have it.
    expect(git(cms.repo, 'ls-tree', '-r', '--name-only', 'main')).not.toContain('alpha-winter-coat-swap');
    // decap-server writes a draft by switching its working tree to the entry's branch and back
    // (its runOnBranch): under load the check can land in between, so wait until it is back on main.
    await expect.poll(() => git(cms.repo, 'rev-parse', '--abbrev-ref', 'HEAD').trim(), { timeout: 20_000 }).toBe('main');
    await expect.poll(() => fs.existsSync(path.join(cms.repo, file))).toBe(false);

    // The editor says it is a draft (publishing merges it: on a git host, after the town's approval).
    await page.getByText('Status: Draft').first().click();
    // Done for now: the organisation's editor sends it for review.
    await page.getByText('In review', { exact: true }).first().click();
    await page.getByText('Status: In review').first().waitFor();
    await shot(page, 'cms-org-in-review.png');
    await page.context().close();

    // On the editorial workflow's board, as the organisation and the town see it: waiting for review.
    const board = await cms.adminPage({ path: 'alpha/friends/?lang=en' });
    await board.getByRole('link', { name: 'Workflow' }).click();
    await board.getByText('Winter coat swap').first().waitFor();
    await expect.poll(() => board.locator('body').innerText()).toMatch(/1 entry waiting for review, 0 ready to go live/);
    await shot(board, 'cms-org-workflow.png');
    await board.context().close();
  });
});
