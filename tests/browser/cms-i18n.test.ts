/**
 * A town's editor in their own language, as issue 17's "done when" tries it: Alpha's editor opens
 * /admin/alpha/ and finds the admin in Italian (Alpha's office language) with Alpha's and the
 * network's collections only; types a rotating service day with a skipped holiday; is refused ages
 * 30 to 18 in Italian next to the field, fixes them and publishes; writes an Arabic summary right
 * to left; switches the admin to Greek. The build's own reader accepts everything saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, readPage, testDist } from '../helpers/build';
import { control, countSaves, fieldMessages, pick, useCms } from '../helpers/cms';
import { fieldText } from '../../cms/admin/i18n';

const cms = useCms();
const screenshots = path.join(testDist, 'screenshots');
const shot = async (page: import('playwright-core').Page, name: string) => {
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, name) });
};
/** A field's Italian label, from locales/admin/it.json. */
const it_ = (kind: string, p: string) => fieldText(kind, p, { label: `(no Italian label for ${p})` }, 'it').label;
const read = (file: string) => fs.readFileSync(path.join(cms.content, file), 'utf8');

/** Publishes in Italian: "Pubblica", then "Pubblica ora". */
async function pubblica(page: import('playwright-core').Page) {
  await page.getByRole('button', { name: 'Pubblica' }).click();
  await page.getByText('Pubblica ora').click();
}

