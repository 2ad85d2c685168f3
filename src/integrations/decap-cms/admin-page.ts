/**
 * The admin's HTML page (`admin/index.html`, `admin/<town>/index.html`, `admin/<town>/<org>/index.html`): Decap's bundle, the town
 * list and preview stylesheets as data, the admin script that starts Decap, and the few styles
 * Decap lacks. Not an Astro page: Decap needs `eval` and inline styles, which the site's Content
 * Security Policy forbids on every Astro page.
 */
import type { AdminOrg, AdminTown } from './towns';

export interface AdminPageOptions {
  /** The site's stylesheet(s), for previews that look like the public pages. */
  previewStyles: string[];
  /** URL of the admin's own script. */
  script: string;
  /** Whether `script` is an ES module (dev) or a classic script (build). */
  module: boolean;
  towns: AdminTown[];
  /** Where Decap's bundle is, relative to the page: `../` from a town's own admin. */
  decapBase?: string;
  /** The town whose own admin this page is (`/admin/<town>/`); none for the coordinators' page. */
  town?: AdminTown;
  /** With `town`: the organisation whose own admin this page is (`/admin/<town>/<org>/`). */
  org?: AdminOrg;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The styles Decap's own bundle does not have. Decap's class names carry its components' names
 * (`css-1x2y3z-ViewControls`), which the selectors rely on; the browser test sees when they change.
 */
const adminStyles = `
      /* Text of every language starts where its script starts; the admin script sets dir="rtl" on
         the fields of right-to-left languages' panes. */
      input, textarea, [contenteditable] { unicode-bidi: plaintext; text-align: start; }
      /* Decap's preview, side-by-side and scroll-sync buttons float over the top right of the
         editor, where right-to-left text starts: they get a column of their own instead. */
      [class*="-ViewControls"] { display: flex; flex-direction: column; gap: 4px; right: 6px; }
      [class*="-ViewControls"] ~ * .Pane2 > [class*="-ControlPaneContainer"],
      [class*="-ViewControls"] ~ [class*="-NoPreviewContainer"] { padding-inline-end: 56px; }
      /* The admin's language and town switcher, bottom left over Decap's sidebar. */
      #crossroads-admin-bar { position: fixed; inset-inline-start: 12px; inset-block-end: 12px; z-index: 400;
        display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; max-inline-size: 250px; padding: 8px 10px;
        border-radius: 5px; background: #fff; box-shadow: 0 2px 6px rgb(68 74 87 / 15%); font: 13px/1.3 system-ui, sans-serif; color: #313d3e; }
      /* Out of the entry editor, where it would cover fields (and switching reloads, losing edits). */
      #crossroads-admin-bar[hidden] { display: none; }
      #crossroads-admin-bar label { display: grid; gap: 2px; }
      #crossroads-admin-bar select { min-block-size: 30px; border: 1px solid #c6cad6; border-radius: 4px; background: #fff; }
`;

/** admin/index.html and admin/<town>/index.html: load Decap, then the admin script, which starts Decap. */
export function adminPage(o: AdminPageOptions): string {
  const base = o.decapBase ?? '';
  const data = JSON.stringify({ towns: o.towns, previewStyles: o.previewStyles, town: o.town?.slug, org: o.org?.slug }).replace(
    /</g,
    '\\u003c',
  );
  const title = o.org ? `${o.org.name} · content editor` : o.town ? `${o.town.name} · content editor` : 'Crossroads · content editor';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(title)}</title>
    <link href="config.yml" type="text/yaml" rel="cms-config-url" />
    <script type="application/json" id="crossroads-admin">${data}</script>
    <script>window.CMS_MANUAL_INIT = true;</script>
    <style>${adminStyles}    </style>
  </head>
  <body>
    <noscript>The content editor needs JavaScript.</noscript>
    <script src="${base}decap-cms.js"></script>
    <script ${o.module ? 'type="module" ' : ''}src="${o.script}"></script>
  </body>
</html>
`;
}
