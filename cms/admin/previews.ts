/**
 * Preview templates that look like the public service and calendar entry pages: the site's own
 * stylesheet, labels in the previewed language (locales/*.json), the same eligibility sentences
 * and the same safe markdown, right to left for Arabic and Persian.
 */
import { getT } from '~/lib/i18n/i18next';
import { documentGroupTexts, eligibilityFacts } from '~/lib/content/eligibility';
import { formatDate, formatEuros, formatList, formatTime, formatWeekday, languageName } from '~/lib/dates/format';
import { renderMarkdown } from '~/lib/content/markdown';
import { describeOccurrence } from '~/lib/calendar/agenda';
import { occurrences } from '~/lib/calendar/recurrence';
import { getLocale, defaultLocale, type LocaleCode } from '~/lib/i18n/locales';
import { langAttr, dirAttr } from '~/lib/i18n/localize';
import { previewRecord, type PreviewRecord } from '~/lib/cms/preview';
import { eligibility as eligibilitySchema, weekdays } from '~/lib/content/schema';
import { h, toJS } from './decap';
import { knownRecords, recordName } from './ref-widget';

// The default-locale data of the entry being edited: Decap gives a translation's preview only
// that language's text, and the editor always opens on the default locale first.
const defaultData = new Map<string, Record<string, unknown>>();

function recordFor(props: any): PreviewRecord {
  const locale: string = props.locale ?? defaultLocale;
  const key = `${props.collection?.get('name')}/${props.entry?.get('slug') || 'new'}`;
  const data = (toJS(props.entry?.get('data')) ?? {}) as Record<string, unknown>;
  const fields: any[] = toJS(props.fields) ?? [];
  const textFields = fields.filter((f) => f.i18n === true || f.i18n === 'translate').map((f) => f.name);
  if (locale === defaultLocale) defaultData.set(key, data);
  return previewRecord(locale, locale === defaultLocale ? data : defaultData.get(key), data, textFields);
}

function frame(r: PreviewRecord, document: Document | undefined, children: unknown[]) {
  const l = getLocale(r.locale);
  // The preview is an iframe of its own: give it the page's language and direction, as the site does.
  if (document?.documentElement) {
    document.documentElement.lang = l.tag;
    document.documentElement.dir = l.dir;
  }
  const t = getT(r.locale);
  return h(
    'div',
    { lang: l.tag, dir: l.dir, className: 'cms-preview' },
    h('main', { id: 'main' }, h('article', {}, r.text.fallbacks.length > 0 ? fallbackNotice(r.locale) : null, ...children)),
    h('footer', { className: 'site-footer' }, h('p', {}, t('site.name'))),
  );
}

function fallbackNotice(locale: LocaleCode) {
  const t = getT(locale);
  return h(
    'div',
    { className: 'notice notice-warn', role: 'note' },
    h('p', {}, t('fallback.notice', { language: languageName(defaultLocale, locale) })),
  );
}

/** lang/dir for a text field that falls back to the default language. */
const la = (r: PreviewRecord, field: string) => ({
  lang: langAttr(r.text, field as never, r.locale),
  dir: dirAttr(r.text, field as never, r.locale),
});

function prose(r: PreviewRecord, field: string) {
  const source = r.text.value[field];
  return typeof source === 'string' && source
    ? h('div', { className: 'prose', ...la(r, field), dangerouslySetInnerHTML: { __html: renderMarkdown(source) } })
    : null;
}

function hoursTable(hours: any[], locale: LocaleCode) {
  const t = getT(locale);
  const rows = weekdays
    .map((day) => ({
      day,
      spans: hours
        .filter((x) => Array.isArray(x?.days) && x.days.includes(day) && x.opens && x.closes)
        .map((x) => t('hours.span', { opens: formatTime(x.opens, locale), closes: formatTime(x.closes, locale) })),
    }))
    .filter((x) => x.spans.length > 0);
  if (rows.length === 0) return h('p', { className: 'muted' }, t('hours.byAppointment'));
  return h(
    'table',
    { className: 'hours' },
    h(
      'tbody',
      {},
      rows.map((x) => h('tr', { key: x.day }, h('th', { scope: 'row' }, formatWeekday(x.day, locale)), h('td', {}, x.spans.join(', ')))),
    ),
  );
}

const safeDate = (iso: unknown, locale: LocaleCode) => {
  try {
    return typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}/.test(iso) ? formatDate(iso.slice(0, 10), locale) : '';
  } catch {
    return String(iso ?? '');
  }
};

