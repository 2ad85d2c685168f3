/**
 * Finds the links in built HTML and decides which ones stay on the site, for the link check and
 * its report of external links.
 */

export interface FoundLink {
  /** The attribute's value, entities decoded. */
  url: string;
  attr: 'href' | 'src' | 'action' | 'content';
}

const attrPattern = /\s(href|src|action)="([^"]*)"/g;

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Every href, src and form action in a page. */
export function linksIn(html: string): FoundLink[] {
  const out: FoundLink[] = [];
  for (const m of html.matchAll(attrPattern)) out.push({ attr: m[1] as FoundLink['attr'], url: decode(m[2]) });
  return out;
}

/** Every id (and legacy name anchor) in a page, for checking #fragments. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1])));
}

export type LinkTarget =
  | { kind: 'internal'; path: string; fragment?: string }
  | { kind: 'external'; url: string }
  | { kind: 'app'; url: string };

/**
 * Where a link goes, seen from `pagePath` on a site served at `origin`: a path on the site (with
 * its #fragment), another site, or an app link (tel:, sms:, mailto:, geo:) that leaves the browser.
 * webcal:// links to the site's own host are internal: they are feeds.
 */
export function classify(url: string, pagePath: string, origin: URL): LinkTarget {
  if (/^(?:tel|sms|mailto|geo):/i.test(url)) return { kind: 'app', url };
  const resolved = new URL(url.replace(/^webcal:/i, 'https:'), new URL(pagePath, origin));
  if (resolved.host !== origin.host) return { kind: 'external', url };
  return {
    kind: 'internal',
    path: decodeURI(resolved.pathname),
    ...(resolved.hash ? { fragment: decodeURIComponent(resolved.hash.slice(1)) } : {}),
  };
}
