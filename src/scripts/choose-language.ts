/**
 * On the root page only: send a first-time visitor to their browser's preferred language. A
 * reader who came here on purpose (from a link on the site, or to #languages) stays and chooses.
 */
import { pickLocale } from '../lib/i18n/pick-locale';

const cameFromSite = document.referrer !== '' && new URL(document.referrer).origin === location.origin;
const locale = !location.hash && !cameFromSite ? pickLocale(navigator.languages ?? [navigator.language]) : undefined;
if (locale) location.replace(`/${locale}/`);
// Says the choice is made and the reader stays: what a test waits for instead of a guessed delay.
else document.documentElement.dataset.languageChoice = 'stay';
