/**
 * The moving sheet's page (`/<locale>/moving/sheet/`), one static page per locale: the page's
 * controls in its language, and, as inert JSON for the sheet's script, what it checks the URL
 * against (towns, statuses, languages) and the words of a sheet block in every language, since
 * the client's language is chosen in the URL the page cannot know at build time. The comparison
 * itself is the moving view's (src/lib/moving/moving.ts), run on the two towns' files.
 */
import { sortByName } from '../content/directory';
import { residenceStatuses } from '../content/schema';
import { getT, uiStrings } from '../i18n/i18next';
import { getLocale, locales, type LocaleCode } from '../i18n/locales';
import { localize } from '../i18n/localize';
import { pickStrings, type UiStrings } from '../i18n/ui-text';
import { paths } from '../routing/routes';
import type { PageContext } from './open-page';

/** The `moving` strings a sheet block shows (its headings, intros and sentences). */
const blockKeys = [
  'heading',
  'filtered',
  'stepsTitle',
  'redoTitle',
  'redoIntro',
  'clocksTitle',
  'clockNote',
  'staysTitle',
  'staysIntro',
  'differentTitle',
  'gainsTitle',
  'gapsTitle',
  'notesTitle',
  'datesTitle',
  'nothing',
  'sheet.title',
  'sheet.scan',
  'sheet.printed',
  'sheet.qrAlt',
];

/** One language of the sheet, as its script needs it. */
export interface MovingSheetLanguage {
  code: LocaleCode;
  tag: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name (العربية). */
  label: string;
  strings: UiStrings;
}

/** What the sheet's script reads from the page (`#moving-sheet-data`). */
export interface MovingSheetData {
  own: LocaleCode;
  /** The site's address: the QR codes carry absolute links. */
  site: string;
  towns: string[];
  statuses: string[];
  languages: MovingSheetLanguage[];
}

/** A sheet block's words in one language. */
function blockStrings(code: LocaleCode): UiStrings {
  const moving = pickStrings(uiStrings[code], 'moving');
  const t = getT(code);
  return {
    ...Object.fromEntries(blockKeys.map((k) => [k, moving[k]])),
    differsLabel: t('overview.differsLabel'),
    where: t('arrival.where'),
    bring: t('arrival.bring'),
  };
}

/** The moving sheet's view model. */
export function movingSheetPage({ directory: d, locale, site }: Pick<PageContext, 'directory' | 'locale' | 'site'>) {
  const t = getT(locale);
  const data: MovingSheetData = {
    own: locale,
    site: String(site),
    towns: d.towns.map((town) => town.slug),
    statuses: [...residenceStatuses],
    languages: locales.map((l) => ({ code: l.code, tag: l.tag, dir: l.dir, label: l.label, strings: blockStrings(l.code) })),
  };
  return {
    t,
    /** The page's language, named in itself. */
    ownLanguage: getLocale(locale).label,
    back: paths.moving(locale),
    /** For readers without JavaScript: each town's arrival page. */
    towns: sortByName(d.towns, locale).map((town) => ({
      name: localize<{ name: string }>(town.text, locale).value.name,
      arrivingHref: paths.arriving(locale, town.slug),
    })),
    /** The script's data as inert JSON (no `</script>` can close it). */
    json: JSON.stringify(data).replace(/</g, '\\u003c'),
  };
}
