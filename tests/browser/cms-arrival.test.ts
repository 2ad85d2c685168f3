/**
 * A town's arrival steps as an editor writes them in Decap CMS: the structured step (its key, the
 * service chosen by name, the deadline) and, in the same entry, what to do at it in the town's
 * language. The build refuses a step whose words are missing and words whose step is missing
 * (content/read.ts), so the admin must refuse both at save time, next to the key, instead of
 * saving a profile that stops every town's next build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readNetwork } from '~/lib/content/read';
import { countSaves, publish, snapshotFiles, useCms } from '../helpers/cms';

const cms = useCms();
const profile = 'towns/alpha/profile/en/alpha.yml';

async function openProfile(page: Page) {
  await page.goto(`${cms.url}/admin/#/collections/alpha-profile/entries/alpha`);
  await page.getByRole('button', { name: 'Add arrival step', exact: true }).first().waitFor();
}

/**
 * The control of the last visible field labelled `label`: a newly added list item is the last one
 * open, and Decap keeps collapsed items' controls in the page, hidden.
 */
async function lastControl(page: Page, label: RegExp) {
  const id = await page.locator('label:visible', { hasText: label }).last().getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Adds a step at the end of the list: its key, and its service picked by name with the keyboard. */
async function addStep(page: Page, key: string) {
  await page.getByRole('button', { name: 'Add arrival step', exact: true }).first().click();
  await (await lastControl(page, /^Short key of the step/)).pressSequentially(key);
  await (await lastControl(page, /^Service that does it/)).focus();
  await page.keyboard.type('Alpha social');
  await page.keyboard.press('Enter');
  return page.locator('label:visible', { hasText: /^Short key of the step/ }).last();
}

describe('arrival steps in the CMS, as an editor types them', () => {
  it('refuses a step without its words in English next to its key, and writes nothing', async () => {
    const page = await cms.adminPage();
    await openProfile(page);
    const keyLabel = await addStep(page, 'register-address');
    const before = snapshotFiles(cms.content);
    const saves = countSaves(page);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Publish now').click();
    await expect
      .poll(() =>
        keyLabel
          .locator('xpath=following-sibling::ul[1]')
          .textContent()
          .catch(() => ''),
      )
      .toMatch(/has no text/);
    expect(saves(), 'saves sent to decap-server').toBe(0);
    expect(snapshotFiles(cms.content)).toEqual(before);
    await page.context().close();
  });

  it('saves a step with its service picked by name, its deadline and its words, and the build reads it', async () => {
    const page = await cms.adminPage();
    await openProfile(page);
    await addStep(page, 'register-address');
    await (await lastControl(page, /^How many days, weeks or months/)).pressSequentially('10');
    await (await lastControl(page, /^Days, weeks or months/)).focus();
    await page.keyboard.type('Weeks');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add arrival step text', exact: true }).first().click();
    await (await lastControl(page, /^Key of the step this text belongs to/)).pressSequentially('register-address');
    await (await lastControl(page, /^What to do\s*$/)).pressSequentially('Register your address at the town hall.');
    const saves = countSaves(page);
    await publish(page);
    await expect.poll(() => saves()).toBeGreaterThan(0);
    await expect.poll(() => fs.readFileSync(path.join(cms.content, profile), 'utf8')).toContain('register-address');
    const town = readNetwork(cms.content).towns.find((t) => t.slug === 'alpha')!;
    expect(town.shared.arrivalSteps.at(-1)).toMatchObject({
      step: 'register-address',
      service: 'alpha-housing',
      within: { amount: 10, unit: 'weeks' },
    });
    expect(town.text.en?.arrival?.at(-1)).toMatchObject({ step: 'register-address', todo: 'Register your address at the town hall.' });
    await page.context().close();
  });
});
