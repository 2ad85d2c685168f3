/**
 * The referral sheet's address. A service has one sheet holding every language (one page per
 * service instead of one per service and locale: sheets were 39 % of the pages, issue 24), so the
 * address chooses the columns: `/sheets/<slug>/?lang=ar#fa` puts the caseworker's Arabic column
 * first and the client's Persian one beside it. The query is read by the sheet's script; without
 * JavaScript the sheet shows the network's default language as the caseworker's column, and the
 * fragment still adds the client's (`:target`). The old addresses, `/<locale>/services/<slug>/sheet/`,
 * stay: each is a small page that sends the reader on, fragment included, on any static host.
 */
import { paths } from '../routing/routes';
import type { LocaleCode } from '../i18n/locales';

/**
 * The caseworker's language named by a sheet address's query (`?lang=ar`), if it is one of
 * `codes`; anything else (missing, unknown, markup) is ignored and the default column stays.
 */
export function ownLanguageOf<C extends string>(search: string, codes: readonly C[]): C | undefined {
  const asked = new URLSearchParams(search).get('lang');
  return codes.find((c) => c === asked);
}

/** The site path of the script the old addresses load to carry their fragment along. */
export const forwardScriptPath = '/sheets/forward.js';

/**
 * The script of the old addresses: a refresh drops the fragment (`#ar`, the client's column), so
 * where scripts run it goes on to the refresh's target with the fragment kept. Written as a file:
 * the Content Security Policy allows scripts from the site only.
 */
export const forwardScript = `var r=document.querySelector('meta[http-equiv="refresh"]');var u=r&&r.getAttribute('content').split('url=')[1];if(u)location.replace(u+location.hash);\n`;

const escapeAttr = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The page at a sheet's old address (`/<locale>/services/<slug>/sheet/`): an immediate refresh
 * to the sheet with the caseworker's column in `locale`, a link for browsers that do not follow
 * refreshes, noindex, and the site's Content Security Policy tag (`csp`, copied from a built page,
 * so every page carries the same policy).
 */
export function oldSheetPage(locale: LocaleCode, slug: string, csp: string): string {
  const target = escapeAttr(paths.sheet(slug, locale));
  return [
    '<!doctype html>',
    `<html lang="${escapeAttr(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    csp,
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    `<script src="${forwardScriptPath}"></script>`,
    `<title>${target}</title>`,
    '</head>',
    `<body><p><a href="${target}">${target}</a></p></body>`,
    '</html>',
    '',
  ].join('\n');
}
