/**
 * Registers the service worker (production builds only) and tells it which locale the reader
 * uses, so the locale's home page and My list are kept for offline use. On the very first visit
 * the page itself was loaded before the worker existed; it is named so the worker keeps it too.
 */
import { localeOfPath, paths } from '../lib/routing/routes';

if (import.meta.env.PROD && 'serviceWorker' in navigator && window.isSecureContext) {
  const controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker
    .register(paths.serviceWorker(), { scope: '/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const locale = localeOfPath(location.pathname);
      if (locale) registration.active?.postMessage({ type: 'visit', locale, page: controlled ? undefined : location.pathname });
    })
    .catch(() => undefined);
}
