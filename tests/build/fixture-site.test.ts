/**
 * The small fixture network (tests/fixtures/mini), built once in the global setup: small enough to
 * assert exact output for editor-text safety, staleness and the cross-town comparison.
 */
import { describe, expect, it } from 'vitest';
import { readPage, sites } from '../helpers/build';

const page = (p: string) => readPage(sites.mini, p);

describe("editor text can't become markup", () => {
  const html = page('/en/services/alpha-housing/');

  it('shows a pasted script tag as text', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('drops javascript: links and keeps web links', () => {
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('href="https://alpha.example/housing"');
  });
});

describe('old information', () => {
  it('shows the "may be outdated" note on a service checked long ago', () => {
    // beta-food was checked 2024-01-10; the test build's date is 2026-11-23.
    expect(page('/en/services/beta-food/')).toMatch(/<p class="notice notice-warn" data-stale-from="2025-01-10">/);
  });

  it('keeps the note hidden on a recently checked service, ready for the view-time check', () => {
    expect(page('/en/services/alpha-housing/')).toMatch(/<p class="notice notice-warn" data-stale-from="2027-06-02" hidden>/);
  });
});

describe('documents that are alternatives', () => {
  // alpha-housing asks for a passport or a residence permit, and proof of income.
  it('read as one line per group on the service page, joined by the language’s "or"', () => {
    expect(page('/en/services/alpha-housing/')).toMatch(
      /<span>Passport or Residence permit<\/span><\/li><li>.*<span>Proof of income<\/span>/,
    );
    expect(page('/ar/services/alpha-housing/')).toContain('<span>جواز السفر أو تصريح الإقامة</span>');
  });

  it('read the same on the referral sheet', () => {
    expect(page('/sheets/alpha-housing/')).toContain('<li>Passport or Residence permit</li>');
  });

  it('read as "either … or" in the category comparison, and as "or … instead" in the overview', () => {
    expect(page('/en/categories/housing/')).toContain('Bring: Proof of income and either Passport or Residence permit');
    const overview = page('/en/overview/housing/');
    expect(overview).toContain('Needed, or Residence permit instead');
    expect(overview).toContain('data-row="document:residence-permit"');
  });
});

describe('comparing a category across towns', () => {
  const html = page('/en/categories/food/');

  it('lists each town with its own services and eligibility', () => {
    expect(html).toContain('href="/en/services/beta-food/"');
    expect(html).toContain('Only for families');
    expect(html).toContain('Up to age 17');
  });

  it('shows a town with no service as a gap, not as nothing', () => {
    expect(page('/en/categories/housing/')).toContain('No service listed in this town yet.');
  });
});

describe('the town page', () => {
  it('groups the services that serve the town, including joint ones', () => {
    const html = page('/en/towns/alpha/');
    expect(html).toContain('href="/en/services/alpha-housing/"');
    expect(html).toContain('href="/en/services/joint-food/"');
    expect(html).not.toContain('href="/en/services/beta-food/"');
  });

  it('gives the town office contact and hours', () => {
    const html = page('/en/towns/alpha/');
    expect(html).toContain('Alpha Welcome Office');
    expect(html).toContain('href="tel:+390600000001"');
    expect(html).toContain('Monday');
  });
});
