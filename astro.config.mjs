// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

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
  },
  // Islands only: search, finder, share, favourites.
  integrations: [react()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  vite: {
    // Never inline scripts or assets as data: URLs; the CSP allows only files from the site.
    build: { assetsInlineLimit: 0 },
  },
});
