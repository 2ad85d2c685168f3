/**
 * The HTTP headers every page is served with, as a `_headers` file (Netlify, Cloudflare Pages and
 * others read it). The Content Security Policy is the one Astro writes into each page's meta tag,
 * so the two can never disagree; the header adds what a meta tag cannot carry (frame-ancestors).
 */

/** A built page's `<meta http-equiv="content-security-policy" content="…">`, the policy captured. */
const cspMeta = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** Reads the policy from a built page's `<meta http-equiv="content-security-policy">`. */
export function policyFromHtml(html: string): string | undefined {
  return cspMeta.exec(html)?.[1].replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
}

/** The whole policy tag of a built page, to give pages written after the build the same one. */
export function cspTagOf(html: string): string | undefined {
  return cspMeta.exec(html)?.[0];
}

/**
 * The `_headers` file for a site whose every page uses `policy`. The policy goes on the site's
 * own pages (the root, 404 and each `pagePrefixes` folder, e.g. one per locale), not on `/*`:
 * hosts add up every matching rule, and /admin/ (Decap CMS) needs a looser policy of its own.
 */
export function headersFile(policy: string, pagePrefixes: string[]): string {
  const csp = `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`;
  return [
    '/*',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    // Geolocation for the site's own pages only: search's "sort by distance from me" asks for the
    // position once the reader taps it, and sorts on the phone; no frame or other origin may ask.
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(self), payment=(), usb=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    ...['/', '/index.html', '/404.html', ...pagePrefixes.map((p) => `/${p}/*`)].flatMap((p) => [p, csp]),
    '/feeds/*',
    '  Content-Type: text/calendar; charset=utf-8',
    '',
  ].join('\n');
}
