/**
 * The web app manifest of one locale (/<locale>/manifest.webmanifest): installed from an Arabic
 * page, the app opens in Arabic, right to left.
 */
import type { TFunction } from 'i18next';
import { getLocale, type LocaleCode } from '../i18n/locales';
import { paths } from '../routing/routes';

/** The colours of the site header, so the installed app looks like the site. */
export const themeColor = '#0b5cab';

export function webManifest(locale: LocaleCode, t: TFunction): Record<string, unknown> {
  const l = getLocale(locale);
  return {
    id: paths.home(locale),
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('footer.about'),
    lang: l.tag,
    dir: l.dir,
    start_url: paths.home(locale),
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: themeColor,
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
