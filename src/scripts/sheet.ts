/**
 * The referral sheet's script (one page per service, every language on it): the caseworker's
 * language from the address (`?lang=ar`, src/lib/sharing/sheet-address.ts), the Print button and
 * the chosen client language's mark.
 */
import { ownLanguageOf } from '../lib/sharing/sheet-address';

/**
 * The caseworker's language: its heading and controls are shown and the others removed, its
 * column becomes the first one (`sheet-own`), and the page takes its language, direction and
 * title. The page is built with the network's default language there, which is what shows and
 * prints without JavaScript or with no `?lang=`.
 */
const main = document.querySelector<HTMLElement>('[data-sheet-own]');
const frames = [...document.querySelectorAll<HTMLElement>('[data-sheet-for]')];
const own =
  main &&
  ownLanguageOf(
    location.search,
    frames.map((f) => f.dataset.sheetFor ?? ''),
  );
if (main && own && own !== main.dataset.sheetOwn) {
  const frame = frames.find((f) => f.dataset.sheetFor === own)!;
  const column = document.getElementById(own);
  const sheet = column?.parentElement;
  if (column && sheet) {
    for (const c of sheet.querySelectorAll('.sheet-col')) {
      c.classList.replace('sheet-own', 'sheet-client');
      c.querySelector('img')?.setAttribute('loading', 'lazy');
    }
    column.classList.replace('sheet-client', 'sheet-own');
    column.querySelector('img')?.setAttribute('loading', 'eager');
    sheet.prepend(column);
  }
  document.documentElement.lang = frame.lang;
  document.documentElement.dir = frame.dir;
  if (frame.dataset.title) document.title = frame.dataset.title;
  main.dataset.sheetOwn = own;
}
for (const f of frames) {
  if (f.dataset.sheetFor === main?.dataset.sheetOwn) f.hidden = false;
  else f.remove();
}

/** The Print button (without JavaScript, the browser's own Print command). */
const button = document.querySelector<HTMLButtonElement>('[data-print]');
if (button && typeof window.print === 'function') {
  button.hidden = false;
  document.querySelector<HTMLElement>('[data-print-hint]')?.setAttribute('hidden', '');
  button.addEventListener('click', () => {
    // The chosen language's QR code may still be waiting for its lazy load.
    for (const img of document.querySelectorAll<HTMLImageElement>('.sheet img')) img.loading = 'eager';
    window.print();
  });
}

/**
 * The chosen language looks chosen: the link of the column the fragment shows (#ar) carries
 * aria-current, and the page's own language when no client column is shown. The page is built
 * with the own language marked, which is right until a reader picks another.
 */
const languageLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-sheet-lang]')];
function markChosenLanguage() {
  // The fragment, not :target, which Chromium sets only after the page has loaded.
  const id = decodeURIComponent(location.hash.slice(1));
  const shown = id && document.getElementById(id)?.classList.contains('sheet-client') ? id : undefined;
  for (const link of languageLinks) {
    const code = link.dataset.sheetLang;
    // The own language's link is the one with no hreflang: it is in the page's language.
    const chosen = shown ? code === shown : !link.hasAttribute('hreflang');
    if (chosen) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}
if (languageLinks.length > 0) {
  markChosenLanguage();
  window.addEventListener('hashchange', markChosenLanguage);
}