describe('a town’s editor in Italian at /admin/alpha/', () => {
  it('opens in Italian with the town’s collections first, then the network’s, and no other town’s', async () => {
    const page = await cms.adminPage({ path: 'alpha/' });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('it');
    // The sidebar's collections ("Alpha · Servizi"); the bar and headings name the town alone.
    const links = (await page.locator('a[href^="#/collections/"]').allInnerTexts()).map((l) => l.trim()).filter((l) => l.includes(' · '));
    expect(links).toEqual([
      'Alpha · Profilo del comune',
      'Alpha · Servizi',
      'Alpha · Enti',
      'Alpha · Calendario',
      // Alpha's organisations with editors of their own, for the town to review.
      'Friends of Newcomers · Servizi',
      'Friends of Newcomers · Calendario',
      'Rete · Categorie',
      'Rete · Servizi',
      'Rete · Enti',
      'Rete · Calendario',
    ]);
    await shot(page, 'cms-it-collections.png');
    await page.context().close();
  });

  it('types a rotating service day with a skipped holiday, labels and the rule in Italian', async () => {
    const page = await cms.adminPage({ path: 'alpha/' });
    await page.goto(`${cms.url}/admin/alpha/#/collections/alpha-calendar/new`);
    await (await control(page, it_('calendar', 'title'))).fill('Sportello casa');
    await pick(page, it_('calendar', 'kind'), 'Giornata di servizio');
    await (await control(page, it_('calendar', 'timed.start'))).fill('2027-03-02T09:00');
    await (await control(page, it_('calendar', 'timed.end'))).fill('2027-03-02T12:00');
    await page.getByLabel('Si ripete', { exact: true }).first().selectOption('MONTHLY');
    await page.getByLabel('Quale giorno del mese').first().selectOption('1');
    await expect.poll(() => page.locator('[data-rrule-text]').first().innerText()).toBe('Si ripete ogni mese (primo martedì del mese).');
    await page.getByRole('button', { name: 'Aggiungi giorno senza appuntamento' }).click();
    // The day's input in the English pane (the Arabic pane keeps a hidden copy of shared fields).
    const skipped = page.locator('input[type="date"]:visible').last();
    await skipped.fill('2027-06-01');
    await shot(page, 'cms-it-service-day.png');
    await pubblica(page);
    const entry = await cms.waitForRecord('calendar', 'alpha-sportello-casa', ['en']);
    expect(entry.shared.timed).toEqual({ start: '2027-03-02T09:00', end: '2027-03-02T12:00' });
    expect(entry.shared.recurrence).toMatchObject({ rrule: 'FREQ=MONTHLY;BYDAY=1TU', exdates: ['2027-06-01'] });
    await page.context().close();
  });

  it('refuses ages 30 to 18 in Italian next to the oldest age, then publishes once fixed', async () => {
    const page = await cms.adminPage({ path: 'alpha/' });
    await page.goto(`${cms.url}/admin/alpha/#/collections/alpha-services/entries/alpha-housing`);
    const oldest = await control(page, it_('services', 'eligibility.ageMax'));
    await (await control(page, it_('services', 'eligibility.ageMin'))).fill('30');
    await oldest.fill('18');
    const before = read('towns/alpha/services/en/alpha-housing.yml');
    const saves = countSaves(page);
    await pubblica(page);
    const messages = await fieldMessages(page, it_('services', 'eligibility.ageMax'));
    await expect.poll(() => messages.textContent().catch(() => '')).toContain("l'età minima non deve superare l'età massima");
    await messages.scrollIntoViewIfNeeded();
    await shot(page, 'cms-it-refused-ages.png');
    expect(saves(), 'saves sent to decap-server').toBe(0);
    expect(read('towns/alpha/services/en/alpha-housing.yml')).toBe(before);
    await oldest.fill('40');
    await pubblica(page);
    await expect.poll(() => read('towns/alpha/services/en/alpha-housing.yml')).toMatch(/ageMin: 30\n\s*ageMax: 40/);
    await cms.waitForRecord('services', 'alpha-housing', ['en']);
    await page.context().close();
  });

  it('edits the Arabic summary right to left and saves it', async () => {
    const page = await cms.adminPage({ path: 'alpha/' });
    await page.goto(`${cms.url}/admin/alpha/#/collections/alpha-services/entries/alpha-housing`);
    const summary = await control(page, it_('services', 'summary'), 1);
    await expect.poll(() => summary.getAttribute('dir')).toBe('rtl');
    expect(await summary.getAttribute('lang')).toBe('ar');
    expect(await (await control(page, it_('services', 'summary'), 0)).getAttribute('dir')).toBe('ltr');
    await summary.fill('شقق للاجئين المسجلين في ألفا.');
    await summary.scrollIntoViewIfNeeded();
    await shot(page, 'cms-it-arabic-rtl.png');
    await pubblica(page);
    const service = await cms.waitForRecord('services', 'alpha-housing', ['en', 'ar']);
    await expect.poll(() => read('towns/alpha/services/ar/alpha-housing.yml')).toContain('summary: شقق للاجئين المسجلين في ألفا.');
    expect(service.text.ar.name).toBe('السكن الاجتماعي في ألفا');
    await page.context().close();
  });

  it('switches to Greek from the bar and stays Greek on the next visit', async () => {
    const page = await cms.adminPage({ path: 'alpha/' });
    await page.locator('select[name="admin-language"]').selectOption('el');
    // The switch reloads the admin.
    await page.waitForURL(/[?&]lang=el/);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe('el');
    await page.locator('a[href^="#/collections/"]').first().waitFor();
    expect(await page.locator('a[href^="#/collections/"]').first().innerText()).toMatch(/^Alpha · /);
    // A later visit, without ?lang=: the choice is remembered on the device.
    await page.goto(`${cms.url}/admin/alpha/#/collections/alpha-services/entries/alpha-housing`);
    await expect
      .poll(() => page.locator('label').allTextContents(), { timeout: 15_000 })
      .toContain(fieldText('services', 'name', { label: '' }, 'el').label);
    await shot(page, 'cms-el-service.png');
    await page.context().close();
  });

  it('has saved content the real build accepts, with the change on the pages and in the town’s feed', () => {
    // Runs after the saves above (vitest runs a file's tests in order).
    const site = path.join(testDist, 'cms-i18n-site');
    const result = buildSite({ content: cms.content, outDir: site });
    expect(result.status, result.output.slice(-3000)).toBe(0);
    const feed = fs.readFileSync(path.join(site, 'feeds/en/towns/alpha.ics'), 'utf8');
    expect(feed).toContain('SUMMARY:Sportello casa');
    expect(feed).toMatch(/RRULE:FREQ=MONTHLY;BYDAY=1TU\r\n/);
    expect(feed).toMatch(/EXDATE;TZID=Europe\/Rome:20270601T090000\r\n/);
    expect(readPage(site, '/en/calendar/alpha-sportello-casa/')).toContain('Sportello casa');
    expect(readPage(site, '/ar/services/alpha-housing/')).toContain('شقق للاجئين المسجلين في ألفا.');
  });
});
