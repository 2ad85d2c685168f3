/**
 * The content editor as a town's editor types into it: dates typed with the keyboard in the
 * browser's own format and saved as the schema stores them, local times saved unchanged from a
 * browser on the other side of the world, and each thing the build would refuse refused at save
 * time, with the message next to its field and no file written, then saved once fixed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { testDist } from '../helpers/build';
import { recordFields } from '~/lib/cms/fields';
import { control, countSaves, fieldMessages, pick, publish, snapshotFiles, useCms } from '../helpers/cms';

const cms = useCms();
const screenshots = path.join(testDist, 'screenshots');

/** Opens an existing record of the scratch content in the editor. */
async function openEntry(page: Page, collection: string, slug: string) {
  await page.goto(`${cms.url}/admin/#/collections/${collection}/entries/${slug}`);
  await (await control(page, collection.endsWith('calendar') ? 'Title' : 'Name of the service')).waitFor();
}

/**
 * Clicks Publish and expects Decap to refuse: the message beside `label` (a field's label text, or
 * the label element itself where several fields share a label), nothing written.
 */
async function expectRefused(page: Page, label: string | Locator, message: RegExp, shot?: string) {
  const before = snapshotFiles(cms.content);
  const saves = countSaves(page);
  await page.getByRole('button', { name: 'Publish' }).click();
  const publishNow = page.getByText('Publish now');
  if (await publishNow.isVisible().catch(() => false)) await publishNow.click();
  const messages = typeof label === 'string' ? await fieldMessages(page, label) : label.locator('xpath=following-sibling::ul[1]');
  await expect.poll(() => messages.textContent().catch(() => ''), { timeout: 10_000 }).toMatch(message);
  if (shot) {
    fs.mkdirSync(screenshots, { recursive: true });
    await messages.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, shot) });
  }
  expect(saves(), 'saves sent to decap-server').toBe(0);
  expect(snapshotFiles(cms.content)).toEqual(before);
}

/** The recurrence rule's label, from the schema's description of `rrule`. */
const ruleLabel = recordFields('calendar', { towns: [], labels: {} })
  .find((f) => f.name === 'recurrence')!
  .fields!.find((f) => f.name === 'rrule')!.label;

const read = (file: string) => fs.readFileSync(path.join(cms.content, file), 'utf8');

