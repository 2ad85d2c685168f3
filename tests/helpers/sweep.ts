/**
 * What a person's browser would show a developer while they use the site: one browser context that
 * watches every page it opens for uncaught errors, console errors, Content Security Policy
 * violations (a script whose hash no longer matches is blocked silently, with only this event to
 * tell), files that fail to load, requests to any other origin (the service worker's included:
 * Playwright reports them on the context) and cookies; plus axe's WCAG 2.2 A/AA verdict on the page
 * as it stands. Each problem names the page and the reason, so a failing run says what to fix.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Everything that went wrong so far, each line starting with the page's path. */
  problems: string[];
  /** Opens a path on the site, fails on a status other than `status`, waits until islands have hydrated. */
  visit: (path: string, status?: number) => Promise<void>;
  /** Runs axe on the page as it is now; `state` says what the person had done (e.g. "filters open"). */
  axe: (state?: string) => Promise<void>;
  /** Cookies set so far, and what local/session storage and IndexedDB hold on the current page. */
  stored: () => Promise<{ cookies: string[]; local: string[]; session: string[]; idb: string[] }>;
  close: () => Promise<void>;
}

declare global {
  interface Window {
    __reportViolation?: (v: { directive: string; blocked: string; source: string; line: number; sample: string }) => void;
  }
}

/** A context on `siteUrl` that records problems; open pages with `visit`. */
export async function watchedContext(browser: Browser, siteUrl: string, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: 'allow', ...options });
  const problems: string[] = [];
  // Paths opened expecting "not found": their 404 is the point, not a missing file.
  const expectedMissing = new Set<string>();
  const here = (page?: Page | null) => {
    const url = page?.url();
    return url && url.startsWith(siteUrl) ? url.slice(siteUrl.length) || '/' : (url ?? '(no page)');
  };

  await context.exposeBinding('__reportViolation', ({ page }, v: Parameters<NonNullable<Window['__reportViolation']>>[0]) => {
    problems.push(`${here(page)}: Content Security Policy blocked ${v.directive} ${v.blocked || v.sample} (${v.source}:${v.line})`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportViolation?.({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
      }),
    );
  });
  // A service worker's requests have no frame: name the worker instead of a page.
  const from = (request: Request) => (request.serviceWorker() ? 'the service worker' : here(request.frame().page()));
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol) || url.origin === siteUrl) return;
    problems.push(`${from(request)}: requested another origin: ${request.url()}`);
  });
  context.on('response', (response) => {
    const request = response.request();
    const expected = response.status() === 404 && expectedMissing.has(response.url());
    if (response.status() >= 400 && !expected && request.resourceType() !== 'document' && response.url().startsWith(siteUrl)) {
      problems.push(`${from(request)}: ${response.url().slice(siteUrl.length)} answered ${response.status()}`);
    }
  });

  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${here(page)}: uncaught ${error.name}: ${error.message}`));
  page.on('console', (message) => {
    const expected = expectedMissing.has(message.location().url) && /status of 404/.test(message.text());
    if (message.type() === 'error' && !expected) problems.push(`${here(page)}: console error: ${message.text()}`);
  });

  return {
    context,
    page,
    problems,
    async visit(path, status = 200) {
      if (status === 404) expectedMissing.add(siteUrl + path);
      const response = await page.goto(siteUrl + path);
      if (response?.status() !== status) problems.push(`${path}: answered ${response?.status()}, not ${status}`);
      if (!(await settled(page))) problems.push(`${path}: islands did not hydrate within 15 s`);
    },
    async axe(state) {
      const result = await new AxeBuilder({ page }).withTags(wcag).analyze();
      for (const v of result.violations) {
        const where = v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ');
        problems.push(`${here(page)}${state ? ` (${state})` : ''}: axe ${v.id} (${v.impact}): ${where}`);
      }
    },
    async stored() {
      const cookies = (await context.cookies()).map((c) => `${c.name} (${c.domain})`);
      const storage = await page.evaluate(async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        idb: (await indexedDB.databases()).map((d) => d.name ?? ''),
      }));
      return { cookies, ...storage };
    },
    close: () => context.close(),
  };
}

/**
 * The page has loaded, its islands have hydrated and its fonts are in: what a person then sees.
 * False when an island never hydrates (its script blocked or broken), which the caller reports.
 */
export async function settled(page: Page): Promise<boolean> {
  await page.waitForLoadState('load');
  const hydrated = await page
    .waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return hydrated;
}
