/** The referral sheet's Print button (without JavaScript, the browser's own Print command). */
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
