import { describe, expect, it } from 'vitest';
import { headersFile, policyFromHtml } from '~/lib/build/security-headers';

describe('the _headers file', () => {
  const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";

  it('reads the policy Astro wrote into a page', () => {
    expect(policyFromHtml(`<head><meta http-equiv="content-security-policy" content="${policy};"></head>`)).toBe(policy);
    expect(policyFromHtml('<head></head>')).toBeUndefined();
  });

  it('puts the same policy on every page folder, plus frame-ancestors, but not on /admin/', () => {
    const file = headersFile(policy, ['ar', 'en']);
    const csp = `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`;
    for (const p of ['/', '/404.html', '/en/*', '/ar/*']) expect(file).toContain(`${p}\n${csp}`);
    expect(file).not.toContain('/admin');
    expect(file.split('\n').filter((l) => l === '/*')).toHaveLength(1);
    expect(file).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff/);
  });
});
