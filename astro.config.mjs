// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { securityHeaders } from './src/integrations/security-headers';
import { sizeReport } from './src/integrations/size-report';
import searchIndex from './src/integrations/search-index.ts';
import decapCms from './src/integrations/decap-cms/index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { islandPreload } from './src/integrations/island-preload.ts';
import { shardOutput } from './src/integrations/shard-output.ts';
import { recordFiles } from './src/integrations/record-files.ts';

export default defineConfig({
  // The public address, used for canonical links, hreflang alternates and feeds.
  site: process.env.SITE_URL || 'https://crossroads.example.org',
  output: 'static',
  // Separate caches let test builds of different content folders run side by side.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet instead of CSS repeated in every page, and no inline styles, so the
    // Content Security Policy can stay strict.
    inlineStylesheets: 'never',
    // Pages render while earlier ones are written to disk: about 15 % faster at scale (bench:build).
    concurrency: 4,
  },
  // Islands only: search, finder, share, favourites; pages with one preload its modules (island-preload.ts).
  // Pagefind indexes the output after every build (one bundle per locale); see search-index.ts.
  // The service worker (dist/sw.js) is bundled after the pages, with their shared assets.
  // QR codes and the old sheet addresses are written once per record after the pages (record-files.ts):
  // after the service worker, which keeps the default locale's page assets, and after the CSP
  // check, though they carry the same policy.
  // Decap CMS at /admin/ (src/integrations/decap-cms/): after them, so the CSP and size checks above see only the site.
  // CROSSROADS_SHARD=i/n builds one shard of the site (src/lib/build/shard.ts); shardOutput() tidies it, last.
  integrations: [
    react(),
    islandPreload(),
    searchIndex(),
    securityHeaders(),
    sizeReport(),
    serviceWorker(),
    recordFiles(),
    decapCms(),
    shardOutput(),
  ],
  devToolbar: { enabled: false },
  // Editors' markdown is rendered by src/lib/content/markdown.ts (markdown-it, no raw HTML), never
  // by Astro's pipeline; its Shiki highlighter would only warn that its inline styles break the CSP.
  markdown: { syntaxHighlight: false },
  // A Content Security Policy on every page: only the site itself, plus WebAssembly for Pagefind.
  // Astro adds hashes of its own inline scripts (island hydration) to script-src; the same policy
  // is written to dist/_headers for hosts that read it (src/integrations/security-headers.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    // Never inline scripts or assets as data: URLs; the CSP allows only files from the site.
    build: { assetsInlineLimit: 0 },
  },
});
