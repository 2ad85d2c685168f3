/**
 * The HTTP headers every page is served with, as a `_headers` file (Netlify, Cloudflare Pages and
 * others read it). The Content Security Policy is the one Astro writes into each page's meta tag,
 * so the two can never disagree; the header adds what a meta tag cannot carry (frame-ancestors).
 */

/** Reads the policy from a built page's `<meta http-equiv="content-security-policy">`. */
export function policyFromHtml(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1].replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
}

/** The `_headers` file for a site whose every page uses `policy`. */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '/feeds/*',
    '  Content-Type: text/calendar; charset=utf-8',
    '',
  ].join('\n');
}
