/**
 * On the root page only: send a first-time visitor to their browser's preferred language. A
 * reader who came here on purpose (from a link on the site, or to #languages) stays and chooses.
 */
import { pickLocale } from '../lib/negotiate';

const cameFromSite = document.referrer !== '' && new URL(document.referrer).origin === location.origin;
if (!location.hash && !cameFromSite) {
  const locale = pickLocale(navigator.languages ?? [navigator.language]);
  if (locale) location.replace(`/${locale}/`);
}
