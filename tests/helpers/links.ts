/**
 * Finds every address in the built site's files, for the link check: in HTML from a parsed DOM
 * (parse5, the WHATWG parser browsers follow), so single quotes, entities, `srcset`, `meta
 * content`, inline styles and `<style>` are read as a browser reads them; in stylesheets their
 * `url()`s; in feeds, JSON, CSV, sitemaps and manifests every URL and site path they carry. Each
 * address says whether the browser fetches it by itself (an image, a script, a stylesheet): such a
 * resource on another origin is a leak of the reader's visit, not just a link.
 */
import { parse } from 'parse5';

export interface FoundLink {
  /** The address as written, entities decoded. */
  url: string;
  /** Where it was found, e.g. `img srcset`, `meta content`, `style url()`, `json`. */
  where: string;
  /** Fetched by the browser without a tap (images, scripts, styles, fonts, frames). */
  embedded: boolean;
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

/** `link rel` values whose target the browser loads by itself. */
const loadedRels = /\b(?:stylesheet|preload|modulepreload|prefetch|icon|apple-touch-icon|manifest)\b/i;
/** `meta` names and properties whose content is a URL (Open Graph, Twitter cards, app tiles). */
const urlMeta =
  /^(?:og:(?:url|image|image:url|image:secure_url|audio|video)|twitter:(?:image|url)|msapplication-(?:TileImage|config)|(?:al:web:)?url)$/i;

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit);
}

/** The `url(…)` addresses in CSS text (stylesheets, `<style>`, `style=""`). */
export function urlsInCss(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((u) => u && !u.startsWith('#'));
}

/** Every address in an HTML page, and every id (and legacy `a name`) for checking #fragments: one parse. */
export function htmlAddresses(html: string): { links: FoundLink[]; ids: Set<string> } {
  const links: FoundLink[] = [];
  const ids = new Set<string>();
  const add = (url: string, where: string, embedded: boolean) => {
    if (url.trim()) links.push({ url: url.trim(), where, embedded });
  };
  walk(parse(html) as Node, (node) => {
    const el = node.nodeName;
    if (el === 'style') for (const text of node.childNodes ?? []) urlsInCss(text.value ?? '').forEach((u) => add(u, 'style url()', true));
    const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
    for (const [name, value] of attrs) {
      if (name === 'id' || (name === 'name' && el === 'a')) ids.add(value);
      if (name === 'href') add(value, `${el} href`, el === 'link' && loadedRels.test(attrs.get('rel') ?? ''));
      else if (name === 'src') add(value, `${el} src`, true);
      else if (name === 'srcset' || name === 'imagesrcset')
        for (const c of value.split(','))
          add(c.trim().split(/\s+/)[0], `${el} ${name}`, el !== 'link' || loadedRels.test(attrs.get('rel') ?? ''));
      else if (name === 'action' || name === 'formaction' || name === 'cite') add(value, `${el} ${name}`, false);
      else if (name === 'poster' || (name === 'data' && el === 'object')) add(value, `${el} ${name}`, true);
      else if (name === 'style') urlsInCss(value).forEach((u) => add(u, `${el} style url()`, true));
    }
    if (el === 'meta') {
      const key = attrs.get('property') ?? attrs.get('name') ?? '';
      const content = attrs.get('content') ?? '';
      if (urlMeta.test(key)) add(content, `meta ${key}`, false);
      const refresh = /^refresh$/i.test(attrs.get('http-equiv') ?? '') && /url\s*=\s*['"]?([^'"]+)/i.exec(content);
      if (refresh) add(refresh[1], 'meta refresh', false);
    }
  });
  return { links, ids };
}

const absolute = /(?:https?|webcal):\/\/[^\s"'<>\\,;)]+/g;

/**
 * Addresses in a data file: every absolute URL, and in JSON (HSDS, agenda, finder, manifests)
 * every string that is a site path (`/en/…`). iCalendar lines are unfolded first, so a URL
 * folded over two lines is read whole.
 */
export function linksInData(text: string, kind: 'json' | 'ics' | 'xml' | 'csv'): FoundLink[] {
  const body = kind === 'ics' ? text.replace(/\r?\n[ \t]/g, '') : text;
  const out: FoundLink[] = [...body.matchAll(absolute)].map((m) => ({ url: m[0].replace(/&amp;/g, '&'), where: kind, embedded: false }));
  if (kind === 'json') {
    const visit = (v: unknown, key: string): void => {
      if (typeof v === 'string' && /^\/(?!\/)\S*$/.test(v))
        out.push({ url: v, where: `json ${key}`, embedded: /^(?:src|icons?)$/.test(key) });
      else if (Array.isArray(v)) v.forEach((x) => visit(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
    };
    visit(JSON.parse(text), '');
  }
  return out;
}

export type LinkTarget =
  { kind: 'internal'; path: string; fragment?: string } | { kind: 'external'; url: string } | { kind: 'app'; url: string };

/**
 * Where a link goes, seen from `pagePath` on a site served at `origin`: a path on the site (with
 * its #fragment), another site, or an app link (tel:, sms:, mailto:, geo:) that leaves the browser.
 * webcal:// links to the site's own host are internal: they are feeds.
 */
export function classify(url: string, pagePath: string, origin: URL): LinkTarget {
  if (/^(?:tel|sms|mailto|geo|data):/i.test(url)) return { kind: 'app', url };
  const resolved = new URL(url.replace(/^webcal:/i, 'https:'), new URL(pagePath, origin));
  if (resolved.host !== origin.host) return { kind: 'external', url };
  return {
    kind: 'internal',
    path: decodeURI(resolved.pathname),
    ...(resolved.hash ? { fragment: decodeURIComponent(resolved.hash.slice(1)) } : {}),
  };
}
