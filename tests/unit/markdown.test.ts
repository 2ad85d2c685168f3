import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from '~/lib/content/markdown';

describe("rendering editors' markdown", () => {
  it('keeps paragraphs, lists, emphasis and web links', () => {
    const html = renderMarkdown('Hello **there**\n\n- one\n- two\n\n[site](https://x.example)');
    expect(html).toContain('<strong>there</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://x.example" rel="noopener noreferrer external">site</a>');
  });

  it('turns raw HTML into visible text, never markup', () => {
    const html = renderMarkdown('<script>alert("x")</script> <img src=x onerror=alert(1)> <b onclick="x()">b</b>');
    expect(html).not.toMatch(/<script|<img|<b /);
    expect(html).toContain('&lt;script&gt;');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', ' javascript:alert(1)'])(
    'drops the link target %s',
    (href) => {
      const html = renderMarkdown(`[click](${href})`);
      expect(html).not.toMatch(/href=/);
    },
  );

  it.each(['[x](java&#9;script:alert(1))', '[x](&#x20;javascript:alert(1))', '[x](<java\nscript:alert(1)>)'])(
    'drops a javascript: target disguised with an entity or a break: %s',
    (source) => {
      expect(renderMarkdown(source)).not.toMatch(/href="[^"]*script:/i);
    },
  );

  it('treats a protocol-relative link as another site, with the rel outside links get', () => {
    expect(renderMarkdown('[x](//elsewhere.example/x)')).toContain(
      '<a href="//elsewhere.example/x" rel="noopener noreferrer external">x</a>',
    );
    expect(renderMarkdown('[x](/\\elsewhere.example/x)')).toMatch(/rel="noopener noreferrer external"/);
  });

  it('keeps links within the site without the outside-link rel', () => {
    expect(renderMarkdown('[hours](#hours) [food](/en/categories/food/)')).toBe(
      '<p><a href="#hours">hours</a> <a href="/en/categories/food/">food</a></p>\n',
    );
  });

  it('keeps mail and phone links', () => {
    expect(renderMarkdown('[m](mailto:a@b.example) [p](tel:+391234567)')).toMatch(/href="mailto:a@b.example".*href="tel:\+391234567"/);
  });

  it('does not let editors add headings or images that break the page', () => {
    const html = renderMarkdown('# Big\n\n![x](https://tracker.example/p.gif)');
    expect(html).not.toMatch(/<h1|<img/);
  });

  it('gives plain text for meta descriptions', () => {
    expect(markdownToText('A **b** & <c>')).toBe('A b & <c>');
  });
});
