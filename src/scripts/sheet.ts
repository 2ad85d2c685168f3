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
