import { describe, expect, it } from 'vitest';
import { showsFallback } from '~/lib/pages/fallback-notice';

describe('the fallback notice', () => {
  it('shows when a shown field of the page’s own record is in English', () => {
    expect(showsFallback({ fallbacks: ['description'] }, [], 'ar', [])).toBe(true);
  });
  it('does not show when only the never-shown search words fell back to English', () => {
    expect(showsFallback({ fallbacks: ['searchWords'] }, [], 'ti', [])).toBe(false);
    expect(showsFallback({ fallbacks: ['searchWords', 'name'] }, [], 'ti', [])).toBe(true);
  });
});
