/**
 * The content editor as a town's editor uses it: Decap CMS at /admin/ of the built mini fixture,
 * saving through a real decap-server into a scratch copy of the fixture's content (the fixture
 * itself is never touched), then the build's own reader accepting what it wrote.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { control, pick, publish, useCms } from '../helpers/cms';

const cms = useCms();
const { content } = cms;

describe('the content editor at /admin/', () => {
  it('lists every town’s collections and the network’s', async () => {
    const page = await cms.adminPage();
    const collections = await page.getByRole('link').allInnerTexts();
    for (const town of ['Network', 'Alpha', 'Beta']) {
      for (const kind of town === 'Network'
        ? ['Categories', 'Services', 'Providers', 'Calendar']
        : ['Town profile', 'Services', 'Providers', 'Calendar']) {
        expect(collections).toContain(`${town} · ${kind}`);
      }
    }
    await page.context().close();
  });

  it('creates a town’s service in English and Arabic that the build accepts', async () => {
    const page = await cms.adminPage();
    await page.goto(`${cms.url}/admin/#/collections/alpha-services/new`);
    await (await control(page, 'Name of the service')).fill('Winter coats');
    await (
      await control(page, 'One sentence: what the service does for whom')
    ).fill('Free warm coats for children and adults every Saturday in winter.');
    await (await control(page, 'Organisation that runs the service')).selectOption('alpha-council');
    await (await control(page, 'Categories, main one first')).selectOption('food');
    await pick(page, 'Free, reduced or paid', 'Free');
    await pick(page, 'Is an appointment needed?', 'No appointment needed');
    // Languages are chosen by name; the file stores the code.
    await pick(page, 'Languages the service is delivered in', 'English');
    await (await control(page, 'Date the information was last checked')).fill('2026-11-20');
    // The second pane is the Arabic editor, side by side with the English one.
    await (await control(page, 'Name of the service', 1)).fill('معاطف الشتاء');
    await (
      await control(page, 'One sentence: what the service does for whom', 1)
    ).fill('معاطف دافئة مجانية للأطفال والكبار كل سبت في الشتاء.');

    await publish(page);
    const file = (l: string) => path.join(content, 'towns/alpha/services', l, 'alpha-winter-coats.yml');
    // decap-server writes the locale files one after the other: wait until the build reads them all.
    const service = await cms.waitForRecord('services', 'alpha-winter-coats', ['en', 'ar']);
    expect(fs.readFileSync(file('en'), 'utf8')).toMatch(/^provider: alpha-council$/m);
    expect(service?.owner).toBe('alpha');
    expect(service?.shared).toMatchObject({
      towns: ['alpha'],
      categories: ['food'],
      cost: { type: 'free' },
      languages: ['en'],
      reviewed: '2026-11-20',
    });
    expect(service?.text.en?.name).toBe('Winter coats');
    expect(service?.text.ar?.name).toBe('معاطف الشتاء');
    await page.context().close();
  });

  it('stores a calendar entry’s local times as typed, whatever the editor’s timezone, with the RRULE its widget built', async () => {
    // An editor in Tokyo enters a service day in Alpha (Europe/Rome): no conversion either way.
    const page = await cms.adminPage({ timezoneId: 'Asia/Tokyo' });
    await page.goto(`${cms.url}/admin/#/collections/alpha-calendar/new`);
    await (await control(page, 'Title')).fill('Winter advice morning');
    await pick(page, 'Deadline, application window, service day or event', 'Service day');
    await (await control(page, 'Starts, in local time')).fill('2027-01-12T09:00');
    await (await control(page, 'Ends, in local time')).fill('2027-01-12T12:30');
    await page.getByLabel('Repeats', { exact: true }).first().selectOption('MONTHLY');
    await page.getByLabel('Which day of the month').first().selectOption('2');
    await page.getByLabel('Ends', { exact: true }).first().selectOption('count');
    await expect
      .poll(() => page.locator('[data-rrule-text]').first().innerText())
      .toBe('Repeats every month on the second Tuesday 10 times in all.');

    await publish(page);
    const entry = await cms.waitForRecord('calendar', 'alpha-winter-advice-morning', ['en']);
    expect(entry.shared.timed).toEqual({ start: '2027-01-12T09:00', end: '2027-01-12T12:30' });
    expect(entry.shared.recurrence?.rrule).toBe('FREQ=MONTHLY;BYDAY=2TU;COUNT=10');
    expect(entry.shared.allDay).toBeUndefined();
    // Set on save, as an instant.
    expect(Date.now() - Date.parse(entry.shared.updated)).toBeLessThan(120_000);
    await page.context().close();
  });

  it('previews a service in Arabic with the town’s Arabic name', async () => {
    const page = await cms.adminPage();
    await page.goto(`${cms.url}/admin/#/collections/alpha-services/entries/alpha-housing`);
    await page.locator('button[title="Toggle preview"]').click();
    await page.getByText('Writing in English').first().click();
    await page
      .getByRole('menuitem')
      .filter({ hasText: /Arabic/ })
      .first()
      .click();
    const preview = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => preview.locator('body').innerText(), { timeout: 10_000 }).toContain('السكن الاجتماعي في ألفا');
    // "Towns: ألفا" from Alpha's Arabic profile, not its English name.
    expect(await preview.locator('dd').first().innerText()).toBe('ألفا');
    await page.context().close();
  });
});
