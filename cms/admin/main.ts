/**
 * The admin's own script, loaded after Decap's bundle by admin/index.html: registers the
 * widgets and preview templates, then starts Decap with config.yml (generated from the schemas).
 * Bundled at build time by src/integrations/decap-cms/admin-script.ts; served by Vite under `astro dev`.
 */
import { createRefControl, RefPreview, setGroupNames } from './ref-widget';
import { createRRuleControl, RRulePreview } from './rrule-widget';
import { CalendarPreview, ServicePreview } from './previews';
import { registerCleanSaves } from './format';
import { startAdmin, type AdminTownInfo } from './language';
import { createDateInput, createDateTimeInput, DatePreview } from './date-widgets';
import { installSchemaChecks } from './schema-check';
import { stampTime } from '~/lib/cms/check';
import { orgOwner } from '~/lib/cms/collection-names';

interface AdminData {
  towns: AdminTownInfo[];
  /** On a town's own admin (/admin/<town>/), that town. */
  town?: string;
  /** On an organisation's own admin (/admin/<town>/<org>/), that organisation. */
  org?: string;
  previewStyles: string[];
}

const CMS = window.CMS;
registerCleanSaves(CMS);
const data = JSON.parse(document.getElementById('crossroads-admin')?.textContent || '{}') as AdminData;
setGroupNames(
  Object.fromEntries(data.towns.flatMap((t) => [[t.slug, t.name], ...(t.orgs ?? []).map((o) => [orgOwner(t.slug, o.slug), o.name])])),
);

CMS.registerWidget('crossroads-ref', createRefControl(), RefPreview);
CMS.registerWidget('crossroads-rrule', createRRuleControl(), RRulePreview);
CMS.registerWidget('crossroads-date', createDateInput(), DatePreview);
CMS.registerWidget('crossroads-datetime', createDateTimeInput(), DatePreview);

// The site's stylesheet, so previews look like the public pages; a little room around them.
for (const href of data.previewStyles) CMS.registerPreviewStyle(href);
CMS.registerPreviewStyle('.cms-preview { max-inline-size: 42rem; margin-inline: auto; padding: 0 1rem 2rem; }', { raw: true });

for (const owner of ['network', ...data.towns.flatMap((t) => [t.slug, ...(t.orgs ?? []).map((o) => orgOwner(t.slug, o.slug))])]) {
  CMS.registerPreviewTemplate(`${owner}-services`, ServicePreview);
  CMS.registerPreviewTemplate(`${owner}-calendar`, CalendarPreview);
}

// A calendar entry's `updated` feeds LAST-MODIFIED in the iCal feeds: set it on every save, in
// UTC to the second, as the schema wants.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: any) => {
    const collection = String(entry.get('collection') ?? '');
    if (!collection.endsWith('-calendar')) return entry.get('data');
    return entry.get('data').set('updated', stampTime(new Date()));
  },
});

// Last of all registrations: it wraps every widget registered so far (see schema-check.ts).
installSchemaChecks();

// In the editor's language, with this page's config (a town's own, or every town's).
void startAdmin((config) => CMS.init({ config }), data);
