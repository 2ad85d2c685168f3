/**
 * Copy buttons beside feed addresses (FeedSubscribe.astro). They appear only where the browser can
 * write to the clipboard; without that, or without JavaScript, the address stays in its field to
 * select and copy by hand, and tapping the field selects all of it.
 */
const boxes = [...document.querySelectorAll<HTMLElement>('[data-feed-copy]')];
const canCopy = typeof navigator.clipboard?.writeText === 'function';

for (const box of boxes) {
  const field = box.querySelector<HTMLInputElement>('input.feed-url')!;
  const button = box.querySelector<HTMLButtonElement>('[data-copy-feed]')!;
  const status = box.querySelector<HTMLElement>('[data-feed-status]')!;
  field.addEventListener('focus', () => field.select());
  if (!canCopy) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    // One message at a time on a page of many feeds.
    for (const other of boxes) other.querySelector<HTMLElement>('[data-feed-status]')!.textContent = '';
    navigator.clipboard.writeText(field.value).then(
      () => {
        status.textContent = box.dataset.copied ?? '';
      },
      () => {
        field.focus();
        field.select();
        status.textContent = box.dataset.copyFailed ?? '';
      },
    );
  });
}
