/**
 * Plain-text fields refuse markdown markup (src/lib/content/markdown.ts `hasMarkdownMarkup`, used by the
 * schema): the markup a reader would otherwise see raw is refused, and ordinary text that only
 * contains an asterisk or an underscore is not.
 */
import { describe, expect, it } from 'vitest';
import { hasMarkdownMarkup } from '~/lib/content/markdown';
import { serviceText } from '~/lib/content/schema';

describe('markdown markup in a plain-text field', () => {
  it.each([
    ['emphasis with asterisks', 'Bring your card (*ticket*)'],
    ['emphasis with underscores', 'Only _by appointment_'],
    ['strong emphasis', '**Free** for everyone'],
    ['strikethrough', 'Open ~~Monday~~ Tuesday'],
    ['a link', 'See [the office](https://alpha.example/office)'],
    ['a link to a script', 'Click [here](javascript:alert(1))'],
  ])('is found: %s', (_name, text) => {
    expect(hasMarkdownMarkup(text)).toBe(true);
  });

  it.each([
    ['a lone asterisk after a word', 'Open Tue* (see notes)'],
    ['snake_case words', 'Ask for form_a or form_b'],
    ['an e-mail-like text with underscores', 'write to info_desk@alpha_town.example'],
    ['multiplication', '2 * 3 * 4 euro'],
    ['an asterisk on each side of a space', 'Mon * Tue'],
    ['brackets then parentheses apart', 'Bring [if you have it] a photo (any size)'],
    ['a single tilde', 'about ~5 euro'],
  ])('is not found: %s', (_name, text) => {
    expect(hasMarkdownMarkup(text)).toBe(false);
  });
});

describe('the schema', () => {
  const text = serviceText;

  it('refuses emphasis in a summary, saying it is plain text', () => {
    const result = text.safeParse({ name: 'Housing', summary: 'Council flats (*ticket*)' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['summary'], message: expect.stringMatching(/plain text: no \*emphasis\* or links/) }),
    ]);
  });

  it('refuses a link in an apply step', () => {
    const result = text.safeParse({ name: 'Housing', summary: 'Flats', applySteps: ['Go to [the office](https://a.example)'] });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['applySteps', 0]]);
  });

  it('keeps emphasis in a markdown description', () => {
    expect(text.safeParse({ name: 'Housing', summary: 'Flats', description: 'Bring *both* cards' }).success).toBe(true);
  });
});
