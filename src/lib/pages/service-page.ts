/**
 * Everything a service page shows, worked out from the directory in one pure function, so the
 * route only renders it and the page's data can be tested without a build
 * (tests/unit/service-page.test.ts). The referral sheet and the finder read the same helpers.
 */
import type { TFunction } from 'i18next';
import { networkOwner, type Service } from '../content/read';
import { eligibilityFacts } from '../content/eligibility';
import { buildDate, isStale } from '../dates/days';
import { formatCost, formatList } from '../dates/format';
import { getT } from '../i18n/i18next';
import { localize } from '../i18n/localize';
import { passages } from '../i18n/untranslated';
import { sameServiceElsewhere } from '../moving/moving-data';
import { jsonLdScript, serviceJsonLd } from '../open-data/jsonld';
import { paths } from '../routing/routes';
import type { PageContext } from './open-page';
import { serviceSuggestions, type EditingSite } from './suggestions';

export interface ServicePageInput extends Pick<PageContext, 'directory' | 'locale' | 'site'> {
  service: Service;
  /** The build's "today" (SOURCE_DATE_EPOCH in tests); defaults to the build date. */
  today?: string;
  /** Where records are edited (cms/settings.yml); defaults to the build's. */
  editing?: EditingSite;
}

/** The service page's view model. */
export function servicePage({ directory: d, service, locale, site, today = buildDate(), editing }: ServicePageInput) {
  const t: TFunction = getT(locale);
  const s = service.shared;
  const text = localize(service.text, locale);
  const v = text.value;
  const passage = passages('services', text, locale);
  const provider = d.provider(s.provider);
  const towns = s.towns.map((slug) => ({ slug, name: d.townName(slug, locale) }));
  const category = d.category(s.categories[0]);
  const facts = eligibilityFacts(
    s.eligibility,
    t,
    locale,
    towns.map((x) => x.name),
  );
  const staleAfter = d.settings.staleAfterDays;
  return {
    t,
    s,
    text,
    v,
    /** The `lang`/`dir` attributes of a text field, when it fell back to another language. */
    la: (f: keyof typeof v) => passage(f).attrs,
    /** The "in English" label to show before a field that fell back, or undefined. */
    mark: (f: keyof typeof v) => passage(f).label,
    provider,
    providerText: localize(provider.text, locale),
    towns,
    category,
    categoryText: localize(category.text, locale),
    facts,
    whoFacts: facts.filter((f) => f.kind !== 'documents'),
    staleAfter,
    today,
    stale: isStale(s.reviewed, today, staleAfter),
    nextDates: d.nextDatesForService(service.slug, today),
    townOf: (slug: string) => ({ name: d.townName(slug, locale), timezone: d.town(slug).shared.timezone }),
    cost: formatCost(s.cost, t, locale),
    /** For people moving: the same service in other towns, and the moving view from this service's town. */
    moving: {
      elsewhere: sameServiceElsewhere(d, service).map((other) => {
        const otherText = localize(other.text, locale);
        return {
          href: paths.service(locale, other.slug),
          name: otherText.value.name,
          passage: passages('services', otherText, locale)('name'),
          towns: formatList(
            other.shared.towns.map((x) => d.townName(x, locale)),
            locale,
          ),
        };
      }),
      from:
        service.owner === networkOwner
          ? undefined
          : {
              href: `${paths.moving(locale)}?from=${encodeURIComponent(service.owner)}`,
              label: t('moving.serviceLink', { town: d.townName(service.owner, locale) }),
            },
    },
    /** Suggest a change, propose a service or event: mail to the responsible town's editors. */
    suggest: serviceSuggestions({ directory: d, locale, site, service, editing }),
    jsonLd: jsonLdScript(
      serviceJsonLd({
        service,
        provider,
        towns: [...new Set([...s.towns, ...s.locations.map((l) => l.address.town)])].map((slug) => d.town(slug)),
        categories: s.categories.map((slug) => d.category(slug)),
        locale,
        site,
        t,
      }),
    ),
  };
}

export type ServicePage = ReturnType<typeof servicePage>;
