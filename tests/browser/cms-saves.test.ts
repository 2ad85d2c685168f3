/**
 * Clean saves, as a reviewer sees them: an edit made in the admin changes only the line of the
 * field the editor changed, and a new entry written in English alone adds no file for any other
 * language (Decap used to rewrite the whole file and add `{}` for each untouched language).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localeCodes } from '~/lib/i18n/locales';
import { control, pick, publish, useCms } from '../helpers/cms';

const cms = useCms();

/** The files of `slug` in each locale folder of `folder` (relative to the scratch content). */
function localeFiles(folder: string, slug: string): string[] {
  return localeCodes.filter((l) => fs.existsSync(path.join(cms.content, folder, l, `${slug}.yml`)));
}

/** Lines only in `before` and lines only in `after`. */
function lineChanges(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

async function published(page: Page) {
  await publish(page);
  // Decap's notice in the simple workflow ("Entry published" under the editorial workflow).
  await page.getByText(/^Entry (?:saved|published)$/).waitFor();
}

describe('a save in the admin', () => {
  it('changes only the line of the field the editor changed', async () => {
    const folder = 'towns/alpha/services';
    const file = (l: string) => path.join(cms.content, folder, l, 'alpha-housing.yml');
    const original = { en: fs.readFileSync(file('en'), 'utf8'), ar: fs.readFileSync(file('ar'), 'utf8') };
    const page = await cms.adminPage();
    await page.goto(`${cms.url}/admin/#/collections/alpha-services/entries/alpha-housing`);
    const summary = await control(page, 'One sentence: what the service does for whom');
    await expect.poll(() => summary.inputValue()).toBe('Council flats for refugees registered in Alpha.');
    await summary.fill('Council flats for refugees registered in Alpha for a year.');
    await published(page);

    await expect.poll(() => fs.readFileSync(file('en'), 'utf8')).toContain('for a year.');
    const saved = fs.readFileSync(file('en'), 'utf8');
    expect(lineChanges(original.en, saved)).toEqual({
      removed: ['summary: Council flats for refugees registered in Alpha.'],
      added: ['summary: Council flats for refugees registered in Alpha for a year.'],
    });
    expect(saved.split('\n')).toHaveLength(original.en.split('\n').length);
    // The Arabic translation is untouched, and no language gained a file.
    expect(fs.readFileSync(file('ar'), 'utf8')).toBe(original.ar);
    expect(localeFiles(folder, 'alpha-housing')).toEqual(['en', 'ar']);
    await cms.waitForRecord('services', 'alpha-housing', ['en', 'ar']);
    await page.context().close();
  });

  it('adds no file for a language nobody wrote in', async () => {
    const page = await cms.adminPage();
    await page.goto(`${cms.url}/admin/#/collections/alpha-calendar/new`);
    await (await control(page, 'Title')).fill('Coat swap');
    await pick(page, 'Deadline, application window, service day or event', 'Event');
    await (await control(page, 'Starts, in local time')).fill('2027-02-06T10:00');
    await (await control(page, 'Ends, in local time')).fill('2027-02-06T12:00');
    await published(page);

    const entry = await cms.waitForRecord('calendar', 'alpha-coat-swap', ['en']);
    expect(entry.text.en.title).toBe('Coat swap');
    expect(localeFiles('towns/alpha/calendar', 'alpha-coat-swap')).toEqual(['en']);
    await page.context().close();
  });

  it('empties a translation the editor cleared, so its old text does not stay behind', async () => {
    const folder = 'towns/alpha/services';
    const page = await cms.adminPage();
    await page.goto(`${cms.url}/admin/#/collections/alpha-services/entries/alpha-housing`);
    // The second pane is the Arabic editor; the Arabic file holds the name alone.
    const name = await control(page, 'Name of the service', 1);
    await expect.poll(() => name.inputValue()).toBe('السكن الاجتماعي في ألفا');
    await name.fill('');
    await published(page);

    await expect.poll(() => fs.readFileSync(path.join(cms.content, folder, 'ar', 'alpha-housing.yml'), 'utf8')).toBe('{}\n');
    const service = await cms.waitForRecord('services', 'alpha-housing', ['en', 'ar']);
    expect(service.text.ar).toEqual({});
    await page.context().close();
  });
});
