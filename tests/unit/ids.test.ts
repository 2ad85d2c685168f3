import { describe, expect, it } from 'vitest';
import { recordId } from '~/lib/content/record-id';

describe('record ids', () => {
  it('are version-5 UUIDs', () => {
    expect(recordId('services', 'food-bank')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('are the same for the same slug on every run and machine', () => {
    // Pinned: feeds, exports and bookmarks depend on this value never changing.
    expect(recordId('services', 'valmara-social-housing-list')).toBe('0b96e620-5724-5840-ab5a-f5fd1c8f60da');
  });

  it('differ between kinds that share a slug', () => {
    expect(recordId('towns', 'valmara')).not.toBe(recordId('providers', 'valmara'));
  });
});