export function ServicePreview(props: any) {
  const r = recordFor(props);
  // Decap's editor state: any shape while the editor types, read defensively below.
  const s: Record<string, any> = r.shared;
  const v = r.text.value as Record<string, any>;
  const t = getT(r.locale);
  const towns: string[] = Array.isArray(s.towns) ? s.towns : [];
  const townNames = towns.map((x) => recordName(x, r.locale));
  const parsed = eligibilitySchema.safeParse(s.eligibility ?? {});
  const facts = parsed.success ? eligibilityFacts(parsed.data, t, r.locale, townNames) : [];
  const documents = parsed.success ? documentGroupTexts(parsed.data.documents, t, r.locale) : [];
  const cost = s.cost?.type
    ? s.cost.type === 'free'
      ? t('cost.free')
      : typeof s.cost.amountEUR === 'number'
        ? `${t(`cost.${s.cost.type}`)} · ${formatEuros(s.cost.amountEUR, r.locale)}`
        : t(`cost.${s.cost.type}`)
    : '';
  const languages: string[] = Array.isArray(s.languages) ? s.languages.filter(Boolean) : [];
  const steps: string[] = Array.isArray(v.applySteps) ? v.applySteps : [];
  const locations: any[] = Array.isArray(s.locations) ? s.locations : [];
  return frame(r, props.document, [
    h('h1', { key: 'h1', ...la(r, 'name') }, v.name || '…'),
    h('p', { key: 'lede', className: 'lede', ...la(r, 'summary') }, v.summary),
    s.status === 'temporarily-closed'
      ? h('div', { key: 'closed', className: 'notice notice-warn', role: 'note' }, h('p', {}, t('service.closedNotice')))
      : null,
    s.status === 'ended'
      ? h('div', { key: 'ended', className: 'notice notice-bad', role: 'note' }, h('p', {}, t('service.endedNotice')))
      : null,
    h(
      'dl',
      { key: 'facts', className: 'facts' },
      h('div', {}, h('dt', {}, t('service.where')), h('dd', {}, formatList(townNames, r.locale))),
      h('div', {}, h('dt', {}, t('service.cost')), h('dd', {}, cost)),
      h('div', {}, h('dt', {}, t('service.appointment')), h('dd', {}, s.appointment ? t(`appointment.${s.appointment}`) : '')),
      h(
        'div',
        {},
        h('dt', {}, t('service.languages')),
        h(
          'dd',
          {},
          formatList(
            languages.map((l) => languageName(l, r.locale)),
            r.locale,
          ),
          s.interpretation ? h('span', { className: 'muted' }, ` · ${t('service.interpretation')}`) : null,
        ),
      ),
    ),
    v.costNote ? h('p', { key: 'costNote', ...la(r, 'costNote') }, v.costNote) : null,
    h('h2', { key: 'who' }, t('service.whoTitle')),
    h(
      'ul',
      { key: 'checks', className: 'checks' },
      facts
        .filter((f) => f.kind !== 'documents')
        .map((f, i) => h('li', { key: i, className: f.restricts ? 'restricts' : undefined }, h('span', {}, f.text))),
    ),
    v.eligibilityNote ? h('p', { key: 'eligibilityNote', ...la(r, 'eligibilityNote') }, v.eligibilityNote) : null,
    h('h2', { key: 'docs' }, t('service.documentsTitle')),
    documents.length === 0
      ? h('p', { key: 'nodocs' }, t('eligibility.noDocuments'))
      : h(
          'ul',
          { key: 'doclist', className: 'checks' },
          documents.map((line) => h('li', { key: line }, h('span', {}, line))),
        ),
    steps.length > 0 ? h('h2', { key: 'apply' }, t('service.applyTitle')) : null,
    steps.length > 0
      ? h(
          'ol',
          { key: 'steps', className: 'steps', ...la(r, 'applySteps') },
          steps.map((x, i) => h('li', { key: i }, x)),
        )
      : null,
    locations.length > 0 ? h('h2', { key: 'whereTitle' }, t('service.whereTitle')) : null,
    ...locations.map((loc, i) =>
      h(
        'section',
        { key: `loc${i}`, className: 'place' },
        h('h3', {}, loc?.name),
        h(
          'address',
          {},
          [
            loc?.address?.street,
            [loc?.address?.postalCode, loc?.address?.town ? recordName(loc.address.town, r.locale) : ''].filter(Boolean).join(' '),
          ]
            .filter(Boolean)
            .join(', '),
        ),
        loc?.accessible ? h('p', { className: 'muted' }, t('service.accessible')) : null,
        hoursTable(Array.isArray(loc?.hours) ? loc.hours : [], r.locale),
      ),
    ),
    v.description ? h('h2', { key: 'details' }, t('service.detailsTitle')) : null,
    prose(r, 'description'),
    s.provider ? h('h2', { key: 'provider' }, t('service.providerTitle')) : null,
    s.provider ? h('p', { key: 'providerName' }, recordName(s.provider, r.locale)) : null,
    s.reviewed
      ? h('div', { key: 'checked', className: 'checked' }, h('p', {}, t('service.checkedOn', { date: safeDate(s.reviewed, r.locale) })))
      : null,
  ]);
}

