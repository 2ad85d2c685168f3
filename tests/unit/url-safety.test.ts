import { describe, expect, it } from 'vitest';
import { editorLinkRel, editorUrlKind, isAllowedEditorUrl } from '~/lib/content/url-safety';

describe("deciding what an editor's URL may become", () => {
  it.each([
    ['/en/services/', 'internal'],
    ['#hours', 'internal'],
    ['?q=food', 'internal'],
    ['services/food/', 'internal'],
    ['https://alpha.example/x', 'external'],
    ['HTTP://alpha.example', 'external'],
    ['//elsewhere.example/x', 'external'],
    ['/\\elsewhere.example/x', 'external'],
    ['\\\\elsewhere.example', 'external'],
    [' //elsewhere.example', 'external'],
    ['/\t/elsewhere.example', 'external'],
    ['mailto:office@alpha.example', 'app'],
    ['tel:+390600000001', 'app'],
    ['sms:+390600000001', 'app'],
    ['javascript:alert(1)', 'refused'],
    ['JaVaScRiPt:alert(1)', 'refused'],
    ['java\tscript:alert(1)', 'refused'],
    ['java\nscript:alert(1)', 'refused'],
    ['java%09script:alert(1)', 'refused'],
    ['/%5Celsewhere.example', 'external'],
    ['/en/100%', 'internal'],
    ['\u0001javascript:alert(1)', 'refused'],
    ['data:text/html,<script>alert(1)</script>', 'refused'],
    ['vbscript:x', 'refused'],
    ['file:///etc/passwd', 'refused'],
    ['ftp://files.example', 'refused'],
  ])('reads %j as %s', (url, kind) => {
    expect(editorUrlKind(url)).toBe(kind);
  });

  it('allows every kind but the refused one into an href', () => {
    expect(['/a', 'https://a.example', 'tel:+391', '//a.example'].every(isAllowedEditorUrl)).toBe(true);
    expect(isAllowedEditorUrl('javascript:alert(1)')).toBe(false);
  });

  it('gives links to other sites, protocol-relative ones included, the rel that hides the referrer', () => {
    expect(editorLinkRel('//elsewhere.example')).toBe('noopener noreferrer external');
    expect(editorLinkRel('https://elsewhere.example')).toBe('noopener noreferrer external');
    expect(editorLinkRel('/en/')).toBeUndefined();
    expect(editorLinkRel('tel:+391')).toBeUndefined();
  });
});
