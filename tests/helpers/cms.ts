/**
 * The content editor as a browser test drives it: Decap CMS at /admin/ of the built mini fixture,
 * saving through a real decap-server into a scratch copy of the fixture's content (the fixture
 * itself is never touched). Each test file that calls useCms() gets its own scratch repository and
 * its own decap-server, so several files can edit content without seeing each other's saves.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readNetwork } from '~/lib/content/read';
import { defaultLocalBackendUrl } from '~/lib/cms/config';
import { miniContent, root, sites } from './build';
import { launchBrowser, serveStatic, type StaticServer } from './browser';

const require = createRequire(import.meta.url);

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('freePort: no TCP address');
  return address.port;
}

/**
 * Starts decap-server on `port`, saving below `repo`; resolves once it listens. File mode writes
 * the files and publishes at once (decap-server offers only simple publishing there); git mode
 * saves each entry on a `cms/<collection>/<slug>` branch of `repo`, the editorial workflow.
 */
async function startDecapServer(repo: string, port: number, mode: 'fs' | 'git'): Promise<ChildProcess> {
  const decap = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: repo },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('decap-server did not start')), 15_000);
    decap.stdout!.on('data', (d) => String(d).includes('listening') && (clearTimeout(timer), resolve()));
    decap.on('exit', (code) => reject(new Error(`decap-server exited with ${code}`)));
  });
  return decap;
}

export type RecordKind = 'services' | 'calendar' | 'providers';

export interface Cms {
  /** The scratch repository decap-server runs in (a git repository in git mode). */
  readonly repo: string;
  /** The scratch copy of the mini fixture's content that this file's decap-server saves into. */
  readonly content: string;
  /** The static server of the built mini site (the admin is at `${url}/admin/`). */
  readonly url: string;
  readonly browser: Browser;
  /** A logged-in admin page whose calls to the configured local backend reach this file's decap-server. */
  adminPage(options?: { timezoneId?: string; locale?: string; path?: string }): Promise<Page>;
  /** The record once the build's reader accepts the scratch content with it and its `locales` files. */
  waitForRecord(kind: RecordKind, slug: string, locales: string[]): Promise<any>;
}

/** Runs git in `repo` and returns what it printed. */
export function git(repo: string, ...args: string[]): string {
  const result = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

export interface CmsOptions {
  /**
   * Run decap-server in git mode on a scratch git repository (branch `main`, as the config's
   * backend names it), so saves go through the editorial workflow; file mode otherwise.
   */
  git?: boolean;
  /** Changes to the scratch content before decap-server starts (and before the first commit). */
  prepare?: (content: string) => void;
}

/**
 * For a test file: a scratch copy of the mini fixture, a decap-server saving into it, Chromium and a
 * static server of the built mini site, started before its tests and stopped after them.
 */
export function useCms(options: CmsOptions = {}): Cms {
  /** The scratch repository decap-server saves into: the fixture at the same relative path. */
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-cms-'));
  const content = path.join(repo, path.relative(root, miniContent));
  let browser: Browser | undefined;
  let site: StaticServer | undefined;
  let decap: ChildProcess | undefined;
  let proxyPort = 0;

  beforeAll(async () => {
    fs.cpSync(miniContent, content, { recursive: true });
    options.prepare?.(content);
    if (options.git) {
      git(repo, 'init', '-q', '-b', 'main');
      git(repo, 'config', 'user.name', 'Crossroads test');
      git(repo, 'config', 'user.email', 'test@crossroads.example');
      git(repo, 'add', '-A');
      git(repo, 'commit', '-q', '-m', 'The mini fixture');
    }
    proxyPort = await freePort();
    decap = await startDecapServer(repo, proxyPort, options.git ? 'git' : 'fs');
    [browser, site] = await Promise.all([launchBrowser(), serveStatic(sites.mini)]);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    decap?.kill();
    fs.rmSync(repo, { recursive: true, force: true });
  });

  const started = () => {
    if (!browser || !site) throw new Error('useCms: the browser and the site start in beforeAll');
    return { browser, site };
  };

  return {
    repo,
    content,
    get url() {
      return started().site.url;
    },
    get browser() {
      return started().browser;
    },
    async adminPage({ timezoneId, locale, path: adminPath = '' } = {}) {
      const { browser, site } = started();
      const context = await browser.newContext({
        viewport: { width: 1400, height: 1000 },
        ...(timezoneId ? { timezoneId } : {}),
        ...(locale ? { locale } : {}),
      });
      const page = await context.newPage();
      // Decap asks before publishing.
      page.on('dialog', (d) => void d.accept());
      const configured = new URL(defaultLocalBackendUrl);
      await page.route(`${configured.origin}/**`, (route) =>
        route.continue({ url: route.request().url().replace(configured.origin, `http://127.0.0.1:${proxyPort}`) }),
      );
      await page.goto(`${site.url}/admin/${adminPath}`);
      // In whichever language the admin opens (Decap's English, Italian and Greek login buttons).
      await page.getByRole('button', { name: /login|accedi|σύνδεση/i }).click();
      await page.locator('a[href^="#/collections/"]').first().waitFor();
      return page;
    },
    async waitForRecord(kind, slug, locales) {
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
    },
  };
}

/** A label as Decap shows it: the field's label, with " (optional)" in the admin's language. */
const labelPattern = (label: string) =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\((?:optional|opzionale|προαιρετικός)\\))?$`);

/** The control of the field labelled `label`; pane 0 is the left editor. */
export async function control(page: Page, label: string, pane = 0) {
  const exact = labelPattern(label);
  const id = await page.locator('label', { hasText: exact }).nth(pane).getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Picks an option of one of Decap's own selects (react-select). */
export async function pick(page: Page, label: string, option: string) {
  await (await control(page, label)).click();
  await page.getByText(option, { exact: true }).last().click();
}

/** Publishes the entry open in `page` (the editor's "Publish" menu, then "Publish now"). */
export async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now').click();
}

/** The messages Decap shows next to the field labelled `label` (its error list, beside the label). */
export async function fieldMessages(page: Page, label: string, pane = 0) {
  const exact = labelPattern(label);
  return page.locator('label', { hasText: exact }).nth(pane).locator('xpath=following-sibling::ul[1]');
}

/** Every file below `dir` with its text, to tell whether a save wrote anything. */
export function snapshotFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .map((f) => path.join(dir, f))
      .filter((f) => fs.statSync(f).isFile())
      .sort()
      .map((f) => [path.relative(dir, f), fs.readFileSync(f, 'utf8')]),
  );
}

/**
 * Counts the saves the admin page sends to decap-server from now on (its `persistEntry` calls). A
 * refusal is proven by this staying 0 once the refusal shows: Decap validates before it sends, so
 * a save that passed would already be on its way, and no fixed wait has to guess how long it takes.
 */
export function countSaves(page: Page): () => number {
  let saves = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && /"action"\s*:\s*"persistEntry"/.test(request.postData() ?? '')) saves++;
  });
  return () => saves;
}
