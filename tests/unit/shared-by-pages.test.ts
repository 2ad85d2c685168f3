import { describe, expect, it } from 'vitest';
import { sharedByPages } from '~/lib/build/shared-by-pages';

describe('a value shared by a known number of pages', () => {
  it('is made once for its pages and let go after the last of them', () => {
    const shared = sharedByPages<{ made: number }>(3);
    let made = 0;
    const make = () => ({ made: ++made });
    const first = shared('en', make);
    expect(shared('en', make)).toBe(first);
    expect(shared('en', make)).toBe(first);
    expect(made).toBe(1);
    // A fourth page (astro dev rendering a page again) gets a value made afresh.
    const again = shared('en', make);
    expect(again).not.toBe(first);
    expect(made).toBe(2);
  });

  it('keeps the values of different keys apart, whatever the order pages come in', () => {
    const shared = sharedByPages<string>(2);
    const made: string[] = [];
    const make = (key: string) => () => (made.push(key), `value of ${key}`);
    expect(shared('a', make('a'))).toBe('value of a');
    expect(shared('b', make('b'))).toBe('value of b');
    expect(shared('a', make('a'))).toBe('value of a');
    expect(shared('b', make('b'))).toBe('value of b');
    expect(made).toEqual(['a', 'b']);
  });
});
