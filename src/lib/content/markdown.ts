/**
 * Renders editors' markdown to HTML that cannot carry script: raw HTML is escaped as text, and
 * only web, mail, phone and on-site links survive (javascript:, data:, vbscript: and the like
 * become plain text). markdown-it does the parsing; which links survive, and which count as
 * another site's, is url-safety.ts's rule, the same one every other editor link follows.
 */
import MarkdownIt from 'markdown-it';
import { editorLinkRel, isAllowedEditorUrl } from './url-safety';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

md.validateLink = isAllowedEditorUrl;

// Headings inside a record would break the page outline; images would fetch from anywhere.
md.disable(['heading', 'lheading', 'image', 'table', 'code', 'fence', 'html_block', 'html_inline']);

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const rel = editorLinkRel(String(tokens[idx].attrGet('href') ?? ''));
  if (rel) tokens[idx].attrSet('rel', rel);
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown → safe HTML for block content (paragraphs, lists, emphasis, links). */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** Markdown → plain text, for meta descriptions and search excerpts. */
export function markdownToText(source: string): string {
  return renderMarkdown(source)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

// Plain-text fields (a summary, a cost note, a title) reach pages, JSON-LD, CSV and feeds as they
// are, so markdown written there would show raw ("(*ticket*)"). The schema refuses it instead of
// rendering it, so every output stays the same text. A second parser, with every link allowed and
// only the rules that make markup a reader would see, decides what counts: markdown-it's own
// flanking rules, so a lone "Tue*", "snake_case" or "a_b@c_d.org" is not emphasis and stays fine.
const markupParser = new MarkdownIt('zero').enable(['emphasis', 'strikethrough', 'link']);
markupParser.validateLink = () => true;
const markupTokens = new Set(['em_open', 'strong_open', 's_open', 'link_open']);

/** Whether `source` holds paired emphasis (`*x*`, `_x_`, `**x**`, `~~x~~`) or a `[link](url)`. */
export function hasMarkdownMarkup(source: string): boolean {
  return markupParser
    .parseInline(source, {})
    .some((block) => (block.children ?? []).some((token) => markupTokens.has(token.type)));
}
