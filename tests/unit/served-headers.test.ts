import { describe, expect, it } from 'vitest';
import { headersFile } from '~/lib/build/security-headers';
import { headersFor, parseHeadersFile } from '../helpers/served-headers';

describe('the _headers file as a host serves it', () => {
  const rules = parseHeadersFile(headersFile("default-src 'self'", ['en', 'ar']));

  it('gives a locale page the policy with frame-ancestors and the site-wide headers', () => {
    const h = headersFor(rules, '/ar/services/x/');
    expect(h['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(h['x-content-type-options']).toBe('nosniff');
  });

  it('leaves the CMS without the pages’ policy, and types feeds as calendars', () => {
    expect(headersFor(rules, '/admin/')['content-security-policy']).toBeUndefined();
    expect(headersFor(rules, '/feeds/en/all.ics')['content-type']).toBe('text/calendar; charset=utf-8');
  });

  it('matches the root exactly, not every path that starts with a slash', () => {
    expect(headersFor(rules, '/')['content-security-policy']).toBeDefined();
    expect(headersFor(rules, '/pagefind/x.js')['content-security-policy']).toBeUndefined();
  });

  it('refuses a header line with no path above it', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(/not under a path/);
  });
});
