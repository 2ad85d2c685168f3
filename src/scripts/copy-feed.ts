/**
 * Copy buttons beside feed addresses (FeedSubscribe.astro). They appear only where the browser can
 * write to the clipboard; without that, or without JavaScript, the address stays written out, and
 * one tap selects all of it (CSS user-select: all) to copy by hand.
 */
const boxes = [...document.querySelectorAll<HTMLElement>('[data-feed-copy]')];

if (typeof navigator.clipboard?.writeText === 'function') {
  for (const box of boxes) {
    const address = box.querySelector<HTMLElement>('[data-feed-url]')!;
    const button = box.querySelector<HTMLButtonElement>('[data-copy-feed]')!;
    const status = box.querySelector<HTMLElement>('[data-feed-status]')!;
    button.hidden = false;
    button.addEventListener('click', () => {
      // One message at a time on a page of many feeds.
      for (const other of boxes) other.querySelector<HTMLElement>('[data-feed-status]')!.textContent = '';
      navigator.clipboard.writeText(address.textContent ?? '').then(
        () => {
          status.textContent = box.dataset.copied ?? '';
        },
        () => {
          getSelection()?.selectAllChildren(address);
          status.textContent = box.dataset.copyFailed ?? '';
        },
      );
    });
  }
}
