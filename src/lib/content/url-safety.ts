/**
 * Decides what a URL an editor wrote may become in a page: the one rule for markdown links and
 * contact links alike, so a link that one place treats as another site cannot pass as the site's
 * own somewhere else.
 *
 * The rule reads the URL as a browser will, not as it looks: browsers drop tabs and line breaks
 * anywhere in a URL and leading spaces or control characters, and treat a backslash like a slash,
 * so `java\tscript:`, ` javascript:` and `/\elsewhere.example` are what they do, not what they seem.
 * (tests/helpers/links.ts is different: the test tooling that finds and classifies links in the built site.)
 */

/**
 * What an editor's URL is:
 * - `internal`: a path, fragment or query on this site (`/en/services/`, `#hours`, `?q=x`);
 * - `external`: another web site, `https://…`, `http://…`, or protocol-relative `//host/…`, which
 *   the browser resolves to another host;
 * - `app`: a link that opens the phone's dialler, messages or mail (`tel:`, `sms:`, `mailto:`);
 * - `refused`: anything else, `javascript:`, `data:`, `vbscript:`, `file:` and every other scheme,
 *   which must not become a link at all.
 */
export type EditorUrlKind = 'internal' | 'external' | 'app' | 'refused';

const webSchemes = new Set(['http', 'https']);
const appSchemes = new Set(['mailto', 'tel', 'sms']);

/** The URL as the WHATWG URL parser sees it before parsing: tabs and line breaks removed, ends trimmed. */
function asBrowserReads(url: string): string {
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** Most cautious first: a URL that reads as two kinds is treated as the first of them. */
const caution: EditorUrlKind[] = ['refused', 'external', 'app', 'internal'];

/**
 * Classifies a URL from content; see {@link EditorUrlKind}. A URL with percent-escapes is also
 * read with them decoded (markdown-it escapes what the editor typed, `java&#9;script:` arrives as
 * `java%09script:`), and the more cautious reading wins.
 */
export function editorUrlKind(url: string): EditorUrlKind {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A stray % is not an escape: the URL reads as written.
  }
  const kinds = [kindOf(url), kindOf(decoded)];
  return caution.find((k) => kinds.includes(k)) ?? 'internal';
}

function kindOf(url: string): EditorUrlKind {
  const u = asBrowserReads(url);
  // Two slashes or backslashes in any mix start a host name in every browser.
  if (/^[/\\]{2}/.test(u)) return 'external';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1].toLowerCase();
  if (scheme === undefined) return 'internal';
  if (webSchemes.has(scheme)) return 'external';
  if (appSchemes.has(scheme)) return 'app';
  return 'refused';
}

/** True when the URL may be written into an `href` at all. */
export function isAllowedEditorUrl(url: string): boolean {
  return editorUrlKind(url) !== 'refused';
}

/**
 * The `rel` for a link to `url`: links to other sites open as ordinary navigations but tell them
 * nothing about the referrer and get no handle on this page; others need none.
 */
export function editorLinkRel(url: string): string | undefined {
  return editorUrlKind(url) === 'external' ? 'noopener noreferrer external' : undefined;
}