describe('the content editor as an editor types', () => {
  it('stores a date typed with the keyboard as YYYY-MM-DD', async () => {
    const page = await cms.adminPage();
    await openEntry(page, 'alpha-services', 'alpha-housing');
    const reviewed = await control(page, 'Date the information was last checked');
    await reviewed.click();
    // Chromium's date input in en-US shows mm/dd/yyyy and takes the digits segment by segment.
    await reviewed.press('ArrowLeft');
    await reviewed.press('ArrowLeft');
    await page.keyboard.type('04132026');
    await expect.poll(() => reviewed.inputValue()).toBe('2026-04-13');
    await publish(page);
    await expect.poll(() => read('towns/alpha/services/en/alpha-housing.yml')).toMatch(/^reviewed: "?2026-04-13"?$/m);
    await page.context().close();
  });

  it('sets the day last checked to today in one tap', async () => {
    const page = await cms.adminPage();
    await openEntry(page, 'alpha-services', 'alpha-housing');
    await page.getByRole('button', { name: 'Checked today' }).click();
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    await expect.poll(async () => (await control(page, 'Date the information was last checked')).inputValue()).toBe(today);
    await page.context().close();
  });

  it('saves a local date and time typed in Tokyo exactly as typed, with a skipped day typed too', async () => {
    const page = await cms.adminPage({ timezoneId: 'Asia/Tokyo' });
    await page.goto(`${cms.url}/admin/#/collections/alpha-calendar/new`);
    await (await control(page, 'Title')).fill('Tokyo typed advice morning');
    await pick(page, 'Deadline, application window, service day or event', 'Service day');
    const start = await control(page, 'Starts, in local time');
    await start.click();
    await start.press('Home');
    await page.keyboard.type('011220270900AM');
    const end = await control(page, 'Ends, in local time');
    await end.click();
    await end.press('Home');
    await page.keyboard.type('011220271230PM');
    await expect.poll(() => start.inputValue()).toBe('2027-01-12T09:00');
    await expect.poll(() => end.inputValue()).toBe('2027-01-12T12:30');
    await page.getByLabel('Repeats', { exact: true }).first().selectOption('MONTHLY');
    await page.getByLabel('Which day of the month').first().selectOption('2');
    // The last day starts empty, not today.
    await page.getByLabel('Ends', { exact: true }).first().selectOption('until');
    const lastDay = page.getByLabel('Last day', { exact: true }).first();
    expect(await lastDay.inputValue()).toBe('');
    // On the first segment (month, in en-US), as an editor clicks before typing a whole date.
    await lastDay.click({ position: { x: 12, y: 12 } });
    await page.keyboard.type('06302027');
    await page.getByRole('button', { name: /Add day without an occurrence/i }).click();
    const skipped = await control(page, 'Day without an occurrence');
    await skipped.click();
    await skipped.press('Home');
    await page.keyboard.type('02092027');

    await publish(page);
    const entry = await cms.waitForRecord('calendar', 'alpha-tokyo-typed-advice-morning', ['en']);
    expect(entry.shared.timed).toEqual({ start: '2027-01-12T09:00', end: '2027-01-12T12:30' });
    expect(entry.shared.recurrence).toMatchObject({ rrule: 'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T235959Z', exdates: ['2027-02-09'] });
    await page.context().close();
  });

  it('refuses ages 30 to 18 next to the oldest age, writes nothing, and saves once fixed', async () => {
    const page = await cms.adminPage();
    await openEntry(page, 'alpha-services', 'alpha-housing');
    await (await control(page, 'Youngest age served')).fill('30');
    await (await control(page, 'Oldest age served')).fill('18');
    await expectRefused(page, 'Oldest age served', /ageMin must not be greater than ageMax/, 'refused-ages.png');
    await (await control(page, 'Oldest age served')).fill('40');
    await publish(page);
    await expect.poll(() => read('towns/alpha/services/en/alpha-housing.yml')).toMatch(/ageMax: 40/);
    await page.context().close();
  });

  it('adds a group of documents, refuses it empty next to its choice, and saves the alternatives picked as one group', async () => {
    const page = await cms.adminPage();
    await openEntry(page, 'alpha-services', 'alpha-housing');
    const file = 'towns/alpha/services/en/alpha-housing.yml';
    // The fixture asks for a passport or a residence permit, and proof of income: each collapsed
    // group says what it holds, the alternatives joined by "or".
    await page.getByText('Passport or Residence permit', { exact: true }).first().waitFor();
    await page.getByText('Proof of income', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: /Add group of documents/i }).click();
    // The new group is the one open: the others' fields are collapsed (hidden) under their summaries.
    const choice = page.locator('label:visible', { hasText: /^One of these documents$/ }).first();
    await expectRefused(
      page,
      choice,
      /a group needs at least one document: choose one, or remove the group/,
      'refused-empty-document-group.png',
    );
    for (const document of ["Asylum seeker's card", 'Temporary protection certificate']) {
      await page.locator(`[id="${await choice.getAttribute('for')}"]`).click();
      await page.getByText(document, { exact: true }).last().click();
    }
    await publish(page);
    await expect.poll(() => read(file)).toContain('    - oneOf: [asylum-card, temporary-protection-certificate]\n');
    // The groups the editor did not touch are written as they were.
    expect(read(file)).toContain(
      '  documents:\n    - oneOf: [passport, residence-permit]\n    - income-proof\n    - oneOf: [asylum-card, temporary-protection-certificate]\n',
    );
    const saved = await cms.waitForRecord('services', 'alpha-housing', ['en']);
    expect(saved.shared.eligibility.documents).toEqual([
      { oneOf: ['passport', 'residence-permit'] },
      { oneOf: ['income-proof'] },
      { oneOf: ['asylum-card', 'temporary-protection-certificate'] },
    ]);
    await page.context().close();
  });

  it('refuses an empty list of languages next to it', async () => {
    const page = await cms.adminPage();
    await openEntry(page, 'alpha-services', 'alpha-housing');
    // Decap's select: Backspace in it removes the last chosen language.
    const languages = await control(page, 'Languages the service is delivered in');
    await languages.click();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await expectRefused(page, 'Languages the service is delivered in', /required|at least/i);
    await page.context().close();
  });

  it('refuses an end before the start, a place without a postal code and a bad rule, each next to its field', async () => {
    const page = await cms.adminPage();
    await openEntry(page, 'alpha-calendar', 'alpha-clinic');
    const end = await control(page, 'Ends, in local time');
    await end.fill('2026-10-06T08:00');
    await expectRefused(page, 'Ends, in local time', /end must be after start/, 'refused-end.png');
    await end.fill('2026-10-06T12:30');

    const postalCode = await control(page, 'Postal code');
    await postalCode.fill('');
    await expectRefused(page, 'Postal code', /required|must not be empty/i, 'refused-postal-code.png');
    await postalCode.fill('00001');

    const rule = await control(page, ruleLabel);
    await rule.fill('FREQ=SOMETIMES');
    await expectRefused(page, ruleLabel, /RRULE|rule/i, 'refused-rrule.png');
    // Fixed, and one more occurrence than before: an entry with no change has nothing to publish.
    await rule.fill('FREQ=MONTHLY;BYDAY=1TU;COUNT=9');

    await publish(page);
    await expect.poll(() => read('towns/alpha/calendar/en/alpha-clinic.yml')).toMatch(/rrule: FREQ=MONTHLY;BYDAY=1TU;COUNT=9$/m);
    expect(read('towns/alpha/calendar/en/alpha-clinic.yml')).toMatch(/end: "2026-10-06T12:30"/);
    await page.context().close();
  });
});
