/**
 * The content editor as a town's editor uses it: Decap CMS at /admin/ of the built mini fixture,
 * saving through a real decap-server into a scratch copy of the fixture's content (the fixture
 * itself is never touched), then the build's own reader accepting what it wrote.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readNetwork } from '../../src/lib/content/read';
import { defaultLocalBackendUrl } from '../../src/lib/cms-config';
import { miniContent, root, sites } from '../helpers/build';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser';

const require = createRequire(import.meta.url);

/** The scratch repository decap-server saves into: the fixture at the same relative path. */
const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-cms-'));
const content = path.join(repo, path.relative(root, miniContent));

let browser: Browser;
let site: StaticServer;
let decap: ChildProcess;
let proxyPort: number;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  fs.cpSync(miniContent, content, { recursive: true });
  proxyPort = await freePort();
  decap = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: repo,
    // File mode: the scratch copy is not a git repository (git mode is checked by hand, see README).
    env: { ...process.env, PORT: String(proxyPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('decap-server did not start')), 15_000);
    decap.stdout!.on('data', (d) => String(d).includes('listening') && (clearTimeout(timer), resolve()));
    decap.on('exit', (code) => reject(new Error(`decap-server exited with ${code}`)));
  });
  [browser, site] = await Promise.all([launchBrowser(), serveStatic(sites.mini)]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  decap?.kill();
  fs.rmSync(repo, { recursive: true, force: true });
});

/** A page of the admin whose calls to the configured local backend reach this test's decap-server. */
async function adminPage(timezoneId?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...(timezoneId ? { timezoneId } : {}) });
  const page = await context.newPage();
  // Decap asks before publishing.
  page.on('dialog', (d) => void d.accept());
  const configured = new URL(defaultLocalBackendUrl);
  await page.route(`${configured.origin}/**`, (route) =>
    route.continue({ url: route.request().url().replace(configured.origin, `http://127.0.0.1:${proxyPort}`) }),
  );
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: /login/i }).click();
  await page.getByText('Collections').waitFor();
  return page;
}

/** The record once the build's reader accepts the scratch content with it and its `locales` files. */
async function waitForRecord(kind: 'services' | 'calendar', slug: string, locales: string[]) {
  let record: any;
  let problem = '';
  const ready = () => {
    try {
      record = readNetwork(content)[kind].find((r) => r.slug === slug);
      problem = record ? '' : `no ${kind} "${slug}" yet`;
      return Boolean(record && locales.every((l) => record.files[l]));
    } catch (error) {
      problem = (error as Error).message;
      return false;
    }
  };
  const deadline = Date.now() + 15_000;
  while (!ready() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  expect(problem).toBe('');
  return record;
}

/** The control of the field labelled `label` (Decap adds " (optional)"); pane 0 is the left editor. */
async function control(page: Page, label: string, pane = 0) {
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\(optional\\))?$`);
  const id = await page.locator('label', { hasText: exact }).nth(pane).getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Picks an option of one of Decap's own selects (react-select). */
async function pick(page: Page, label: string, option: string) {
  await (await control(page, label)).click();
  await page.getByText(option, { exact: true }).last().click();
}

describe('the content editor at /admin/', () => {
  it('lists every town’s collections and the network’s', async () => {
    const page = await adminPage();
    const collections = await page.getByRole('link').allInnerTexts();
    for (const town of ['Network', 'Alpha', 'Beta']) {
      for (const kind of town === 'Network' ? ['Categories', 'Services', 'Providers', 'Calendar'] : ['Town profile', 'Services', 'Providers', 'Calendar']) {
        expect(collections).toContain(`${town} · ${kind}`);
      }
    }
    await page.context().close();
  });

  it('creates a town’s service in English and Arabic that the build accepts', async () => {
    const page = await adminPage();
    await page.goto(`${site.url}/admin/#/collections/alpha-services/new`);
    await (await control(page, 'Name of the service')).fill('Winter coats');
    await (await control(page, 'One sentence: what the service does for whom')).fill('Free warm coats for children and adults every Saturday in winter.');
    await (await control(page, 'Organisation that runs the service')).selectOption('alpha-council');
    await (await control(page, 'Categories, main one first')).selectOption('food');
    await pick(page, 'Free, reduced or paid', 'Free');
    await pick(page, 'Is an appointment needed?', 'No appointment needed');
    await page.getByRole('button', { name: /Add language/i }).first().click();
    await (await control(page, 'Language')).fill('en');
    await (await control(page, 'Date the information was last checked')).fill('2026-11-20');
    // The second pane is the Arabic editor, side by side with the English one.
    await (await control(page, 'Name of the service', 1)).fill('معاطف الشتاء');
    await (await control(page, 'One sentence: what the service does for whom', 1)).fill('معاطف دافئة مجانية للأطفال والكبار كل سبت في الشتاء.');

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Publish now').click();
    const file = (l: string) => path.join(content, 'towns/alpha/services', l, 'alpha-winter-coats.yml');
    // decap-server writes the locale files one after the other: wait until the build reads them all.
    const service = await waitForRecord('services', 'alpha-winter-coats', ['en', 'ar']);
    expect(fs.readFileSync(file('en'), 'utf8')).toMatch(/^provider: alpha-council$/m);
    expect(service?.owner).toBe('alpha');
    expect(service?.shared).toMatchObject({ towns: ['alpha'], categories: ['food'], cost: { type: 'free' }, reviewed: '2026-11-20' });
    expect(service?.text.en?.name).toBe('Winter coats');
    expect(service?.text.ar?.name).toBe('معاطف الشتاء');
    await page.context().close();
  });

  it('stores a calendar entry’s local times as typed, whatever the editor’s timezone, with the RRULE its widget built', async () => {
    // An editor in Tokyo enters a service day in Alpha (Europe/Rome): no conversion either way.
    const page = await adminPage('Asia/Tokyo');
    await page.goto(`${site.url}/admin/#/collections/alpha-calendar/new`);
    await (await control(page, 'Title')).fill('Winter advice morning');
    await pick(page, 'Deadline, application window, service day or event', 'Service day');
    await (await control(page, 'Starts, in local time')).fill('2027-01-12T09:00');
    await (await control(page, 'Ends, in local time')).fill('2027-01-12T12:30');
    await page.getByLabel('Repeats', { exact: true }).first().selectOption('MONTHLY');
    await page.getByLabel('Which day of the month').first().selectOption('2');
    await page.getByLabel('Ends', { exact: true }).first().selectOption('count');
    await expect.poll(() => page.locator('[data-rrule-text]').first().innerText()).toMatch(/^Repeats every month on the 2nd Tuesday for 10 times/);

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Publish now').click();
    const entry = await waitForRecord('calendar', 'alpha-winter-advice-morning', ['en']);
    expect(entry.shared.timed).toEqual({ start: '2027-01-12T09:00', end: '2027-01-12T12:30' });
    expect(entry.shared.recurrence?.rrule).toBe('FREQ=MONTHLY;BYDAY=2TU;COUNT=10');
    expect(entry.shared.allDay).toBeUndefined();
    // Set on save, as an instant.
    expect(Date.now() - Date.parse(entry.shared.updated)).toBeLessThan(120_000);
    await page.context().close();
  });
});
