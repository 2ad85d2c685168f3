/**
 * The browser-test harness: a real Chromium driven by Playwright, and a static server on loopback
 * for a built site. Every browser test (layout, search, offline, accessibility) reuses it.
 *
 * Chromium comes from, in order: CHROMIUM_PATH, Debian's /usr/bin/chromium (what .ci/run
 * installs), or the @sparticuz/chromium npm package, so `npm ci && npm test` works on a machine
 * that has only Node and npm.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { headersFor, parseHeadersFile } from './served-headers.ts';

// Flags that keep a headless Chromium from reaching out to the network on its own.
const quietArgs = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-sandbox',
];

export async function launchBrowser(): Promise<Browser> {
  const systemPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
  if (systemPath) return chromium.launch({ executablePath: systemPath, args: quietArgs, headless: true });
  const bundled = (await import('@sparticuz/chromium')).default;
  return chromium.launch({
    executablePath: await bundled.executablePath(),
    args: [...bundled.args, ...quietArgs],
    headless: true,
  });
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from `dir` on 127.0.0.1 at a free port, with its 404 page and the headers
 * its `_headers` file gives each path (the Content Security Policy among them), as a host would.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const notFound = fs.existsSync(`${dir}/404.html`) ? fs.readFileSync(`${dir}/404.html`) : 'Not found';
  const rules = fs.existsSync(`${dir}/_headers`) ? parseHeadersFile(fs.readFileSync(`${dir}/_headers`, 'utf8')) : [];
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
    files(req, res, () => {
      const page404 = headersFor(rules, '/404.html')['content-security-policy'];
      if (page404) res.setHeader('content-security-policy', page404);
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * For a test file: one Chromium and one static server for `dir`, started before its tests and
 * stopped after them. Read `site.browser` and `site.url` inside tests.
 */
export function useSite(dir: string): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(dir)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useSite: the browser starts in beforeAll');
      return browser;
    },
    get url() {
      if (!server) throw new Error('useSite: the server starts in beforeAll');
      return server.url;
    },
  };
}
