import { describe, expect, it } from 'vitest';
import { madeOnce } from '~/lib/build/made-once';

describe('a value made once per owner and key', () => {
  it('is made by the first page that asks, and the same value is given to the rest', () => {
    const made = madeOnce<object, string[]>();
    const owner = {};
    let calls = 0;
    const make = () => (calls++, ['made']);
    const first = made(owner, 'en', make);
    expect(made(owner, 'en', make)).toBe(first);
    expect(calls).toBe(1);
  });

  it('is made again for another key or another owner (a directory read again)', () => {
    const made = madeOnce<object, number>();
    const a = {};
    let n = 0;
    expect(made(a, 'en', () => ++n)).toBe(1);
    expect(made(a, 'ar', () => ++n)).toBe(2);
    expect(made({}, 'en', () => ++n)).toBe(3);
  });

  it('keeps a value that is falsy', () => {
    const made = madeOnce<object, number>();
    const a = {};
    let calls = 0;
    made(a, 'k', () => (calls++, 0));
    made(a, 'k', () => (calls++, 0));
    expect(calls).toBe(1);
  });
});