export function CalendarPreview(props: any) {
  const r = recordFor(props);
  // Decap's editor state: any shape while the editor types, read defensively below.
  const s: Record<string, any> = r.shared;
  const v = r.text.value as Record<string, any>;
  const t = getT(r.locale);
  const towns: string[] = Array.isArray(s.towns) ? s.towns : [];
  const timezone: string = (typeof s.timezone === 'string' && s.timezone) || (knownRecords.get(towns[0])?.data.timezone as string) || 'UTC';
  let dates: string[] = [];
  try {
    const entry = {
      allDay: s.allDay?.start ? s.allDay : undefined,
      timed: !s.allDay?.start && s.timed?.start && s.timed?.end ? s.timed : undefined,
      recurrence: s.recurrence?.rrule ? { exdates: [], cancelled: [], ...s.recurrence } : undefined,
      status: s.status ?? 'confirmed',
    };
    if (entry.allDay || entry.timed) {
      const from = (entry.allDay?.start ?? entry.timed!.start).slice(0, 10);
      const to = `${Number(from.slice(0, 4)) + 2}${from.slice(4)}`;
      dates = occurrences(entry as never, timezone, { from, to })
        .slice(0, 6)
        .map((o) => `${describeOccurrence(o, timezone, r.locale)}${o.cancelled ? ` · ${t('calendar.status.cancelled')}` : ''}`);
    }
  } catch {
    dates = [];
  }
  return frame(r, props.document, [
    s.kind ? h('p', { key: 'tags', className: 'tags' }, h('span', { className: 'tag' }, t(`calendar.kind.${s.kind}`))) : null,
    h('h1', { key: 'h1', ...la(r, 'title') }, v.title || '…'),
    s.status && s.status !== 'confirmed'
      ? h(
          'div',
          { key: 'status', className: `notice ${s.status === 'cancelled' ? 'notice-bad' : 'notice-warn'}`, role: 'note' },
          h(
            'p',
            {},
            h('strong', {}, t(`calendar.status.${s.status}`)),
            v.statusNote ? h('span', la(r, 'statusNote'), ` · ${v.statusNote}`) : null,
          ),
        )
      : null,
    h('h2', { key: 'dates' }, t('calendar.nextDates')),
    dates.length === 0
      ? h('p', { key: 'nodates' }, t('calendar.noNextDates'))
      : h(
          'ol',
          { key: 'datelist', className: 'cards' },
          dates.map((d, i) => h('li', { key: i, className: 'card' }, d)),
        ),
    s.timed?.start ? h('p', { key: 'tz', className: 'muted' }, t('calendar.timesLocal', { timezone })) : null,
    h(
      'dl',
      { key: 'facts', className: 'facts' },
      h(
        'div',
        {},
        h('dt', {}, t('calendar.towns')),
        h(
          'dd',
          {},
          formatList(
            towns.map((x) => recordName(x, r.locale)),
            r.locale,
          ),
        ),
      ),
      Array.isArray(s.categories) && s.categories.length > 0
        ? h(
            'div',
            {},
            h('dt', {}, t('calendar.topics')),
            h(
              'dd',
              {},
              formatList(
                s.categories.map((x: string) => recordName(x, r.locale)),
                r.locale,
              ),
            ),
          )
        : null,
    ),
    s.location?.name
      ? h(
          'section',
          { key: 'where', className: 'place' },
          h('h2', {}, t('calendar.where')),
          h('h3', {}, s.location.name),
          h(
            'address',
            {},
            [
              s.location.address?.street,
              [s.location.address?.postalCode, s.location.address?.town ? recordName(s.location.address.town, r.locale) : '']
                .filter(Boolean)
                .join(' '),
            ]
              .filter(Boolean)
              .join(', '),
          ),
        )
      : null,
    prose(r, 'description'),
  ]);
}
