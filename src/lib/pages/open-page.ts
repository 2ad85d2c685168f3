/**
 * The opening every localized route shares, written once: the `[locale]` parameter as a
 * LocaleCode, the UI strings' `t` in that locale, the build's Directory, the site's origin and the
 * build's "today", with the route's props as getStaticPaths typed them. A route then only hands
 * this to its page kind's view model (src/lib/pages/) and renders. Kept apart from the view
 * models because it reads the content collections (astro:content), which only a build has; the
 * view models take a PageContext and are unit-tested with a directory made in the test.
 */
import type { TFunction } from 'i18next';
import type { Directory } from '../content/directory';
import { getDirectory } from '../content/get-directory';
import { buildDate } from '../dates/days';
import { getT } from '../i18n/i18next';
import type { LocaleCode } from '../i18n/locales';
import { localeParam, siteOf } from '../routing/locale-param';

/** What every view model starts from. */
export interface PageContext {
  directory: Directory;
  locale: LocaleCode;
  /** The UI strings in `locale`. */
  t: TFunction;
  /** The site's public origin (astro.config's `site`): pages' own addresses and JSON-LD use it. */
  site: URL;
  /** The build's "today" (SOURCE_DATE_EPOCH in tests). */
  today: string;
}

/** The parts of the Astro global the opening reads. */
interface AstroOpening<P> {
  params: { locale?: string };
  props: P;
  site?: URL;
}

/** Opens a localized route: `const page = await openPage(Astro)`, then `fooPage({ ...page, … })`. */
export async function openPage<P>(astro: AstroOpening<P>): Promise<PageContext & { props: P }> {
  const locale = localeParam(astro.params);
  return { directory: await getDirectory(), locale, t: getT(locale), site: siteOf(astro.site), today: buildDate(), props: astro.props };
}
